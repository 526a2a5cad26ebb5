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
