// check-text.ts and locate.ts: JSON syntax, the shape, size and depth, with line and column.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRulesText } from '../../../lib/index.js';
import { positionOf, problemsAfter, smallRules } from './support.mjs';

test('the shape: an unknown property with "did you mean", a missing one, a wrong type', () => {
  const found = problemsAfter((rules) => {
    rules.techniques[0].bestfor = rules.techniques[0].bestFor;
    delete rules.techniques[0].bestFor;
    rules.techniques[1].sessionMinutes = '60';
  });
  assert.deepEqual(found.errors, [
    {
      path: '/techniques/0',
      message: 'is missing "bestFor": add "bestFor" with what it helps, such as "Stress and tension"',
      ...positionOf(found.text, '{', found.text.indexOf('"techniques"')),
    },
    {
      path: '/techniques/0/bestfor',
      message: '"bestfor" is not a known property (did you mean "bestFor"?)',
      ...positionOf(found.text, '"bestfor"'),
    },
    {
      path: '/techniques/1/sessionMinutes',
      message: 'must be a list: write it in square brackets, e.g. [60]',
      ...positionOf(found.text, '"sessionMinutes": "60"'),
    },
  ]);
});

test('over-deep input is refused with its path', () => {
  const found = problemsAfter((rules) => {
    let when = { question: 'pain', atLeast: 5 };
    for (let i = 0; i < 40; i++) when = { not: when };
    rules.rules[1].when = when;
  });
  // The 37th "not" is the 41st level: /, rules, 1, when, then the nots.
  let at = -1;
  for (let i = 0; i < 37; i++) at = found.text.indexOf('"not"', at + 1);
  assert.deepEqual(found.errors, [
    { path: `/rules/1/when${'/not'.repeat(37)}`, message: 'is nested more than 40 levels deep', ...positionOf(found.text, '"not"', at) },
  ]);
});

test('oversized input is refused before it is read', () => {
  const text = JSON.stringify({ ...smallRules(), padding: 'x'.repeat(600_000) });
  assert.deepEqual(checkRulesText(text).errors, [
    {
      path: '',
      message: `the file is ${text.length.toLocaleString('en')} characters long; the widget refuses rules files over 512,000`,
      line: 1,
      column: 1,
    },
  ]);
});

test('a property given twice in one object: JSON keeps only the last', () => {
  const text = JSON.stringify(smallRules(), null, 2).replace('"version": 1,', '"version": 1,\n  "version": 1,');
  assert.deepEqual(checkRulesText(text).errors, [
    {
      path: '/version',
      message: '"version" is given twice in the same object, and only the last one counts; remove one',
      line: 3,
      column: 3,
    },
  ]);
});

test('JSON syntax errors name the line and column, in plain English', () => {
  const valid = JSON.stringify(smallRules(), null, 2);
  const cases = [
    // A missing comma is reported where the comma belongs: the end of the line before.
    [
      valid.replace('"version": 1,', '"version": 1'),
      '',
      'not valid JSON: expected "," or "}" after a property, found "questions": is a comma missing here?',
      2,
      15,
    ],
    [
      valid.replace('"exclusive": true', '"exclusive": true,'),
      '/questions/0/options/1',
      'not valid JSON: trailing comma: remove the "," before this "}"',
      17,
      28,
    ],
    [
      valid.replace('"version": 1,', '"version": 1, // first version'),
      '',
      'not valid JSON: comments are not allowed in JSON; remove this comment',
      2,
      17,
    ],
    [valid.replace('"version"', "'version'"), '', 'not valid JSON: a property name must be in double quotes ("), not single quotes', 2, 3],
    [
      valid.replace('"Gentle"', '"Gentle'),
      '/questions/1/options/0',
      'not valid JSON: this text is never closed on its line: a closing " is missing (write a line break inside text as \\n)',
      28,
      20,
    ],
    [
      valid.slice(0, valid.indexOf('"techniques"')),
      '',
      'not valid JSON: the file ends before this object is closed: a "}" is missing',
      42,
      3,
    ],
    ['', '', 'not valid JSON: the file is empty', 1, 1],
    // Curly quotes, as a word processor writes them, around a name or a value.
    [
      valid.replace('"version"', '\u201Cversion\u201D'),
      '',
      'not valid JSON: expected a property name in double quotes, found "\u201C"; use straight quotes (") — word processors turn them curly',
      2,
      3,
    ],
    [
      valid.replace('"Gentle"', '\u2018Gentle\u2019'),
      '/questions/1/options/0',
      'not valid JSON: expected a value (text in double quotes, a number, true, false, null, an object or a list), found "\u2018"; use straight quotes (") — word processors turn them curly',
      28,
      20,
    ],
  ];
  for (const [text, path, message, line, column] of cases) {
    assert.deepEqual(checkRulesText(text).errors, [{ path, message, line, column }], message);
  }
});

test('a byte-order mark at the start is ignored and takes no column', () => {
  const text = '\uFEFF' + JSON.stringify(smallRules(), null, 2).replace('"version": 1', '"version": 2');
  assert.deepEqual(checkRulesText(text).errors, [{ path: '/version', message: 'must be 1', line: 2, column: 3 }]);
});
