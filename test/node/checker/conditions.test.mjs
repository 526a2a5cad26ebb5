// validate-rules.ts and explain-conditions.ts: conditions that do not fit their question, or have no test.
import { test } from 'node:test';
import { assertOneProblem, problemsAfter } from './support.mjs';

test('a condition that does not fit its question type', () => {
  const found = problemsAfter((rules) => (rules.rules[1].when = { question: 'pressure', atLeast: 5 }));
  assertOneProblem(found, '/rules/1/when/atLeast', '"atLeast" does not fit single question "pressure"; use equals or oneOf', '"atLeast"');
});

test('a condition with a wrong test says what a condition needs, not which test the schema guessed', () => {
  const needs =
    'a condition needs "question" and one of equals, oneOf, includesAny, includesAll, atLeast, atMost or answered, or one of all, any or not';
  const cases = [
    // A word from another condition language, a near spelling, the start of two tests, and inside an "all".
    [
      { question: 'pressure', is: 'firm' },
      '/rules/0/when/is',
      `"is" is not part of a condition (did you mean "equals"?); ${needs}`,
      '"is"',
    ],
    [
      { question: 'pressure', equal: 'firm' },
      '/rules/0/when/equal',
      `"equal" is not part of a condition (did you mean "equals"?); ${needs}`,
      '"equal"',
    ],
    [
      { question: 'pressure', includes: ['firm'] },
      '/rules/0/when/includes',
      `"includes" is not part of a condition (did you mean "includesAny" or "includesAll"?); ${needs}`,
      '"includes"',
    ],
    [
      { any: [{ question: 'pain', atLeast: 5 }, { or: [] }] },
      '/rules/0/when/any/1/or',
      `"or" is not part of a condition (did you mean "any"?); ${needs}`,
      '"or"',
    ],
    [{ question: 'pressure' }, '/rules/0/when', `has no test: ${needs}`, '"when"'],
  ];
  for (const [when, path, message, needle] of cases) {
    const found = problemsAfter((rules) => (rules.rules[0].when = when));
    assertOneProblem(found, path, message, needle);
  }
});
