// The advice report: what a massage therapist who has read the four articles in ../shared/seeds/ would
// say about the built-in rules' results, counted over a large seeded sample of answer sets a visitor can
// give. `npm run advice` prints it (`-- --sample N --seed S`); test/node/default-rules-advice.test.mjs
// asserts that nothing is wrong. "Wrong" is what the articles contradict; "odd" is what reads badly.
import { readFileSync } from 'node:fs';
import { recommend } from '../lib/index.js';

/** A small seeded random number generator (mulberry32), so the sample is the same on every run. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One answer set a visitor can give without a red flag: the safety question answered with its non-red-flag
 * options (such as pregnancy) or "None of these", every other question with one option, or one to three.
 */
export function* sampleAnswers(rules, count, seed = 14) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  for (let n = 0; n < count; n++) {
    const answers = {};
    for (const [index, question] of rules.questions.entries()) {
      if (question.type === 'scale') answers[question.id] = Math.floor(next() * 11);
      else if (question.type === 'single') answers[question.id] = pick(question.options).id;
      else if (index === 0) {
        const chosen = question.options.filter((o) => !o.redFlag && !o.exclusive && next() < 0.15).map((o) => o.id);
        answers[question.id] = chosen.length ? chosen : question.options.filter((o) => o.exclusive).map((o) => o.id);
      } else {
        const exclusive = question.options.find((o) => o.exclusive);
        if (exclusive && next() < 0.2) answers[question.id] = [exclusive.id];
        else {
          const open = question.options.filter((o) => !o.exclusive);
          const size = 1 + Math.floor(next() * 3);
          answers[question.id] = [...new Set(Array.from({ length: size }, () => pick(open).id))];
        }
      }
    }
    yield answers;
  }
}

const has = (answers, question, ...ids) => {
  const given = answers[question];
  return ids.some((id) => (Array.isArray(given) ? given.includes(id) : given === id));
};
/** Long-standing: months or years (the articles' "chronic"). */
const longStanding = (a) => has(a, 'duration', 'months', 'years');
/** Fresh: a few days' pain, a strain, or an old problem flaring up now (the articles' "acute"). */
const fresh = (a) => has(a, 'duration', 'days') || has(a, 'onset', 'strain', 'flare');
/** A fresh strain: the articles' 48–72 hour wait (001), or, with the old questions, any pain of a few days. */
const strain = (a) => has(a, 'onset', 'strain') || (has(a, 'duration', 'days') && !('onset' in a));

/**
 * What a shown text says about the visitor, and the answers that must back it: a reason, tip or caution
 * that says it without those answers contradicts the visitor or does not apply to them.
 */
export const claims = [
  ['firm pressure', /\bfirm\b/i, (a) => has(a, 'pressure', 'firm', 'pokey')],
  ['a first massage', /first massage|new to massage/i, (a) => has(a, 'first', 'yes')],
  ['stress', /\bstress/i, (a) => has(a, 'feel', 'stress')],
  ['sitting', /\bdesk|\bsit\b|every hour/i, (a) => has(a, 'lifestyle', 'desk')],
  ['training', /athlete|\btrain/i, (a) => has(a, 'lifestyle', 'training')],
  ['an event', /\bevent\b|\brace\b/i, (a) => has(a, 'lifestyle', 'event')],
  ['a knot', /\bknot/i, (a) => has(a, 'feel', 'knot')],
  ['a dull ache', /\bache\b/i, (a) => has(a, 'feel', 'ache')],
  ['pain that spreads', /spread|shoot|radiat/i, (a) => has(a, 'feel', 'radiating') || has(a, 'lifestyle', 'sciatica')],
  [
    'pain down a leg',
    /sciatica|down a leg/i,
    (a) => has(a, 'lifestyle', 'sciatica') || (has(a, 'feel', 'radiating') && has(a, 'area', 'lower-back', 'legs', 'hips')),
  ],
  ['pain that moves', /moves around/i, (a) => has(a, 'area', 'moves')],
  ['the legs', /hamstring/i, (a) => has(a, 'area', 'legs')],
  ['the lower back', /lower back/i, (a) => has(a, 'area', 'lower-back')],
  ['repetitive movements', /repetitive|same movement/i, (a) => has(a, 'lifestyle', 'repetitive')],
  ['an old injury', /old injur|\bscar/i, (a) => has(a, 'lifestyle', 'old-injury')],
  ['stiffness', /\bstiff/i, (a) => has(a, 'feel', 'stiff')],
  ['swelling or inflammation', /inflam|swell/i, (a) => has(a, 'feel', 'inflamed')],
  ['pregnancy', /pregnan/i, (a) => has(a, 'safety', 'pregnant')],
  ['a fresh spasm', /\bspasm|\bfresh\b|\bstrain\b/i, (a) => fresh(a) || has(a, 'lifestyle', 'repetitive')],
  ['long-standing pain', /long-standing|chronic|\bmonths\b|\byears\b/i, longStanding],
  ['headaches', /headache/i, (a) => has(a, 'area', 'head')],
  ['widespread pain', /fibromyalgia|widespread|all over/i, (a) => has(a, 'area', 'all-over') || has(a, 'lifestyle', 'fibromyalgia')],
  ['a physical job', /physical job|demanding job/i, (a) => has(a, 'lifestyle', 'demanding')],
  ['the arms and wrists', /\bwrist|\barms?\b/i, (a) => has(a, 'area', 'arms')],
  ['the hips', /\bhips?\b|glute/i, (a) => has(a, 'area', 'hips')],
  ['sharp pressure', /pokey|elbows|thumbs/i, (a) => has(a, 'pressure', 'pokey')],
  ['deeper work', /deeper/i, (a) => !has(a, 'pressure', 'gentle') && !has(a, 'first', 'yes')],
];

