import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { recommend } from '../../lib/index.js';

// The articles' claims (docs/claims.md) pinned on the built-in rules: one test per claim or group of claims,
// named as the table names it. The last test reads the table and fails if it names a test that does not exist.
const rules = JSON.parse(readFileSync(new URL('../../rules/default.json', import.meta.url), 'utf8'));
const calm = {
  safety: ['none'],
  area: ['upper-back'],
  duration: 'weeks',
  feel: ['ache'],
  lifestyle: ['none'],
  first: 'no',
  pressure: 'medium',
};
const pick = (answers) => recommend(rules, { ...calm, ...answers });
const top = (answers) => pick(answers).technique?.id;
const deep = new Set(rules.techniques.filter((t) => t.deep).map((t) => t.id));
const addOns = (answers) => pick(answers).addOns.map((addOn) => addOn.id);
const all = (result) => [...result.reasons, ...result.aftercare, ...result.cautions, result.message ?? ''].join(' ');

test('claim: Swedish for stress and general relaxation', () => {
  const result = pick({ feel: ['stress'] });
  assert.equal(result.technique.id, 'swedish');
  assert.match(result.reasons.join(' '), /stress/);
});

test('claim: deep tissue for long-standing knots and tight hamstrings', () => {
  assert.equal(top({ area: ['legs'], duration: 'years', onset: 'no', feel: ['knot', 'ache'], pressure: 'firm' }), 'deep-tissue');
  assert.equal(top({ area: ['legs'], duration: 'months', onset: 'no', feel: ['ache'], pressure: 'medium' }), 'deep-tissue');
});

test('claim: myofascial release for repeated movements, stiffness, old injuries and pain that moves around', () => {
  assert.equal(top({ lifestyle: ['repetitive'] }), 'myofascial-release');
  assert.equal(top({ feel: ['stiff'] }), 'myofascial-release');
  assert.equal(top({ lifestyle: ['old-injury'], feel: ['stiff'] }), 'myofascial-release');
  assert.equal(top({ area: ['moves'] }), 'myofascial-release');
});

test('claim: myofascial release for tension headaches, sore wrists and widespread pain such as fibromyalgia', () => {
  assert.equal(top({ area: ['head'] }), 'myofascial-release');
  assert.equal(top({ area: ['arms'], lifestyle: ['desk'] }), 'myofascial-release');
  assert.equal(top({ area: ['all-over'], duration: 'years', onset: 'no', lifestyle: ['none'] }), 'myofascial-release');
});

test('claim: trigger point therapy for a knot with pain that spreads', () => {
  const result = pick({ feel: ['knot', 'radiating'] });
  assert.equal(result.technique.id, 'trigger-point');
  assert.doesNotMatch(result.technique.target + result.technique.bestFor, /hyperirritable|radiating/);
});

test('claim: Ashiatsu for deep pressure without the sharp points of deep tissue', () => {
  for (const area of [['lower-back'], ['upper-back'], ['legs']])
    assert.equal(top({ area, pressure: 'pokey', feel: ['knot', 'ache'] }), 'ashiatsu');
  assert.doesNotMatch(
    rules.questions
      .find((q) => q.id === 'pressure')
      .options.map((o) => o.label)
      .join(' '),
    /pokey/,
  );
});

test('claim: a first massage starts with Swedish, asked before pressure', () => {
  const order = rules.questions.map((q) => q.id);
  assert.ok(order.indexOf('first') < order.indexOf('pressure'), 'first massage is asked before pressure');
  assert.equal(
    top({ first: 'yes', pressure: 'firm', duration: 'years', onset: 'no', feel: ['knot', 'ache'], lifestyle: ['training'] }),
    'swedish',
  );
  assert.equal(top({ first: 'yes', area: ['moves'], feel: ['stiff'] }), 'swedish');
});

test('claim: gentle pressure is never deep pressure', () => {
  const result = pick({
    pressure: 'gentle',
    duration: 'days',
    onset: 'slow',
    feel: ['knot', 'ache'],
    lifestyle: ['training', 'sciatica'],
    area: ['legs'],
  });
  assert.ok(!deep.has(result.technique.id), result.technique.id);
});

