import type { RulesCheck } from '../validate/check-rules.js';
import type { RulesProblem } from '../validate/errors.js';
import { lineAndColumn, locate, scanJson } from './locate.js';
import { validateRules } from './validate-rules.js';

/** Larger than this, the widget refuses a rules file (the same limit as `parseRules`). */
export const maxRulesLength = 512_000;

/**
 * Checks the text of a rules file as a spa owner wrote it: JSON syntax, then everything `validateRules`
 * checks. Every problem carries its JSON-pointer `path`, a plain-English `message`, and the `line` and
 * `column` (1-based) where it sits in the text. Never throws.
 */
export function checkRulesText(source: string): RulesCheck {
  const text = withoutByteOrderMark(source);
  const at = (offset: number, problem: RulesProblem): RulesProblem => ({ ...problem, ...lineAndColumn(text, offset) });
  if (text.length > maxRulesLength) {
    const size = text.length.toLocaleString('en');
    return invalid([
      at(0, {
        path: '',
        message: `the file is ${size} characters long; the widget refuses rules files over ${maxRulesLength.toLocaleString('en')}`,
      }),
    ]);
  }
  const map = scanJson(text);
  if (map.syntaxError) {
    const { path, message, offset } = map.syntaxError;
    const curly = curlyQuotes.includes(text[offset]) ? '; use straight quotes (") — word processors turn them curly' : '';
    return invalid([at(offset, { path, message: `not valid JSON: ${message}${curly}` })]);
  }
  const errors = map.duplicateKeys.map(({ path, name, offset }) =>
    at(offset, { path, message: `"${name}" is given twice in the same object, and only the last one counts; remove one` }),
  );
  const check = validateRules(JSON.parse(text));
  errors.push(...check.errors.map((problem) => at(locate(map, problem.path), problem)));
  if (errors.length) return invalid(errors.sort((a, b) => a.line! - b.line! || a.column! - b.column!));
  return check.valid && check.warnings
    ? { ...check, warnings: check.warnings.map((warning) => at(locate(map, warning.path), warning)) }
    : check;
}

/** The 1-based line and column where a JSON pointer points in a rules file's text (its nearest ancestor if absent). */
export function lineAndColumnOf(source: string, pointer: string): { line: number; column: number } {
  const text = withoutByteOrderMark(source);
  return lineAndColumn(text, locate(scanJson(text), pointer));
}

/** Quotes a word processor puts in place of `"` and `'`: JSON reads them as stray characters. */
const curlyQuotes = ['\u201C', '\u201D', '\u2018', '\u2019'];
// Editors on Windows may save a byte-order mark; it is not part of the JSON and takes no column.
const withoutByteOrderMark = (text: string) => text.replace(/^\uFEFF/, '');
const invalid = (errors: RulesProblem[]): RulesCheck => ({ valid: false, rules: null, errors });
