import { pointerSegment, type RulesProblem } from '../validate/errors.js';
import { didYouMean } from './nearest.js';

// What the checker adds to the schema's short messages (`is missing "deep"`, `must be text`) so that each
// one says what to write, and what it says instead when the schema's closest guess sends an owner the wrong way.

/** What to write for each property a spa owner may leave out, as it would sit in the file. */
const whatToWrite: Record<string, string> = {
  version: '"version": 1 at the top of the file',
  deep: '"deep": false (or true for a deep-pressure technique)',
  id: '"id" with a short name in lower case, such as "hot-stone"',
  name: '"name" with the name visitors read, such as "Hot Stone Massage"',
  description: '"description" with a sentence or two, such as "Warm stones ease tight muscles."',
  pressure: '"pressure" with the depth of pressure, such as "Medium"',
  target: '"target" with what it works on, such as "Muscles and fascia"',
  bestFor: '"bestFor" with what it helps, such as "Stress and tension"',
  text: '"text" with the words visitors read',
  type: '"type": "single" (one answer), "multiple" (any number) or "scale" (0 to 10)',
  options: '"options" with the answers to choose from, such as [{ "id": "none", "label": "None of these" }]',
  label: '"label" with the answer as visitors read it, such as "None of these"',
  questions: '"questions" with at least one question',
  techniques: '"techniques" with at least one technique',
  rules: '"rules": [] (a list of scoring rules; it may be empty)',
  when: '"when" with a condition, such as { "question": "pressure", "equals": "firm" }',
  score: '"score" with points by technique id, such as { "deep-tissue": 2 }',
  reason: '"reason" with why, in the visitor\'s words, such as "You like firm pressure."',
  action: '"action": "refer", "emergency" or "exclude"',
  message: '"message" with what the visitor is told',
  title: '"title" with the plan\'s name, such as "Maintenance"',
  frequency: '"frequency", such as "Once a month"',
  answers: '"answers" by question id, such as { "pressure": "firm" }',
  expect: '"expect" with the technique id these answers must give, or "refer" or "emergency"',
  minutes: '"minutes" with the length as a number, such as 60',
  src: '"src" with the picture\'s https: address',
  alt: '"alt" with what the picture shows, for people who cannot see it',
  question: '"question" with the id of the question it looks at',
};

/**
 * The fields of an option, as in `Option` of src/rules/types.ts (a test holds them to the schema), and what
 * each must be.
 */
export const optionFields: Record<string, 'id' | 'text' | 'boolean'> = {
  id: 'id',
  label: 'text',
  help: 'text',
  redFlag: 'boolean',
  exclusive: 'boolean',
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value a JSON pointer points at in `data`, or `undefined`. */
function valueAt(data: unknown, pointer: string): unknown {
  let value = data;
  for (const segment of pointer.split('/').slice(1)) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(value) && !Array.isArray(value)) return undefined;
    value = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

/** What to write in place of a wrong kind of value, or an empty string. */
function typeHint(message: string, value: unknown, path: string): string {
  if (message === 'must be text' && (typeof value === 'number' || typeof value === 'boolean')) {
    const example = path.endsWith('/price') && typeof value === 'number' ? `$${value}` : String(value);
    return `: write it in quotes, e.g. "${example}"`;
  }
  if (message === 'must be a number' && typeof value === 'string') {
    const digits = /\d+(?:\.\d+)?/.exec(value)?.[0];
    if (!digits) return ', such as 60 (with no quotes)';
    const rest = value.replace(digits, '').trim();
    return `: write ${digits}, without quotes${rest ? ` or "${rest}"` : ''}`;
  }
  if (message === 'must be a list' && (typeof value === 'string' || typeof value === 'number')) {
    const item = /^\s*\d+\s*$/.test(String(value)) ? String(value).trim() : JSON.stringify(value);
    return `: write it in square brackets, e.g. [${item}]`;
  }
  if (message === 'must be true or false' && typeof value === 'string') return ': write true or false without quotes';
  return '';
}

/** The problems of a choice question's options, as the schema would give them for a choice question. */
function optionProblems(options: unknown, path: string): RulesProblem[] {
  if (!Array.isArray(options)) return [];
  const problems: RulesProblem[] = [];
  options.forEach((option, j) => {
    const at = `${path}/${j}`;
    if (!isObject(option)) {
      problems.push({ path: at, message: 'must be an object, such as { "id": "none", "label": "None of these" }' });
      return;
    }
    for (const name of ['id', 'label'])
      if (!Object.hasOwn(option, name)) problems.push({ path: at, message: `is missing "${name}": add ${whatToWrite[name]}` });
    for (const [key, value] of Object.entries(option)) {
      const kind = Object.hasOwn(optionFields, key) ? optionFields[key] : undefined;
      const inner = `${at}/${pointerSegment(key)}`;
      if (!kind)
        problems.push({
          path: inner,
          message: `"${key}" is not a field of an option${didYouMean(key, Object.keys(optionFields))}; an option has ${Object.keys(optionFields).join(', ')}`,
        });
      else if (kind === 'boolean' && typeof value !== 'boolean') {
        problems.push({ path: inner, message: `must be true or false${typeHint('must be true or false', value, inner)}` });
      } else if (kind !== 'boolean' && typeof value !== 'string') {
        problems.push({ path: inner, message: `must be text${typeHint('must be text', value, inner)}` });
      }
    }
  });
  return problems;
}

/**
 * A choice question (`"type": "single"` or `"multiple"`) whose options have several mistakes is closer, for the
 * schema, to a scale question: it says `type must be "scale"` and `"options" is not a known property`. Those two
 * give way to what is wrong with the options.
 */
function explainChoiceQuestions(errors: RulesProblem[], data: unknown): RulesProblem[] {
  const questions = isObject(data) && Array.isArray(data.questions) ? data.questions : [];
  let explained = errors;
  questions.forEach((question, i) => {
    if (!isObject(question) || (question.type !== 'single' && question.type !== 'multiple')) return;
    const path = `/questions/${i}`;
    if (!explained.some((error) => error.path === `${path}/type` && error.message === 'must be "scale"')) return;
    const options = optionProblems(question.options, `${path}/options`);
    if (!options.length) return;
    const artefacts = [`${path}/type`, `${path}/options`, `${path}/minLabel`, `${path}/maxLabel`];
    const first = explained.findIndex((error) => artefacts.includes(error.path));
    const kept = explained.filter((error) => !artefacts.includes(error.path));
    explained = [...kept.slice(0, first), ...options, ...kept.slice(first)];
  });
  return explained;
}

/** The schema's problems with what to write added, and a choice question's options explained as such. */
export function explainSchema(errors: RulesProblem[], data: unknown): RulesProblem[] {
  return explainChoiceQuestions(errors, data).map((problem) => {
    const missing = /^is missing "(\w+)"$/.exec(problem.message)?.[1];
    if (missing && whatToWrite[missing]) return { ...problem, message: `${problem.message}: add ${whatToWrite[missing]}` };
    const hint = typeHint(problem.message, valueAt(data, problem.path), problem.path);
    return hint ? { ...problem, message: problem.message + hint } : problem;
  });
}
