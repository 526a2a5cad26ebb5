// The engine benchmark's pieces, shared by Node (bench/run.mjs) and headless Chromium (bundled by esbuild):
// seeded rules files in the project's format, the same rules given to json-logic-js and json-rules-engine,
// a bare CSP-safe scoring loop, an equivalence check and the timing loop.

/** A small seeded PRNG (mulberry32), so every run measures the same files and answers. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pickFrom = (rand, list) => list[Math.floor(rand() * list.length)];
/** `min` to `max` items of a list, shuffled (Fisher-Yates: a sort with a random comparator gave Node and Chromium different files). */
const some = (rand, list, min, max) => {
  const count = min + Math.floor(rand() * (max - min + 1));
  const shuffled = [...list];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  return shuffled.slice(0, count);
};

const techniques = ['swedish', 'deep-tissue', 'myofascial', 'trigger-point', 'ashiatsu', 'lymphatic'];
const deep = new Set(['deep-tissue', 'trigger-point', 'ashiatsu']);
const addOns = ['hot-stones', 'cbd-oil'];

/** A rules file of `count` scoring rules over 8 questions (a red-flag screen, 3 single, 2 multiple, 2 scales), about 2.6 conditions a rule. */
export function makeRules(count, seed = 1) {
  const rand = random(seed);
  const options = (prefix, n) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i}`, label: `Option ${i}` }));
  const questions = [
    {
      id: 'safety',
      text: 'Any of these?',
      type: 'multiple',
      options: [...options('flag', 4).map((o) => ({ ...o, redFlag: true })), { id: 'none', label: 'None of these', exclusive: true }],
    },
    ...['area', 'goal', 'feel'].map((id) => ({ id, text: `${id}?`, type: 'single', options: options(id, 5) })),
    ...['lifestyle', 'history'].map((id) => ({ id, text: `${id}?`, type: 'multiple', options: options(id, 6) })),
    ...['pain', 'stress'].map((id) => ({ id, text: `${id}?`, type: 'scale' })),
  ];
  const leaf = () => {
    const question = pickFrom(rand, questions.slice(1));
    const ids = question.options?.map((o) => o.id);
    if (question.type === 'scale')
      return rand() < 0.5
        ? { question: question.id, atLeast: Math.floor(rand() * 10) }
        : { question: question.id, atMost: Math.floor(rand() * 10) };
    if (question.type === 'single')
      return rand() < 0.6
        ? { question: question.id, equals: pickFrom(rand, ids) }
        : { question: question.id, oneOf: some(rand, ids, 2, 3) };
    const roll = rand();
    if (roll < 0.6) return { question: question.id, includesAny: some(rand, ids, 1, 3) };
    if (roll < 0.9) return { question: question.id, includesAll: some(rand, ids, 1, 2) };
    return { question: question.id, answered: rand() < 0.5 };
  };
  const condition = () => {
    const roll = rand();
    if (roll < 0.25) return leaf();
    if (roll < 0.45) return { any: [leaf(), leaf(), leaf()] };
    if (roll < 0.55) return { all: [leaf(), { not: leaf() }, leaf()] };
    return { all: [leaf(), leaf(), leaf()] };
  };
  const reasons = Array.from({ length: 40 }, (_, i) => `Reason number ${i}.`);
  const rules = Array.from({ length: count }, (_, i) => ({
    id: `rule-${i}`,
    when: condition(),
    score: Object.fromEntries(some(rand, [...techniques, ...techniques, ...addOns], 1, 3).map((id) => [id, pickFrom(rand, [-2, 1, 2, 3])])),
    reason: pickFrom(rand, reasons),
  }));
  return {
    version: 1,
    questions,
    techniques: techniques.map((id) => ({
      id,
      name: id,
      description: `About ${id}.`,
      pressure: 'Medium',
      target: 'Muscles',
      bestFor: 'People',
      deep: deep.has(id),
      sessionMinutes: [60, 90],
    })),
    addOns: addOns.map((id) => ({ id, name: id, description: `About ${id}.` })),
    rules,
    safety: [
      {
        id: 'no-deep-when-tired',
        when: { question: 'stress', atLeast: 10 },
        action: 'exclude',
        exclude: ['ashiatsu'],
        message: 'Gently today.',
      },
    ],
    plans: [{ id: 'weekly', title: 'Weekly', frequency: 'Once a week' }],
    aftercare: [{ text: 'Drink water.' }, { when: { question: 'pain', atLeast: 6 }, text: 'Rest.' }],
  };
}

/** `count` calm answer sets (no red flag) for a rules file, every shown question answered, seeded. */
export function answerSets(rules, count, seed = 7) {
  const rand = random(seed);
  return Array.from({ length: count }, () => {
    const answers = {};
    for (const question of rules.questions) {
      if (question.type === 'scale') answers[question.id] = Math.floor(rand() * 11);
      else {
        const safe = question.options.filter((o) => !o.redFlag && !o.exclusive).map((o) => o.id);
        if (question.options.some((o) => o.redFlag)) answers[question.id] = ['none'];
        else if (question.type === 'single') answers[question.id] = pickFrom(rand, safe);
        else if (rand() > 0.1) answers[question.id] = some(rand, safe, 1, 3);
      }
    }
    return answers;
  });
}

/** One of our conditions as json-logic. */
export function toJsonLogic(condition) {
  if ('all' in condition) return { and: condition.all.map(toJsonLogic) };
  if ('any' in condition) return { or: condition.any.map(toJsonLogic) };
  if ('not' in condition) return { '!': [toJsonLogic(condition.not)] };
  const value = { var: condition.question };
  if ('equals' in condition) return { '===': [value, condition.equals] };
  if ('oneOf' in condition) return { in: [value, condition.oneOf] };
  if ('includesAny' in condition) return { or: condition.includesAny.map((id) => ({ in: [id, value] })) };
  if ('includesAll' in condition) return { and: condition.includesAll.map((id) => ({ in: [id, value] })) };
  if ('answered' in condition) return condition.answered ? { '!!': [value] } : { '!': [value] };
  const compare = 'atLeast' in condition ? ['>=', condition.atLeast] : ['<=', condition.atMost];
  // json-logic compares null as 0: an unanswered scale must not satisfy it.
  return { and: [{ '!==': [value, null] }, { [compare[0]]: [value, compare[1]] }] };
}

/** One of our conditions as json-rules-engine conditions (a top-level `all` or `any`). */
export function toRulesEngine(condition) {
  const inner = (c) => {
    if ('all' in c) return { all: c.all.map(inner) };
    if ('any' in c) return { any: c.any.map(inner) };
    if ('not' in c) return { not: inner(c.not) };
    const fact = c.question;
    if ('equals' in c) return { fact, operator: 'equal', value: c.equals };
    if ('oneOf' in c) return { fact, operator: 'in', value: c.oneOf };
    if ('includesAny' in c) return { any: c.includesAny.map((value) => ({ fact, operator: 'contains', value })) };
    if ('includesAll' in c) return { all: c.includesAll.map((value) => ({ fact, operator: 'contains', value })) };
    if ('answered' in c) return { fact, operator: 'answered', value: c.answered };
    if ('atLeast' in c) return { fact, operator: 'greaterThanInclusive', value: c.atLeast };
    return { fact, operator: 'lessThanInclusive', value: c.atMost };
  };
  const converted = inner(condition);
  return 'all' in converted || 'any' in converted ? converted : { all: [converted] };
}

/** Whether a leaf holds: the plainest CSP-safe interpreter of the same conditions (no cleaning, no results). */
function bareHolds(c, answers) {
  if (c.all) {
    for (const inner of c.all) if (!bareHolds(inner, answers)) return false;
    return true;
  }
  if (c.any) {
    for (const inner of c.any) if (bareHolds(inner, answers)) return true;
    return false;
  }
  if (c.not) return !bareHolds(c.not, answers);
  const answer = answers[c.question];
  if (c.answered !== undefined) return (answer !== undefined) === c.answered;
  if (answer === undefined) return false;
  if (c.equals !== undefined) return answer === c.equals;
  if (c.oneOf) return c.oneOf.includes(answer);
  if (c.includesAny) return Array.isArray(answer) && c.includesAny.some((id) => answer.includes(id));
  if (c.includesAll) return Array.isArray(answer) && c.includesAll.every((id) => answer.includes(id));
  if (c.atLeast !== undefined) return answer >= c.atLeast;
  return answer <= c.atMost;
}

/** A bare scoring loop: which rules fire and the scores they add up to. */
export function bareScore(rules, answers) {
  const scores = {};
  const fired = [];
  for (const rule of rules.rules) {
    if (!bareHolds(rule.when, answers)) continue;
    fired.push(rule.id);
    for (const id in rule.score) scores[id] = (scores[id] ?? 0) + rule.score[id];
  }
  return { fired, scores };
}

/**
 * Prepares every engine for one rules file: returns `{ name: (answers) => firedIds | Promise<firedIds> }`.
 * `recommend` is the project's; `jsonLogic` and `Engine` are json-logic-js and json-rules-engine.
 */
export function enginesFor(rules, { recommend, jsonLogic, Engine }) {
  const scoring = new Set(rules.rules.map((rule) => rule.id));
  const logic = rules.rules.map((rule) => [rule.id, toJsonLogic(rule.when)]);
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator('answered', (fact, value) => (fact !== undefined) === value);
  rules.rules.forEach((rule, priority) =>
    engine.addRule({ conditions: toRulesEngine(rule.when), event: { type: rule.id }, priority: rules.rules.length - priority }),
  );
  return {
    'recommend()': (answers) => recommend(rules, answers).fired.filter((id) => scoring.has(id)),
    'bare loop': (answers) => bareScore(rules, answers).fired,
    'json-logic-js': (answers) => logic.filter(([, condition]) => jsonLogic.truthy(jsonLogic.apply(condition, answers))).map(([id]) => id),
    'json-rules-engine': (answers) => engine.run(answers).then(({ events }) => events.map((event) => event.type)),
  };
}

/** Checks that every engine fires the same rule ids on these answer sets; returns the number of sets compared. */
export async function checkEquivalent(engines, sets) {
  for (const answers of sets) {
    const expected = [...engines['recommend()'](answers)].sort().join();
    for (const [name, run] of Object.entries(engines)) {
      const fired = [...(await run(answers))].sort().join();
      if (fired !== expected) throw new Error(`${name} fired ${fired} where recommend() fired ${expected}`);
    }
  }
  return sets.length;
}

/** Mean µs per evaluation of `run` over the answer sets, for about `budget` ms; results are consumed. */
export async function time(run, sets, budget, now, sink) {
  let calls = 0;
  const start = now();
  let elapsed;
  const async = run(sets[0]) instanceof Promise;
  do {
    for (const answers of sets) {
      const out = async ? await run(answers) : run(answers);
      sink.n += out.length;
    }
    calls += sets.length;
    elapsed = now() - start;
  } while (elapsed < budget);
  return (elapsed * 1000) / calls;
}

/**
 * Runs `run` in windows of `budget` ms until it has stopped getting faster: at least 8 windows, then until 5 windows in
 * a row are none more than 3% faster than the best before them (at most 40). On the built-in rules recommend() is
 * re-optimised about six times in Node 20, as answers show it new shapes (an empty list of exclusions, an add-on no
 * rule scores, ...), and each Turbofan compile of it takes 120-200 ms on this machine: it settles after about 1 s of
 * calls, later on a slow machine. Before, a fixed warm-up of 0.75 s left it unsettled in some runs, at 2-3x its steady
 * time in every counted round. Returns the number of windows it took.
 */
export async function settle(run, sets, budget, now, sink) {
  let best = Infinity;
  let windows = 0;
  for (let since = 0; windows < 40 && (windows < 8 || since < 5); windows++) {
    const took = await time(run, sets, budget, now, sink);
    since = took < best * 0.97 ? 0 : since + 1;
    best = Math.min(best, took);
  }
  return windows;
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * The whole engine benchmark: for each file, a warm-up (see `settle`), then `rounds` rounds in which every engine runs
 * back to back for `budget` ms (so the ratios are within one round on a shared machine) in an order that turns each
 * round; returns medians of µs per evaluation and of the ratios. Many short rounds (25 of 30 ms) rather than a few
 * long ones (5 of 150 ms, as before, in the same time): a slow moment of the machine then moves a few of the 25
 * ratios rather than one of five, and the median holds (the 10-rule ratio read 1.0x in one run of five rounds where
 * interleaved 8 ms slices gave 1.3x).
 */
export async function benchEngines({ files, libraries, rounds = 25, budget = 30, now }) {
  const sink = { n: 0 };
  const table = [];
  let compared = 0;
  for (const [label, rules] of files) {
    const engines = enginesFor(rules, libraries);
    const sets = answerSets(rules, 16).map((answers) => libraries.cleanAnswers(rules, answers));
    compared += await checkEquivalent(
      engines,
      answerSets(rules, 50, 99).map((answers) => libraries.cleanAnswers(rules, answers)),
    );
    const samples = Object.fromEntries(Object.keys(engines).map((name) => [name, []]));
    const ratios = { 'json-logic-js': [], 'json-rules-engine': [] };
    const order = Object.entries(engines);
    // A warm-up, not counted: every engine reaches its steady state first (see `settle`).
    const warmUp = {};
    for (const [name, run] of order) warmUp[name] = await settle(run, sets, 150, now, sink);
    for (let round = 0; round < rounds; round++) {
      // The order turns by one each round, so that no engine always runs right after json-rules-engine, whose
      // garbage (old-space marking, a major GC) would otherwise land in the same engine's window every round.
      for (const [name, run] of [...order.slice(round % order.length), ...order.slice(0, round % order.length)])
        samples[name].push(await time(run, sets, name === 'json-rules-engine' ? budget * 2 : budget, now, sink));
      for (const other of Object.keys(ratios)) ratios[other].push(samples[other][round] / samples['recommend()'][round]);
    }
    table.push({
      file: label,
      rules: rules.rules.length,
      fires: median(sets.map((answers) => engines['bare loop'](answers).length)),
      us: Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)])),
      ratio: Object.fromEntries(Object.entries(ratios).map(([name, values]) => [name, median(values)])),
      warmUp,
    });
  }
  return { table, compared, sink: sink.n };
}
