import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { recommend, validateRules } from '../../lib/index.js';

// Every rules file in rules/ (and rules/examples/) must validate and pass its own examples.
const folder = new URL('../../rules/', import.meta.url);
const files = [
  ...readdirSync(folder).filter((name) => name.endsWith('.json') && name !== 'rules.schema.json'),
  ...(existsSync(new URL('examples/', folder)) ? readdirSync(new URL('examples/', folder)) : [])
    .filter((name) => name.endsWith('.json'))
    .map((name) => `examples/${name}`),
];

for (const file of files) {
  const data = JSON.parse(readFileSync(new URL(file, folder), 'utf8'));
  test(`rules/${file} is valid`, () => {
    assert.deepEqual(validateRules(data).errors, []);
  });
  for (const example of data.examples ?? []) {
    test(`rules/${file}: ${example.name}`, () => {
      const result = recommend(data, example.answers);
      const outcome = result.technique?.id ?? (result.urgent ? 'emergency' : 'refer');
      assert.equal(outcome, example.expect, `fired: ${result.fired.join(', ')}`);
      for (const id of example.expectAddOns ?? [])
        assert.ok(
          result.addOns.some((addOn) => addOn.id === id),
          `add-on ${id}`,
        );
    });
  }
}
