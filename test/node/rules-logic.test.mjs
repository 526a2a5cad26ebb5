// The domain rules that used to live in the element, and the format's additions, as pure functions in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { answerAfterClick, checkRules, endsInReferral, extendRules, recommend, validateRules } from '../../lib/index.js';
import { chronicKnots, stressedDeskWorker } from '../support/visitors.mjs';

const rules = JSON.parse(readFileSync(new URL('../../rules/default.json', import.meta.url), 'utf8'));
const safety = rules.questions.find((question) => question.id === 'safety');

test('a click on "None of these" clears the red flags, and a red flag clears "None of these"', () => {
  assert.deepEqual(answerAfterClick(safety, ['fever', 'clots'], 'none', true), ['none']);
  assert.deepEqual(answerAfterClick(safety, ['none'], 'fever', true), ['fever']);
  assert.deepEqual(answerAfterClick(safety, ['fever'], 'clots', true), ['fever', 'clots']);
  assert.deepEqual(answerAfterClick(safety, ['fever', 'clots'], 'fever', false), ['clots']);
  assert.equal(answerAfterClick(safety, ['fever'], 'fever', false), undefined);
  const pain = { id: 'pain', type: 'scale', text: 'How bad?' };
  assert.equal(answerAfterClick(pain, 3, '7', true), 7);
});

test('a red flag, or a refer or emergency rule, ends the questionnaire where it is given; an exclusion does not', () => {
  assert.equal(endsInReferral(rules, { safety: ['none'] }), false);
  assert.equal(endsInReferral(rules, { safety: ['fever'] }), true);
  const late = structuredClone(rules);
  late.safety.push({ id: 'late', when: { question: 'duration', equals: 'days' }, action: 'refer', message: 'Wait.' });
  late.safety.push({
    id: 'gently',
    when: { question: 'pressure', equals: 'gentle' },
    action: 'exclude',
    exclude: ['ashiatsu'],
    message: 'x',
  });
  assert.equal(endsInReferral(late, { safety: ['none'], duration: 'days' }), true);
  assert.equal(endsInReferral(late, { safety: ['none'], pressure: 'gentle' }), false);
});

test('a tie for first place goes to the gentler technique, whatever the order in the file', () => {
  const tied = structuredClone(rules);
  tied.rules = [{ id: 'both', when: { question: 'first', equals: 'no' }, score: { 'deep-tissue': 2, swedish: 2 }, reason: 'Both fit.' }];
  for (const order of [tied.techniques, [...tied.techniques].reverse()]) {
    const result = recommend({ ...tied, techniques: order }, { ...chronicKnots });
    assert.equal(result.technique.id, 'swedish');
  }
});

test('a safety rule can exclude an add-on: it is never recommended, and the booking link does not carry it', () => {
  const pregnant = structuredClone(rules);
  pregnant.safety.push({
    id: 'no-stones',
    when: { question: 'first', equals: 'no' },
    action: 'exclude',
    exclude: ['hot-stones'],
    message: 'No stones.',
  });
  const result = recommend(pregnant, chronicKnots, { bookingUrl: 'https://studio.example/book' });
  assert.deepEqual(
    result.addOns.map((addOn) => addOn.id),
    [],
  );
  assert.ok(result.excluded.includes('hot-stones'));
  assert.equal(result.bookingUrl, 'https://studio.example/book?technique=deep-tissue&minutes=60');
  assert.equal(
    recommend(rules, chronicKnots, { bookingUrl: 'https://studio.example/book' }).bookingUrl,
    'https://studio.example/book?technique=deep-tissue&minutes=60&addon=hot-stones',
  );
});

test('each session of a technique has its own booking link; without sessions, one per sessionMinutes length', () => {
  const menu = structuredClone(rules);
  const swedish = menu.techniques.find((technique) => technique.id === 'swedish');
  delete swedish.sessionMinutes;
  swedish.price = 'from $95';
  swedish.sessions = [
    { minutes: 60, bookingUrl: 'https://studio.example/swedish-60' },
    { minutes: 90, price: '$130', amount: 130, bookingUrl: 'javascript:alert(1)' },
  ];
  const result = recommend(menu, stressedDeskWorker, { bookingUrl: 'https://studio.example/book' });
  assert.equal(result.technique.id, 'swedish');
  assert.deepEqual(result.technique.sessions, [
    { minutes: 60, price: 'from $95', bookingUrl: 'https://studio.example/swedish-60' },
    { minutes: 90, price: '$130', amount: 130, bookingUrl: 'https://studio.example/book?technique=swedish&minutes=90' },
  ]);
  assert.equal(result.bookingUrl, 'https://studio.example/swedish-60');
  const plain = recommend(rules, stressedDeskWorker, { bookingUrl: 'https://studio.example/book' });
  assert.deepEqual(
    plain.technique.sessions.map((session) => [session.minutes, session.bookingUrl]),
    [
      [60, 'https://studio.example/book?technique=swedish&minutes=60'],
      [90, 'https://studio.example/book?technique=swedish&minutes=90'],
    ],
  );
});

test('a file that extends the built-in rules changes only what it names, and names what it cannot find', () => {
  const small = {
    extends: 'default',
    version: 1,
    strings: { title: 'Find your massage' },
    studio: { name: 'Harbor Lane' },
    questions: [{ id: 'first', text: 'New to massage?', options: [{ id: 'yes', label: 'Yes, my first' }] }],
    techniques: [{ id: 'swedish', price: '$95', bookingUrl: 'https://harbor.example/swedish', badge: 'Most popular' }],
  };
  assert.ok(JSON.stringify(small).length < 1024);
  const check = checkRules(small);
  assert.equal(check.valid, true);
  const extended = check.rules;
  assert.equal(extended.strings.title, 'Find your massage');
  assert.equal(extended.questions.find((q) => q.id === 'first').options[0].label, 'Yes, my first');
  const swedish = extended.techniques.find((technique) => technique.id === 'swedish');
  assert.deepEqual([swedish.price, swedish.badge, swedish.deep, swedish.name], ['$95', 'Most popular', false, 'Swedish Massage']);
  assert.deepEqual(extended.rules, checkRules(rules).rules.rules, 'the scoring rules are the built-in ones');
  const result = recommend(extended, stressedDeskWorker);
  assert.equal(result.bookingUrl, 'https://harbor.example/swedish');

  const base = structuredClone(rules);
  const { problems } = extendRules(base, { ...small, techniques: [{ id: 'sweedish', price: 'x' }] });
  assert.deepEqual(problems, [{ path: '/techniques/0/id', message: 'the built-in rules have no technique "sweedish"' }]);
  assert.deepEqual(base, rules, 'the built-in rules are not changed');
  // A change may not touch what is safe: "deep" and red flags are not part of a change.
  const unsafe = validateRules({ ...small, techniques: [{ id: 'ashiatsu', deep: false }] });
  assert.deepEqual(
    unsafe.errors.map((problem) => problem.path),
    ['/techniques/0/deep'],
  );
  assert.equal(checkRules({ ...small, questions: [{ id: 'safety', options: [{ id: 'fever', redFlag: false }] }] }).valid, false);
});