test('claim: a fresh spasm gets deep tissue and trigger point work', () => {
  const result = pick({ duration: 'days', onset: 'slow', pressure: 'firm' });
  assert.equal(result.technique.id, 'deep-tissue');
  assert.ok(result.alternatives.some((t) => t.id === 'trigger-point'));
  assert.equal(top({ duration: 'years', onset: 'flare', feel: ['knot'], pressure: 'firm', area: ['lower-back'] }), 'deep-tissue');
});

test('claim: after a fresh strain, wait 48–72 hours, said before the sessions', () => {
  const plan = pick({ duration: 'days', onset: 'strain' }).plan;
  assert.match(plan.frequency, /^Wait 48–72 hours/);
  assert.match(`${plan.frequency} ${plan.duration}`, /then 2–3 sessions a week for two weeks/);
});

test('claim: fresh swelling gets no deep pressure and the 48–72 hour wait', () => {
  const result = pick({ duration: 'days', onset: 'strain', feel: ['knot', 'inflamed'], pressure: 'firm' });
  assert.equal(result.status, 'recommended');
  assert.ok(!deep.has(result.technique.id), result.technique.id);
  assert.match(result.message, /48–72 hours/);
  assert.ok(!deep.has(top({ duration: 'years', onset: 'flare', feel: ['inflamed'], pressure: 'pokey' })));
});

test('claim: an injury with swelling or a tear is checked by a physical therapist first', () => {
  const result = pick({ safety: ['injury'] });
  assert.equal(result.status, 'refer');
  assert.match(result.message, /physical therapist/);
  assert.match(result.message, /48–72 hours/);
});

test('claim: with a fever, cold or flu, massage waits until you have recovered', () => {
  const result = pick({ safety: ['fever'] });
  assert.equal(result.status, 'refer');
  assert.equal(result.bookingUrl, null);
  assert.match(result.message, /until you have recovered/);
  assert.doesNotMatch(result.message, /doctor/);
  assert.match(pick({ safety: ['fever', 'clots'] }).message, /doctor/, 'a clot as well still goes to the doctor');
  assert.doesNotMatch(rules.strings.referHeading, /doctor/, 'the referral heading fits a wait as well as a doctor');
});

test('claim: wounds, skin infection, blood clots, recent surgery, numbness or severe pain see a doctor first', () => {
  const screen = rules.questions.find((q) => q.id === 'safety');
  for (const id of ['skin', 'clots', 'surgery', 'numbness', 'severe']) {
    assert.ok(screen.options.find((o) => o.id === id).redFlag, id);
    const result = pick({ safety: [id] });
    assert.equal(result.status, 'refer', id);
    assert.match(result.message ?? '', /doctor/, id);
  }
  assert.match(screen.options.find((o) => o.id === 'surgery').label, /\d+ (months|weeks)/, 'surgery has a time frame');
  assert.match(screen.options.find((o) => o.id === 'clots').label, /now or before/, 'clots has a time frame');
});

test('claim: in pregnancy, no deep pressure, Ashiatsu, hot stones or CBD oil', () => {
  for (const pressure of ['gentle', 'medium', 'firm', 'pokey']) {
    const result = pick({
      safety: ['pregnant'],
      pressure,
      duration: 'years',
      onset: 'no',
      feel: ['ache', 'stiff', 'inflamed'],
      area: ['lower-back'],
    });
    assert.equal(result.status, 'recommended');
    assert.ok(!deep.has(result.technique.id), `${pressure}: ${result.technique.id}`);
    assert.deepEqual(result.addOns, [], pressure);
    assert.match(result.message, /pregnancy/);
  }
});

