import { isScalePoint } from '../rules/list.js';
import type { Condition, Question } from '../rules/types.js';

/** What decides whether a condition can ever hold. */
export interface Reach {
  /** The questions by id. */
  questions: Map<string, Question>;
  /** Questions that are never shown, so never answered. */
  hidden: Set<string>;
  /** True where a red-flag answer ends everything first (scoring, showIf); false for safety rules. */
  redFlagsEnd: boolean;
}

/** Walks every condition with its path, calling `visit` on the leaves (the comparisons). */
export function eachLeaf(condition: Condition, path: string, visit: (leaf: Condition & { question: string }, path: string) => void): void {
  if ('all' in condition) condition.all.forEach((inner, i) => eachLeaf(inner, `${path}/all/${i}`, visit));
  else if ('any' in condition) condition.any.forEach((inner, i) => eachLeaf(inner, `${path}/any/${i}`, visit));
  else if ('not' in condition) eachLeaf(condition.not, `${path}/not`, visit);
  else visit(condition, path);
}

const quoted = (ids: Iterable<unknown>) => [...ids].map((id) => JSON.stringify(id)).join(' or ');

/** Why a comparison can never hold, or `undefined` when it can. */
function leafNever(leaf: Condition & { question: string }, reach: Reach): string | undefined {
  const question = reach.questions.get(leaf.question);
  if (!question) return undefined; // reported as an unknown question
  if (reach.hidden.has(leaf.question)) {
    return 'answered' in leaf && !leaf.answered ? undefined : `"${leaf.question}" is never shown, so it is never answered`;
  }
  if (question.type === 'scale') {
    if ('atLeast' in leaf && leaf.atLeast > 10) return `"${leaf.question}" is a 0–10 scale, so it is never at least ${leaf.atLeast}`;
    if ('atMost' in leaf && leaf.atMost < 0) return `"${leaf.question}" is a 0–10 scale, so it is never at most ${leaf.atMost}`;
    if ('equals' in leaf && typeof leaf.equals === 'number' && !isScalePoint(leaf.equals)) {
      return `"${leaf.question}" is a 0–10 scale of whole numbers, so it never equals ${JSON.stringify(leaf.equals)}`;
    }
    return undefined;
  }
  if (!reach.redFlagsEnd) return undefined;
  const flagged = (id: unknown) => question.options.some((option) => option.id === id && option.redFlag);
  let needed: unknown[] = [];
  if ('equals' in leaf) needed = [leaf.equals];
  else if ('oneOf' in leaf) needed = leaf.oneOf;
  else if ('includesAny' in leaf) needed = leaf.includesAny;
  else if ('includesAll' in leaf) needed = leaf.includesAll.filter(flagged).slice(0, 1);
  if (needed.length && needed.every(flagged)) {
    return `it needs the red-flag answer ${quoted(needed)} to "${leaf.question}", and a red flag always ends with a referral first`;
  }
  return undefined;
}

/** Why the comparisons inside one `all` contradict each other, or `undefined`. */
function contradiction(conditions: Condition[]): string | undefined {
  const allowed = new Map<string, Set<unknown>>();
  const range = new Map<string, [number, number]>();
  for (const inner of conditions) {
    if (!('question' in inner)) continue;
    const { question } = inner;
    const values = 'equals' in inner ? [inner.equals] : 'oneOf' in inner ? inner.oneOf : undefined;
    if (values) {
      const before = allowed.get(question);
      const now = new Set(before ? values.filter((value) => before.has(value)) : values);
      if (!now.size) return `it needs "${question}" to be ${quoted(before!)} and also ${quoted(values)}, which cannot both be true`;
      allowed.set(question, now);
    }
    const [low, high] = range.get(question) ?? [-Infinity, Infinity];
    const next: [number, number] = [
      Math.max(low, 'atLeast' in inner ? inner.atLeast : typeof values?.[0] === 'number' ? values[0] : low),
      Math.min(high, 'atMost' in inner ? inner.atMost : typeof values?.[0] === 'number' ? values[0] : high),
    ];
    if (next[0] > next[1]) return `it needs "${question}" to be at least ${next[0]} and at most ${next[1]}, which cannot both be true`;
    range.set(question, next);
  }
  return undefined;
}

/**
 * Why a condition can never hold, in plain English, or `undefined` when some answers satisfy it.
 * Conservative: it names only certain contradictions, and never claims anything about a `not`.
 */
export function whyNever(condition: Condition, reach: Reach): string | undefined {
  if ('not' in condition) return undefined;
  if ('any' in condition) {
    const reasons = condition.any.map((inner) => whyNever(inner, reach));
    if (!reasons.every(Boolean)) return undefined;
    return reasons.length === 1 ? reasons[0] : `none of its "any" conditions can hold (${reasons.join('; ')})`;
  }
  if ('all' in condition) {
    for (const inner of condition.all) {
      const reason = whyNever(inner, reach);
      if (reason) return reason;
    }
    return contradiction(condition.all);
  }
  return leafNever(condition, reach);
}

/** The question ids a condition looks at. */
export function questionsIn(condition: Condition): string[] {
  const found: string[] = [];
  eachLeaf(condition, '', (leaf) => found.push(leaf.question));
  return found;
}

/**
 * A chain of `showIf` dependencies from `from` back to `to` (`["b", "c", "a"]`), or `undefined`:
 * when a question's `showIf` waits for a later question that waits for it, neither is ever shown.
 */
export function showIfChain(questions: Map<string, Question>, from: string, to: string, seen = new Set<string>()): string[] | undefined {
  if (from === to) return [to];
  if (seen.has(from)) return undefined;
  seen.add(from);
  const showIf = questions.get(from)?.showIf;
  for (const next of showIf ? questionsIn(showIf) : []) {
    const rest = showIfChain(questions, next, to, seen);
    if (rest) return [from, ...rest];
  }
  return undefined;
}
