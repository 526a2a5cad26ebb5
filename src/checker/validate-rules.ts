import { defaultRules } from '../generated/default-rules.js';
import { cleanAnswers } from '../rules/answers.js';
import { asList, isScalePoint } from '../rules/list.js';
import { safeLink } from '../rules/links.js';
import type { Condition, Question, Rules, RulesExtension, Strings } from '../rules/types.js';
import { checkRules, uniqueIds, type RulesCheck } from '../validate/check-rules.js';
import { pointerSegment, type RulesProblem } from '../validate/errors.js';
import { didYouMean } from './nearest.js';
import { eachLeaf, showIfChain, whyNever, type Reach } from './reachability.js';
import { explainConditions } from './explain-conditions.js';
import { explainSchema } from './explain.js';

/** What the checks of meaning share: the file, the ids it defines, and where to put problems. */
interface Context {
  rules: Rules;
  problem: (path: string, message: string) => void;
  questions: Map<string, Question>;
  questionIndex: Map<string, number>;
  items: Map<string, 'technique' | 'add-on'>;
  /** Questions that can never be shown (found by `checkQuestions`). */
  hidden: Set<string>;
}

/** The placeholders each string may use; any other `{name}` would be shown to the visitor as it is. */
const placeholders: Partial<Record<keyof Strings, string[]>> = { progress: ['step', 'total'], session: ['minutes'] };

const techniqueIds = (rules: Rules) => rules.techniques.map((technique) => technique.id);
const addOnIds = (rules: Rules) => (rules.addOns ?? []).map((addOn) => addOn.id);

/** Duplicate ids of the lists the widget does not check itself (it refuses duplicate questions, options, techniques and add-ons). */
function checkIds({ rules, problem }: Context): void {
  const found: RulesProblem[] = [];
  for (const name of ['rules', 'safety', 'plans', 'aftercare', 'cautions'] as const) uniqueIds(rules[name], `/${name}`, found);
  for (const { path, message } of found) problem(path, message);
}

/** Every comparison names a known question and its options, and fits the question's type. */
function checkCondition(context: Context, condition: Condition, path: string): void {
  const { questions, problem } = context;
  eachLeaf(condition, path, (leaf, leafPath) => {
    const question = questions.get(leaf.question);
    if (!question)
      return problem(`${leafPath}/question`, `unknown question "${leaf.question}"${didYouMean(leaf.question, questions.keys())}`);
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
    if (kind === 'answered') return;
    if (scale) {
      if ('equals' in leaf && typeof leaf.equals !== 'number')
        problem(`${leafPath}/equals`, `"${question.id}" is a 0–10 scale; compare it with a number`);
      return;
    }
    const options = question.options.map((option) => option.id);
    const given = (leaf as unknown as Record<string, unknown>)[kind];
    asList(given).forEach((value, i) => {
      if (options.includes(value as string)) return;
      const at = Array.isArray(given) ? `${leafPath}/${kind}/${i}` : `${leafPath}/${kind}`;
      problem(at, `question "${question.id}" has no option "${value}"${didYouMean(String(value), options)}`);
    });
  });
}

const reach = (context: Context, redFlagsEnd: boolean): Reach => ({ questions: context.questions, hidden: context.hidden, redFlagsEnd });

/**
 * Questions that can never be shown: a `showIf` that waits for the question itself, for a later question
 * (a cycle when that one waits back), or that can never hold. Fills `context.hidden`, in question order,
 * so that a question waiting for a hidden one is hidden too.
 */
