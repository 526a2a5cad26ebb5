// The package's main entry: the engine, the validator and the loader, with no DOM or Lit,
// so they run in Node, in a worker or in a test. The element is `massage-selector/element`.
export { recommend } from './engine/recommend.js';
export type { Recommendation, RecommendedTechnique, RecommendedAddOn, RecommendedSession, RecommendOptions } from './engine/recommend.js';
export { validateRules } from './checker/validate-rules.js';
export { checkRules } from './validate/check-rules.js';
export type { RulesCheck } from './validate/check-rules.js';
export type { RulesProblem } from './validate/errors.js';
export { checkRulesText, lineAndColumnOf } from './checker/check-text.js';
export { runExamples, runExample } from './checker/run-examples.js';
export type { ExampleOutcome } from './checker/run-examples.js';
export { loadRules, parseRules, RulesError } from './load/load-rules.js';
export type { LoadOptions, RulesErrorCode } from './load/load-rules.js';
export { holds } from './rules/conditions.js';
export { cleanAnswers, visibleQuestions, redFlagsIn, answerAfterClick, endsInReferral } from './rules/answers.js';
export { extendRules } from './rules/extend.js';
export type { ExtendedRules } from './rules/extend.js';
export { safeLink } from './rules/links.js';
export { defaultStrings } from './rules/strings.js';
/** The built-in rules (rules/default.json without its examples), typed as `Rules`. */
export { defaultRules } from './generated/default-rules.js';
export type * from './rules/types.js';
