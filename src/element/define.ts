import { BUNDLE } from '../dev.js';

/**
 * Registers a custom element once per page. Loading the widget twice (the bundle and the npm package, or
 * two script tags) is harmless: the second copy warns instead of throwing, and the first keeps working.
 * Where there is no DOM (Node, server rendering) it does nothing. A page whose registry throws (a broken polyfill or
 * wrapper) gets the error as a warning, not an exception from the widget's script.
 */
export function define(tag: string, type: CustomElementConstructor): void {
  if (!BUNDLE && !globalThis.customElements) return; // no DOM (Node, server rendering): nothing to register
  try {
    const existing = customElements.get(tag);
    if (!existing) customElements.define(tag, type);
    else if (existing !== type) console.warn(`<${tag}> is already defined on this page; this copy was not registered.`);
  } catch (error) {
    console.warn(error);
  }
}
