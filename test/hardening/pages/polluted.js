// A host page whose scripts (an old library, a careless plugin) add enumerable properties to Object.prototype,
// as `Object.prototype.required = false` does: every object of the page then seems to have them. The test names
// them in the address: ?with={"required":false,...} (JSON). ?toJSON adds Prototype.js 1.6's Array.prototype.toJSON,
// which returns a string, so JSON.stringify writes every list as a string.
const query = new URLSearchParams(location.search);
for (const [key, value] of Object.entries(JSON.parse(query.get('with') ?? '{}'))) Object.prototype[key] = value;
if (query.has('toJSON'))
  Array.prototype.toJSON = function () {
    const items = [];
    for (let i = 0; i < this.length; i++) items.push(JSON.stringify(this[i]));
    return '[' + items.join(', ') + ']';
  };