/** Words a visitor may not know, and what counts as explaining them where they appear. */
const jargon = [
  ['fascia', /fascia/i, /fascia\b[^.]*(\(|, the|: the|is the)|(wrap|layer)[^.]*fascia/i],
  ['hyperirritable', /hyperirritable/i, null],
  ['radiating', /radiating/i, null],
  ['restores range', /restores range/i, null],
  ['prime', /\bprime\b/i, null],
  ['pokey', /pokey/i, null],
  ['adhesions', /adhesion/i, null],
];

/** Reasons that only say back what the visitor answered, without a why. */
const echo = /^(You like|You feel|Your tension comes from)\b[^:;]*\.$/;

/** Counts the wrong and the odd results of the rules over `sample` seeded answer sets. */
export function adviceReport(rules, { sample = 20000, seed = 14 } = {}) {
  const deep = new Set(rules.techniques.filter((t) => t.deep).map((t) => t.id));
  const wrong = {};
  const odd = {};
  const tops = {};
  const plans = {};
  const measured = {};
  const firstExample = {};
  let checked = 0;
  let recommended = 0;
  let wrongResults = 0;
  let flagged = false;
  const count = (table, key, answers, detail) => {
    table[key] = (table[key] ?? 0) + 1;
    if (table === wrong) flagged = true;
    if (table === wrong && !firstExample[key]) firstExample[key] = { answers, detail };
  };
  const tally = (name, key) => ((measured[name] ??= {})[key] = (measured[name][key] ?? 0) + 1);
  for (const given of sampleAnswers(rules, sample, seed)) {
    if (flagged) wrongResults++;
    flagged = false;
    checked++;
    const result = recommend(rules, given);
    const a = result.answers;
    if (result.status !== 'recommended' || !result.technique) {
      count(odd, 'no recommendation without a red flag', a, result.message);
      continue;
    }
    recommended++;
    const top = result.technique;
    tops[top.id] = (tops[top.id] ?? 0) + 1;
    const planText = result.plan ? [result.plan.title, result.plan.frequency, result.plan.duration ?? ''].join(' ') : '';
    plans[result.plan?.title ?? 'none'] = (plans[result.plan?.title ?? 'none'] ?? 0) + 1;

    // Deep pressure where the articles say not (000: start with Swedish if new; 001: gentle if asked,
    // wait 48–72 hours for fresh inflammation; no deep work in pregnancy).
    if (deep.has(top.id)) {
      if (has(a, 'pressure', 'gentle')) count(wrong, 'deep pressure for gentle', a, top.id);
      if (has(a, 'first', 'yes')) count(wrong, 'deep pressure for a first massage', a, top.id);
      if (fresh(a) && has(a, 'feel', 'inflamed')) count(wrong, 'deep pressure on fresh inflammation', a, top.id);
      if (has(a, 'safety', 'pregnant')) count(wrong, 'deep pressure in pregnancy', a, top.id);
    }
    if (has(a, 'safety', 'pregnant') && (top.id === 'ashiatsu' || result.addOns.some((addOn) => addOn.id === 'cbd-oil')))
      count(wrong, 'Ashiatsu or CBD oil in pregnancy', a, top.id);
    if (has(a, 'pressure', 'pokey') && ['deep-tissue', 'trigger-point'].includes(top.id))
      count(wrong, 'pointed pressure for "too pokey"', a, top.id);

    // The plan follows the duration (001: acute, chronic, maintenance; 000: pre-event for athletes).
    if (!result.plan) count(wrong, 'no plan', a, '');
    else {
      if (/chronic|long-standing/i.test(planText) && !longStanding(a)) count(wrong, 'plan contradicts the duration', a, planText);
      if (/2–3 sessions a week/.test(planText) && !fresh(a)) count(wrong, 'plan contradicts the duration', a, planText);
      if (strain(a) && !/48–72/.test(planText)) count(wrong, 'no 48–72 hour wait after a strain', a, planText);
      if (/48–72/.test(planText) && !/^(first )?wait/i.test(result.plan.frequency))
        count(wrong, 'the wait worded after the sessions', a, planText);
      if (/event/i.test(planText) && !has(a, 'lifestyle', 'training')) count(wrong, 'pre-event plan without training', a, planText);
    }

    // Every shown text that speaks about the visitor is backed by their answers.
    const spoken = [
      ...result.reasons.map((text) => ['reason', text]),
      ...result.addOns.flatMap((addOn) => [...addOn.reasons, addOn.description].map((text) => ['add-on', text])),
      ...result.aftercare.map((text) => ['tip', text]),
      ...result.cautions.map((text) => ['caution', text]),
      ['plan', planText],
      ['note', result.message ?? ''],
    ];
    for (const [kind, text] of spoken)
      for (const [topic, pattern, backed] of claims)
        if (pattern.test(text) && !backed(a))
          count(
            wrong,
            kind === 'reason' || kind === 'add-on' ? 'reason contradicts an answer' : 'tip or caution does not apply',
            a,
            `${kind} on ${topic}: ${text}`,
          );

    // The soft oddities.
    if (result.reasons.some((text) => echo.test(text))) count(odd, 'a reason only repeats the answer', a);
    if (result.reasons.length === 1 && result.reasons[0] === (rules.strings?.defaultReason ?? 'Gentle massage is a good start.'))
      count(odd, 'only the default reason', a);
    const shownText = [top.description, top.target, top.bestFor, ...spoken.map(([, text]) => text)].join(' ');
    for (const [word, pattern, explained] of jargon)
      if (pattern.test(shownText) && !(explained && explained.test(shownText))) count(odd, `"${word}" unexplained`, a);
    const runnerUp = result.alternatives[0];
    // Ties go to the gentler technique: without deep pressure first, then the file's order, gentlest first.
    if (runnerUp && runnerUp.score === top.score) {
      if (deep.has(top.id) && !deep.has(runnerUp.id))
        count(wrong, 'a tie decided toward deeper pressure', a, `${top.id} over ${runnerUp.id}`);
      else count(odd, 'a tie for first place (decided toward the gentler technique)', a);
    }

    // The measurements.
    const returning = !has(a, 'first', 'yes') && !has(a, 'safety', 'pregnant');
    if (has(a, 'area', 'moves') && returning) tally('pain that moves around (returning, not pregnant)', top.id);
    if (has(a, 'pressure', 'pokey') && returning && !(fresh(a) && has(a, 'feel', 'inflamed')))
      tally('too pokey (returning, not pregnant, no fresh swelling)', top.id);
    if (has(a, 'first', 'yes')) tally('first massage', top.id);
    if (fresh(a) && has(a, 'pressure', 'medium', 'firm') && returning && !has(a, 'feel', 'inflamed'))
      tally('fresh pain, medium or firm (returning, no swelling)', top.id);
    if (has(a, 'safety', 'pregnant')) tally('pregnant', top.id);
  }
  if (flagged) wrongResults++;
  const total = (table) => Object.values(table).reduce((sum, n) => sum + n, 0);
  return { checked, recommended, wrong, wrongTotal: total(wrong), wrongResults, odd, tops, plans, measured, firstExample };
}

/** The report as text, for the console. */
export function formatReport(report) {
  const lines = [`advice report: ${report.checked} seeded answer sets, ${report.recommended} recommendations`];
  lines.push(
    `  wrong results (a therapist reading the articles would object): ${report.wrongResults} of ${report.checked} (${report.wrongTotal} objections)`,
  );
  for (const [key, n] of Object.entries(report.wrong)) {
    lines.push(`    ${n}  ${key}`);
    lines.push(`       e.g. ${JSON.stringify(report.firstExample[key].answers)} → ${report.firstExample[key].detail}`);
  }
  lines.push('  odd (reads badly, not wrong):');
  for (const [key, n] of Object.entries(report.odd)) lines.push(`    ${n}  ${key}`);
  lines.push(`  top picks: ${JSON.stringify(report.tops)}`);
  lines.push(`  plans: ${JSON.stringify(report.plans)}`);
  for (const [name, table] of Object.entries(report.measured)) lines.push(`  ${name}: ${JSON.stringify(table)}`);
  return lines.join('\n');
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const option = (name, fallback) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? Number(process.argv[at + 1]) : fallback;
  };
  const file = process.argv.slice(2).find((arg) => arg.endsWith('.json')) ?? new URL('../rules/default.json', import.meta.url);
  const rules = JSON.parse(readFileSync(file, 'utf8'));
  const report = adviceReport(rules, { sample: option('sample', 20000), seed: option('seed', 14) });
  console.log(formatReport(report));
  process.exitCode = report.wrongResults ? 1 : 0;
}
