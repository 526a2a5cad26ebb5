// reachability.ts and validate-rules.ts: questions never shown, rules that never fire, techniques no answer reaches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertOneProblem, positionOf, problemsAfter, technique } from './support.mjs';

test('a showIf cycle: two questions each waiting for the other', () => {
  const found = problemsAfter((rules) => {
    rules.questions[1].showIf = { question: 'pain', atLeast: 3 };
    rules.questions[2].showIf = { question: 'pressure', equals: 'firm' };
  });
  assert.deepEqual(found.errors, [
    {
      path: '/questions/1/showIf/question',
      message: 'showIf cycle: "pressure" waits for "pain" waits for "pressure", so none of them can ever be shown',
      ...positionOf(found.text, '"question": "pain"'),
    },
    {
      path: '/questions/2/showIf',
      message: 'question "pain" can never be shown: "pressure" is never shown, so it is never answered',
      ...positionOf(found.text, '"showIf"', found.text.indexOf('"id": "pain"')),
    },
    {
      path: '/techniques/1/id',
      message: 'no answer can ever recommend "deep-tissue": no rule that can fire gives it points',
      ...positionOf(found.text, '"id": "deep-tissue"'),
    },
    {
      path: '/rules/0/when',
      message: 'rule "wants-firm" can never fire: "pressure" is never shown, so it is never answered',
      ...positionOf(found.text, '"when"', found.text.indexOf('"wants-firm"')),
    },
    {
      path: '/rules/1/when',
      message: 'rule "sore" can never fire: "pain" is never shown, so it is never answered',
      ...positionOf(found.text, '"when"', found.text.indexOf('"sore"')),
    },
  ]);
});

test('a question that waits for its own answer, or for a later one, is never shown', () => {
  const self = problemsAfter((rules) => (rules.questions[2].showIf = { question: 'pain', answered: true }));
  assert.deepEqual(self.errors[0], {
    path: '/questions/2/showIf/question',
    message: 'question "pain" waits for its own answer, so it can never be shown (a showIf may only look at earlier questions)',
    ...positionOf(self.text, '"question": "pain"'),
  });
  const later = problemsAfter((rules) => (rules.questions[1].showIf = { question: 'pain', atLeast: 3 }));
  assert.deepEqual(later.errors[0], {
    path: '/questions/1/showIf/question',
    message: '"pain" is not asked before this question, so the question can never be shown (a showIf may only look at earlier questions)',
    ...positionOf(later.text, '"question": "pain"'),
  });
});

test('the first question is always asked, so a showIf on it is refused', () => {
  const found = problemsAfter((rules) => {
    rules.questions.unshift(rules.questions.splice(1, 1)[0]); // "pressure" first, waiting for the screen
    rules.questions[0].showIf = { question: 'safety', includesAny: ['none'] };
  });
  assertOneProblem(
    found,
    '/questions/0/showIf',
    'the first question is always asked, so it cannot have a showIf: move it later, or remove the showIf',
    '"showIf"',
  );
});

test('a question whose showIf needs a red flag is never shown: a red flag ends the questionnaire', () => {
  const found = problemsAfter((rules) =>
    rules.questions.push({
      id: 'fever-days',
      type: 'scale',
      text: 'For how many days?',
      showIf: { question: 'safety', includesAny: ['fever'] },
    }),
  );
  assertOneProblem(
    found,
    '/questions/3/showIf',
    'question "fever-days" can never be shown: it needs the red-flag answer "fever" to "safety", and a red flag always ends with a referral first',
    '"showIf"',
  );
});