test('claim: a tie for first place goes to the gentler technique', () => {
  // The engine ranks a technique without deep pressure first on a tie, then by the file's order: gentlest first.
  const order = rules.techniques.map((t) => t.id);
  assert.deepEqual(order, ['swedish', 'myofascial-release', 'deep-tissue', 'trigger-point', 'ashiatsu']);
  const tie = (score) => {
    const copy = structuredClone(rules);
    copy.rules = [{ id: 'tie', when: { question: 'first', equals: 'no' }, score, reason: 'A tie.' }];
    return recommend(copy, calm).technique.id;
  };
  assert.equal(tie({ ashiatsu: 2, 'deep-tissue': 2 }), 'deep-tissue');
  assert.equal(tie({ 'trigger-point': 2, 'myofascial-release': 2 }), 'myofascial-release');
  assert.equal(tie({ 'deep-tissue': 2, swedish: 2 }), 'swedish');
});

test('claim: fresh pain is booked 2–3 times a week for two weeks', () => {
  const plan = pick({ duration: 'days', onset: 'slow' }).plan;
  assert.equal(`${plan.frequency} ${plan.duration}`, '2–3 sessions a week for two weeks');
  assert.equal(pick({ duration: 'months', onset: 'flare' }).plan.id, 'acute');
});

test('claim: long-standing pain is booked weekly at first, then spaced out', () => {
  const plan = pick({ duration: 'months', onset: 'no' }).plan;
  assert.match(plan.frequency, /^Weekly at first/);
  assert.match(plan.duration, /then monthly/);
  assert.match(pick({ duration: 'years', onset: 'no', lifestyle: ['demanding'] }).plan.duration, /every 2–3 weeks/);
});

test('claim: a few weeks is not called chronic', () => {
  const plan = pick({ duration: 'weeks' }).plan;
  assert.doesNotMatch(`${plan.title} ${plan.frequency}`, /chronic|long-standing/i);
});

test('claim: maintenance is monthly, or every 2–3 weeks with a physical job', () => {
  assert.equal(pick({ duration: 'none' }).plan.frequency, 'Monthly');
  assert.equal(pick({ duration: 'none', lifestyle: ['demanding'] }).plan.frequency, 'Every 2–3 weeks');
});

test('claim: a pre-event session 48 hours before, for people who train', () => {
  assert.match(pick({ lifestyle: ['training', 'event'] }).plan.frequency, /48 hours before/);
  assert.doesNotMatch(pick({ lifestyle: ['event'] }).plan.frequency, /48 hours before/);
  assert.match(
    pick({ lifestyle: ['training', 'event'], duration: 'days', onset: 'strain' }).plan.frequency,
    /^Wait 48–72/,
    'the wait wins',
  );
});

test('claim: hot stones for tight, aching or long-standing muscles, without promising deeper work', () => {
  assert.ok(addOns({ feel: ['ache'] }).includes('hot-stones'));
  assert.ok(addOns({ feel: ['stiff'] }).includes('hot-stones'));
  assert.ok(!addOns({ feel: ['stress'] }).includes('hot-stones'));
  const stones = pick({ feel: ['ache'], pressure: 'gentle' }).addOns.find((addOn) => addOn.id === 'hot-stones');
  assert.doesNotMatch(`${stones.description} ${stones.reasons}`, /deeper/);
});

test('claim: CBD oil for swelling and soreness', () => {
  assert.ok(addOns({ feel: ['ache', 'inflamed'] }).includes('cbd-oil'));
  assert.ok(!addOns({ feel: ['ache'] }).includes('cbd-oil'));
  assert.doesNotMatch(
    rules.questions
      .find((q) => q.id === 'feel')
      .options.map((o) => o.label)
      .join(' '),
    /inflamed/i,
  );
});

test('claim: aftercare is water, 5 minutes of stretching, 10 minutes of heat, and soreness for a day or two', () => {
  const tips = pick({}).aftercare.join(' ');
  for (const words of ['2 litres', '5 minutes', '10 minutes', 'day or two', 'heavy meal']) assert.ok(tips.includes(words), words);
});