function checkQuestions(context: Context): void {
  const { rules, questions, questionIndex, problem, hidden } = context;
  rules.questions.forEach((question, i) => {
    if (question.type !== 'scale' && question.options.length === 1)
      problem(
        `/questions/${i}/options`,
        `question "${question.id}" has only one option, so visitors have nothing to choose: add another (such as "None of these"), or remove the question`,
      );
    if (!question.showIf) return;
    const path = `/questions/${i}/showIf`;
    // The widget always asks the first question, so that there is always one to show.
    if (i === 0)
      return problem(path, 'the first question is always asked, so it cannot have a showIf: move it later, or remove the showIf');
    checkCondition(context, question.showIf, path);
    let ordered = true;
    eachLeaf(question.showIf, path, (leaf, leafPath) => {
      const index = questionIndex.get(leaf.question);
      if (index === undefined || index < i) return;
      ordered = false;
      const chain = index === i ? undefined : showIfChain(questions, leaf.question, question.id);
      problem(
        `${leafPath}/question`,
        index === i
          ? `question "${question.id}" waits for its own answer, so it can never be shown (a showIf may only look at earlier questions)`
          : chain
            ? `showIf cycle: ${[question.id, ...chain].map((id) => `"${id}"`).join(' waits for ')}, so none of them can ever be shown`
            : `"${leaf.question}" is not asked before this question, so the question can never be shown (a showIf may only look at earlier questions)`,
      );
    });
    const why = ordered ? whyNever(question.showIf, reach(context, true)) : undefined;
    if (why) problem(path, `question "${question.id}" can never be shown: ${why}`);
    if (why || !ordered) hidden.add(question.id);
  });
}

/** Scoring rules that can never fire, unknown ids they score, and techniques that no answer can reach. */
function checkScoring(context: Context): void {
  const { rules, items, problem } = context;
  const positive = new Set<string>();
  rules.rules.forEach((rule, i) => {
    checkCondition(context, rule.when, `/rules/${i}/when`);
    const why = whyNever(rule.when, reach(context, true));
    if (why) problem(`/rules/${i}/when`, `rule "${rule.id}" can never fire: ${why}`);
    else for (const [id, points] of Object.entries(rule.score)) if (points > 0) positive.add(id);
    for (const id of Object.keys(rule.score)) {
      if (!items.has(id))
        problem(`/rules/${i}/score/${pointerSegment(id)}`, `unknown technique or add-on "${id}"${didYouMean(id, items.keys())}`);
    }
    if (!Object.values(rule.score).some((points) => points !== 0))
      problem(`/rules/${i}/score`, `rule "${rule.id}" adds no points, so it never changes a result`);
  });
  // With no points for anything, the engine starts gently: the first technique without deep pressure.
  const fallback = rules.techniques.find((technique) => !technique.deep) ?? rules.techniques[0];
  rules.techniques.forEach((technique, i) => {
    if (technique !== fallback && !positive.has(technique.id))
      problem(`/techniques/${i}/id`, `no answer can ever recommend "${technique.id}": no rule that can fire gives it points`);
  });
}

/** Safety rules: known techniques and add-ons to exclude, and conditions that can hold. */
function checkSafety(context: Context): void {
  const { rules, problem } = context;
  rules.safety?.forEach((rule, i) => {
    checkCondition(context, rule.when, `/safety/${i}/when`);
    const why = whyNever(rule.when, reach(context, false));
    if (why) problem(`/safety/${i}/when`, `safety rule "${rule.id}" can never fire: ${why}`);
    if (rule.action === 'exclude' && !rule.exclude?.length)
      problem(`/safety/${i}/exclude`, 'an "exclude" rule must list the technique or add-on ids it excludes');
    rule.exclude?.forEach((id, j) => {
      if (!context.items.has(id))
        problem(`/safety/${i}/exclude/${j}`, `unknown technique or add-on "${id}"${didYouMean(id, context.items.keys())}`);
    });
  });
}

/** Plans, aftercare and cautions: conditions that can hold, and plans that an earlier plan never lets through. */
function checkAdvice(context: Context): void {
  const { rules, problem } = context;
  for (const name of ['plans', 'aftercare', 'cautions'] as const) {
    rules[name]?.forEach((item, i) => {
      if (!item.when) return;
      checkCondition(context, item.when, `/${name}/${i}/when`);
      const why = whyNever(item.when, reach(context, true));
      if (why)
        problem(`/${name}/${i}/when`, `${name === 'plans' ? 'plan' : 'tip'}${item.id ? ` "${item.id}"` : ''} is never shown: ${why}`);
    });
  }
  const always = rules.plans?.findIndex((plan) => !plan.when) ?? -1;
  rules.plans?.slice(always + 1).forEach((plan, offset) => {
    if (always < 0) return;
    const first = rules.plans![always];
    problem(
      `/plans/${always + 1 + offset}`,
      `plan "${plan.id}" is never shown: plan "${first.id}" comes first and has no "when", so it always applies`,
    );
  });
}

