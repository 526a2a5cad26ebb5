import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRulesText } from '../../lib/index.js';

// Each kind of mistake a spa owner can make in a rules file, fed to the checker as the text they
// would write: the exact JSON-pointer path, the plain-English message, and the line and column.

const technique = (id, deep) => ({
  id,
  name: id,
  description: 'A massage.',
  pressure: 'Medium',
  target: 'Muscles',
  bestFor: 'Tension',
  deep,
  sessionMinutes: [60],
});

/** A small, valid rules file; each test breaks one thing in it. */
function smallRules() {
  return {
    version: 1,
    questions: [
      {
        id: 'safety',
        type: 'multiple',
        text: 'Does any of this apply to you?',
        options: [
          { id: 'fever', label: 'A fever', redFlag: true },
          { id: 'none', label: 'None of these', exclusive: true },
        ],
      },
      {
        id: 'pressure',
        type: 'single',
        text: 'What pressure do you like?',
        options: [
          { id: 'gentle', label: 'Gentle' },
          { id: 'firm', label: 'Firm' },
        ],
      },
      { id: 'pain', type: 'scale', text: 'How much does it hurt?' },
    ],
    techniques: [technique('swedish', false), technique('deep-tissue', true)],
    addOns: [{ id: 'hot-stones', name: 'Hot stones', description: 'Warm stones.' }],
    rules: [
      { id: 'wants-firm', when: { question: 'pressure', equals: 'firm' }, score: { 'deep-tissue': 2 }, reason: 'You like firm pressure.' },
      { id: 'sore', when: { question: 'pain', atLeast: 5 }, score: { 'hot-stones': 1 }, reason: 'Heat eases soreness.' },
    ],
    safety: [{ id: 'fever', when: { question: 'safety', includesAny: ['fever'] }, action: 'refer', message: 'Please see a doctor first.' }],
    plans: [{ id: 'monthly', title: 'Maintenance', frequency: 'Once a month' }],
    examples: [{ name: 'Firm pressure', answers: { safety: ['none'], pressure: 'firm' }, expect: 'deep-tissue' }],
  };
}

