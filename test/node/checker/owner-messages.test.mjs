// The mistakes a day-spa owner made writing their first rules file (issue 12), each with the message that
// points at the fix: what to write, in the checker's exact words, at the place it goes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { checkRulesText } from '../../../lib/index.js';
import { optionFields } from '../../../lib/checker/explain.js';
import { assertOneProblem, positionOf, problemsAfter, smallRules } from './support.mjs';

const needs =
  'a condition needs "question" and one of equals, oneOf, includesAny, includesAll, atLeast, atMost or answered, or one of all, any or not';

test('a missing closing quote says where the quote goes, not that a comma is missing', () => {
  const text = JSON.stringify(smallRules(), null, 2).replace(
    '"name": "swedish",\n      "description"',
    '"name": "Hot Stone Massage, "description"',
  );
  const [problem, ...more] = checkRulesText(text).errors;
  assert.deepEqual(more, []);
  assert.deepEqual(problem, {
    path: '/techniques/0',
    message:
      'not valid JSON: a closing quote is missing: the text "Hot Stone Massage, " runs into description"; write "Hot Stone Massage", "description"',
    ...positionOf(text, '"Hot Stone'),
  });
});

test('misspelt option fields are named with their spelling, not as a scale question', () => {
  const found = problemsAfter((rules) => (rules.questions[1].options[1] = { id: 'firm', Label: 'Firm', 'red-flag': false }));
  const fields = 'an option has id, label, help, redFlag, exclusive';
  assert.deepEqual(
    found.errors.map(({ path, message }) => [path, message]),
    [
      ['/questions/1/options/1', 'is missing "label": add "label" with the answer as visitors read it, such as "None of these"'],
      ['/questions/1/options/1/Label', `"Label" is not a field of an option (did you mean "label"?); ${fields}`],
      ['/questions/1/options/1/red-flag', `"red-flag" is not a field of an option (did you mean "redFlag"?); ${fields}`],
    ],
  );
  assert.deepEqual(found.errors[1], { ...found.errors[1], ...positionOf(found.text, '"Label"') });
});

test("the checker's option fields are the schema's", () => {
  const schema = JSON.parse(readFileSync(new URL('../../../rules/rules.schema.json', import.meta.url), 'utf8'));
  assert.deepEqual(Object.keys(optionFields), Object.keys(schema.definitions.Option.properties));
});

test('an empty answer to a question with no "None" option says so, not that a showIf does not hold', () => {
  const found = problemsAfter((rules) => {
    rules.questions[0].options.push({ id: 'surgery', label: 'Recent surgery', redFlag: true });
    rules.questions[0].options = rules.questions[0].options.filter((option) => option.id !== 'none');
    rules.examples[0].answers.safety = [];
  });
  assertOneProblem(
    found,
    '/examples/0/answers/safety',
    'an empty list is no answer, so this answer is ignored: question "safety" has no "None of these" option; add one, such as { "id": "none", "label": "None of these", "exclusive": true }, and answer ["none"]',
    '"safety": []',
  );
  const withNone = problemsAfter((rules) => (rules.examples[0].answers.safety = []));
  assertOneProblem(
    withNone,
    '/examples/0/answers/safety',
    'an empty list is no answer, so this answer is ignored: to say none of them applies, answer ["none"]',
    '"safety": []',
  );
});

test('conditions without a test inside "all" are each explained, not taken for a misspelt "any"', () => {
  const found = problemsAfter(
    (rules) =>
      (rules.rules[0].when = {
        all: [
          { question: 'pressure', is: 'firm' },
          { question: 'pain', min: 5 },
        ],
      }),
  );
  assert.deepEqual(
    found.errors.map(({ path, message }) => [path, message]),
    [
      ['/rules/0/when/all/0/is', `"is" is not part of a condition (did you mean "equals"?); ${needs}`],
      ['/rules/0/when/all/1/min', `"min" is not part of a condition (did you mean "atLeast"?); ${needs}`],
    ],
  );
  // Not in an "all" of a scoring rule only: a safety rule's, inside an "any".
  const nested = problemsAfter((rules) => (rules.safety[0].when = { any: [{ all: [{ question: 'safety' }, { question: 'pain' }] }] }));
  assert.deepEqual(
    nested.errors.map(({ path, message }) => [path, message]),
    [
      ['/safety/0/when/any/0/all/0', `has no test: ${needs}`],
      ['/safety/0/when/any/0/all/1', `has no test: ${needs}`],
    ],
  );
});

test('a missing "version" or "deep" says what to write', () => {
  const found = problemsAfter((rules) => {
    delete rules.version;
    delete rules.techniques[0].deep;
  });
  assert.deepEqual(
    found.errors.map(({ path, message }) => [path, message]),
    [
      ['', 'is missing "version": add "version": 1 at the top of the file'],
      ['/techniques/0', 'is missing "deep": add "deep": false (or true for a deep-pressure technique)'],
    ],
  );
});

test('a price written as a number says to write it in quotes, with the price as the example', () => {
  const found = problemsAfter((rules) => (rules.techniques[0].price = 125));
  assertOneProblem(found, '/techniques/0/price', 'must be text: write it in quotes, e.g. "$125"', '"price"');
  const name = problemsAfter((rules) => (rules.techniques[0].name = 7));
  assertOneProblem(name, '/techniques/0/name', 'must be text: write it in quotes, e.g. "7"', '"name": 7');
});

test('minutes written as text say which number to write', () => {
  const found = problemsAfter((rules) => {
    delete rules.techniques[0].sessionMinutes;
    rules.techniques[0].sessions = [{ minutes: '60 min', price: '$95' }];
  });
  assertOneProblem(found, '/techniques/0/sessions/0/minutes', 'must be a number: write 60, without quotes or "min"', '"minutes"');
  const list = problemsAfter((rules) => (rules.techniques[1].sessionMinutes = ['90']));
  assertOneProblem(list, '/techniques/1/sessionMinutes/0', 'must be a number: write 90, without quotes', '"90"');
  const words = problemsAfter((rules) => (rules.techniques[1].sessionMinutes = ['an hour']));
  assertOneProblem(words, '/techniques/1/sessionMinutes/0', 'must be a number, such as 60 (with no quotes)', '"an hour"');
});

test('a question with one option is caught', () => {
  const found = problemsAfter((rules) => {
    rules.questions[1].options.pop();
    rules.rules[0].when = { question: 'pressure', equals: 'gentle' };
    rules.examples[0].answers.pressure = 'gentle';
    rules.examples[0].expect = 'swedish';
    rules.rules[0].score = { swedish: 1, 'deep-tissue': 1 };
  });
  assertOneProblem(
    found,
    '/questions/1/options',
    'question "pressure" has only one option, so visitors have nothing to choose: add another (such as "None of these"), or remove the question',
    '"options"',
    found.text.indexOf('"pressure"'),
  );
});

test('a space inside a booking link is caught', () => {
  const link = 'https://squareup.com/appointments/book/nola day spa';
  const found = problemsAfter((rules) => {
    delete rules.techniques[0].sessionMinutes;
    rules.techniques[0].sessions = [{ minutes: 60, bookingUrl: link }];
  });
  assertOneProblem(
    found,
    '/techniques/0/sessions/0/bookingUrl',
    `has a space in it ("${link}"), and a link cannot: copy the link again from the booking page, or write the space as %20`,
    '"bookingUrl"',
  );
  // A space before or after the link is not part of it (the widget trims it).
  assert.deepEqual(problemsAfter((rules) => (rules.studio = { bookingUrl: ' https://squareup.com/book ' })).errors, []);
});