test('claim: hourly movement breaks only for people who sit', () => {
  assert.match(pick({ lifestyle: ['desk'] }).aftercare.join(' '), /every hour/);
  assert.doesNotMatch(pick({ lifestyle: ['training'] }).aftercare.join(' '), /every hour/);
  assert.doesNotMatch(pick({ lifestyle: ['repetitive'] }).aftercare.join(' '), /every hour/);
});

test('claim: with diagnosed sciatica, massage helps, planned with the doctor', () => {
  const result = pick({ lifestyle: ['sciatica'], area: ['lower-back', 'hips'], feel: ['radiating'], pressure: 'pokey' });
  assert.equal(result.status, 'recommended');
  assert.equal(result.technique.id, 'ashiatsu');
  assert.match(result.cautions.join(' '), /sciatica\): plan massage with your doctor/);
  assert.match(result.cautions.join(' '), /prescribed medicine only with your doctor/);
});

test('claim: pain down a leg needs a doctor, but the sciatica caution is not for neck pain', () => {
  assert.match(pick({ feel: ['radiating'], area: ['lower-back'] }).cautions.join(' '), /sciatica/);
  assert.doesNotMatch(pick({ feel: ['radiating'], area: ['neck'] }).cautions.join(' '), /sciatica/);
});

test('claim: pain for months that no doctor has checked sees one first, with a physical therapist for exercises', () => {
  const cautions = pick({ duration: 'months', onset: 'no' }).cautions.join(' ');
  assert.match(cautions, /see one first/);
  assert.match(cautions, /physical therapist/);
  assert.deepEqual(pick({ duration: 'weeks' }).cautions, []);
});

test('claim: reasons say why, in plain words, and never only repeat the answer', () => {
  for (const rule of rules.rules) {
    assert.doesNotMatch(rule.reason, /^You (like|feel)|^Your tension comes from/, rule.id);
    assert.doesNotMatch(rule.reason, /hyperirritable|radiating|restores range|\bprime\b|pokey|adhesion/i, rule.id);
  }
  // "fascia" is explained where Myofascial Release is recommended, and only its reasons use the word.
  const myofascial = rules.techniques.find((t) => t.id === 'myofascial-release');
  assert.match(myofascial.description, /fascia, the thin layer/);
  for (const rule of rules.rules.filter((r) => /fascia/.test(r.reason)))
    assert.deepEqual(
      Object.keys(rule.score).filter((id) => rule.score[id] > 0),
      ['myofascial-release'],
      rule.id,
    );
  assert.ok(!all(pick({ feel: ['stress'], lifestyle: ['desk'] })).includes('fascia'), 'Swedish gets no fascia reason');
});

test('claim: session lengths follow the articles (45–60 minutes for focused work)', () => {
  const minutes = Object.fromEntries(rules.techniques.map((t) => [t.id, t.sessionMinutes]));
  assert.deepEqual(minutes['trigger-point'], [45, 60]);
  assert.deepEqual(minutes['myofascial-release'], [45, 60]);
});

test('docs/claims.md names only tests that exist', () => {
  const table = readFileSync(new URL('../../docs/claims.md', import.meta.url), 'utf8');
  const named = [...table.matchAll(/`((?:claim|the advice report|the default rules)[^`]*)`/g)].map((match) => match[1]);
  assert.ok(named.length >= 25, `the table names its tests (${named.length})`);
  const files = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const path = `${dir}/${name}`;
      return statSync(path).isDirectory() ? files(path) : /\.test\.(mjs|ts)$/.test(name) ? [path] : [];
    });
  const source = files(new URL('../../test', import.meta.url).pathname)
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n');
  const missing = named.filter((name) => !source.includes(`test('${name}'`) && !source.includes(`it('${name}'`));
  assert.deepEqual(missing, [], 'every test the claims table names exists');
  // And every claim test here is in the table.
  const here = [...readFileSync(new URL(import.meta.url), 'utf8').matchAll(/^test\('(claim: [^']*)'/gm)].map((match) => match[1]);
  assert.deepEqual(
    here.filter((name) => !named.includes(name)),
    [],
    'every claim test is listed in docs/claims.md',
  );
});
