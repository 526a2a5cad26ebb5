import { asList } from './list.js';
import type { Answers, Condition } from './types.js';

type Answer = Answers[string] | undefined;

/**
 * Whether a condition holds for these answers. An unanswered question never
 * satisfies a comparison; `answered: false` and `not` are the ways to ask about one.
 */
export function holds(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((inner) => holds(inner, answers));
  if ('any' in condition) return condition.any.some((inner) => holds(inner, answers));
  if ('not' in condition) return !holds(condition.not, answers);
  const answer: Answer = Object.hasOwn(answers, condition.question) ? answers[condition.question] : undefined;
  const given = asList(answer);
  if ('answered' in condition) return given.length > 0 === condition.answered;
  if (!given.length) return false;
  if ('equals' in condition) return !Array.isArray(answer) && answer === condition.equals;
  if ('oneOf' in condition) return !Array.isArray(answer) && condition.oneOf.includes(answer as string);
  if ('includesAny' in condition) return condition.includesAny.some((id) => given.includes(id));
  if ('includesAll' in condition) return condition.includesAll.every((id) => given.includes(id));
  if ('atLeast' in condition) return typeof answer === 'number' && answer >= condition.atLeast;
  return typeof answer === 'number' && answer <= condition.atMost;
}
