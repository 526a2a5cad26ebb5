import { bits, prepared } from './conditions.js';
import { asList } from './list.js';
import type { Answers, Question, Rules } from './types.js';

/** One answer made valid for its question, whose values are `own` (see `prepared`), or `undefined` when it does not fit. */
function cleanAnswer(question: Question, answer: unknown, own: unknown[]): Answers[string] | undefined {
  // A known value: an option's id, or a scale's whole number from 0 to 10.
  const known = (value: unknown) => (question.type === 'scale' || typeof value === 'string') && own.includes(value);
  if (question.type !== 'multiple') return known(answer) ? (answer as string | number) : undefined;
  const chosen: string[] = [];
  for (const id of asList(answer)) if (!chosen.includes(id as string) && known(id)) chosen.push(id as string);
  return chosen.length ? chosen : undefined;
}

/**
 * Walks the questions in order: those shown, and the answers reduced to what the rules can use (known
 * questions that are shown, known options, whole numbers 0–10 on scales). A `showIf` sees only the
 * answers to earlier questions that were shown, so what is asked and what counts always agree; the
 * first question is always asked, so there is always a question to show.
 */
export function walk(rules: Rules, answers: unknown) {
  const clean: Answers = {};
  const shown: Question[] = [];
  const given = answers && typeof answers === 'object' ? answers : {};
  const [values, red, test, memo] = prepared(rules);
  // Each question's answer as a bit mask of its values (0 when unanswered or not shown), for prepared conditions.
  const masks = values.map(() => 0);
  // Whether a question with red-flag options is shown and not answered.
  let unscreened = false;
  rules.questions.forEach((question, i) => {
    if (shown.length && Object.hasOwn(question, 'showIf') && !test(question.showIf!)(masks)) return;
    shown.push(question);
    const answer = Object.hasOwn(given, question.id)
      ? cleanAnswer(question, (given as Record<string, unknown>)[question.id], values[i])
      : undefined;
    if (answer !== undefined) masks[i] = bits(values[i], asList((clean[question.id] = answer)));
    else unscreened ||= !!red[i];
  });
  // Whether an answer is a red flag (as `redFlagsIn`).
  return [clean, shown, masks, test, memo, masks.some((mask, i) => mask & +red[i]), unscreened] as const;
}

/** The answers reduced to what the rules can use. Anything else is left out, never thrown. */
export function cleanAnswers(rules: Rules, answers: unknown): Answers {
  return walk(rules, answers)[0];
}

/** The questions shown for these answers, in order (a `showIf` looks only at earlier answers). */
export function visibleQuestions(rules: Rules, answers: unknown): Question[] {
  return walk(rules, answers)[1];
}

/** Options of the answered questions that are marked as red flags, as `question/option`. */
export function redFlagsIn(rules: Rules, answers: Answers): string[] {
  const flags: string[] = [];
  for (const question of rules.questions) {
    if (question.type === 'scale' || !Object.hasOwn(answers, question.id)) continue;
    const given = answers[question.id];
    for (const option of question.options)
      if (option.redFlag && (Array.isArray(given) ? given.includes(option.id) : given === option.id))
        flags.push(`${question.id}/${option.id}`);
  }
  return flags;
}

/**
 * The answer to a choice or scale question after the visitor clicked `value` (ticking it, or unticking a
 * checkbox): a scale's number, a single choice's option, or a multiple choice's options, where an
 * exclusive option ("None of these") clears the others and any other clears it. `undefined` when nothing is left.
 */
export function answerAfterClick(
  question: Question,
  before: Answers[string] | undefined,
  value: string,
  checked: boolean,
): Answers[string] | undefined {
  if (question.type === 'scale') return Number(value);
  if (question.type === 'single') return value;
  const exclusive = (id: unknown) => question.options.some((option) => option.id === id && option.exclusive);
  const others = asList(before).filter((id) => id !== value) as string[];
  const after = checked ? [...(exclusive(value) ? [] : others.filter((id) => !exclusive(id))), value] : others;
  return after.length ? after : undefined;
}

/**
 * Whether these answers already end the questionnaire with a referral: a red-flag option, or a safety rule
 * that refers or calls for urgent care. The widget stops asking at the step where that happens.
 */
export function endsInReferral(rules: Rules, answers: Answers): boolean {
  const [, , masks, test, , flagged] = walk(rules, answers);
  return flagged || (rules.safety ?? []).some((rule) => rule.action !== 'exclude' && test(rule.when)(masks));
}
