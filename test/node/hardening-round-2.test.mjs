import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRules, checkRulesText, parseRules, recommend, RulesError, validateRules } from '../../lib/index.js';
import { endsInReferral } from '../../lib/rules/answers.js';
import { duplicateIds, emptyNames, hashLinks, lateReferral, screenedRules, silentScreens } from '../fixtures/hostile/round-2.mjs';

// The second hardening round (issue 10) through what ships (checkRules, parseRules, recommend) and the checker.
// The inputs are in test/fixtures/hostile/round-2.mjs; the browser tests meet the same files in the widget.

for (const [what, [rules, path]] of Object.entries(duplicateIds())) {
  test(`finding 1: two ${what}s with one id are refused by the widget's own check, at ${path}`, () => {
    const check = checkRules(rules);
    assert.equal(check.valid, false);
    assert.deepEqual(
      check.errors.map((error) => error.path),
      [path],
    );
    assert.match(check.errors[0].message, /^"[\w-]+" is used twice \(first at \/[\w/]+\); ids must be unique$/);
    assert.throws(
      () => parseRules(JSON.stringify(rules)),
      (error) => error instanceof RulesError && error.code === 'invalid',
    );
    assert.deepEqual(validateRules(rules).errors, check.errors, 'the checker reports the same problem');
  });
}

test('finding 1: ids of rules, safety rules, plans and tips are still checked by the checker', () => {
  const rules = screenedRules();
  rules.rules[1].id = 'back';
  assert.equal(checkRules(rules).valid, true, 'a duplicate scoring-rule id hides nothing: the widget runs the file');
  assert.deepEqual(validateRules(rules).errors, [
    { path: '/rules/1/id', message: '"back" is used twice (first at /rules/0); ids must be unique' },
  ]);
});

for (const [link, expected] of hashLinks) {
  test(`finding 9: booking parameters on ${link} keep the whole fragment`, () => {
    const rules = screenedRules();
    rules.studio.bookingUrl = link;
    rules.addOns = [{ id: 'oil', name: 'Oil', description: 'Oil.', bookingParams: { addon: 'oil' } }];
    rules.rules.push({ id: 'oil', when: { question: 'mood', equals: 'tense' }, score: { oil: 1 }, reason: 'Oil.' });
    const result = recommend(rules, { health: ['none'], pain: 'neck', mood: 'tense' });
    assert.equal(result.technique.id, 'swedish');
    assert.equal(result.bookingUrl, expected);
    // A technique's own link takes the add-ons' parameters the same way.
    rules.techniques[0].bookingUrl = link;
    assert.equal(
      recommend(rules, { health: ['none'], pain: 'neck', mood: 'tense' }).bookingUrl,
      expected.replace('technique=swedish&', ''),
    );
  });
}

for (const [what, [rules, path]] of Object.entries(emptyNames())) {
  test(`finding 9: an empty ${what} is refused`, () => {
    const check = checkRules(rules);
    assert.deepEqual(check.errors, [{ path, message: 'must not be empty' }]);
  });
}

test('finding 9: an extending file cannot empty a name or label either', () => {
  for (const change of [
    { techniques: [{ id: 'swedish', name: '' }] },
    { addOns: [{ id: 'hot-stones', name: '' }] },
    { questions: [{ id: 'safety', options: [{ id: 'fever', label: '' }] }] },
  ])
    assert.equal(checkRules({ version: 1, extends: 'default', ...change }).valid, false, JSON.stringify(change));
});

test('finding 2: a screen that screens nobody or everybody is a warning of the checker (the widget runs the file)', () => {
  const { nobody, everybody, noNone } = silentScreens();
  for (const rules of [nobody, everybody, noNone]) assert.equal(checkRules(rules).valid, true);
  const warned = (rules) => validateRules(rules).warnings?.map(({ path, message }) => [path, message.split(':')[0]]);
  assert.deepEqual(warned(nobody), [['/questions', 'no question has "redFlag" options, so no visitor is ever referred before massage']]);
  assert.deepEqual(warned(everybody), [
    ['/questions/0/options', 'every option of question "health" is a red flag, so every visitor is referred'],
  ]);
  assert.deepEqual(warned(noNone), [
    ['/questions/0/options', 'question "health" has red flags but no "None of these" option ("exclusive"'],
  ]);
  assert.equal(validateRules(screenedRules()).warnings, undefined, 'a screen with None of these: no warning');
  // Where it sits in the text, for the CLI.
  const text = JSON.stringify(everybody, null, 2);
  const [warning] = checkRulesText(text).warnings;
  assert.equal(text.split('\n')[warning.line - 1].trim(), '"options": [');
});

test('finding 2: a refer or emergency safety rule ends the questionnaire at its step (endsInReferral)', () => {
  for (const action of ['refer', 'emergency']) {
    const rules = lateReferral(action);
    assert.equal(endsInReferral(rules, { health: ['none'], pain: 'neck' }), true, action);
    assert.equal(endsInReferral(rules, { health: ['none'], pain: 'back' }), false, action);
    const result = recommend(rules, { health: ['none'], pain: 'neck' });
    assert.equal(result.status, 'refer');
    assert.equal(result.bookingUrl, null);
  }
});
