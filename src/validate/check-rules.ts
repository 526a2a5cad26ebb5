import { defaultRules } from '../generated/default-rules.js';
import { extendRules } from '../rules/extend.js';
import { own } from '../rules/own.js';
import type { Rules, RulesExtension } from '../rules/types.js';
import type { RulesProblem } from './errors.js';
import { checkSchema, type Suggest } from './schema-check.js';

/**
 * The outcome of checking a rules file. `warnings` (from the checker only, on a valid file): what the widget runs
 * but a studio should look at, such as a safety screen that screens nobody.
 */
export type RulesCheck =
  { valid: true; rules: Rules; errors: []; warnings?: RulesProblem[] } | { valid: false; rules: null; errors: RulesProblem[] };

/**
 * What the widget checks before it runs a rules file: the JSON Schema (compiled at build time,
 * with no prototype keys and no deep nesting) and a red-flag screen in front of any
 * deep-pressure technique. A file with `"extends": "default"` is applied to the built-in rules first,
 * and `rules` is the result. Never throws. `validateRules` adds the checks of meaning.
 */
export function checkRules(data: unknown, suggest?: Suggest): RulesCheck {
  const errors: RulesProblem[] = checkSchema(data, suggest);
  let rules = data as Rules;
  if (!errors.length && Object.hasOwn(rules, 'extends')) {
    const extended = extendRules(defaultRules, data as RulesExtension);
    errors.push(...extended.problems);
    rules = extended.rules;
  }
  if (!errors.length) {
    // A second question, option or technique of the same id would take the first one's answers or points:
    // a red flag ticked on one screen could be dropped on another.
    const shared = new Map<string, string>();
    uniqueIds(rules.questions, '/questions', errors);
    rules.questions.forEach((question, i) => question.type !== 'scale' && uniqueIds(question.options, `/questions/${i}/options`, errors));
    uniqueIds(rules.techniques, '/techniques', errors, shared);
    uniqueIds(own(rules, 'addOns'), '/addOns', errors, shared);
  }
  if (!errors.length) {
    const screened = rules.questions.some(
      (question) =>
        question.type !== 'scale' &&
        !own(question, 'showIf') &&
        own(question, 'required') !== false &&
        question.options.some((option) => own(option, 'redFlag')),
    );
    rules.techniques.forEach((technique, i) => {
      if (technique.deep && !screened) {
        errors.push({
          path: `/techniques/${i}/deep`,
          message: `deep-pressure "${technique.id}" needs a required question with "redFlag" options before it`,
        });
      }
    });
  }
  return errors.length ? { valid: false, rules: null, errors } : { valid: true, rules, errors: [] };
}

/** Adds a problem for each item whose id an earlier item of `seen` already has, naming where the first one is. */
export function uniqueIds(list: Array<{ id?: string }> | undefined, at: string, errors: RulesProblem[], seen = new Map<string, string>()) {
  list?.forEach((item, i) => {
    const first = seen.get(item.id!);
    if (first) errors.push({ path: `${at}/${i}/id`, message: `"${item.id}" is used twice (first at ${first}); ids must be unique` });
    else if (item.id !== undefined) seen.set(item.id, `${at}/${i}`);
  });
}
