// The small rules file the checker tests change one mistake at a time, and how they assert on the outcome.
import assert from 'node:assert/strict';
import { checkRulesText } from '../../../lib/index.js';

// Each kind of mistake a spa owner can make in a rules file, fed to the checker as the text they
// would write: the exact JSON-pointer path, the plain-English message, and the line and column.

export const technique = (id, deep) => ({
  id,
  name: id,
  description: 'A massage.',
  pressure: 'Medium',
  target: 'Muscles',
  bestFor: 'Tension',
  deep,
  sessionMinutes: [60],
});

/** A small, valid rules file; each test breaks one thing in it. */
export function smallRules() {
  return {
    version: 1,
    questions: [
      {
        id: 'safety',
        type: 'multiple',
        text: 'Does any of this apply to you?',
        options: [
          { id: 'fever', label: 'A fever', redFlag: true },
          { id: 'none', label: 'None of these', exclusive: true },
        ],
      },
      {
        id: 'pressure',
        type: 'single',
        text: 'What pressure do you like?',
        options: [
          { id: 'gentle', label: 'Gentle' },
          { id: 'firm', label: 'Firm' },
        ],
      },
      { id: 'pain', type: 'scale', text: 'How much does it hurt?' },
    ],
    techniques: [technique('swedish', false), technique('deep-tissue', true)],
    addOns: [{ id: 'hot-stones', name: 'Hot stones', description: 'Warm stones.' }],
    rules: [
      { id: 'wants-firm', when: { question: 'pressure', equals: 'firm' }, score: { 'deep-tissue': 2 }, reason: 'You like firm pressure.' },
      { id: 'sore', when: { question: 'pain', atLeast: 5 }, score: { 'hot-stones': 1 }, reason: 'Heat eases soreness.' },
    ],
    safety: [{ id: 'fever', when: { question: 'safety', includesAny: ['fever'] }, action: 'refer', message: 'Please see a doctor first.' }],
    plans: [{ id: 'monthly', title: 'Maintenance', frequency: 'Once a month' }],
    examples: [{ name: 'Firm pressure', answers: { safety: ['none'], pressure: 'firm' }, expect: 'deep-tissue' }],
  };
}

/** Line and column of the first occurrence of `needle` in `text` (counted here independently of the checker). */
export function positionOf(text, needle, from = 0) {
  const offset = text.indexOf(needle, from);
  assert.ok(offset >= 0, `${needle} is in the text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1).length + 1 };
}

/** Breaks the small rules file with `change`, checks its text, and returns the text and the problems. */
export function problemsAfter(change) {
  const rules = smallRules();
  change(rules);
  const text = JSON.stringify(rules, null, 2);
  return { text, errors: checkRulesText(text).errors };
}

/** Asserts that the one problem found is exactly `path` and `message`, at the text `needle`. */
export function assertOneProblem({ text, errors }, path, message, needle, from = 0) {
  assert.deepEqual(errors, [{ path, message, ...positionOf(text, needle, from) }]);
}
