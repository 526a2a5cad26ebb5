import { pointerSegment, type RulesProblem } from '../validate/errors.js';
import { didYouMean } from './nearest.js';
import { maxDepth } from '../validate/schema-check.js';

// What the checker says about a condition with no test, such as { "question": "pressure", "is": "firm" }:
// what a condition needs, with "did you mean", in place of the schema's closest guess.

const conditionTests = ['equals', 'oneOf', 'includesAny', 'includesAll', 'atLeast', 'atMost', 'answered'];
const combinators = ['all', 'any', 'not'];
/** `a, b or c` */
const either = (words: string[]) => `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
const conditionNeeds = `a condition needs "question" and one of ${either(conditionTests)}, or one of ${either(combinators)}`;
/** Words from other condition languages, which the nearest spelling would get wrong ("or" is nearest to "not"). */
const usualWords = new Map([
  ['is', 'equals'],
  ['in', 'oneOf'],
  ['and', 'all'],
  ['or', 'any'],
  ['min', 'atLeast'],
  ['max', 'atMost'],
]);

/** ` (did you mean …?)` for a key that is not part of a condition: a usual word, the tests it begins ("includes"), or the nearest spelling. */
function nearestTest(key: string): string {
  const lower = key.toLowerCase();
  const begun = usualWords.has(lower) ? [usualWords.get(lower)!] : conditionTests.filter((test) => test.toLowerCase().startsWith(lower));
  return begun.length && lower.length > 1
    ? ` (did you mean ${begun.map((test) => `"${test}"`).join(' or ')}?)`
    : didYouMean(key, [...conditionTests, ...combinators]);
}

/** A condition with no test: its path, and the problems that replace what the schema said about it. */
interface Untested {
  path: string;
  /** The whole condition it is part of, such as `/rules/0/when`. */
  root: string;
  problems: RulesProblem[];
}

/**
 * Conditions with no test, such as `{ "question": "pressure", "is": "firm" }`, in data not yet known to fit
 * the schema. The schema tries each kind of condition and reports the closest one (`is missing "equals"`),
 * which sends a spa owner the wrong way; these problems say what a condition needs instead.
 */
function untestedConditions(data: unknown): Untested[] {
  const found: Untested[] = [];
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  const visit = (condition: unknown, path: string, root = path) => {
    if (!isObject(condition) || path.split('/').length > maxDepth) return;
    const keys = Object.keys(condition);
    if (keys.some((key) => conditionTests.includes(key))) return;
    if (keys.some((key) => combinators.includes(key))) {
      if (keys.includes('not')) visit(condition.not, `${path}/not`, root);
      for (const key of ['all', 'any'])
        if (Array.isArray(condition[key])) condition[key].forEach((inner, i) => visit(inner, `${path}/${key}/${i}`, root));
      return;
    }
    const unknown = keys.filter((key) => key !== 'question');
    found.push({
      path,
      root,
      problems: unknown.length
        ? unknown.map((key) => ({
            path: `${path}/${pointerSegment(key)}`,
            message: `"${key}" is not part of a condition${nearestTest(key)}; ${conditionNeeds}`,
          }))
        : [{ path, message: `has no test: ${conditionNeeds}` }],
    });
  };
  const lists = isObject(data) ? data : {};
  for (const [name, key] of [
    ['questions', 'showIf'],
    ...['rules', 'safety', 'plans', 'aftercare', 'cautions'].map((name) => [name, 'when']),
  ]) {
    const list = lists[name];
    if (Array.isArray(list)) list.forEach((item, i) => isObject(item) && visit(item[key], `/${name}/${i}/${key}`));
  }
  return found;
}

/** The schema's problems, with what it said about each condition that has no test replaced by what the condition needs. */
export function explainConditions(errors: RulesProblem[], data: unknown): RulesProblem[] {
  const untested = untestedConditions(data);
  const reported = new Set<Untested>();
  // The condition itself ("is missing") and its unknown keys; a problem inside "question" still stands.
  const explains = ({ path, problems }: Untested, at: string) =>
    at === path || problems.some((problem) => problem.path !== path && (at === problem.path || at.startsWith(`${problem.path}/`)));
  // Or a combinator above it: with several conditions failing inside an "all", the schema's closest guess is
  // another kind of condition (`"all" is not a known property (did you mean "any"?)`).
  const within = ({ root, path }: Untested, at: string) => (at === root || at.startsWith(`${root}/`)) && path.startsWith(`${at}/`);
  return errors.flatMap((error) => {
    const conditions = untested.filter((each) => explains(each, error.path) || within(each, error.path));
    if (!conditions.length) return [error];
    const fresh = conditions.filter((condition) => !reported.has(condition));
    fresh.forEach((condition) => reported.add(condition));
    return fresh.flatMap((condition) => condition.problems);
  });
}
