import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { checkRulesText, cleanAnswers, recommend, redFlagsIn, runExamples, validateRules } from '../../lib/index.js';

// Property-based: thousands of mutated copies of the default rules, the kind of edits a spa owner
// makes by hand (a value replaced, an item deleted or copied, a key misspelt, a condition rewritten).
// The checker must never throw, and any file it accepts must never make the engine throw or break
// its safety promise. On failure fast-check prints the seed and the smallest failing mutation.
const defaultText = readFileSync(new URL('../../rules/default.json', import.meta.url), 'utf8');
const defaultRules = JSON.parse(defaultText);
const runs = 3000;

// Names the mutations draw from: the file's own ids and keys, so that many mutants stay valid.
const ids = new Set();
const keys = new Set();
(function collect(value) {
  if (Array.isArray(value)) return value.forEach(collect);
  if (!value || typeof value !== 'object') return;
  for (const [key, inner] of Object.entries(value)) {
    keys.add(key);
    if (key === 'id' || key === 'question' || key === 'expect') ids.add(inner);
    collect(inner);
  }
})(defaultRules);
const id = fc.constantFrom(...ids, 'refer', 'emergency', 'unknown-id');
const key = fc.constantFrom(...keys, '__proto__', 'constructor', 'Name', 'bestfor');

const condition = fc.letrec((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ question: id, equals: fc.oneof(id, fc.integer({ min: -2, max: 12 })) }),
    fc.record({ question: id, oneOf: fc.array(id, { minLength: 1, maxLength: 3 }) }),
    fc.record({ question: id, includesAny: fc.array(id, { minLength: 1, maxLength: 3 }) }),
    fc.record({ question: id, includesAll: fc.array(id, { minLength: 1, maxLength: 3 }) }),
    fc.record({ question: id, atLeast: fc.integer({ min: -2, max: 12 }) }),
    fc.record({ question: id, atMost: fc.integer({ min: -2, max: 12 }) }),
    fc.record({ question: id, answered: fc.boolean() }),
    fc.record({ all: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('condition') }),
  ),
})).condition;

const value = fc.oneof(
  id,
  condition,
  fc.integer({ min: -20, max: 20 }),
  fc.constantFrom(true, false, null, '', 0.5, 'javascript:alert(1)', 'https://example.com/book', '{step} of {total}'),
  fc.array(id, { maxLength: 3 }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** One hand-made edit: where (an index into every place in the file), what, and with which value or key. */
const edit = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'replace', 'delete', 'copy', 'swap', 'rename'),
  value,
  key,
  other: fc.nat(),
});

/** Every [parent, key] place in a parsed file. */
function places(root) {
  const found = [];
  (function walk(parent) {
    for (const name of Object.keys(parent)) {
      found.push([parent, name]);
      if (parent[name] && typeof parent[name] === 'object') walk(parent[name]);
    }
  })(root);
  return found;
}

function apply(rules, { at, kind, value, key, other }) {
  const all = places(rules);
  const [parent, name] = all[at % all.length];
  if (kind === 'replace') parent[name] = structuredClone(value);
  else if (kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(name), 1);
    else delete parent[name];
  } else if (kind === 'copy' && Array.isArray(parent)) parent.push(structuredClone(parent[name]));
  else if (kind === 'swap' && Array.isArray(parent)) {
    const j = other % parent.length;
    [parent[name], parent[j]] = [parent[j], parent[name]];
  } else if (kind === 'rename' && !Array.isArray(parent)) {
    Object.defineProperty(parent, key, { value: parent[name], enumerable: true, configurable: true, writable: true });
    if (key !== name) delete parent[name];
  }
  return rules;
}

const mutant = fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) => edits.reduce(apply, structuredClone(defaultRules)));

/** Answers a visitor (or a host page setting `answers`) could give: the file's own ids, numbers, junk. */
const answers = fc.dictionary(
  id,
  fc.oneof(id, fc.array(id, { maxLength: 4 }), fc.integer({ min: -3, max: 13 }), fc.jsonValue({ maxDepth: 1 })),
  { maxKeys: 10 },
);

test(`the checker never throws on ${runs} mutated rules files, and the engine never throws on those it accepts`, () => {
  let accepted = 0;
  fc.assert(
    fc.property(mutant, fc.array(answers, { minLength: 1, maxLength: 5 }), (rules, answerSets) => {
      const check = validateRules(rules);
      for (const error of check.errors) {
        assert.equal(typeof error.message, 'string');
        assert.match(error.path, /^(\/.*)?$/);
      }
      // The text of the same file gives the same problems, each placed at a line and column.
      const fromText = checkRulesText(JSON.stringify(rules, null, 2));
      assert.equal(fromText.valid, check.valid);
      for (const error of fromText.errors) assert.ok(error.line >= 1 && error.column >= 1);
      if (!check.valid) return;
      accepted++;
      runExamples(check.rules);
      for (const given of answerSets) {
        const result = recommend(check.rules, given);
        assert.ok(result.status === 'recommended' || result.status === 'refer');
        if (result.status === 'refer') assert.equal(result.technique, null);
        // The safety promise: a red-flag answer always refers, whatever the mutated scores say.
        if (redFlagsIn(check.rules, cleanAnswers(check.rules, given)).length) assert.equal(result.status, 'refer');
      }
    }),
    { numRuns: runs },
  );
  // Enough mutants were valid for the engine half of the property to mean something.
  assert.ok(accepted >= runs / 10, `only ${accepted} of ${runs} mutants were valid`);
  console.log(`${runs} mutated rules files checked; ${accepted} valid ones run through the engine`);
});

test(`the text checker agrees with JSON.parse on ${runs} files with characters typed, deleted or replaced`, () => {
  const typed = fc.constantFrom(...' \n\t",:{}[]0123456789-.eE+truefalsnl\\/\'u\uFEFF');
  const keystroke = fc.record({ at: fc.nat(), kind: fc.constantFrom('type', 'delete', 'replace'), char: typed });
  fc.assert(
    fc.property(fc.array(keystroke, { minLength: 1, maxLength: 3 }), (strokes) => {
      let text = defaultText;
      for (const { at, kind, char } of strokes) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + (kind === 'delete' ? '' : char) + text.slice(kind === 'type' ? i : i + 1);
      }
      let parses = true;
      try {
        JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch {
        parses = false;
      }
      const check = checkRulesText(text);
      const syntax = check.errors.filter((error) => error.message.startsWith('not valid JSON'));
      assert.equal(syntax.length, parses ? 0 : 1);
      for (const error of check.errors) assert.ok(error.line >= 1 && error.column >= 1);
    }),
    { numRuns: runs },
  );
});
