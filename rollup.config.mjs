import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { generateValidator } from './scripts/generate-validator.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { moveFunctions } from './scripts/move-functions.mjs';
import { trimLit } from './scripts/trim-lit.mjs';

/**
 * The bundle has no development checks: `DEV` (src/dev.ts) is false, and terser drops what it guards;
 * `BUNDLE` is true (the intro below has checked for a DOM already).
 */
const production = () => ({
  name: 'production',
  transform(code, id) {
    if (!id.endsWith('/lib/dev.js')) return null;
    const flags = code.replace('DEV = true', 'DEV = false').replace('BUNDLE = false', 'BUNDLE = true');
    if (!flags.includes('DEV = false') || !flags.includes('BUNDLE = true')) throw new Error('production: src/dev.ts changed');
    return flags;
  },
});

/**
 * The bundle's copy of the built-in rules without what the widget never reads or shows: an add-on's description
 * (the result names an add-on, its price and why) and the file's `version` (only the checker reads it). The library's
 * `defaultRules` keeps every field.
 */
const bundleRules = () => ({
  name: 'bundle-rules',
  transform(code, id) {
    if (!id.endsWith('/lib/generated/default-rules.js')) return null;
    const start = code.indexOf('{');
    const end = code.lastIndexOf('}') + 1;
    const rules = JSON.parse(code.slice(start, end)); // throws (and fails the build) if the generated file changes shape
    for (const addOn of rules.addOns ?? []) delete addOn.description;
    delete rules.version;
    return { code: code.slice(0, start) + JSON.stringify(rules) + code.slice(end), map: null };
  },
});

/**
 * The bundle's copy of the rules check without the `examples` fields' checks: the widget never reads a file's
 * examples, so it checks them only as a list of at most 500 objects (lib/ and the checker check every field). -30 B gzip.
 */
const bundleValidator = () => ({
  name: 'bundle-validator',
  transform(code, id) {
    if (!id.endsWith('/lib/generated/schema-validator.js')) return null;
    const schema = JSON.parse(readFileSync(new URL('rules/rules.schema.json', import.meta.url), 'utf8'));
    return { code: generateValidator(schema, { opaque: ['Example'], js: true }), map: null };
  },
});

/** How the bundle is minified; test/node/mangling.test.mjs minifies with the same options to see which names it shortens. */
export const terserOptions = {
  ecma: 2021,
  module: false,
  compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
  // ascii_only: the bundle is plain ASCII (a dash is \u2013), so a page read as windows-1252 (no charset of its own)
  // that loads it from a host serving .js with no charset shows "60–90", not "60â€“90". It also saves 21 B gzip.
  format: { comments: false, ascii_only: true },
  // Private members by convention: a leading underscore. lit-html's own private members (`_$AH`, `_$AM`, …) are
  // shortened too: the bundle holds its own copy of lit-html and nothing outside it reads them; the markers other
  // copies of Lit look for (`_$litType$`, `_$litPart$`, `_$litDirective$`) stay. test/node/mangling.test.mjs fails
  // when a shortened name is a key of public data.
  mangle: { properties: { regex: /^_(?!\$lit)/ } },
};

// dist/massage-selector.js: one self-registering file with Lit and the default rules inside,
// no import or export, so it works as <script src> and as <script type="module" src>.
export default {
  input: 'lib/define.js',
  output: {
    file: 'dist/massage-selector.js',
    format: 'iife',
    // Loaded where there is no DOM (Node, server rendering), the bundle does nothing instead of throwing.
    intro: 'if (!globalThis.customElements) return;',
    // dist/massage-selector.js.map, a separate file for debugging and for `npm run size`'s breakdown (read by
    // name); the bundle carries no `sourceMappingURL` comment (27 B gzip every visitor would download).
    sourcemap: 'hidden',
  },
  plugins: [
    production(),
    bundleRules(),
    bundleValidator(),
    minifyTemplates(),
    trimLit(),
    resolve({ exportConditions: ['production', 'browser', 'default'] }),
    // The views' functions and the interface strings' next to the element's class (-56 B gzip).
    moveFunctions(/\/lib\/(element\/(failure|question|result)-view|rules\/strings)\.js$/),
    terser(terserOptions),
  ],
};
