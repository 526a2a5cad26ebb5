import { holds } from './conditions.js';
import type { Answers, Question, Rules } from './types.js';

/** One answer made valid for its question, or `undefined` when it does not fit. */
function cleanAnswer(question: Question, answer: unknown): Answers[string] | undefined {
  if (question.type === 'scale') {
    return typeof answer === 'number' && Number.isInteger(answer) && answer >= 0 && answer <= 10 ? answer : undefined;
  }
  const known = new Set(question.options.map((option) => option.id));
  if (question.type === 'single') return typeof answer === 'string' && known.has(answer) ? answer : undefined;
  const chosen = [...new Set(Array.isArray(answer) ? answer : [answer])].filter(
    (id): id is string => typeof id === 'string' && known.has(id),
  );
  return chosen.length ? chosen : undefined;
}

/**
 * Walks the questions in order: those shown, and the answers reduced to what the rules can use (known
 * questions that are shown, known options, whole numbers 0–10 on scales). A `showIf` sees only the
 * answers to earlier questions that were shown, so what is asked and what counts always agree; the
 * first question is always asked, so there is always a question to show.
 */
function walk(rules: Rules, answers: unknown): { shown: Question[]; clean: Answers } {
  const clean: Answers = {};
  const shown: Question[] = [];
  const given = answers && typeof answers === 'object' ? answers : {};
  for (const question of rules.questions) {
    if (shown.length && question.showIf && !holds(question.showIf, clean)) continue;
    shown.push(question);
    const answer = Object.hasOwn(given, question.id) ? cleanAnswer(question, (given as Record<string, unknown>)[question.id]) : undefined;
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
    if (question.type === 'scale' || !Object.hasOwn(answers, question.id)) continue;
    const given = ([] as unknown[]).concat(answers[question.id]);
    for (const option of question.options) if (option.redFlag && given.includes(option.id)) flags.push(`${question.id}/${option.id}`);
  }
  return flags;
}
