import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defaultStrings } from '../../lib/index.js';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const schema = JSON.parse(read('rules/rules.schema.json'));

test('the Spanish studio menu sets every interface string, so no English reaches its visitors', () => {
  const rules = JSON.parse(read('rules/examples/nola-es.json'));
  assert.equal(rules.lang, 'es');
  assert.deepEqual(Object.keys(rules.strings).sort(), Object.keys(defaultStrings).sort());
  for (const [key, text] of Object.entries(rules.strings)) assert.notEqual(text, defaultStrings[key], key);
});

test('docs/rules.md shows every field of the rules format (as `name` or in a JSON example)', () => {
  const guide = read('docs/rules.md');
  const definitions = [['the file', schema], ...Object.entries(schema.definitions)];
  const missing = definitions.flatMap(([where, definition]) =>
    Object.keys(definition.properties ?? {})
      .filter((name) => !guide.includes(`\`${name}\``) && !guide.includes(`"${name}":`))
      .map((name) => `${where}.${name}`),
  );
  assert.deepEqual(missing, []);
});
