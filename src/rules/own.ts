/**
 * `object[key]` when the object has that property itself, else `undefined`. Rules, answers and their parts are
 * plain objects of the host page, and a page that adds properties to Object.prototype (an old library:
 * `Object.prototype.required = false`) would otherwise seem to set every optional field and answer it does not have.
 */
export const own = <T extends object, K extends keyof T>(object: T | null | undefined, key: K): T[K] | undefined =>
  object != null && Object.hasOwn(object, key) ? object[key] : undefined;

/** What `make` makes of `key`, made once while `key` lives (in `map`). */
export const once = <K extends object, T>(map: WeakMap<K, T> | Map<K, T>, key: K, make: (key: K) => T): T =>
  map.get(key) ?? map.set(key, make(key)).get(key)!;
