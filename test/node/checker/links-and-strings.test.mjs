// validate-rules.ts: booking links the widget would drop or follow to the wrong site; placeholders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertOneProblem, problemsAfter } from './support.mjs';

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

test('a file extending the built-in rules may give a built-in technique its own sessions; giving both is still caught', async () => {
  const { validateRules } = await import('../../../lib/index.js');
  const sessions = [
    { minutes: 60, price: '$85', bookingUrl: 'https://squareup.com/appointments/book/nola/swedish-60' },
    { minutes: 90, price: '$120' },
  ];
  const own = validateRules({ version: 1, extends: 'default', techniques: [{ id: 'swedish', sessions }] });
  assert.deepEqual(own.errors, []);
  assert.equal(own.valid, true);
  assert.deepEqual(own.rules.techniques.find((t) => t.id === 'swedish').sessions, sessions);
  const both = validateRules({ version: 1, extends: 'default', techniques: [{ id: 'swedish', sessions, sessionMinutes: [60] }] });
  assert.deepEqual(
    both.errors.map((e) => [e.path, e.message]),
    [
      [
        '/techniques/0/sessionMinutes',
        'give either "sessions" or "sessionMinutes", not both: "sessions" has a length, price and link each',
      ],
    ],
  );
});
