import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateSchema } from '../../scripts/generate-schema.mjs';
import { generateValidator } from '../../scripts/generate-validator.mjs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test('rules/rules.schema.json matches the TypeScript types (run `npm run schema` after changing src/rules/types.ts)', () => {
  assert.equal(read('rules/rules.schema.json'), generateSchema());
});

test('the compiled checks in src/generated match the checked-in schema', () => {
  assert.equal(read('src/generated/schema-validator.ts'), generateValidator(JSON.parse(read('rules/rules.schema.json'))));
});

test("the compiled checks take the interface strings' names from defaultStrings: the same names as the schema's Strings", async () => {
  const { defaultStrings } = await import('../../lib/rules/strings.js');
  const schema = JSON.parse(read('rules/rules.schema.json'));
  assert.deepEqual(Object.keys(defaultStrings).sort(), Object.keys(schema.definitions.Strings.properties).sort());
  assert.match(read('src/generated/schema-validator.ts'), /Object\.keys\(defaultStrings\)/);
});