test('a rule that can never fire: contradictions, impossible scale values, red flags', () => {
  const contradiction = problemsAfter(
    (rules) =>
      (rules.rules[0].when = {
        all: [
          { question: 'pressure', equals: 'firm' },
          { question: 'pressure', equals: 'gentle' },
        ],
      }),
  );
  // With its only rule unable to fire, deep tissue can no longer be recommended either.
  assert.deepEqual(
    contradiction.errors.map(({ path, message }) => ({ path, message })),
    [
      { path: '/techniques/1/id', message: 'no answer can ever recommend "deep-tissue": no rule that can fire gives it points' },
      {
        path: '/rules/0/when',
        message: 'rule "wants-firm" can never fire: it needs "pressure" to be "firm" and also "gentle", which cannot both be true',
      },
    ],
  );
  const scale = problemsAfter((rules) => (rules.rules[1].when = { question: 'pain', atLeast: 11 }));
  assertOneProblem(
    scale,
    '/rules/1/when',
    'rule "sore" can never fire: "pain" is a 0–10 scale, so it is never at least 11',
    '"when"',
    scale.text.indexOf('"sore"'),
  );
  const range = problemsAfter(
    (rules) =>
      (rules.rules[1].when = {
        all: [
          { question: 'pain', atLeast: 7 },
          { question: 'pain', atMost: 3 },
        ],
      }),
  );
  assertOneProblem(
    range,
    '/rules/1/when',
    'rule "sore" can never fire: it needs "pain" to be at least 7 and at most 3, which cannot both be true',
    '"when"',
    range.text.indexOf('"sore"'),
  );
  const flagged = problemsAfter((rules) => (rules.rules[1].when = { question: 'safety', includesAll: ['none', 'fever'] }));
  assertOneProblem(
    flagged,
    '/rules/1/when',
    'rule "sore" can never fire: it needs the red-flag answer "fever" to "safety", and a red flag always ends with a referral first',
    '"when"',
    flagged.text.indexOf('"sore"'),
  );
});

test('a scale compared with text, or with a number it never takes', () => {
  const text = problemsAfter((rules) => (rules.rules[1].when = { question: 'pain', equals: 'high' }));
  assertOneProblem(text, '/rules/1/when/equals', '"pain" is a 0–10 scale; compare it with a number', '"equals": "high"');
  for (const value of [7.5, 11]) {
    const number = problemsAfter((rules) => (rules.rules[1].when = { question: 'pain', equals: value }));
    assertOneProblem(
      number,
      '/rules/1/when',
      `rule "sore" can never fire: "pain" is a 0–10 scale of whole numbers, so it never equals ${value}`,
      '"when"',
      number.text.indexOf('"sore"'),
    );
  }
});

test('a rule that adds no points never changes a result', () => {
  const found = problemsAfter((rules) => (rules.rules[1].score = { 'hot-stones': 0 }));
  assertOneProblem(
    found,
    '/rules/1/score',
    'rule "sore" adds no points, so it never changes a result',
    '"score"',
    found.text.indexOf('"sore"'),
  );
});

test('a safety rule that can never fire', () => {
  const found = problemsAfter(
    (rules) =>
      (rules.safety[0].when = {
        any: [
          { question: 'pain', atLeast: 12 },
          { question: 'pain', atMost: -1 },
        ],
      }),
  );
  assertOneProblem(
    found,
    '/safety/0/when',
    'safety rule "fever" can never fire: none of its "any" conditions can hold ("pain" is a 0–10 scale, so it is never at least 12; "pain" is a 0–10 scale, so it is never at most -1)',
    '"when"',
    found.text.indexOf('"safety": ['),
  );
});

test('a technique that no answer can ever recommend', () => {
  const found = problemsAfter((rules) => rules.techniques.push(technique('reflexology', false)));
  assertOneProblem(
    found,
    '/techniques/2/id',
    'no answer can ever recommend "reflexology": no rule that can fire gives it points',
    '"id": "reflexology"',
  );
});

test('a deep-pressure technique with no red-flag screen in front of it', () => {
  const found = problemsAfter((rules) => {
    rules.questions[0].showIf = { question: 'pain', answered: true };
    rules.questions.push(rules.questions.shift());
  });
  assertOneProblem(
    found,
    '/techniques/1/deep',
    'deep-pressure "deep-tissue" needs a required question with "redFlag" options before it',
    '"deep": true',
  );
});
