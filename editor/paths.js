// JSON pointers into the rules the editor holds: read, set and remove a value where a form field points.

const segments = (pointer) =>
  pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));

/** One JSON-pointer segment (RFC 6901). */
export const segment = (key) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

/** The value at `pointer`, or `undefined`. */
export function valueAt(data, pointer) {
  let value = data;
  for (const key of segments(pointer)) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

/**
 * Sets the value at `pointer`, making the objects on the way; `undefined` removes it (from a list: the item).
 * Returns the rules, changed in place.
 */
export function setAt(data, pointer, value) {
  const keys = segments(pointer);
  const last = keys.pop();
  let parent = data;
  keys.forEach((key, i) => {
    if (parent[key] === null || typeof parent[key] !== 'object') parent[key] = /^\d+$/.test(keys[i + 1] ?? last) ? [] : {};
    parent = parent[key];
  });
  if (value !== undefined) parent[last] = value;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return data;
}

/** An id made from a name: lower-case letters, digits and dashes ("Hot Stone Massage" → "hot-stone-massage"). */
export const idFrom = (name) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);

/** `base`, or `base-2`, `base-3`… : the first that is not in `taken`. */
export function uniqueId(base, taken) {
  const ids = new Set(taken);
  if (!ids.has(base)) return base;
  let n = 2;
  while (ids.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** The id of the form field for a JSON pointer, so that a problem at that pointer can focus it. */
export const fieldId = (pointer) => `f${pointer.replace(/[^a-zA-Z0-9]/g, '-')}`;

/**
 * A pointer whose `@id` segments (an item of a list by its id, which an id's letters cannot start) become
 * indexes; with `create`, an item `{ id }` is added at the end of its list where there is none yet. Used by
 * the forms of a file that extends the built-in rules, whose changes exist only once the owner writes one.
 * Returns the pointer, or `null` when an item is missing and not created.
 */
export function resolvePath(data, pointer, create = false) {
  const keys = segments(pointer);
  let node = data;
  const out = [];
  for (let i = 0; i < keys.length; i++) {
    let key = keys[i];
    if (key.startsWith('@')) {
      const id = key.slice(1);
      if (!Array.isArray(node)) {
        if (!create) return null;
        setAt(data, `/${out.map(segment).join('/')}`, []);
        node = valueAt(data, `/${out.map(segment).join('/')}`);
      }
      let index = node.findIndex((item) => item?.id === id);
      if (index < 0) {
        if (!create) return null;
        index = node.push({ id }) - 1;
      }
      key = String(index);
    }
    out.push(key);
    node = node === null || typeof node !== 'object' ? undefined : node[key];
  }
  return `/${out.map(segment).join('/')}`;
}

const onlyId = (item) => item && typeof item === 'object' && Object.keys(item).every((key) => key === 'id');
const empty = (value) => value && typeof value === 'object' && !Array.isArray(value) && !Object.keys(value).length;

/**
 * Takes out what emptying fields leaves behind: a picture with neither address nor text, booking
 * parameters with none left and, in a file that extends the built-in rules, a change that names only its id.
 */
export function tidy(rules) {
  if (!rules || typeof rules !== 'object') return;
  for (const list of ['questions', 'techniques', 'addOns']) {
    const items = rules[list];
    if (!Array.isArray(items)) continue;
    for (const item of items) {
      if (!item || typeof item !== 'object') continue;
      for (const key of ['image', 'bookingParams']) if (empty(item[key])) delete item[key];
      if (rules.extends === 'default' && Array.isArray(item.options)) {
        item.options = item.options.filter((option) => !onlyId(option));
        if (!item.options.length) delete item.options;
      }
    }
    if (rules.extends === 'default') {
      rules[list] = items.filter((item) => !onlyId(item));
      if (!rules[list].length) delete rules[list];
    }
  }
}
