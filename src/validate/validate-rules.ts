import { safeLink } from '../rules/links.js';
import type { Condition, Question, Rules } from '../rules/types.js';
import { checkRules, type RulesCheck } from './check-rules.js';
import { pointerSegment, type RulesProblem } from './errors.js';
import { didYouMean } from './nearest.js';

/** Walks every condition with its path, calling `visit` on the leaves. */
function eachLeaf(condition: Condition, path: string, visit: (leaf: Condition & { question: string }, path: string) => void): void {
  if ('all' in condition) condition.all.forEach((inner, i) => eachLeaf(inner, `${path}/all/${i}`, visit));
  else if ('any' in condition) condition.any.forEach((inner, i) => eachLeaf(inner, `${path}/any/${i}`, visit));
  else if ('not' in condition) eachLeaf(condition.not, `${path}/not`, visit);
  else visit(condition, path);
}

/** True when the condition cannot hold for any answers: contradictions inside one `all`. */
function neverHolds(condition: Condition, rules: Rules, flagged: (question: string, option: unknown) => boolean): boolean {
  if ('any' in condition) return condition.any.every((inner) => neverHolds(inner, rules, flagged));
  if ('not' in condition) return false;
  if ('all' in condition) {
    if (condition.all.some((inner) => neverHolds(inner, rules, flagged))) return true;
    const equal = new Map<string, unknown>();
    for (const inner of condition.all) {
      if (!('equals' in inner)) continue;
      if (equal.has(inner.question) && equal.get(inner.question) !== inner.equals) return true;
      equal.set(inner.question, inner.equals);
    }
    return false;
  }
  if ('atLeast' in condition) return condition.atLeast > 10;
  if ('atMost' in condition) return condition.atMost < 0;
  // Red flags always refer, so a scoring condition that needs one never reaches scoring.
  if ('equals' in condition) return flagged(condition.question, condition.equals);
  if ('oneOf' in condition) return condition.oneOf.every((id) => flagged(condition.question, id));
  if ('includesAll' in condition) return condition.includesAll.some((id) => flagged(condition.question, id));
  if ('includesAny' in condition) return condition.includesAny.every((id) => flagged(condition.question, id));
  return false;
}

