// Compiles rules/rules.schema.json into a compact table of checks (src/generated/schema-validator.ts)
// read by the small interpreter in src/validate/schema-check.ts. The browser validates rules files
// without shipping the schema's descriptions, a general-purpose validator, `eval` or `new Function`.
// It understands the keywords typescript-json-schema emits for our types and fails on any other.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const ignored = new Set(['description', 'title', '$schema', '$id', 'definitions', 'default']);
const idPattern = '^[a-z0-9][a-z0-9-]*$';

const typeNames = new Set(['string', 'number', 'boolean', 'object', 'array', 'null']);

/**
 * Each check is made as an object with one-letter keys (see `Check` in schema-check.ts) and written as a list (`positions`);
 * nested schemas become indexes into the table, identical schemas share one entry.
 * To keep the table small, an object's check is known by its `p` (so it has no `t`), a required property's
 * index is stored as `~index`, and `a` is left out when no other properties are allowed; an array's check
 * is known by its `i`.
 */
/** The order of a check's values (`Check` in src/validate/schema-check.ts), the most used first. */
export const positions = ['p', 'i', 'x', 't', 'n', 'l', 'o', 'm', 'c', 'a', 'e', 'd'];

/**
 * `opaque`: definitions checked only as objects, their contents not at all (the bundle's copy: the widget never reads
 * a file's `examples`, so it checks them only as a list of objects; the checker and lib/ check every field). `js`:
 * the table as JavaScript (for the bundle's build) instead of TypeScript.
 */
export function generateValidator(schema, { opaque = [], js = false } = {}) {
  const table = [];
  const seen = new Map();

  const byRef = new Map();

  function compile(node, slot) {
    if (node.$ref) {
      const extra = Object.keys(node).filter((key) => key !== '$ref' && !ignored.has(key));
      if (extra.length) throw new Error(`$ref with siblings ${extra} is not supported`);
      if (byRef.has(node.$ref)) return byRef.get(node.$ref);
      if (opaque.includes(node.$ref.replace('#/definitions/', ''))) {
        // An object of any contents: a check of type "object" with no properties (schema-check.ts looks no further).
        if (!seen.has('opaque')) seen.set('opaque', table.push({ t: 'object' }) - 1);
        return seen.get('opaque');
      }
      const target = schema.definitions?.[node.$ref.replace('#/definitions/', '')];
      if (!target) throw new Error(`unresolved $ref ${node.$ref}`);
      // Reserve the slot first: definitions may refer to themselves (conditions nest).
      table.push(null);
      byRef.set(node.$ref, table.length - 1);
      return compile(target, table.length - 1);
    }
    const check = {};
    for (const [key, value] of Object.entries(node)) {
      if (ignored.has(key) && !(key === 'description' && typeof value === 'object')) continue;
      switch (key) {
        case 'type':
          for (const type of [].concat(value)) if (!typeNames.has(type)) throw new Error(`unsupported type "${type}"`);
          check.t = [].concat(value).join(' ');
          break;
        case 'const':
          check.c = value;
          break;
        case 'enum':
          check.e = value;
          break;
        case 'maxLength':
          check.l = value;
          break;
        case 'minLength':
          check.m = value;
          break;
        case 'minItems':
          check.n = value;
          break;
        case 'maxItems':
          check.x = value;
          break;
        case 'pattern':
          if (value !== idPattern) throw new Error(`only the id pattern is supported, not ${value}`);
          check.d = 1;
          break;
        case 'required':
          check.r = value;
          break;
        case 'items':
          check.i = compile(value);
          break;
        case 'anyOf':
          check.o = value.map((branch) => compile(branch));
          break;
        case 'properties':
          check.p = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, compile(sub)]));
          break;
        case 'additionalProperties':
          if (value !== false) check.a = compile(value);
          break;
        default:
          throw new Error(`unsupported schema keyword "${key}"`);
      }
    }
    if (check.t === 'object') {
      if (!('additionalProperties' in node)) throw new Error('an object schema needs "additionalProperties"');
      delete check.t;
      check.p ??= {};
      for (const name of check.r ?? []) {
        if (!Object.hasOwn(check.p, name)) throw new Error(`required "${name}" is not among the properties`);
        check.p[name] = ~check.p[name];
      }
      delete check.r;
    } else if (check.p || check.r || 'a' in check) throw new Error('properties on a schema that is not an object');
    if (check.t === 'array') {
      if (check.i === undefined) throw new Error('an array schema needs "items"');
      delete check.t;
    } else if (check.i !== undefined || check.n !== undefined || check.x !== undefined)
      throw new Error('items on a schema that is not an array');
    if (!check.o && !check.p && check.i === undefined && !check.t) throw new Error('a schema without "type" is not supported');
    const key = JSON.stringify(check);
    if (slot !== undefined) {
      table[slot] = check;
      return slot;
    }
    if (seen.has(key)) return seen.get(key);
    table.push(check);
    seen.set(key, table.length - 1);
    return table.length - 1;
  }

  const start = compile(schema);
  // The interface strings are the keys of `defaultStrings` (typed `Required<Strings>`, so the compiler keeps the
  // two the same), all with one check: the table names them from there instead of listing them again.
  const strings = byRef.get('#/definitions/Strings');
  const entries = (strings === undefined ? [] : Object.entries(table[strings].p ?? {})).map(([, sub]) => sub);
  if (strings !== undefined && (Object.keys(table[strings]).join() !== 'p' || new Set(entries).size !== 1 || entries[0] < 0))
    throw new Error('Strings is expected to be optional texts that share one check');
  // Each check as a list of its values by position (`Check` in schema-check.ts), trailing and missing ones left out:
  // shorter than keys, and one shape for every check, which keeps reading them fast.
  const nodes = table.map((check, index) =>
    index === strings
      ? `[Object.fromEntries(Object.keys(defaultStrings).map((key) => [key, ${entries[0]}]))]`
      : `[${positions
          .map((key) => (key in check ? JSON.stringify(check[key]) : ''))
          .join(',')
          .replace(/,+$/, '')}]`,
  );
  return `// Generated by scripts/generate-validator.mjs from rules/rules.schema.json. Do not edit.
${js ? '' : "import type { Check } from '../validate/schema-check.js';\n"}${strings === undefined ? '' : "import { defaultStrings } from '../rules/strings.js';\n"}
/** The schema's checks; nested schemas are indexes into this table. */
export const checks${js ? '' : ': Check[]'} = [${nodes.join(',')}];

/** Index of the check for a whole rules file. */
export const rulesCheck = ${start};
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const schema = JSON.parse(readFileSync(new URL('rules/rules.schema.json', root), 'utf8'));
  mkdirSync(new URL('src/generated/', root), { recursive: true });
  writeFileSync(new URL('src/generated/schema-validator.ts', root), generateValidator(schema));
  console.log('wrote src/generated/schema-validator.ts');
}
