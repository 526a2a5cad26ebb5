// validate-rules.ts: plans, tips and cautions that are never shown.
import { test } from 'node:test';
import { assertOneProblem, problemsAfter } from './support.mjs';

test('a plan that an earlier plan, with no condition, never lets through', () => {
  const found = problemsAfter((rules) =>
    rules.plans.push({ id: 'acute', when: { question: 'pain', atLeast: 7 }, title: 'Acute', frequency: 'Twice a week' }),
  );
  assertOneProblem(
    found,
    '/plans/1',
    'plan "acute" is never shown: plan "monthly" comes first and has no "when", so it always applies',
    '{',
    found.text.indexOf('"id": "acute"') - 10,
  );
});

test('an aftercare tip or a caution that is never shown', () => {
  const tip = problemsAfter((rules) => (rules.aftercare = [{ id: 'rest', when: { question: 'pain', atLeast: 11 }, text: 'Rest.' }]));
  assertOneProblem(
    tip,
    '/aftercare/0/when',
    'tip "rest" is never shown: "pain" is a 0–10 scale, so it is never at least 11',
    '"when"',
    tip.text.indexOf('"aftercare"'),
  );
  // A caution's id is optional; without one, the message names none.
  const caution = problemsAfter(
    (rules) => (rules.cautions = [{ when: { question: 'safety', includesAny: ['fever'] }, text: 'See a doctor.' }]),
  );
  assertOneProblem(
    caution,
    '/cautions/0/when',
    'tip is never shown: it needs the red-flag answer "fever" to "safety", and a red flag always ends with a referral first',
    '"when"',
    caution.text.indexOf('"cautions"'),
  );
});
