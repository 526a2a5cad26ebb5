import { holds } from './conditions.js';
import { asList, isScalePoint } from './list.js';
import { own } from './own.js';
import type { Answers, ChoiceQuestion, Question, Rules } from './types.js';

/** Whether `id` is one of the question's options. */
const known = (question: ChoiceQuestion, id: unknown) => typeof id === 'string' && question.options.some((option) => option.id === id);

/** One answer made valid for its question, or `undefined` when it does not fit. */
function cleanAnswer(question: Question, answer: unknown): Answers[string] | undefined {
  if (question.type === 'scale') {
    return isScalePoint(answer) ? answer : undefined;
  }
  if (question.type === 'single') return known(question, answer) ? (answer as string) : undefined;
  const chosen: string[] = [];
  for (const id of asList(answer)) if (!chosen.includes(id as string) && known(question, id)) chosen.push(id as string);
  return chosen.length ? chosen : undefined;
}

/**
 * Walks the questions in order: those shown, and the answers reduced to what the rules can use (known
 * questions that are shown, known options, whole numbers 0–10 on scales). A `showIf` sees only the
 * answers to earlier questions that were shown, so what is asked and what counts always agree; the
 * first question is always asked, so there is always a question to show.
 */
export function walk(rules: Rules, answers: unknown): { shown: Question[]; clean: Answers } {
  const clean: Answers = {};
  const shown: Question[] = [];
  const given = answers && typeof answers === 'object' ? answers : {};
  for (const question of rules.questions) {
    const showIf = own(question, 'showIf');
    if (shown.length && showIf && !holds(showIf, clean)) continue;
    shown.push(question);
    const answer = cleanAnswer(question, own(given as Answers, question.id));
    if (answer !== undefined) clean[question.id] = answer;
  }
  return { shown, clean };
}

/** The answers reduced to what the rules can use. Anything else is left out, never thrown. */
export function cleanAnswers(rules: Rules, answers: unknown): Answers {
  return walk(rules, answers).clean;
}

/** The questions shown for these answers, in order (a `showIf` looks only at earlier answers). */
export function visibleQuestions(rules: Rules, answers: unknown): Question[] {
  return walk(rules, answers).shown;
}

/** Options of the answered questions that are marked as red flags, as `question/option`. */
export function redFlagsIn(rules: Rules, answers: Answers): string[] {
  const flags: string[] = [];
  for (const question of rules.questions) {
    if (question.type === 'scale') continue;
    const given = own(answers, question.id);
    for (const option of question.options)
      if (own(option, 'redFlag') && (Array.isArray(given) ? given.includes(option.id) : given === option.id))
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
  const exclusive = (id: unknown) => question.options.some((option) => option.id === id && own(option, 'exclusive'));
  const others = asList(before).filter((id) => id !== value) as string[];
  const after = checked ? [...(exclusive(value) ? [] : others.filter((id) => !exclusive(id))), value] : others;
  return after.length ? after : undefined;
}

/**
 * Whether these answers already end the questionnaire with a referral: a red-flag option, or a safety rule
 * that refers or calls for urgent care. The widget stops asking at the step where that happens.
 */
export function endsInReferral(rules: Rules, answers: Answers): boolean {
  return (
    redFlagsIn(rules, answers).length > 0 ||
    (own(rules, 'safety') ?? []).some((rule) => rule.action !== 'exclude' && holds(rule.when, answers))
  );
}
