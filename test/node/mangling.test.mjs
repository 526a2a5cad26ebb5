// The bundle shortens private names (a leading underscore) to save bytes. A shortened name that is also a key
// of public data would ship a `recommend` detail with a key such as `F` instead of `fired`, or reject every
// rules file using `answered`. This test minifies the bundle as the build does and looks at every name shortened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { parseAst } from 'rollup/parseAst';
import { minify } from 'terser';
import * as TJS from 'typescript-json-schema';
import config, { terserOptions } from '../../rollup.config.mjs';

const root = new URL('../../', import.meta.url);
process.chdir(fileURLToPath(root));

/** The bundle before minification, and the names terser shortens in it (from its name cache). */
async function minifyAsTheBuildDoes() {
  const build = await rollup({ input: config.input, plugins: config.plugins.filter((plugin) => plugin.name !== 'terser') });
  const { output } = await build.generate({ format: 'iife' });
  const nameCache = {};
  await minify(output[0].code, { ...terserOptions, nameCache });
  return { code: output[0].code, mangled: new Set(Object.keys(nameCache.props?.props ?? {}).map((key) => key.slice(1))) };
}

/** Every property name anywhere in a JSON Schema. */
function propertyNames(schema, names = new Set()) {
  if (Array.isArray(schema)) schema.forEach((item) => propertyNames(item, names));
  else if (schema && typeof schema === 'object') {
    for (const name of Object.keys(schema.properties ?? {})) names.add(name);
    Object.values(schema).forEach((value) => propertyNames(value, names));
  }
  return names;
}

/** The keys of the public data the element hands out: the engine's result and every event's detail, from the types. */
function publicDataKeys() {
  const program = TJS.getProgramFromFiles([fileURLToPath(new URL('src/element/events.ts', root))], {
    strictNullChecks: true,
    skipLibCheck: true,
  });
  const names = new Set();
  for (const type of ['Recommendation', 'ReadyDetail', 'AnswerDetail', 'BookDetail', 'RulesErrorDetail']) {
    propertyNames(TJS.generateSchema(program, type, { required: true, ignoreErrors: true }), names);
  }
  return names;
}

const { domprops } = await import(new URL('tools/domprops.js', `file://${createRequire(import.meta.url).resolve('terser/package.json')}`));
const { code, mangled } = await minifyAsTheBuildDoes();

test('the bundle shortens private names only: none is a key of public data, of a rules file or of the DOM', () => {
  const dataKeys = publicDataKeys();
  assert.ok(dataKeys.has('fired') && dataKeys.has('bookingUrl') && dataKeys.has('errors'), 'the public keys are read from the types');
  const schemaKeys = propertyNames(JSON.parse(readFileSync(new URL('rules/rules.schema.json', root), 'utf8')));
  assert.ok(schemaKeys.has('answered') && schemaKeys.has('sessions'), 'the rules keys are read from the schema');
  const clashes = [...mangled].filter((name) => dataKeys.has(name) || schemaKeys.has(name) || domprops.includes(name));
  assert.deepEqual(clashes, [], 'shortened names that are public keys');
  assert.deepEqual(
    [...mangled].filter((name) => !name.startsWith('_')),
    [],
    'only names with a leading underscore are shortened',
  );
});

test('every private name of the widget is shortened (none is kept because the DOM has it)', () => {
  const privateNames = new Set();
  (function walk(node) {
    if (!node || typeof node.type !== 'string') return;
    const key =
      node.type === 'MemberExpression'
        ? node.property
        : ['Property', 'MethodDefinition', 'PropertyDefinition'].includes(node.type)
          ? node.key
          : null;
    // `__proto__: null` in an object literal sets the prototype: a language form, not a name of ours.
    if (key?.type === 'Identifier' && /^_(?!\$)/.test(key.name) && key.name !== '__proto__') privateNames.add(key.name);
    for (const value of Object.values(node))
      (Array.isArray(value) ? value : [value]).forEach((child) => child && typeof child === 'object' && walk(child));
  })(parseAst(code));
  assert.ok(privateNames.has('_rules') && privateNames.has('_given'), 'the element’s private state is found');
  assert.deepEqual(
    [...privateNames].filter((name) => !mangled.has(name)),
    [],
  );
});
