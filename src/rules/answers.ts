import { bits, prepared } from './conditions.js';
import { asList } from './list.js';
import { own } from './own.js';
import type { Answers, Question, Rules } from './types.js';

/** One answer made valid for its question, whose values are `domain` (see `prepared`), or `undefined` when it does not fit. */
function cleanAnswer(question: Question, answer: unknown, domain: unknown[]): Answers[string] | undefined {
  // A known value: an option's id, or a scale's whole number from 0 to 10.
  const known = (value: unknown) => (question.type === 'scale' || typeof value === 'string') && domain.includes(value);
  if (question.type !== 'multiple') return known(answer) ? (answer as string | number) : undefined;
  // Each once, the first time it comes: looked up among those kept, at most the question's values (a Set took a
  // twentieth of the built-in rules' time; `indexOf` in the whole answer took 9.5 s for a 200,000-item list).
  const chosen: string[] = [];
  for (const value of asList(answer)) if (known(value) && !chosen.includes(value as string)) chosen.push(value as string);
  return chosen.length ? chosen : undefined;
}

/**
 * Walks the questions in order: those shown, and the answers reduced to what the rules can use (known
 * questions that are shown, known options, whole numbers 0–10 on scales). A `showIf` sees only the
 * answers to earlier questions that were shown, so what is asked and what counts always agree; the
 * first question is always asked, so there is always a question to show. Also gives each answer as a bit
 * mask of its question's values (0 when unanswered or not shown) and the prepared conditions (see `prepared`),
 * whether an answer is a red flag (as `redFlagsIn`), and whether a shown question with red-flag options is unanswered.
 */
export function walk(rules: Rules, answers: unknown) {
  const clean: Answers = {};
  const shown: Question[] = [];
  const given = answers && typeof answers === 'object' ? answers : {};
  const [domains, red, test, memo] = prepared(rules.questions);
  const masks = domains.map(() => 0);
  let unscreened: unknown = 0;
  rules.questions.forEach((question, i) => {
    const showIf = own(question, 'showIf');
    if (shown.length && showIf && !test(showIf)(masks)) return;
    shown.push(question);
    const answer = cleanAnswer(question, own(given as Answers, question.id), domains[i]);
    if (answer !== undefined) masks[i] = bits(domains[i], asList((clean[question.id] = answer)));
    else unscreened ||= red[i];
  });
  return [clean, shown, masks, test, memo, masks.some((mask, i) => mask & (red[i] as number)), unscreened] as const;
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
  const [, , masks, test, , flagged] = walk(rules, answers);
  return flagged || (own(rules, 'safety') ?? []).some((rule) => rule.action !== 'exclude' && test(rule.when)(masks));
}