/** Letters after the last dot that name a kind of page, not a top-level domain: `book.html` is a path. */
const pageExtensions = ['html', 'htm', 'shtml', 'xhtml', 'php', 'asp', 'aspx', 'jsp', 'cgi', 'json', 'pdf'];

/**
 * The scheme a link was meant to have when it was written without one, or `undefined`. The widget follows a
 * link with no scheme as a path on the host page's own site, so `www.mystudio.com/book` leads to a missing
 * page there. A link that starts with `/`, `./`, `../`, `#` or `?` is a path on purpose; any other is taken
 * for an address when its first segment ends in a dot and 2–24 letters (a top-level domain such as `.com`
 * or `.studio`) that are not a page's file extension: `mystudio.com/book` is an address, `book.html` and
 * `booking/` are paths. With an `@` in that segment, it is an email address.
 */
function missingScheme(link: string): string | undefined {
  if (/^(?:[a-z][a-z\d+.-]*:|\.{0,2}\/|[#?])/i.test(link)) return undefined;
  const segment = /^[^/?#]*/.exec(link)![0];
  const ending = /\.([a-z]{2,24})$/i.exec(segment)?.[1];
  if (!ending || pageExtensions.includes(ending.toLowerCase())) return undefined;
  return segment.includes('@') ? 'mailto:' : 'https://';
}

/** Booking links the widget would drop or follow to the wrong site, and placeholders a string cannot fill in. */
function checkLinksAndStrings(context: Context): void {
  const { rules, problem } = context;
  const links: Array<[string, string | undefined]> = [['/studio/bookingUrl', rules.studio?.bookingUrl]];
  rules.techniques.forEach((technique, i) => {
    links.push([`/techniques/${i}/bookingUrl`, technique.bookingUrl]);
    technique.sessions?.forEach((session, j) => {
      links.push([`/techniques/${i}/sessions/${j}/bookingUrl`, session.bookingUrl]);
      if (!(Number.isInteger(session.minutes) && session.minutes > 0))
        problem(`/techniques/${i}/sessions/${j}/minutes`, 'must be a whole number of minutes, such as 60');
    });
    if (technique.sessions && technique.sessionMinutes)
      problem(
        `/techniques/${i}/sessionMinutes`,
        'give either "sessions" or "sessionMinutes", not both: "sessions" has a length, price and link each',
      );
  });
  const pictures = [
    ...rules.techniques.map((technique, i): [string, unknown] => [`/techniques/${i}/image/src`, technique.image?.src]),
    ...(rules.addOns ?? []).map((addOn, i): [string, unknown] => [`/addOns/${i}/image/src`, addOn.image?.src]),
  ];
  for (const [path, src] of pictures) {
    if (typeof src === 'string' && !/^https:\/\/[^/]/i.test(src.trim()))
      problem(path, 'must be an https: address, such as "https://mystudio.com/photos/swedish.jpg"; other pictures are not shown');
  }
  for (const [path, link] of links) {
    if (link === undefined) continue;
    const safe = safeLink(link);
    const scheme = safe && missingScheme(safe);
    if (!safe) problem(path, 'must be an https: or http: link (or tel: or mailto:); other links are dropped');
    else if (/\s/.test(safe))
      problem(
        path,
        `has a space in it ("${safe}"), and a link cannot: copy the link again from the booking page, or write the space as %20`,
      );
    else if (scheme)
      problem(path, `looks like ${scheme === 'mailto:' ? 'an email' : 'a web'} address without "${scheme}": write "${scheme}${safe}"`);
  }
  for (const [key, names] of Object.entries(placeholders) as Array<[keyof Strings, string[]]>) {
    for (const [, name] of rules.strings?.[key]?.matchAll(/\{(\w+)\}/g) ?? []) {
      if (!names.includes(name)) {
        problem(
          `/strings/${key}`,
          `"{${name}}" is not filled in here and would be shown as it is; use ${names.map((n) => `{${n}}`).join(' and ')}`,
        );
      }
    }
  }
}

/**
 * What is wrong with `id` where a technique (or an add-on) belongs, or `undefined`: it is the other kind
 * (with `hint` on where it goes), or it is unknown, with the nearest name of the right kind (or of `also`).
 */
function notA(kind: 'technique' | 'add-on', id: string, { rules, items }: Context, hint: string, also: string[] = []): string | undefined {
  const found = items.get(id);
  if (found === kind) return undefined;
  if (found) return `"${id}" is ${found === 'add-on' ? 'an add-on' : 'a technique'}: ${hint}`;
  return `unknown ${kind} "${id}"${didYouMean(id, [...(kind === 'technique' ? techniqueIds(rules) : addOnIds(rules)), ...also])}`;
}

/** Why an example's answer to a known question does not count: an empty list, or a showIf that does not hold. */
function ignoredAnswer(question: Question, answer: unknown): string {
  if (!Array.isArray(answer) || answer.length)
    return `question "${question.id}" is not shown for these answers (its showIf does not hold), so this answer is ignored`;
  const none = question.type === 'multiple' && question.options.find((option) => option.exclusive);
  return none
    ? `an empty list is no answer, so this answer is ignored: to say none of them applies, answer ["${none.id}"]`
    : `an empty list is no answer, so this answer is ignored: question "${question.id}" has no "None of these" option; add one, such as { "id": "none", "label": "None of these", "exclusive": true }, and answer ["none"]`;
}

/** Examples: known questions, options and outcomes, answers of the right kind, and answers that count. */
function checkExamples(context: Context): void {
  const { rules, questions, hidden, problem } = context;
  rules.examples?.forEach((example, i) => {
    const path = `/examples/${i}`;
    const usable: Record<string, unknown> = {};
    for (const [id, answer] of Object.entries(example.answers)) {
      const at = `${path}/answers/${pointerSegment(id)}`;
      const question = questions.get(id);
      if (!question) {
        problem(at, `unknown question "${id}"${didYouMean(id, questions.keys())}`);
      } else if (question.type === 'scale') {
        if (isScalePoint(answer)) usable[id] = answer;
        else problem(at, `question "${id}" is a 0–10 scale: answer with a whole number from 0 to 10`);
      } else if (question.type === 'single' && Array.isArray(answer)) {
        problem(at, `question "${id}" takes one answer: give one option id, not a list`);
      } else {
        const options = question.options.map((option) => option.id);
        const unknown = asList(answer).filter((value) => !options.includes(value as string));
        unknown.forEach((value) => problem(at, `question "${id}" has no option "${value}"${didYouMean(String(value), options)}`));
        if (!unknown.length && !hidden.has(id)) usable[id] = answer;
      }
    }
    const counted = cleanAnswers(rules, usable);
    for (const id of Object.keys(usable)) {
      if (!(id in counted)) problem(`${path}/answers/${pointerSegment(id)}`, ignoredAnswer(questions.get(id)!, usable[id]));
    }
    const outcomes = ['refer', 'emergency'];
    const wrong =
      !outcomes.includes(example.expect) && notA('technique', example.expect, context, 'add-ons go in "expectAddOns"', outcomes);
    if (wrong) problem(`${path}/expect`, wrong);
    example.expectAddOns?.forEach((id, j) => {
      const wrongAddOn = notA('add-on', id, context, 'the technique goes in "expect"');
      if (wrongAddOn) problem(`${path}/expectAddOns/${j}`, wrongAddOn);
    });
  });
}

/** Where each item an extending file changes sits in the rules it makes, and in the file: `[path in rules, path in the file]`. */
function originsOf(base: Rules, change: RulesExtension): Array<[string, string]> {
  const origins: Array<[string, string]> = [];
  const match = (
    items: Array<{ id: string }>,
    changes: Array<{ id: string; options?: Array<{ id: string }> }> | undefined,
    at: string,
    from: string,
  ) =>
    changes?.forEach((changed, i) => {
      const index = items.findIndex((item) => item.id === changed.id);
      if (index < 0) return;
      origins.push([`${at}/${index}`, `${from}/${i}`]);
      const options = (items[index] as { options?: Array<{ id: string }> }).options;
      if (options) match(options, changed.options, `${at}/${index}/options`, `${from}/${i}/options`);
    });
  match(base.questions, change.questions, '/questions', '/questions');
  match(base.techniques, change.techniques, '/techniques', '/techniques');
  match(base.addOns ?? [], change.addOns, '/addOns', '/addOns');
  // Longest first, so that an option's path wins over its question's.
  return origins.sort((a, b) => b[0].length - a[0].length);
}

/** Checks that are about meaning rather than shape: ids, references, what can never happen, links, examples. */
function checkMeaning(rules: Rules, problems: RulesProblem[]): void {
  const context: Context = {
    rules,
    problem: (path, message) => void problems.push({ path, message }),
    questions: new Map(rules.questions.map((question) => [question.id, question])),
    questionIndex: new Map(rules.questions.map((question, i) => [question.id, i])),
    items: new Map([
      ...techniqueIds(rules).map((id) => [id, 'technique'] as const),
      ...addOnIds(rules).map((id) => [id, 'add-on'] as const),
    ]),
    hidden: new Set(),
  };
  checkIds(context);
  checkQuestions(context);
  checkSafety(context);
  checkScoring(context);
  checkAdvice(context);
  checkLinksAndStrings(context);
  checkExamples(context);
}

/**
 * Checks a rules file completely: what the widget checks before it runs one (shape, schema,
 * links, safety), then its meaning: unknown or duplicate ids with the nearest valid name,
 * conditions that do not fit their question, questions that can never be shown, rules that can
 * never fire, techniques no answer can reach, examples that name unknown answers. Never throws.
 */
export function validateRules(data: unknown): RulesCheck {
  // Suggestions are worked out only for the problems found: a valid file never computes an edit distance.
  const check = checkRules(data, didYouMean);
  if (!check.valid) return { valid: false, rules: null, errors: explainSchema(explainConditions(check.errors, data), data) };
  let errors: RulesProblem[] = [];
  try {
    checkMeaning(check.rules, errors);
  } catch (error) {
    errors.push({ path: '', message: `could not be checked: ${(error as Error).message}` });
  }
  // A file that extends the built-in rules is checked as the rules it makes; each problem points back into the file.
  if (data && typeof data === 'object' && 'extends' in data) {
    const origins = originsOf(defaultRules, data as RulesExtension);
    errors = errors
      .map((problem) => {
        const [at, from] = origins.find(([at]) => problem.path === at || problem.path.startsWith(`${at}/`)) ?? ['', ''];
        return { ...problem, path: from + problem.path.slice(at.length) };
      })
      // A change that gives a built-in technique its own "sessions" takes the place of the built-in lengths (the
      // widget uses "sessions" first): only a change that itself gives both is told to choose.
      .filter((problem) => {
        const own = /^\/techniques\/(\d+)\/sessionMinutes$/.exec(problem.path);
        return !own || (data as RulesExtension).techniques?.[Number(own[1])]?.sessionMinutes !== undefined;
      });
  }
  if (errors.length) return { valid: false, rules: null, errors };
  const warnings = screenWarnings(check.rules);
  return warnings.length ? { ...check, warnings } : check;
}

/**
 * A safety screen that screens nobody or everybody, which the widget still runs: no question with red-flag options
 * at all (nothing stops a visitor who should not have massage; the widget only insists on a screen before a
 * technique marked `deep`), or a required red-flag question that a visitor with none of them cannot answer
 * without a red flag (no exclusive "None of these"), so that it refers every visitor.
 */
function screenWarnings(rules: Rules): RulesProblem[] {
  const warnings: RulesProblem[] = [];
  const screens = rules.questions.filter((question) => question.type !== 'scale' && question.options.some((option) => option.redFlag));
  if (!screens.length)
    warnings.push({
      path: '/questions',
      message:
        'no question has "redFlag" options, so no visitor is ever referred before massage: add a required question of health conditions with "redFlag": true on each and an exclusive "None of these" option',
    });
  rules.questions.forEach((question, i) => {
    if (!screens.includes(question) || question.type === 'scale' || question.required === false) return;
    const safe = question.options.filter((option) => !option.redFlag);
    if (question.type === 'single' ? !safe.length : !safe.some((option) => option.exclusive))
      warnings.push({
        path: `/questions/${i}/options`,
        message: safe.length
          ? `question "${question.id}" has red flags but no "None of these" option ("exclusive": true): a visitor with none of them must tick something that is not true; add one`
          : `every option of question "${question.id}" is a red flag, so every visitor is referred: add a "None of these" option ("exclusive": true)`,
      });
  });
  return warnings;
}
