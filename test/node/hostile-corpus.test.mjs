import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseRules, recommend, RulesError, safeLink, validateRules } from '../../lib/index.js';
import { hostileFiles, minimalRules, sizes } from '../fixtures/hostile/generate.mjs';

// The hostile corpus (test/fixtures/hostile/) through the checker a studio runs (validateRules) and the
// loader's parser: every problem named by its path, nothing thrown, nothing polluted.
const read = (name) => readFileSync(new URL(`../fixtures/hostile/${name}`, import.meta.url), 'utf8');
const paths = (check) => check.errors.map((error) => error.path);
const generated = hostileFiles();

test('script and onerror payloads are legal text: the file is valid, and rendering keeps them text (browser tests)', () => {
  const rules = JSON.parse(read('script-payloads.json'));
  assert.deepEqual(validateRules(rules).errors, []);
  assert.equal(recommend(rules, { screen: ['none'], pain: 9, feel: 'tense' }).technique.id, 'swedish');
});

for (const link of JSON.parse(read('bad-links.json')).links) {
  test(`bad link ${JSON.stringify(link)}: dropped, with an error naming its path`, () => {
    const base = minimalRules();
    const rules = { ...base, studio: { bookingUrl: link }, techniques: [{ ...base.techniques[0], bookingUrl: link }] };
    const check = validateRules(rules);
    assert.deepEqual(paths(check), ['/studio/bookingUrl', '/techniques/0/bookingUrl']);
    assert.match(check.errors[0].message, /https: or http:/);
    assert.equal(safeLink(link), null);
    assert.equal(recommend(rules, { mood: 'tense' }).bookingUrl, null);
  });
}

test('__proto__, constructor and prototype keys: each named by its path, nothing polluted', () => {
  const rules = JSON.parse(read('prototype-keys.json'));
  const check = validateRules(rules);
  assert.deepEqual(paths(check), [
    '/__proto__',
    '/studio/constructor',
    '/questions/0/options/0/__proto__',
    '/techniques/0/prototype',
    '/addOns/0/bookingParams/__proto__',
    '/rules/0/score/constructor',
    '/examples/0/answers/__proto__',
  ]);
  assert.equal({}.polluted, undefined);
  assert.throws(
    () => parseRules(read('prototype-keys.json')),
    (error) => error instanceof RulesError && error.code === 'invalid',
  );
  assert.equal({}.polluted, undefined);
});

test(`${sizes.depth}-deep nesting: one error at 40 levels, no stack overflow`, () => {
  const check = validateRules(JSON.parse(generated.deep));
  assert.equal(check.errors.length, 1);
  assert.match(check.errors[0].path, /^\/rules\/0\/when(\/not)+$/);
  assert.equal(check.errors[0].path.split('/').length, 41);
  assert.equal(check.errors[0].message, 'is nested more than 40 levels deep');
});

test('a 5 MB file: the parser refuses it before parsing; the checker names the over-long text', () => {
  assert.ok(generated.huge.length >= 5_000_000);
  assert.throws(
    () => parseRules(generated.huge),
    (error) => error instanceof RulesError && error.code === 'too-large',
  );
  assert.deepEqual(validateRules(JSON.parse(generated.huge)).errors, [
    { path: '/techniques/0/description', message: 'must be at most 2000 characters long' },
  ]);
});

test(`${sizes.options} options and ${sizes.minutes} session lengths: the list is named, quickly`, () => {
  const started = performance.now();
  assert.deepEqual(validateRules(JSON.parse(generated['many-options'])).errors, [
    { path: '/questions/0/options', message: 'must have at most 30 items' },
  ]);
  assert.deepEqual(validateRules(JSON.parse(generated['many-minutes'])).errors, [
    { path: '/techniques/0/sessionMinutes', message: 'must have at most 6 items' },
  ]);
  assert.ok(performance.now() - started < 2000);
});

test('wrong types everywhere: every one named by its path', () => {
  const check = validateRules(JSON.parse(read('wrong-types.json')));
  assert.deepEqual(paths(check), [
    '/version',
    '/lang',
    '/studio/name',
    '/studio/phone',
    '/studio/bookingUrl',
    '/questions/0/id',
    '/questions/0/text',
    '/questions/0/options',
    '/questions/1/required',
    '/questions/1/minLabel',
    '/questions/2/options/0/label',
    '/questions/2/options/0/redFlag',
    '/techniques/0/name',
    '/techniques/0/deep',
    '/techniques/0/sessionMinutes',
    '/addOns',
    '/rules/0/when/equals',
    '/rules/0/score/swedish',
    '/rules/0/reason',
    '/safety/0/when',
    '/safety/0/action',
    '/plans',
    '/aftercare/0/text',
    '/strings/title',
    '/strings/next',
  ]);
  for (const value of [null, [], 'rules', 42, true])
    assert.deepEqual(validateRules(value).errors, [{ path: '', message: 'must be an object' }]);
});

test('a studio name and phone shaped like Lit template results are not text', () => {
  const check = validateRules(JSON.parse(read('lit-template-objects.json')));
  assert.ok(paths(check).includes('/studio/name') && paths(check).includes('/studio/phone'));
});

test('an empty file is not JSON; a .html file can hold valid rules (the loader refuses it for its content-type)', () => {
  assert.throws(
    () => parseRules(read('empty.json')),
    (error) => error.code === 'not-json',
  );
  assert.deepEqual(validateRules(JSON.parse(read('served-as-html.html'))).errors, []);
});

test('a huge multiple answer is cleaned in time linear in its length: each value once, in the order it first came', () => {
  const rules = JSON.parse(readFileSync(new URL('../../rules/default.json', import.meta.url), 'utf8'));
  const question = rules.questions.find((q) => q.type === 'multiple' && !q.options.some((o) => o.redFlag));
  const ids = question.options.map((option) => option.id);
  // Each value's first place far from the start: looking each one up in the whole answer was quadratic (9.5 s here).
  const half = 100_000;
  const answer = [...Array(half).fill(ids[0]), ...Array.from({ length: half }, (_, i) => ids[1 + (i % (ids.length - 1))]), 'unknown'];
  const started = performance.now();
  const result = recommend(rules, { safety: ['none'], [question.id]: answer });
  const took = performance.now() - started;
  assert.deepEqual(result.answers[question.id], ids);
  // A guard against hanging, not a speed figure: the linear clean takes about 15 ms; the quadratic one took 9.5 s.
  assert.ok(took < 3000, `recommend() took ${Math.round(took)} ms on a 200,001-value answer`);
});

test('an unchecked file with 300,000 exclusions that fire and an add-on with 200,000 booking parameters: a result, not a stack overflow', () => {
  const rules = JSON.parse(readFileSync(new URL('../../rules/default.json', import.meta.url), 'utf8'));
  const exclusion = (i) => ({
    id: `x${i}`,
    when: { question: 'safety', includesAny: ['none'] },
    action: 'exclude',
    exclude: ['ashiatsu'],
    message: 'No.',
  });
  rules.safety = rules.safety.concat(Array.from({ length: 300_000 }, (_, i) => exclusion(i)));
  rules.addOns[0].bookingParams = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`p${i}`, 'x']));
  const result = recommend(rules, { safety: ['none'], feel: ['ache'] }, { bookingUrl: 'https://studio.example/book' });
  assert.equal(result.status, 'recommended');
  assert.deepEqual(result.excluded, ['ashiatsu']);
  assert.ok(result.fired.length > 300_000);
  assert.equal(result.addOns[0].id, rules.addOns[0].id, 'the add-on with 200,000 booking parameters is recommended');
  assert.match(result.bookingUrl, /&p199999=x/);
});