/** Line and column of the first occurrence of `needle` in `text` (counted here independently of the checker). */
function positionOf(text, needle, from = 0) {
  const offset = text.indexOf(needle, from);
  assert.ok(offset >= 0, `${needle} is in the text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1).length + 1 };
}

/** Breaks the small rules file with `change`, checks its text, and returns the text and the problems. */
function problemsAfter(change) {
  const rules = smallRules();
  change(rules);
  const text = JSON.stringify(rules, null, 2);
  return { text, errors: checkRulesText(text).errors };
}

/** Asserts that the one problem found is exactly `path` and `message`, at the text `needle`. */
function assertOneProblem({ text, errors }, path, message, needle, from = 0) {
  assert.deepEqual(errors, [{ path, message, ...positionOf(text, needle, from) }]);
}

test('the small rules file used below is valid', () => {
  assert.deepEqual(problemsAfter(() => {}).errors, []);
});

test('an unknown question in a condition, with "did you mean"', () => {
  const found = problemsAfter((rules) => (rules.rules[0].when.question = 'presure'));
  assertOneProblem(found, '/rules/0/when/question', 'unknown question "presure" (did you mean "pressure"?)', '"question": "presure"');
});

test('an unknown option in a condition, with "did you mean"', () => {
  const found = problemsAfter((rules) => (rules.safety[0].when.includesAny = ['fevr']));
  assertOneProblem(found, '/safety/0/when/includesAny/0', 'question "safety" has no option "fevr" (did you mean "fever"?)', '"fevr"');
});

test('an unknown technique or add-on in a rule\'s score, with "did you mean"', () => {
  const found = problemsAfter((rules) => (rules.rules[1].score = { 'hot-stone': 1 }));
  assertOneProblem(
    found,
    '/rules/1/score/hot-stone',
    'unknown technique or add-on "hot-stone" (did you mean "hot-stones"?)',
    '"hot-stone"',
  );
});

test('an unknown technique in a safety exclusion, with "did you mean"', () => {
  const found = problemsAfter((rules) =>
    rules.safety.push({
      id: 'no-deep',
      when: { question: 'pain', atLeast: 9 },
      action: 'exclude',
      exclude: ['deep-tisue'],
      message: 'Gently today.',
    }),
  );
  assertOneProblem(found, '/safety/1/exclude/0', 'unknown technique or add-on "deep-tisue" (did you mean "deep-tissue"?)', '"deep-tisue"');
});

test('a safety exclusion may name an add-on (no CBD oil in pregnancy, say)', () => {
  const found = problemsAfter((rules) =>
    rules.safety.push({
      id: 'no-stones',
      when: { question: 'pain', atLeast: 9 },
      action: 'exclude',
      exclude: ['hot-stones'],
      message: 'No stones today.',
    }),
  );
  assert.deepEqual(found.errors, []);
});

test('an "exclude" safety rule that lists no techniques', () => {
  const found = problemsAfter((rules) =>
    rules.safety.push({ id: 'no-deep', when: { question: 'pain', atLeast: 9 }, action: 'exclude', message: 'Gently today.' }),
  );
  // "exclude" is missing, so the problem points at the start of the rule.
  assertOneProblem(
    found,
    '/safety/1/exclude',
    'an "exclude" rule must list the technique or add-on ids it excludes',
    '{',
    found.text.indexOf('"id": "no-deep"') - 10,
  );
});

test('an unknown technique or add-on in an example, with "did you mean"', () => {
  const found = problemsAfter((rules) => {
    rules.examples[0].expect = 'sweedish';
    rules.examples[0].expectAddOns = ['hot-stone'];
  });
  assert.deepEqual(found.errors, [
    {
      path: '/examples/0/expect',
      message: 'unknown technique "sweedish" (did you mean "swedish"?)',
      ...positionOf(found.text, '"expect"'),
    },
    {
      path: '/examples/0/expectAddOns/0',
      message: 'unknown add-on "hot-stone" (did you mean "hot-stones"?)',
      ...positionOf(found.text, '"hot-stone"', found.text.indexOf('"expectAddOns"')),
    },
  ]);
});

test('an add-on where an example expects its technique, and a technique among its add-ons', () => {
  const found = problemsAfter((rules) => {
    rules.examples[0].expect = 'hot-stones';
    rules.examples[0].expectAddOns = ['swedish'];
  });
  assert.deepEqual(found.errors, [
    {
      path: '/examples/0/expect',
      message: '"hot-stones" is an add-on: add-ons go in "expectAddOns"',
      ...positionOf(found.text, '"expect"'),
    },
    {
      path: '/examples/0/expectAddOns/0',
      message: '"swedish" is a technique: the technique goes in "expect"',
      ...positionOf(found.text, '"swedish"', found.text.indexOf('"expectAddOns"')),
    },
  ]);
});

test("an unknown question or option in an example's answers", () => {
  const found = problemsAfter((rules) => (rules.examples[0].answers = { safety: ['nothing'], presure: 'firm' }));
  assert.deepEqual(found.errors, [
    {
      path: '/examples/0/answers/safety',
      message: 'question "safety" has no option "nothing"',
      ...positionOf(found.text, '"safety": [', found.text.indexOf('"examples"')),
    },
    {
      path: '/examples/0/answers/presure',
      message: 'unknown question "presure" (did you mean "pressure"?)',
      ...positionOf(found.text, '"presure"'),
    },
  ]);
});

test('an example answer of the wrong kind, and one for a question its answers do not show', () => {
  const found = problemsAfter((rules) => {
    rules.questions.push({
      id: 'where',
      type: 'single',
      text: 'Where?',
      showIf: { question: 'pressure', equals: 'gentle' },
      options: [{ id: 'back', label: 'Back' }],
    });
    rules.examples[0].answers = { safety: ['none'], pressure: ['firm'], pain: 11, where: 'back' };
  });
  const answers = found.text.indexOf('"answers"');
  assert.deepEqual(found.errors, [
    {
      path: '/examples/0/answers/pressure',
      message: 'question "pressure" takes one answer: give one option id, not a list',
      ...positionOf(found.text, '"pressure"', answers),
    },
    {
      path: '/examples/0/answers/pain',
      message: 'question "pain" is a 0–10 scale: answer with a whole number from 0 to 10',
      ...positionOf(found.text, '"pain"', answers),
    },
    {
      path: '/examples/0/answers/where',
      message: 'question "where" is not shown for these answers (its showIf does not hold), so this answer is ignored',
      ...positionOf(found.text, '"where"', answers),
    },
  ]);
});

test('a duplicate id names where the first one is (techniques and add-ons share ids)', () => {
  const found = problemsAfter((rules) => (rules.addOns[0].id = 'swedish'));
  // The add-on's points now go to a technique of the same name; only the duplicate is reported first.
  assert.deepEqual(found.errors[0], {
    path: '/addOns/0/id',
    message: '"swedish" is used twice (first at /techniques/0); ids must be unique',
    ...positionOf(found.text, '"id": "swedish"', found.text.indexOf('"addOns"')),
  });
});

test('a duplicate question id points at the second question', () => {
  const found = problemsAfter((rules) => rules.questions.push({ id: 'pain', type: 'scale', text: 'And now?' }));
  assertOneProblem(
    found,
    '/questions/3/id',
    '"pain" is used twice (first at /questions/2); ids must be unique',
    '"id": "pain"',
    found.text.indexOf('"And now?"') - 60,
  );
});

test('a showIf cycle: two questions each waiting for the other', () => {
  const found = problemsAfter((rules) => {
    rules.questions[1].showIf = { question: 'pain', atLeast: 3 };
    rules.questions[2].showIf = { question: 'pressure', equals: 'firm' };
  });
  assert.deepEqual(found.errors, [
    {
      path: '/questions/1/showIf/question',
      message: 'showIf cycle: "pressure" waits for "pain" waits for "pressure", so none of them can ever be shown',
      ...positionOf(found.text, '"question": "pain"'),
    },
    {
      path: '/questions/2/showIf',
      message: 'question "pain" can never be shown: "pressure" is never shown, so it is never answered',
      ...positionOf(found.text, '"showIf"', found.text.indexOf('"id": "pain"')),
    },
    {
      path: '/techniques/1/id',
      message: 'no answer can ever recommend "deep-tissue": no rule that can fire gives it points',
      ...positionOf(found.text, '"id": "deep-tissue"'),
    },
    {
      path: '/rules/0/when',
      message: 'rule "wants-firm" can never fire: "pressure" is never shown, so it is never answered',
      ...positionOf(found.text, '"when"', found.text.indexOf('"wants-firm"')),
    },
    {
      path: '/rules/1/when',
      message: 'rule "sore" can never fire: "pain" is never shown, so it is never answered',
      ...positionOf(found.text, '"when"', found.text.indexOf('"sore"')),
    },
  ]);
});

test('a question that waits for its own answer, or for a later one, is never shown', () => {
  const self = problemsAfter((rules) => (rules.questions[2].showIf = { question: 'pain', answered: true }));
  assert.deepEqual(self.errors[0], {
    path: '/questions/2/showIf/question',
    message: 'question "pain" waits for its own answer, so it can never be shown (a showIf may only look at earlier questions)',
    ...positionOf(self.text, '"question": "pain"'),
  });
  const later = problemsAfter((rules) => (rules.questions[1].showIf = { question: 'pain', atLeast: 3 }));
  assert.deepEqual(later.errors[0], {
    path: '/questions/1/showIf/question',
    message: '"pain" is not asked before this question, so the question can never be shown (a showIf may only look at earlier questions)',
    ...positionOf(later.text, '"question": "pain"'),
  });
});

test('the first question is always asked, so a showIf on it is refused', () => {
  const found = problemsAfter((rules) => {
    rules.questions.unshift(rules.questions.splice(1, 1)[0]); // "pressure" first, waiting for the screen
    rules.questions[0].showIf = { question: 'safety', includesAny: ['none'] };
  });
  assertOneProblem(
    found,
    '/questions/0/showIf',
    'the first question is always asked, so it cannot have a showIf: move it later, or remove the showIf',
    '"showIf"',
  );
});

test('a question whose showIf needs a red flag is never shown: a red flag ends the questionnaire', () => {
  const found = problemsAfter((rules) =>
    rules.questions.push({
      id: 'fever-days',
      type: 'scale',
      text: 'For how many days?',
      showIf: { question: 'safety', includesAny: ['fever'] },
    }),
  );
  assertOneProblem(
    found,
    '/questions/3/showIf',
    'question "fever-days" can never be shown: it needs the red-flag answer "fever" to "safety", and a red flag always ends with a referral first',
    '"showIf"',
  );
});

test('a rule that can never fire: contradictions, impossible scale values, red flags', () => {
  const contradiction = problemsAfter(
    (rules) =>
      (rules.rules[0].when = {
        all: [
          { question: 'pressure', equals: 'firm' },
          { question: 'pressure', equals: 'gentle' },
        ],
      }),
  );
  // With its only rule unable to fire, deep tissue can no longer be recommended either.
  assert.deepEqual(
    contradiction.errors.map(({ path, message }) => ({ path, message })),
    [
      { path: '/techniques/1/id', message: 'no answer can ever recommend "deep-tissue": no rule that can fire gives it points' },
      {
        path: '/rules/0/when',
        message: 'rule "wants-firm" can never fire: it needs "pressure" to be "firm" and also "gentle", which cannot both be true',
      },
    ],
  );
  const scale = problemsAfter((rules) => (rules.rules[1].when = { question: 'pain', atLeast: 11 }));
  assertOneProblem(
    scale,
    '/rules/1/when',
    'rule "sore" can never fire: "pain" is a 0–10 scale, so it is never at least 11',
    '"when"',
    scale.text.indexOf('"sore"'),
  );
  const range = problemsAfter(
    (rules) =>
      (rules.rules[1].when = {
        all: [
          { question: 'pain', atLeast: 7 },
          { question: 'pain', atMost: 3 },
        ],
      }),
  );
  assertOneProblem(
    range,
    '/rules/1/when',
    'rule "sore" can never fire: it needs "pain" to be at least 7 and at most 3, which cannot both be true',
    '"when"',
    range.text.indexOf('"sore"'),
  );
  const flagged = problemsAfter((rules) => (rules.rules[1].when = { question: 'safety', includesAll: ['none', 'fever'] }));
  assertOneProblem(
    flagged,
    '/rules/1/when',
    'rule "sore" can never fire: it needs the red-flag answer "fever" to "safety", and a red flag always ends with a referral first',
    '"when"',
    flagged.text.indexOf('"sore"'),
  );
});

test('a scale compared with text, or with a number it never takes', () => {
  const text = problemsAfter((rules) => (rules.rules[1].when = { question: 'pain', equals: 'high' }));
  assertOneProblem(text, '/rules/1/when/equals', '"pain" is a 0–10 scale; compare it with a number', '"equals": "high"');
  for (const value of [7.5, 11]) {
    const number = problemsAfter((rules) => (rules.rules[1].when = { question: 'pain', equals: value }));
    assertOneProblem(
      number,
      '/rules/1/when',
      `rule "sore" can never fire: "pain" is a 0–10 scale of whole numbers, so it never equals ${value}`,
      '"when"',
      number.text.indexOf('"sore"'),
    );
  }
});

test('a rule that adds no points never changes a result', () => {
  const found = problemsAfter((rules) => (rules.rules[1].score = { 'hot-stones': 0 }));
  assertOneProblem(
    found,
    '/rules/1/score',
    'rule "sore" adds no points, so it never changes a result',
    '"score"',
    found.text.indexOf('"sore"'),
  );
});

test('a safety rule that can never fire', () => {
  const found = problemsAfter(
    (rules) =>
      (rules.safety[0].when = {
        any: [
          { question: 'pain', atLeast: 12 },
          { question: 'pain', atMost: -1 },
        ],
      }),
  );
  assertOneProblem(
    found,
    '/safety/0/when',
    'safety rule "fever" can never fire: none of its "any" conditions can hold ("pain" is a 0–10 scale, so it is never at least 12; "pain" is a 0–10 scale, so it is never at most -1)',
    '"when"',
    found.text.indexOf('"safety": ['),
  );
});

test('a technique that no answer can ever recommend', () => {
  const found = problemsAfter((rules) => rules.techniques.push(technique('reflexology', false)));
  assertOneProblem(
    found,
    '/techniques/2/id',
    'no answer can ever recommend "reflexology": no rule that can fire gives it points',
    '"id": "reflexology"',
  );
});

test('a deep-pressure technique with no red-flag screen in front of it', () => {
  const found = problemsAfter((rules) => {
    rules.questions[0].showIf = { question: 'pain', answered: true };
    rules.questions.push(rules.questions.shift());
  });
  assertOneProblem(
    found,
    '/techniques/1/deep',
    'deep-pressure "deep-tissue" needs a required question with "redFlag" options before it',
    '"deep": true',
  );
});

test('a condition that does not fit its question type', () => {
  const found = problemsAfter((rules) => (rules.rules[1].when = { question: 'pressure', atLeast: 5 }));
  assertOneProblem(found, '/rules/1/when/atLeast', '"atLeast" does not fit single question "pressure"; use equals or oneOf', '"atLeast"');
});

test('a condition with a wrong test says what a condition needs, not which test the schema guessed', () => {
  const needs =
    'a condition needs "question" and one of equals, oneOf, includesAny, includesAll, atLeast, atMost or answered, or one of all, any or not';
  const cases = [
    // A word from another condition language, a near spelling, the start of two tests, and inside an "all".
    [
      { question: 'pressure', is: 'firm' },
      '/rules/0/when/is',
      `"is" is not part of a condition (did you mean "equals"?); ${needs}`,
      '"is"',
    ],
    [
      { question: 'pressure', equal: 'firm' },
      '/rules/0/when/equal',
      `"equal" is not part of a condition (did you mean "equals"?); ${needs}`,
      '"equal"',
    ],
    [
      { question: 'pressure', includes: ['firm'] },
      '/rules/0/when/includes',
      `"includes" is not part of a condition (did you mean "includesAny" or "includesAll"?); ${needs}`,
      '"includes"',
    ],
    [
      { any: [{ question: 'pain', atLeast: 5 }, { or: [] }] },
      '/rules/0/when/any/1/or',
      `"or" is not part of a condition (did you mean "any"?); ${needs}`,
      '"or"',
    ],
    [{ question: 'pressure' }, '/rules/0/when', `has no test: ${needs}`, '"when"'],
  ];
  for (const [when, path, message, needle] of cases) {
    const found = problemsAfter((rules) => (rules.rules[0].when = when));
    assertOneProblem(found, path, message, needle);
  }
});

test('a plan that an earlier plan, with no condition, never lets through', () => {
  const found = problemsAfter((rules) =>
    rules.plans.push({ id: 'acute', when: { question: 'pain', atLeast: 7 }, title: 'Acute', frequency: 'Twice a week' }),
  );
  assertOneProblem(
    found,
    '/plans/1',
    'plan "acute" is never shown: plan "monthly" comes first and has no "when", so it always applies',
    '{',
    found.text.indexOf('"id": "acute"') - 10,
  );
});

test('an aftercare tip or a caution that is never shown', () => {
  const tip = problemsAfter((rules) => (rules.aftercare = [{ id: 'rest', when: { question: 'pain', atLeast: 11 }, text: 'Rest.' }]));
  assertOneProblem(
    tip,
    '/aftercare/0/when',
    'tip "rest" is never shown: "pain" is a 0–10 scale, so it is never at least 11',
    '"when"',
    tip.text.indexOf('"aftercare"'),
  );
  // A caution's id is optional; without one, the message names none.
  const caution = problemsAfter(
    (rules) => (rules.cautions = [{ when: { question: 'safety', includesAny: ['fever'] }, text: 'See a doctor.' }]),
  );
  assertOneProblem(
    caution,
    '/cautions/0/when',
    'tip is never shown: it needs the red-flag answer "fever" to "safety", and a red flag always ends with a referral first',
    '"when"',
    caution.text.indexOf('"cautions"'),
  );
});

test('a booking link that is not http(s) is refused', () => {
  const found = problemsAfter((rules) => (rules.techniques[1].bookingUrl = 'javascript:alert(1)'));
  assertOneProblem(
    found,
    '/techniques/1/bookingUrl',
    'must be an https: or http: link (or tel: or mailto:); other links are dropped',
    '"bookingUrl"',
  );
});

test('a web address without "https://" is caught: the widget would follow it as a path on its own site', () => {
  const studio = problemsAfter((rules) => (rules.studio = { bookingUrl: 'www.mystudio.com/book' }));
  assertOneProblem(
    studio,
    '/studio/bookingUrl',
    'looks like a web address without "https://": write "https://www.mystudio.com/book"',
    '"bookingUrl"',
  );
  const technique = problemsAfter((rules) => (rules.techniques[0].bookingUrl = 'mystudio.com/book/swedish'));
  assertOneProblem(
    technique,
    '/techniques/0/bookingUrl',
    'looks like a web address without "https://": write "https://mystudio.com/book/swedish"',
    '"bookingUrl"',
  );
  const email = problemsAfter((rules) => (rules.studio = { bookingUrl: 'bookings@mystudio.com' }));
  assertOneProblem(
    email,
    '/studio/bookingUrl',
    'looks like an email address without "mailto:": write "mailto:bookings@mystudio.com"',
    '"bookingUrl"',
  );
  // Paths on the studio's own site stay valid, a page name with its file extension too.
  for (const bookingUrl of ['book.html', 'booking/', '/book', './book.php', '#booking', '?from=selector']) {
    assert.deepEqual(problemsAfter((rules) => (rules.studio = { bookingUrl })).errors, [], bookingUrl);
  }
});

test('a placeholder that a string cannot fill in', () => {
  const found = problemsAfter((rules) => (rules.strings = { progress: 'Paso {paso} de {total}' }));
  assertOneProblem(
    found,
    '/strings/progress',
    '"{paso}" is not filled in here and would be shown as it is; use {step} and {total}',
    '"progress"',
  );
});

test('the shape: an unknown property with "did you mean", a missing one, a wrong type', () => {
  const found = problemsAfter((rules) => {
    rules.techniques[0].bestfor = rules.techniques[0].bestFor;
    delete rules.techniques[0].bestFor;
    rules.techniques[1].sessionMinutes = '60';
  });
  assert.deepEqual(found.errors, [
    { path: '/techniques/0', message: 'is missing "bestFor"', ...positionOf(found.text, '{', found.text.indexOf('"techniques"')) },
    {
      path: '/techniques/0/bestfor',
      message: '"bestfor" is not a known property (did you mean "bestFor"?)',
      ...positionOf(found.text, '"bestfor"'),
    },
    { path: '/techniques/1/sessionMinutes', message: 'must be a list', ...positionOf(found.text, '"sessionMinutes": "60"') },
  ]);
});

test('over-deep input is refused with its path', () => {
  const found = problemsAfter((rules) => {
    let when = { question: 'pain', atLeast: 5 };
    for (let i = 0; i < 40; i++) when = { not: when };
    rules.rules[1].when = when;
  });
  // The 37th "not" is the 41st level: /, rules, 1, when, then the nots.
  let at = -1;
  for (let i = 0; i < 37; i++) at = found.text.indexOf('"not"', at + 1);
  assert.deepEqual(found.errors, [
    { path: `/rules/1/when${'/not'.repeat(37)}`, message: 'is nested more than 40 levels deep', ...positionOf(found.text, '"not"', at) },
  ]);
});

test('oversized input is refused before it is read', () => {
  const text = JSON.stringify({ ...smallRules(), padding: 'x'.repeat(600_000) });
  assert.deepEqual(checkRulesText(text).errors, [
    {
      path: '',
      message: `the file is ${text.length.toLocaleString('en')} characters long; the widget refuses rules files over 512,000`,
      line: 1,
      column: 1,
    },
  ]);
});

test('a property given twice in one object: JSON keeps only the last', () => {
  const text = JSON.stringify(smallRules(), null, 2).replace('"version": 1,', '"version": 1,\n  "version": 1,');
  assert.deepEqual(checkRulesText(text).errors, [
    {
      path: '/version',
      message: '"version" is given twice in the same object, and only the last one counts; remove one',
      line: 3,
      column: 3,
    },
  ]);
});

test('JSON syntax errors name the line and column, in plain English', () => {
  const valid = JSON.stringify(smallRules(), null, 2);
  const cases = [
    // A missing comma is reported where the comma belongs: the end of the line before.
    [
      valid.replace('"version": 1,', '"version": 1'),
      '',
      'not valid JSON: expected "," or "}" after a property, found "questions": is a comma missing here?',
      2,
      15,
    ],
    [
      valid.replace('"exclusive": true', '"exclusive": true,'),
      '/questions/0/options/1',
      'not valid JSON: trailing comma: remove the "," before this "}"',
      17,
      28,
    ],
    [
      valid.replace('"version": 1,', '"version": 1, // first version'),
      '',
      'not valid JSON: comments are not allowed in JSON; remove this comment',
      2,
      17,
    ],
    [valid.replace('"version"', "'version'"), '', 'not valid JSON: a property name must be in double quotes ("), not single quotes', 2, 3],
    [
      valid.replace('"Gentle"', '"Gentle'),
      '/questions/1/options/0',
      'not valid JSON: this text is never closed on its line: a closing " is missing (write a line break inside text as \\n)',
      28,
      20,
    ],
    [
      valid.slice(0, valid.indexOf('"techniques"')),
      '',
      'not valid JSON: the file ends before this object is closed: a "}" is missing',
      42,
      3,
    ],
    ['', '', 'not valid JSON: the file is empty', 1, 1],
    // Curly quotes, as a word processor writes them, around a name or a value.
    [
      valid.replace('"version"', '\u201Cversion\u201D'),
      '',
      'not valid JSON: expected a property name in double quotes, found "\u201C"; use straight quotes (") — word processors turn them curly',
      2,
      3,
    ],
    [
      valid.replace('"Gentle"', '\u2018Gentle\u2019'),
      '/questions/1/options/0',
      'not valid JSON: expected a value (text in double quotes, a number, true, false, null, an object or a list), found "\u2018"; use straight quotes (") — word processors turn them curly',
      28,
      20,
    ],
  ];
  for (const [text, path, message, line, column] of cases) {
    assert.deepEqual(checkRulesText(text).errors, [{ path, message, line, column }], message);
  }
});

test('a byte-order mark at the start is ignored and takes no column', () => {
  const text = '\uFEFF' + JSON.stringify(smallRules(), null, 2).replace('"version": 1', '"version": 2');
  assert.deepEqual(checkRulesText(text).errors, [{ path: '/version', message: 'must be 1', line: 2, column: 3 }]);
});
