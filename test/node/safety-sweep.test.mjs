import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { recommend } from '../../lib/index.js';

// The safety guarantee, checked over the default rules' answer space: a seeded sample of
// 100,000 answer sets, plus every red flag combined with every single other answer.
const rules = JSON.parse(readFileSync(new URL('../../rules/default.json', import.meta.url), 'utf8'));
// With a booking page, so that "no booking link after a red flag" is a claim that could fail.
rules.studio = { bookingUrl: 'https://studio.example/book' };
assert.ok(
  rules.questions.every((q) => !q.showIf || !(q.options ?? []).some((o) => o.redFlag)),
  'every question with red flags is always shown, so the raw answers say which red flags were ticked',
);
const deep = new Set(rules.techniques.filter((t) => t.deep).map((t) => t.id));
const flags = rules.questions.flatMap((q) => (q.options ?? []).filter((o) => o.redFlag).map((o) => [q.id, o.id]));

function random(seed) {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function randomAnswers(next) {
  const answers = {};
  for (const question of rules.questions) {
    if (next() < 0.1) continue; // sometimes unanswered
    if (question.type === 'scale') answers[question.id] = Math.floor(next() * 11);
    else if (question.type === 'single') answers[question.id] = question.options[Math.floor(next() * question.options.length)].id;
    else answers[question.id] = question.options.filter((o) => next() < (o.redFlag ? 0.02 : 0.3)).map((o) => o.id);
  }
  return answers;
}

const seen = { recommended: 0, refer: 0 };

function check(answers) {
  const result = recommend(rules, answers);
  seen[result.status]++;
  assert.ok(['recommended', 'refer'].includes(result.status));
  assert.ok(Array.isArray(result.reasons) && Array.isArray(result.aftercare) && Array.isArray(result.addOns));
  // From what the visitor ticked, not from the engine's own reading of it.
  const flagged = flags.some(([q, o]) => [].concat(answers[q] ?? []).includes(o));
  if (result.status === 'recommended') {
    assert.ok(result.technique && result.reasons.length > 0, 'a recommendation says why');
    assert.ok(result.bookingUrl?.startsWith('https://studio.example/book'), 'a recommendation can be booked');
  } else {
    assert.equal(result.technique, null);
    assert.equal(result.bookingUrl, null);
    assert.ok(result.message);
  }
  const screens = rules.questions.filter((q) => (q.options ?? []).some((o) => o.redFlag));
  if (screens.some((q) => result.answers[q.id] === undefined))
    assert.ok(!deep.has(result.technique?.id), 'no deep pressure without an answered screen');
  if (flagged) {
    assert.equal(result.status, 'refer', `red flag must refer: ${JSON.stringify(answers)}`);
    assert.ok(!deep.has(result.technique?.id));
    assert.equal(result.alternatives.length, 0);
  }
}

test('no red flag ever yields a technique, a deep-pressure one or a booking link (default rules)', () => {
  let checked = 0;
  const next = random(20261122);
  for (let i = 0; i < 100_000; i++, checked++) check(randomAnswers(next));
  for (const [question, option] of flags) {
    for (const other of rules.questions.filter((q) => q.id !== question && q.options)) {
      for (const choice of other.options) {
        check({ [question]: [option], [other.id]: other.type === 'multiple' ? [choice.id] : choice.id });
        checked++;
      }
    }
    check({ [question]: [option] });
    checked++;
  }
  console.log(
    `safety sweep: checked ${checked} answer sets against the default rules (${seen.recommended} recommended, ${seen.refer} referred)`,
  );
  assert.ok(checked > 100_000);
  assert.ok(seen.recommended > 10_000 && seen.refer > 10_000, 'the sample exercises both outcomes');
});

// The second hardening round: files the widget must refuse, and a referral that comes from a safety rule at step 2.
const { checkRules, parseRules } = await import('../../lib/index.js');
const { endsInReferral } = await import('../../lib/rules/answers.js');
const { duplicateIds, lateReferral } = await import('../fixtures/hostile/round-2.mjs');

test('rules files with duplicate question, option, technique or add-on ids never run: the widget refuses them', () => {
  for (const [what, [file]] of Object.entries(duplicateIds())) {
    assert.equal(checkRules(file).valid, false, what);
    assert.throws(() => parseRules(JSON.stringify(file)), /problem/, what);
  }
});

test('a late refer or emergency rule: every answer set that meets it is referred, with no technique or link, from that step on', () => {
  let checked = 0;
  let referred = 0;
  for (const action of ['refer', 'emergency']) {
    const late = lateReferral(action);
    const next = random(action === 'refer' ? 7 : 11);
    for (let i = 0; i < 20_000; i++, checked++) {
      const answers = {};
      // Answer in order, as the widget asks; stop where it would stop.
      let stoppedAt = -1;
      late.questions.forEach((question, index) => {
        if (stoppedAt >= 0 || next() < 0.1) return;
        const options = question.options;
        answers[question.id] =
          question.type === 'multiple'
            ? options.filter(() => next() < 0.3).map((option) => option.id)
            : options[Math.floor(next() * options.length)].id;
        if (endsInReferral(late, answers)) stoppedAt = index;
      });
      const result = recommend(late, answers);
      if (answers.pain === 'neck' || [].concat(answers.health ?? []).includes('fever')) {
        referred++;
        assert.equal(result.status, 'refer', JSON.stringify(answers));
        assert.equal(result.technique, null);
        assert.equal(result.bookingUrl, null);
        if (action === 'emergency' && answers.pain === 'neck') assert.equal(result.urgent, true, 'urgent-care advice');
        assert.ok(stoppedAt >= 0 && stoppedAt <= 1, 'the questionnaire ends at the step of the referring answer');
        assert.equal(answers.mood, undefined, 'no question after that step is asked');
      } else {
        assert.equal(stoppedAt, -1);
        assert.equal(result.status, 'recommended');
      }
    }
  }
  console.log(`safety sweep, late referral: ${checked} answer sets, ${referred} referred`);
  assert.ok(referred > 5_000 && referred < checked - 5_000);
});
