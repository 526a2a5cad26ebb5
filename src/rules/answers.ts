import { holds } from './conditions.js';
import type { Answers, Question, Rules } from './types.js';

const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

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
 * The answers reduced to what the rules can use: known questions that are shown,
 * known options, whole numbers 0–10 on scales. Anything else is left out, never thrown.
 */
export function cleanAnswers(rules: Rules, answers: unknown): Answers {
  const clean: Answers = {};
  if (!answers || typeof answers !== 'object') return clean;
  for (const question of rules.questions) {
    if (!own(answers, question.id)) continue;
    if (question.showIf && !holds(question.showIf, clean)) continue;
    const answer = cleanAnswer(question, (answers as Record<string, unknown>)[question.id]);
    if (answer !== undefined) clean[question.id] = answer;
  }
  return clean;
}

/** The questions shown for these answers, in order (a `showIf` looks only at earlier answers). */
export function visibleQuestions(rules: Rules, answers: Answers): Question[] {
  return rules.questions.filter((question) => !question.showIf || holds(question.showIf, answers));
}

/** Options of the answered questions that are marked as red flags, as `question/option`. */
export function redFlagsIn(rules: Rules, answers: Answers): string[] {
  const flags: string[] = [];
  for (const question of rules.questions) {
    if (question.type === 'scale' || !own(answers, question.id)) continue;
    const given = ([] as unknown[]).concat(answers[question.id]);
    for (const option of question.options) if (option.redFlag && given.includes(option.id)) flags.push(`${question.id}/${option.id}`);
  }
  return flags;
}
