// A page may add keys to Object.prototype (old libraries did: `equals`, `any`, `not`…; or a prototype-pollution
// bug in another script). The engine reads only the rules' and answers' own keys, so results stay exactly what
// they are on a clean page: above all, a red flag still refers, pregnancy still excludes deep pressure, and a
// shown safety question still has to be answered before deep pressure is offered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { recommend, visibleQuestions, endsInReferral, holds } from '../../lib/index.js';
import { chronicKnots, pokeyRadiatingKnot, stressedDeskWorker, withFever } from '../support/visitors.mjs';

const text = readFileSync(new URL('../../rules/default.json', import.meta.url), 'utf8');
const fresh = () => JSON.parse(text); // a new rules object each time, so nothing prepared before the pollution is reused
const pregnant = { ...chronicKnots, safety: ['pregnant'] };
const unscreened = { ...chronicKnots, safety: undefined };
const visitors = { chronicKnots, pokeyRadiatingKnot, stressedDeskWorker, withFever, pregnant, unscreened };
const snapshot = (rules) =>
  JSON.stringify(
    Object.entries(visitors).map(([name, answers]) => [
      name,
      recommend(rules, answers),
      visibleQuestions(rules, answers).map((q) => q.id),
      endsInReferral(rules, answers),
    ]),
  );
const clean = snapshot(fresh());

const keys = ['question', 'equals', 'oneOf', 'includesAny', 'includesAll', 'answered', 'atLeast', 'atMost', 'all', 'any', 'not', 'showIf'];
const values = [() => true, 'none', true, false, 0, 10, ['none'], [], { question: 'safety', answered: false }];

for (const key of keys)
  test(`Object.prototype.${key} set by the page changes no result`, () => {
    for (const value of values) {
      Object.prototype[key] = value;
      try {
        assert.equal(snapshot(fresh()), clean, `Object.prototype.${key} = ${JSON.stringify(value) ?? String(value)}`);
        assert.equal(holds({ question: 'safety', includesAny: ['pregnant'] }, pregnant), true);
        assert.equal(holds({ question: 'safety', includesAny: ['pregnant'] }, chronicKnots), false);
      } finally {
        delete Object.prototype[key];
      }
    }
  });

test('the outcomes that matter, on a clean page', () => {
  const rules = fresh();
  assert.equal(recommend(rules, withFever).status, 'refer');
  assert.ok(!recommend(rules, pregnant).technique.deep, 'gentle work in pregnancy');
  assert.ok(recommend(rules, pregnant).excluded.includes('deep-tissue'));
  assert.equal(recommend(rules, chronicKnots).technique.id, 'deep-tissue');
  assert.notEqual(recommend(rules, unscreened).technique.id, 'deep-tissue', 'no deep pressure without the safety answer');
});
