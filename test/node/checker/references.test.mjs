// validate-rules.ts: ids that point nowhere or twice, with "did you mean"; examples that cannot run as written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertOneProblem, positionOf, problemsAfter } from './support.mjs';

test('the small rules file used below is valid', () => {
  assert.deepEqual(problemsAfter(() => {}).errors, []);
});

test('an unknown question in a condition, with "did you mean"', () => {
  const found = problemsAfter((rules) => (rules.rules[0].when.question = 'presure'));
  assertOneProblem(found, '/rules/0/when/question', 'unknown question "presure" (did you mean "pressure"?)', '"question": "presure"');
});

test('an unknown option in a condition, with "did you mean"', () => {
  const found = problemsAfter((rules) => (rules.safety[0].when.includesAny = ['fevr']));
  assertOneProblem(found, '/safety/0/when/includesAny/0', 'question "safety" has no option "fevr" (did you mean "fever"?)', '"fevr"');
});

test('an unknown technique or add-on in a rule\'s score, with "did you mean"', () => {
  const found = problemsAfter((rules) => (rules.rules[1].score = { 'hot-stone': 1 }));
  assertOneProblem(
    found,
    '/rules/1/score/hot-stone',
    'unknown technique or add-on "hot-stone" (did you mean "hot-stones"?)',
    '"hot-stone"',
  );
});

test('an unknown technique in a safety exclusion, with "did you mean"', () => {
  const found = problemsAfter((rules) =>
    rules.safety.push({
      id: 'no-deep',
      when: { question: 'pain', atLeast: 9 },
      action: 'exclude',
      exclude: ['deep-tisue'],
      message: 'Gently today.',
    }),
  );
  assertOneProblem(found, '/safety/1/exclude/0', 'unknown technique or add-on "deep-tisue" (did you mean "deep-tissue"?)', '"deep-tisue"');
});

test('a safety exclusion may name an add-on (no CBD oil in pregnancy, say)', () => {
  const found = problemsAfter((rules) =>
    rules.safety.push({
      id: 'no-stones',
      when: { question: 'pain', atLeast: 9 },
      action: 'exclude',
      exclude: ['hot-stones'],
      message: 'No stones today.',
    }),
  );
  assert.deepEqual(found.errors, []);
});

test('an "exclude" safety rule that lists no techniques', () => {
  const found = problemsAfter((rules) =>
    rules.safety.push({ id: 'no-deep', when: { question: 'pain', atLeast: 9 }, action: 'exclude', message: 'Gently today.' }),
  );
  // "exclude" is missing, so the problem points at the start of the rule.
  assertOneProblem(
    found,
    '/safety/1/exclude',
    'an "exclude" rule must list the technique or add-on ids it excludes',
    '{',
    found.text.indexOf('"id": "no-deep"') - 10,
  );
});

test('an unknown technique or add-on in an example, with "did you mean"', () => {
  const found = problemsAfter((rules) => {
    rules.examples[0].expect = 'sweedish';
    rules.examples[0].expectAddOns = ['hot-stone'];
  });
  assert.deepEqual(found.errors, [
    {
      path: '/examples/0/expect',
      message: 'unknown technique "sweedish" (did you mean "swedish"?)',
      ...positionOf(found.text, '"expect"'),
    },
    {
      path: '/examples/0/expectAddOns/0',
      message: 'unknown add-on "hot-stone" (did you mean "hot-stones"?)',
      ...positionOf(found.text, '"hot-stone"', found.text.indexOf('"expectAddOns"')),
    },
  ]);
});

test('an add-on where an example expects its technique, and a technique among its add-ons', () => {
  const found = problemsAfter((rules) => {
    rules.examples[0].expect = 'hot-stones';
    rules.examples[0].expectAddOns = ['swedish'];
  });
  assert.deepEqual(found.errors, [
    {
      path: '/examples/0/expect',
      message: '"hot-stones" is an add-on: add-ons go in "expectAddOns"',
      ...positionOf(found.text, '"expect"'),
    },
    {
      path: '/examples/0/expectAddOns/0',
      message: '"swedish" is a technique: the technique goes in "expect"',
      ...positionOf(found.text, '"swedish"', found.text.indexOf('"expectAddOns"')),
    },
  ]);
});

test("an unknown question or option in an example's answers", () => {
  const found = problemsAfter((rules) => (rules.examples[0].answers = { safety: ['nothing'], presure: 'firm' }));
  assert.deepEqual(found.errors, [
    {
      path: '/examples/0/answers/safety',
      message: 'question "safety" has no option "nothing"',
      ...positionOf(found.text, '"safety": [', found.text.indexOf('"examples"')),
    },
    {
      path: '/examples/0/answers/presure',
      message: 'unknown question "presure" (did you mean "pressure"?)',
      ...positionOf(found.text, '"presure"'),
    },
  ]);
});

test('an example answer of the wrong kind, and one for a question its answers do not show', () => {
  const found = problemsAfter((rules) => {
    rules.questions.push({
      id: 'where',
      type: 'single',
      text: 'Where?',
      showIf: { question: 'pressure', equals: 'gentle' },
      options: [
        { id: 'back', label: 'Back' },
        { id: 'neck', label: 'Neck' },
      ],
    });
    rules.examples[0].answers = { safety: ['none'], pressure: ['firm'], pain: 11, where: 'back' };
  });
  const answers = found.text.indexOf('"answers"');
  assert.deepEqual(found.errors, [
    {
      path: '/examples/0/answers/pressure',
      message: 'question "pressure" takes one answer: give one option id, not a list',
      ...positionOf(found.text, '"pressure"', answers),
    },
    {
      path: '/examples/0/answers/pain',
      message: 'question "pain" is a 0–10 scale: answer with a whole number from 0 to 10',
      ...positionOf(found.text, '"pain"', answers),
    },
    {
      path: '/examples/0/answers/where',
      message: 'question "where" is not shown for these answers (its showIf does not hold), so this answer is ignored',
      ...positionOf(found.text, '"where"', answers),
    },
  ]);
});

test('a duplicate id names where the first one is (techniques and add-ons share ids)', () => {
  const found = problemsAfter((rules) => (rules.addOns[0].id = 'swedish'));
  // The add-on's points now go to a technique of the same name; only the duplicate is reported first.
  assert.deepEqual(found.errors[0], {
    path: '/addOns/0/id',
    message: '"swedish" is used twice (first at /techniques/0); ids must be unique',
    ...positionOf(found.text, '"id": "swedish"', found.text.indexOf('"addOns"')),
  });
});

test('a duplicate question id points at the second question', () => {
  const found = problemsAfter((rules) => rules.questions.push({ id: 'pain', type: 'scale', text: 'And now?' }));
  assertOneProblem(
    found,
    '/questions/3/id',
    '"pain" is used twice (first at /questions/2); ids must be unique',
    '"id": "pain"',
    found.text.indexOf('"And now?"') - 60,
  );
});