/** Checks that are about meaning rather than shape: ids, references, rules that can never fire, safety. */
function checkMeaning(rules: Rules, problems: RulesProblem[]): void {
  const problem = (path: string, message: string): void => void problems.push({ path, message });
  const questions = new Map<string, Question>();
  const questionIndex = new Map<string, number>();
  const items = new Map<string, 'technique' | 'add-on'>();

  const unique = (list: Array<{ id?: string }> | undefined, name: string, seen = new Set<string>()) =>
    list?.forEach((item, i) => {
      if (item.id === undefined) return;
      if (seen.has(item.id)) problem(`/${name}/${i}/id`, `"${item.id}" is used twice; ids must be unique`);
      seen.add(item.id);
    });
  rules.questions.forEach((question, i) => {
    unique([question], 'questions', new Set(questions.keys()));
    questions.set(question.id, question);
    questionIndex.set(question.id, i);
    if (question.type !== 'scale') unique(question.options, `questions/${i}/options`);
  });
  const shared = new Set<string>();
  unique(rules.techniques, 'techniques', shared);
  unique(rules.addOns, 'addOns', shared);
  rules.techniques.forEach((technique) => items.set(technique.id, 'technique'));
  rules.addOns?.forEach((addOn) => items.set(addOn.id, 'add-on'));
  for (const name of ['rules', 'safety', 'plans', 'aftercare', 'cautions'] as const) unique(rules[name], name);

  const flagged = (question: string, option: unknown) => {
    const asked = questions.get(question);
    return asked?.type !== 'scale' && !!asked?.options.some((choice) => choice.id === option && choice.redFlag);
  };

  const checkCondition = (condition: Condition, path: string, askedBefore?: number) =>
    eachLeaf(condition, path, (leaf, leafPath) => {
      const question = questions.get(leaf.question);
      if (!question) {
        return problem(`${leafPath}/question`, `unknown question "${leaf.question}"${didYouMean(leaf.question, questions.keys())}`);
      }
      if (askedBefore !== undefined && questionIndex.get(leaf.question)! >= askedBefore) {
        problem(
          `${leafPath}/question`,
          `"${leaf.question}" is not asked before this question, so the question can never be shown (a showIf may only look at earlier questions)`,
        );
      }
      const kind = Object.keys(leaf).find((key) => key !== 'question')!;
      const scale = question.type === 'scale';
      const fits = {
        equals: question.type !== 'multiple',
        oneOf: question.type === 'single',
        includesAny: question.type === 'multiple',
        includesAll: question.type === 'multiple',
        atLeast: scale,
        atMost: scale,
        answered: true,
      }[kind];
      if (!fits) {
        const hint = question.type === 'multiple' ? 'includesAny or includesAll' : scale ? 'equals, atLeast or atMost' : 'equals or oneOf';
        return problem(`${leafPath}/${kind}`, `"${kind}" does not fit ${question.type} question "${question.id}"; use ${hint}`);
      }
      if (scale) {
        if ('equals' in leaf && typeof leaf.equals !== 'number') problem(`${leafPath}/equals`, `"${question.id}" is a 0–10 scale; compare it with a number`);
        return;
      }
      const options = question.options.map((option) => option.id);
      const values = ([] as unknown[]).concat((leaf as unknown as Record<string, unknown>)[kind]);
      if (kind === 'answered') return;
      values.forEach((value, i) => {
        if (!options.includes(value as string)) {
          const at = Array.isArray((leaf as unknown as Record<string, unknown>)[kind]) ? `${leafPath}/${kind}/${i}` : `${leafPath}/${kind}`;
          problem(at, `question "${question.id}" has no option "${value}"${didYouMean(String(value), options)}`);
        }
      });
    });

  rules.questions.forEach((question, i) => question.showIf && checkCondition(question.showIf, `/questions/${i}/showIf`, i));

  const positive = new Set<string>();
  rules.rules.forEach((rule, i) => {
    checkCondition(rule.when, `/rules/${i}/when`);
    if (neverHolds(rule.when, rules, flagged)) problem(`/rules/${i}/when`, `rule "${rule.id}" can never fire: its condition cannot hold (answers with a red flag always refer)`);
    else for (const [id, points] of Object.entries(rule.score)) if (points > 0) positive.add(id);
    for (const id of Object.keys(rule.score)) {
      if (!items.has(id)) problem(`/rules/${i}/score/${pointerSegment(id)}`, `unknown technique or add-on "${id}"${didYouMean(id, items.keys())}`);
    }
    if (!Object.values(rule.score).some((points) => points !== 0)) problem(`/rules/${i}/score`, `rule "${rule.id}" adds no points, so it never changes a result`);
  });
  rules.safety?.forEach((rule, i) => {
    checkCondition(rule.when, `/safety/${i}/when`);
    if (rule.action === 'exclude' && !rule.exclude?.length) problem(`/safety/${i}/exclude`, 'an "exclude" rule must list the technique ids it excludes');
    rule.exclude?.forEach((id, j) => {
      if (items.get(id) !== 'technique') problem(`/safety/${i}/exclude/${j}`, `unknown technique "${id}"${didYouMean(id, rules.techniques.map((t) => t.id))}`);
    });
  });
  for (const name of ['plans', 'aftercare', 'cautions'] as const) {
    rules[name]?.forEach((item, i) => item.when && checkCondition(item.when, `/${name}/${i}/when`));
  }

  const fallback = rules.techniques.find((technique) => !technique.deep) ?? rules.techniques[0];
  rules.techniques.forEach((technique, i) => {
    if (technique !== fallback && !positive.has(technique.id)) problem(`/techniques/${i}/id`, `no answer can ever recommend "${technique.id}": no rule gives it points`);
  });

  const links: Array<[string, string | undefined]> = [
    ['/studio/bookingUrl', rules.studio?.bookingUrl],
    ...rules.techniques.map((technique, i): [string, string | undefined] => [`/techniques/${i}/bookingUrl`, technique.bookingUrl]),
  ];
  for (const [path, link] of links) {
    if (link !== undefined && !safeLink(link)) problem(path, 'must be an https: or http: link (or tel: or mailto:); other links are dropped');
  }

  rules.examples?.forEach((example, i) => {
    const path = `/examples/${i}`;
    for (const [id, answer] of Object.entries(example.answers)) {
      const question = questions.get(id);
      if (!question) problem(`${path}/answers/${pointerSegment(id)}`, `unknown question "${id}"${didYouMean(id, questions.keys())}`);
      else if (question.type !== 'scale') {
        const options = question.options.map((option) => option.id);
        ([] as unknown[]).concat(answer).forEach((value) => {
          if (!options.includes(value as string)) problem(`${path}/answers/${pointerSegment(id)}`, `question "${id}" has no option "${value}"${didYouMean(String(value), options)}`);
        });
      }
    }
    if (!['refer', 'emergency'].includes(example.expect) && items.get(example.expect) !== 'technique') {
      problem(`${path}/expect`, `unknown technique "${example.expect}"${didYouMean(example.expect, [...rules.techniques.map((t) => t.id), 'refer', 'emergency'])}`);
    }
    example.expectAddOns?.forEach((id, j) => {
      if (items.get(id) !== 'add-on') problem(`${path}/expectAddOns/${j}`, `unknown add-on "${id}"${didYouMean(id, rules.addOns?.map((a) => a.id) ?? [])}`);
    });
  });
}

/**
 * Checks a rules file completely: what the widget checks before it runs one (shape, schema,
 * links, safety), then its meaning: unknown or duplicate ids with the nearest valid name,
 * conditions that do not fit their question, rules that can never fire, techniques no answer
 * can reach, examples that name unknown answers. Never throws.
 */
export function validateRules(data: unknown): RulesCheck {
  const check = checkRules(data, didYouMean);
  if (!check.valid) return check;
  const errors: RulesProblem[] = [];
  try {
    checkMeaning(check.rules, errors);
  } catch (error) {
    errors.push({ path: '', message: `could not be checked: ${(error as Error).message}` });
  }
  return errors.length ? { valid: false, rules: null, errors } : check;
}
