// A rollup plugin: removes from lit-html the parts this widget never uses — SVG and MathML templates,
// raw-text elements (<script>/<style>/<textarea>/<title>, their bindings and the parser's search for their end
// tag), directives (and the part types, parent links, getters and connection state only directives read), element,
// property and boolean-attribute bindings (`<div ${x}>`, `.p=`, `?a=`), listener objects and listener options,
// iterables other than arrays, compiled templates, the renderBefore and creationScope options, the polyfill,
// ShadyDOM and version hooks, and the template parser (scripts/minify-templates.mjs runs it at build time). test/node/bundle-contents.test.mjs checks that the templates need none of it.
// Every cut names the exact text it expects in lit-html's production build and
// fails the build when that text is not there (a new lit-html version), so nothing is cut silently.
// Without directive support a value shaped like a directive (`{_$litDirective$: …}`, from a hostile rules
// file or host page) is just a value: it renders as text and never constructs anything.
/**
 * The bundle's templates arrive prepared by scripts/minify-templates.mjs, as lit-html's template parser would
 * prepare them in the browser, with shorter markers than lit-html's (which picks a random `lit$…$` so that no
 * template text holds it by chance; the build fails when a template's static text holds a `$` or a comment):
 * - `marker`: a bound attribute's value, split at each binding (`href$="tel:$"`);
 * - `boundSuffix`: the end of a bound attribute's name (`href$`, `@click$`);
 * - `childMarker`: the comment before a child binding, an empty one (`<!>`). It needs no text: every comment in a
 *   prepared template is a binding's, but for lit-html's own `<?>` after a template's last binding, which the
 *   search never reaches (it stops once it has found every binding).
 */
export const marker = '$';
export const boundSuffix = '$';
export const childMarker = '<!>';

