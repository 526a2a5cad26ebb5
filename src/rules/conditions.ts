import { once, own } from './own.js';
import { scalePoints } from './list.js';
import type { Answers, Condition, Question } from './types.js';

/**
 * Whether a condition holds for these answers. An unanswered question never
 * satisfies a comparison; `answered: false` and `not` are the ways to ask about one.
 *
 * This runs for every rule on every result and reads each key once: a condition has a `question` or is a
 * group, and a valid file's values are never `undefined` (JSON has none), so reading a key says as much as `in`.
 * Only its own keys count: a page that adds `equals` or `any` to Object.prototype must not change a condition
 * (an inherited `equals` made every `includesAny` leaf false, and pregnancy no longer excluded deep pressure).
 */
export function holds(condition: Condition, answers: Answers): boolean {
  const c = (key: string): any => own(condition as any, key);
  const question: string | undefined = c('question');
  if (question === undefined) {
    if (c('all') !== undefined) {
      for (const inner of c('all')) if (!holds(inner, answers)) return false;
      return true;
    }
    if (c('any') !== undefined) {
      for (const inner of c('any')) if (holds(inner, answers)) return true;
      return false;
    }
    return !holds(c('not'), answers);
  }
  const answer = Object.hasOwn(answers, question) ? answers[question] : undefined;
  const list = Array.isArray(answer);
  const count = list ? (answer as unknown[]).length : answer === undefined ? 0 : 1;
  if (c('answered') !== undefined) return count > 0 === c('answered');
  if (!count) return false;
  if (c('equals') !== undefined) return !list && answer === c('equals');
  if (c('oneOf') !== undefined) return !list && c('oneOf').includes(answer);
  if (c('includesAny') !== undefined) {
    for (const id of c('includesAny')) if (list ? (answer as unknown[]).includes(id) : answer === id) return true;
    return false;
  }
  if (c('includesAll') !== undefined) {
    for (const id of c('includesAll')) if (!(list ? (answer as unknown[]).includes(id) : answer === id)) return false;
    return true;
  }
  if (c('atLeast') !== undefined) return typeof answer === 'number' && answer >= c('atLeast');
  return typeof answer === 'number' && answer <= c('atMost');
}

/** A condition prepared for one rules file: truthy when it holds for the answers' bit masks (see `prepared`). */
export type Test = ((masks: number[]) => unknown) & { _q?: (number | undefined)[] };

/**
 * The bits of these values among a question's own values (a value's first index). One that is not among them sets bit 31,
 * which no answer has in a valid file: a question's options past the 31st, which the rules check refuses, share it.
 */
export const bits = (own: unknown[], list: unknown[]) =>
  list.reduce((mask: number, value) => mask | (1 << Math.min(own.indexOf(value) >>> 0, 31)), 0);

/**
 * `holds` as the widget runs it: the conditions of a rules file prepared once per `questions` array (kept while
 * it lives; the loader and the editor make new objects for each version of a file, and the prepared conditions
 * read nothing but the questions). Each answer is one bit mask of its question's values (its options, a scale's
 * 0–10; see `walk`), so a leaf is one `&`: `test(condition)(masks)` is `holds(condition, answers)` for clean
 * answers. Returns each question's values, its red-flag options as a mask, `test`, and a memo for what the
 * engine prepares from the file (`once(memo, array, make)`).
 */
export const prepared = (questions: Question[]) => once(cache, questions, prepare);

function prepare(questions: Question[]) {
  const values = questions.map((q): unknown[] => (q.type === 'scale' ? scalePoints : q.options.map((o) => o.id)));
  // Each question's red-flag options as a mask (none on a scale), read from the options' own keys.
  const red = questions.map(
    (q, i) =>
      q.type !== 'scale' &&
      bits(
        values[i],
        q.options.filter((o) => own(o, 'redFlag')).map((o) => o.id),
      ),
  );
  const memo = new Map<object, any>();
  const compile = (condition: Condition): Test => {
    // Its own keys only: a page that adds `equals` or `question` to Object.prototype must not change a condition.
    const c: Partial<Record<string, any>> = { __proto__: null, ...condition };
    const group: Condition[] | undefined = c.all ?? c.any;
    // A group (no question) is its conditions; a leaf is its question's place and a mask of its values.
    const inner = c.question === undefined && (group ?? [c.not]).map(compile);
    const at = questions.findIndex((q) => q.id === c.question);
    const domain = values[at] ?? [];
    // `equals` is a `oneOf` of one value.
    const oneOf = c.equals !== undefined ? [c.equals] : c.oneOf;
    // Each kind of leaf is a list of values (the first kind given counts, as in `holds`): `answered` any of them,
    // `equals` and `oneOf` none on a multiple choice (its answer is a list), `atLeast` and `atMost` the scale's
    // points in range; `includesAll` needs all of its values.
    const list: unknown[] =
      c.answered !== undefined
        ? domain
        : oneOf
          ? questions[at]?.type === 'multiple'
            ? []
            : oneOf
          : (c.includesAny ??
            c.includesAll ??
            domain.filter((v) => typeof v === 'number' && (c.atLeast !== undefined ? v >= c.atLeast : v <= c.atMost)));
    const mask = bits(domain, list);
    // A leaf, or the `not` of a leaf, as [at, mask, want, flip]: it holds when `((masks[at] & mask) === want) != flip`.
    // Unanswered: no bit at all; `includesAll` (of one value or more, as the rules check requires): every bit of the
    // mask; any other leaf: not no bit of it.
    const leaf = inner
      ? !group && inner[0]._q?.map((value, i) => (i > 2 ? 1 - value! : value))
      : c.answered === false
        ? [at, -1, 0, 0]
        : [at, mask, list === c.includesAll ? mask : 0, +(list !== c.includesAll)];
    // A leaf, or a group of nothing but leaves, is one loop over them with no calls (1,000 rules: about -15%; `any`
    // also serves a lone leaf). Any other group calls its conditions' tests.
    const leaves = leaf || (group && (inner as Test[]).flatMap((test) => test._q));
    const any = +!c.all;
    const test: Test =
      leaves && !leaves.includes(undefined)
        ? (m) => {
            for (let i = 0; i < leaves.length; i += 4)
              if ((((m[leaves[i]!] & leaves[i + 1]!) === leaves[i + 2]) != (leaves[i + 3] as any)) == (any as any)) return any;
            return !any;
          }
        : (m) => (any ? (inner as Test[]).some(call, m) == !!group : (inner as Test[]).every(call, m));
    // Only a leaf's own: a page's Function.prototype._q is never read (every test has its own, `undefined` for a group).
    test._q = leaf || undefined;
    return test;
  };
  return [values, red, (condition: Condition): Test => once(memo, condition, compile), memo] as const;
}

/** A test called with the masks as `this` (`every` and `some` take them so, and need no closure per call). */
function call(this: number[], test: Test) {
  return test(this);
}

const cache = new WeakMap<Question[], ReturnType<typeof prepare>>();
