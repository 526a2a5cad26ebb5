import { own } from './own.js';
import type { Answers, Condition } from './types.js';

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