const cuts = [
  // The check against forged template strings stays (a hostile page's `{ _$litType$, strings }` object is refused);
  // only its message goes, which no visitor sees.
  ['the message of the forged-template-strings check', 'throw Error("invalid template strings array")', 'throw Error()'],
  // Not a cut: where the page's Content-Security-Policy refuses the policy (`trusted-types 'none'`, a list
  // without lit-html, a second copy without 'allow-duplicates'), lit-html would throw as the script loads and
  // the element would never be defined. Instead it warns once, naming the directive, and renders through the
  // page's default policy if it has one (base-element.ts catches a render the page refuses).
  [
    'the Trusted Types policy, created where the page allows it',
    'e=s?s.createPolicy("lit-html",{createHTML:t=>t}):void 0',
    'e=(()=>{try{return s?.createPolicy("lit-html",{createHTML:t=>t})}catch{console.warn("<massage-selector> needs the CSP directive: trusted-types lit-html \'allow-duplicates\'")}})()',
  ],
  ['SVG and MathML template wrappers (open)', 'l=2===i?"<svg>":3===i?"<math>":""', 'l=""'],
  ['SVG and MathML template wrappers (close)', '+(2===i?"</svg>":3===i?"</math>":"")', ''],
  [
    'SVG and MathML templates: unwrapping',
    'if(this.el=S.createElement(f,e),P.currentNode=this.el.content,2===i||3===i){const t=this.el.content.firstChild;t.replaceWith(...t.childNodes)}',
    'this.el=S.createElement(f,e),P.currentNode=this.el.content;',
  ],
  [
    'bindings inside raw-text elements',
    'if(y.test(r.tagName)){const t=r.textContent.split(o),i=t.length-1;if(i>0){r.textContent=s?s.emptyScript:"";for(let s=0;s<i;s++)r.append(t[s],c()),P.nextNode(),d.push({type:2,index:++l});r.append(t[i],c())}}',
    '',
  ],
  ['directives', /function M\(t,i,s=t,e\)\{if\(i===E\)return i;.*?,i\}(?=class R\{)/, 'function M(t,i){return i}'],
  [
    'element bindings',
    '1===r.type?i=new r.ctor(h,r.name,r.strings,this,t):6===r.type&&(i=new Z(h,this,t))',
    '1===r.type&&(i=new r.ctor(h,r.name,r.strings,this,t))',
  ],
  [
    'ChildPart position getters (for directives)',
    'get parentNode(){let t=this._$AA.parentNode;const i=this._$AM;return void 0!==i&&11===t?.nodeType&&(t=i.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}',
    '',
  ],
  ['AttributePart getters (for directives)', 'get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}', ''],
  ['TemplateInstance getters (for directives)', 'get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}', ''],
  ['ChildPart connection state (for async directives)', 'get _$AU(){return this._$AM?._$AU??this._$Cv}', ''],
  ['ChildPart connection flag', ',this._$Cv=e?.isConnected??!0', ''],
  ['setConnected (for LitElement)', 'setConnected(t){void 0===this._$AM&&(this._$Cv=t,this._$AP?.(t))}', ''],
  ['disconnection hook (for async directives)', 'for(this._$AP?.(!1,!0,s);', 'for(;'],
  ['disconnectables (for async directives)', /this\._\$AN=void 0,/g, ''],
  [
    'part types (for directives)',
    /this\.type=[12],|constructor\(\)\{super\(\.\.\.arguments\),this\.type=[34]\}|constructor\(t,i,s,e,h\)\{super\(t,i,s,e,h\),this\.type=5\}/g,
    '',
  ],
  [
    'compiled templates (a `_$litType$` that is an object, from a build step we do not use)',
    '"number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=S.createElement(V(s.h,s.h[0]),this.options)),s)',
    'this._$AC(t)',
  ],
  ['render option renderBefore (1)', 'const e=s?.renderBefore??i;', 'const e=i;'],
  [
    'render option renderBefore (2)',
    'const t=s?.renderBefore??null;e._$litPart$=h=new k(i.insertBefore(c(),t),t,void 0,s??{})',
    'e._$litPart$=h=new k(i.insertBefore(c(),null),null,void 0,s??{})',
  ],
  // render() is called by base-element.ts only, always with options ({ host }), into the widget's own shadow
  // root, where no other copy of Lit renders: the root's part gets a name the bundle shortens.
  [
    'render: the root part',
    'let h=e._$litPart$;if(void 0===h){e._$litPart$=h=new k(i.insertBefore(c(),null),null,void 0,s??{})}',
    'let h=e._$part;if(void 0===h){e._$part=h=new k(i.insertBefore(c(),null),null,void 0,s)}',
  ],
  ['render option creationScope (scoped registries)', '(t?.creationScope??l).importNode', 'l.importNode'],
  // test/node/bundle-contents.test.mjs fails when a template in lib/ uses a `.prop=` or `?attr=` binding.
  ['property and boolean-attribute bindings', 'ctor:"."===e[1]?I:"?"===e[1]?L:"@"===e[1]?z:H', 'ctor:"@"===e[1]?z:H'],
  ['polyfill and version hooks', ',B=t.litHtmlPolyfillSupport;B?.(S,k),(t.litHtmlVersions??=[]).push("3.3.3");', ';'],
  // With directives gone, resolving a directive only returns the value: the calls go, and the function.
  ['directive resolution (ChildPart)', 't=M(this,t,i),a(t)?', 'a(t)?'],
  ['directive resolution (AttributePart, one value)', 't=M(this,t,i,0),o=', 'o='],
  ['directive resolution (AttributePart, interpolated)', 'r=M(this,e[s+n],i,n)', 'r=e[s+n]'],
  ['directive resolution (event listeners)', '(t=M(this,t,i,0)??A)', '(t??=A)'],
  ['directive resolution (element parts)', '_$AI(t){M(this,t)}', '_$AI(){}'],
  ['directive resolution (private exports)', 'V:M,', ''],
  ['directive resolution (the function)', 'function M(t,i){return i}', ''],
  // The ShadyDOM hook, an identity function without the polyfill.
  ['ShadyDOM wrap (definition)', ',i=t=>t,', ','],
  ['ShadyDOM wrap (use)', 'const s=i(t).nextSibling;i(t).remove()', 'const s=t.nextSibling;t.remove()'],
  // The parent links (`_$AM`) only served directives' connection state and position getters.
  ['parent link (TemplateInstance)', 'this._$AD=t,this._$AM=i}', 'this._$AD=t}'],
  ['parent link (ChildPart)', 'this._$AB=i,this._$AM=s,', 'this._$AB=i,'],
  ['parent link (AttributePart)', 'this.name=i,this._$AM=e,', 'this.name=i,'],
  // The directive parent each part passed to its values' resolution.
  ['directive parent (ChildPart)', '_$AI(t,i=this){a(t)?', '_$AI(t){a(t)?'],
  ['directive parent (AttributePart)', '_$AI(t,i=this,s,e){const h=this.strings', '_$AI(t,i,s,e){const h=this.strings'],
  ['directive parent (event listeners)', '_$AI(t,i=this){if((t??=A)', '_$AI(t){if((t??=A)'],
  ['part removal argument (for async directives)', '_$AR(t=this._$AA.nextSibling,s){', '_$AR(t=this._$AA.nextSibling){'],
  ['part removal call (for async directives)', 'this._$AR(s&&s._$AB.nextSibling,e)', 'this._$AR(s&&s._$AB.nextSibling)'],
  // The templates bind event listeners as functions only (never objects with handleEvent, capture, once, passive).
  [
    'listener objects and options',
    'e=t===A&&s!==A||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,h=t!==A&&(s===A||e);e&&this.element.removeEventListener(this.name,this,s),h&&this.element.addEventListener(this.name,this,t)',
    'e=t===A&&s!==A,h=t!==A&&s===A;e&&this.element.removeEventListener(this.name,this),h&&this.element.addEventListener(this.name,this)',
  ],
  [
    'listener objects (handleEvent)',
    '"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)',
    'this._$AH.call(this.options.host,t)',
  ],
  // A value is rendered as a list only when it is an array (the templates map arrays; any other iterable is text).
  ['iterables other than arrays', 'd=t=>u(t)||"function"==typeof t?.[Symbol.iterator],', ''],
  ['iterables other than arrays (the test)', ':d(t)?this.k(t):', ':u(t)?this.k(t):'],
  ['iterables other than arrays (private exports)', 'R,D:d,', 'R,'],
  // test/node/bundle-contents.test.mjs fails when a template has a <script>, <style>, <textarea> or <title>.
  // The templates arrive prepared (scripts/minify-templates.mjs): the parser goes, the attribute names are read
  // back from the attributes (`href$` is `href`).
  ['the random marker', 'o=`lit$${Math.random().toFixed(9).slice(2)}$`', `o=${JSON.stringify(marker)}`],
  ['the bound-attribute suffix', 'h="$lit$"', `h=${JSON.stringify(boundSuffix)}`],
  ['the template parser', /const N=\(t,i\)=>\{.*?\};(?=class S\{)/, 'const N=t=>V(t,t.join(""));'],
  [
    'the template parser (its use)',
    'const u=t.length-1,d=this.parts,[f,v]=N(t,i);this.el=S.createElement(f,e)',
    'const u=t.length-1,d=this.parts;this.el=S.createElement(N(t),e)',
  ],
  [
    'the template parser (attribute names)',
    'if(r.hasAttributes())for(const t of r.getAttributeNames())if(t.endsWith(h)){const i=v[a++],s=r.getAttribute(t).split(o),e=/([.?@])?(.*)/.exec(i);d.push({type:1,index:l,name:e[2],strings:s,ctor:"@"===e[1]?z:H})',
    `for(const t of r.getAttributeNames())if(t.endsWith(h)){const e="@"===t[0];d.push({type:1,index:l,name:t.slice(e,-${boundSuffix.length}),strings:r.getAttribute(t).split(o),ctor:e?z:H})`,
  ],
  // scripts/minify-templates.mjs fails the build when a template binds an element (`<div ${x}>`) or has a
  // comment (a binding inside one is a comment part): the parts found are child parts and attributes only.
  ['element parts (finding them)', 'else t.startsWith(o)&&(d.push({type:6,index:l}),r.removeAttribute(t));', ''],
  ['comment parts (finding them)', 'else{let t=-1;for(;-1!==(t=r.data.indexOf(o,t+1));)d.push({type:7,index:l}),t+=o.length-1}', ';'],
  // Every comment it reaches is a child binding's (`childMarker`): its text is not compared.
  ['child markers (finding them)', 'if(8===r.nodeType)if(r.data===n)d.push(', 'if(8===r.nodeType)d.push('],
  ['child markers (their text)', ',n="?"+o,r=`<${n}>`,', ','],
  ['child markers (private exports)', 'P:o,A:n,', 'P:o,'],
  [
    'parts that make nothing (creating them)',
    '2===r.type?i=new k(h,h.nextSibling,this,t):1===r.type&&(i=new r.ctor(h,r.name,r.strings,this,t))',
    'i=2===r.type?new k(h,h.nextSibling,this,t):new r.ctor(h,r.name,r.strings,this,t)',
  ],
  [
    'parts that make nothing (updating them)',
    'void 0!==s&&(void 0!==s.strings?(s._$AI(t,s,i),i+=s.strings.length-2):s._$AI(t[i]))',
    'void 0!==s.strings?(s._$AI(t,s,i),i+=s.strings.length-2):s._$AI(t[i])',
  ],
  ['template element (made in place)', 'this.el=S.createElement(N(t),e)', '(this.el=document.createElement("template")).innerHTML=N(t)'],
  ['template element (the static method)', 'static createElement(t,i){const s=l.createElement("template");return s.innerHTML=t,s}', ''],
  // noChange is a value only directives and callers of render() give; the templates' values never are.
  ['noChange (ChildPart)', 't!==this._$AH&&t!==E&&this._(t)', 't!==this._$AH&&this._(t)'],
  ['noChange (AttributePart, one value)', 't!==this._$AH&&t!==E,', 't!==this._$AH,'],
  ['noChange (AttributePart, interpolated)', 'r===E&&(r=this._$AH[n]),', ''],
  ['noChange (event listeners)', 'if((t??=A)===E)return;', 't??=A;'],
  // lit-html's own shapes (a template's parts and element, a part's element, name, strings and options, a part
  // description's type, index and constructor) take a leading `_$`, so the bundle shortens them with ours
  // (rollup.config.mjs). A template result's `strings` and `values` stay: they are what `html` makes.
  [
    'internal names (template results keep theirs)',
    /(\{|,)strings:(?=i,values:s\}|t,_\$litType\$:i\})|C\.(get|set)\(t\.strings/g,
    (match) => match.replace('strings', '\0'),
  ],
  ['internal names', /([.{,])(parts|el|element|name|options|ctor|index|type|strings)\b/g, '$1_$$$2'],
  ['internal names (template results keep theirs, 2)', /\0/g, 'strings'],
  // Arguments nothing reads any more (the parent links went with directives, the no-commit flag with the
  // directives that set it): the template instance's and each part's parent, and an attribute's `noCommit`.
  ['unread arguments (TemplateInstance)', 'class R{constructor(t,i){', 'class R{constructor(t){'],
  ['unread arguments (TemplateInstance, made)', 'new R(e,this)', 'new R(e)'],
  ['unread arguments (ChildPart)', 'class k{constructor(t,i,s,e){', 'class k{constructor(t,i,e){'],
  ['unread arguments (ChildPart, in a template)', 'new k(h,h.nextSibling,this,t)', 'new k(h,h.nextSibling,t)'],
  [
    'unread arguments (ChildPart, in a list)',
    'new k(this.O(c()),this.O(c()),this,this._$options)',
    'new k(this.O(c()),this.O(c()),this._$options)',
  ],
  ['unread arguments (ChildPart, the root)', 'new k(i.insertBefore(c(),null),null,void 0,s)', 'new k(i.insertBefore(c(),null),null,s)'],
  ['unread arguments (AttributePart)', 'class H{constructor(t,i,s,e,h){', 'class H{constructor(t,i,s,h){'],
  ['unread arguments (AttributePart, made)', 'new r._$ctor(h,r._$name,r._$strings,this,t)', 'new r._$ctor(h,r._$name,r._$strings,t)'],
  ['unread arguments (noCommit, directive parent)', '_$AI(t,i,s,e){const h=this._$strings;', '_$AI(t,s){const h=this._$strings;'],
  ['unread arguments (directive parent, given)', 's._$AI(t,s,i),', 's._$AI(t,i),'],
  ['unread arguments (Template)', 'class S{constructor({strings:t,_$litType$:i},e){', 'class S{constructor({strings:t}){'],
  ['AttributePart: its value set once', 'class H{constructor(t,i,s,h){this._$AH=A,', 'class H{constructor(t,i,s,h){'],
  ['the Trusted Types policy (used when there is one)', 'return void 0!==e?e.createHTML(i):i', 'return e?e.createHTML(i):i'],
  ['unread arguments (noCommit, read)', 'o&&!e&&this.j(t)', 'o&&this.j(t)'],
  // The templates never give a DOM node as a value (only text, template results, arrays of them and nothing): a
  // node would be rendered as its text, like any other object.
  ['DOM nodes as values', 'void 0!==t.nodeType?this.T(t):', ''],
  // scripts/minify-templates.mjs fails the build when an attribute binding is not the whole value (`href="tel:${x}"`):
  // every attribute part holds one value, so the parts for several values and static text go.
  [
    'attributes of several values and static text (the part)',
    'class H{constructor(t,i,s,h){this._$element=t,this._$name=i,this._$options=h,s.length>2||""!==s[0]||""!==s[1]?(this._$AH=Array(s.length-1).fill(new String),this._$strings=s):this._$AH=A}_$AI(t,s){const h=this._$strings;let o=!1;if(void 0===h)o=!a(t)||t!==this._$AH,o&&(this._$AH=t);else{const e=t;let n,r;for(t=h[0],n=0;n<h.length-1;n++)r=e[s+n],o||=!a(r)||r!==this._$AH[n],r===A?t=A:t!==A&&(t+=(r??"")+h[n+1]),this._$AH[n]=r}o&&this.j(t)}',
    'class H{constructor(t,i,h){this._$element=t,this._$name=i,this._$options=h,this._$AH=A}_$AI(t){(!a(t)||t!==this._$AH)&&this.j(this._$AH=t)}',
  ],
  [
    'attributes of several values (giving them their values)',
    'void 0!==s._$strings?(s._$AI(t,i),i+=s._$strings.length-2):s._$AI(t[i]),i++',
    's._$AI(t[i]),i++',
  ],
  ['attributes of several values (their strings)', '_$strings:r.getAttribute(t).split(o),', ''],
  ['attributes of several values (made)', 'new r._$ctor(h,r._$name,r._$strings,t)', 'new r._$ctor(h,r._$name,t)'],
  ['the template parser (its expressions)', /,f="\[ .*?,g=\/'\/g,\$=\/"\/g,y=\/\^\(\?:script\|style\|textarea\|title\)\$\/i/, ''],
];

export function trimLit() {
  return {
    name: 'trim-lit',
    transform(code, id) {
      if (!/\/node_modules\/lit-html\/lit-html\.js$/.test(id)) return null;
      for (const [what, find, replacement] of cuts) {
        const next = code.replace(find, replacement);
        if (next === code) throw new Error(`trim-lit: lit-html changed, "${what}" not found; update scripts/trim-lit.mjs`);
        code = next;
      }
      return { code, map: null };
    },
  };
}
