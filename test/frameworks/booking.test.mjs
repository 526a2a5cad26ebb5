// The booking recipes of docs/integration.md, run as written: each `js` block under "Booking systems" goes
// into a page with the bundle and a stand-in of the provider's documented call, a visitor clicks through the
// widget and presses Book, and the stand-in must have been called with the ids (and the page not left).
// Requests to other hosts never leave the machine: they are answered here and recorded.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveAndLaunch, toTheResult } from './browser.mjs';
import { chronicKnots, pokeyRadiatingKnot } from '../support/visitors.mjs';
import { defaultRules, recommend, validateRules } from '../../lib/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const guide = readFileSync(join(root, 'docs/integration.md'), 'utf8');
const linkRules = guide.match(/\*\*Square Appointments, Vagaro, Mindbody, Fresha\*\*[\s\S]*?```json\n([\s\S]*?)```/)?.[1];
const recipes = Object.fromEntries(
  [...guide.matchAll(/```js\n\/\/ (Calendly|Cal\.com|Acuity Scheduling|Boulevard)\n([\s\S]*?)```/g)].map((m) => [m[1], m[2]]),
);

/** Stand-ins with each provider's documented call shape; every call is recorded in `window.calls`. */
const standIns = {
  Calendly: `window.Calendly = { initPopupWidget: (options) => calls.push(['Calendly.initPopupWidget', options]) };`,
  'Cal.com': `window.Cal = (...args) => calls.push(['Cal', ...args]);`,
  'Acuity Scheduling': '',
  links: '',
  Boulevard: `window.blvd = { openBookingWidget: (options) => calls.push(['blvd.openBookingWidget', options]) };`,
};
const studioLinks = {
  Calendly: 'https://calendly.com/your-studio/{technique}-{minutes}',
  'Cal.com': 'https://studio.example/book',
  'Acuity Scheduling': 'https://studio.example/book',
  Boulevard: 'https://studio.example/book',
};

const page = (provider) => `<!doctype html><html lang="en"><body>
<massage-selector data-layer ${provider === 'links' ? 'src="/rules.json"' : `booking-url="${studioLinks[provider]}"`}></massage-selector>
<iframe id="acuity" title="Booking"></iframe>
<script>window.calls = []; ${standIns[provider]}</script>
<script src="/dist/massage-selector.js"></script>
<script>${recipes[provider]}</script>
</body></html>`;

let browser, origin, close;

before(async () => {
  assert.ok(existsSync(join(root, 'dist/massage-selector.js')), 'built (npm run build)');
  const served = await serveAndLaunch((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path.startsWith('/recipe/')) return response.end(page(decodeURIComponent(path.slice('/recipe/'.length))));
    if (path === '/rules.json') return response.writeHead(200, { 'content-type': 'application/json' }).end(linkRules);
    if (path === '/dist/massage-selector.js')
      return response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(root, path)));
    response.writeHead(404).end();
  });
  ({ origin, browser, close } = served);
});

after(async () => {
  await close?.();
});

/** Opens a recipe's page, pre-fills `visitor`'s answers and presses Next to the result, then Book; returns what the page and the network saw. */
async function bookWith(provider, visitor, minutes) {
  const tab = await browser.newPage();
  const elsewhere = []; // requests to other hosts: [frame ('main' | 'child'), url]
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    if (request.url().startsWith(origin)) return request.continue();
    if (!request.url().endsWith('/favicon.ico')) elsewhere.push([request.frame() === tab.mainFrame() ? 'main' : 'child', request.url()]);
    request.respond({ status: 200, contentType: 'text/html', body: '<!doctype html><title>provider stand-in</title>' });
  });
  await tab.goto(`${origin}/recipe/${encodeURIComponent(provider)}`);
  await tab.waitForFunction(() => document.querySelector('massage-selector')?.shadowRoot?.querySelector('fieldset'));
  assert.ok(await toTheResult(tab, visitor), 'the result shows');
  // The recipe's own table (technique id → provider id), a top-level const of its script.
  const table = await tab.evaluate(
    "typeof appointmentTypes === 'object' ? appointmentTypes : typeof blvdPaths === 'object' ? blvdPaths : null",
  );
  // The visitor picks a session length on the result card (its chip), as issue 11's session picker offers.
  if (minutes)
    assert.ok(
      await tab.evaluate(async (minutes) => {
        const element = document.querySelector('massage-selector');
        const card = element.shadowRoot.querySelector('[part~="card"]');
        const chip = [...card.querySelectorAll('input[type=radio]')].find((input) =>
          input.labels[0].textContent.trim().startsWith(String(minutes)),
        );
        chip?.click();
        await element.updateComplete;
        return !!chip?.checked;
      }, minutes),
      `picked ${minutes} minutes`,
    );
  const navigated = tab.waitForNavigation({ timeout: 3000 }).then(
    () => true,
    () => false,
  );
  await tab.evaluate(() => document.querySelector('massage-selector').shadowRoot.querySelector('[part~="book"]').click());
  const left = await navigated;
  const seen = left ? {} : await tab.evaluate(() => ({ calls: window.calls, dataLayer: window.dataLayer, path: location.pathname }));
  await tab.close();
  return { left, elsewhere, errors, table, ...seen };
}

const chosen = recommend(defaultRules, chronicKnots);
const ids = { technique: chosen.technique.id, minutes: chosen.technique.sessions[0].minutes, addOns: chosen.addOns.map((a) => a.id) };

test('docs/integration.md has the four recipes', () => {
  assert.deepEqual(Object.keys(recipes).sort(), ['Acuity Scheduling', 'Boulevard', 'Cal.com', 'Calendly']);
  for (const code of Object.values(recipes)) assert.doesNotMatch(code, /answers|reasons|fired/, 'no health data in a recipe');
});

const minutes = { first: chosen.technique.sessions[0].minutes, picked: 90 };
assert.ok(
  chosen.technique.sessions.some((session) => session.minutes === minutes.picked),
  'the technique offers 90 minutes',
);

for (const [provider, expected] of [
  ['Calendly', (table, length) => [['Calendly.initPopupWidget', { url: `https://calendly.com/your-studio/${ids.technique}-${length}` }]]],
  [
    'Cal.com',
    (table, length) => [
      [
        'Cal',
        'modal',
        {
          calLink: 'your-studio/' + ids.technique,
          config: {
            'metadata[technique]': ids.technique,
            'metadata[minutes]': String(length),
            'metadata[addOns]': ids.addOns.join(','),
          },
        },
      ],
    ],
  ],
  [
    'Boulevard',
    (paths) => [
      ['blvd.openBookingWidget', { urlParams: { locationId: 'YOUR_LOCATION_ID', path: paths[ids.technique], visitType: 'SELF_VISIT' } }],
    ],
  ],
])
  for (const pick of [undefined, minutes.picked])
    test(`${provider}: Book ${pick ? `with the ${pick}-minute session picked` : 'with the first session'} calls the provider's widget with the ids and keeps the visitor on the page`, async () => {
      const length = pick ?? minutes.first;
      const seen = await bookWith(provider, chronicKnots, pick);
      assert.equal(seen.left, false, 'the page was not left');
      assert.deepEqual(seen.elsewhere, [], 'nothing was loaded from another host');
      assert.deepEqual(seen.calls, expected(seen.table, length));
      // data-layer: the same ids and the session booked; the recommendation itself names the first session.
      assert.deepEqual(seen.dataLayer, [
        { event: 'massage_selector_recommend', technique: ids.technique, addOns: ids.addOns, session: minutes.first },
        { event: 'massage_selector_book', technique: ids.technique, addOns: ids.addOns, session: length },
      ]);
      assert.deepEqual(seen.errors, []);
    });

test('Acuity Scheduling: Book loads the appointment type in the embedded scheduler; a technique without a type follows the studio link', async () => {
  const seen = await bookWith('Acuity Scheduling', chronicKnots);
  const types = seen.table;
  assert.equal(seen.left, false);
  assert.ok(types[ids.technique], 'the recipe maps the recommended technique');
  assert.deepEqual(seen.elsewhere, [
    ['child', `https://your-studio.acuityscheduling.com/schedule.php?appointmentType=${types[ids.technique]}`],
  ]);
  assert.deepEqual(seen.errors, []);

  const other = recommend(defaultRules, pokeyRadiatingKnot, { bookingUrl: studioLinks['Acuity Scheduling'] });
  assert.equal(types[other.technique.id], undefined, 'a technique the recipe does not map');
  const unmapped = await bookWith('Acuity Scheduling', pokeyRadiatingKnot);
  assert.equal(unmapped.left, true, 'the studio link is followed');
  assert.deepEqual(unmapped.elsewhere, [['main', other.bookingUrl]]);
});

test("Square Appointments, Vagaro, Mindbody, Fresha: the guide's rules file gives each length its provider's link, and Book follows the picked one", async () => {
  const file = JSON.parse(linkRules);
  assert.deepEqual(validateRules(file).errors, [], 'the file passes the checker');
  const sessions = file.techniques.find((technique) => technique.id === ids.technique).sessions;
  const addOns = ids.addOns.map((id) => `addon=${id}`).join('&');
  for (const [pick, session] of [
    [undefined, sessions[0]],
    [90, sessions.find((s) => s.minutes === 90)],
  ]) {
    const seen = await bookWith('links', chronicKnots, pick);
    assert.equal(seen.left, true, 'the link is followed');
    assert.deepEqual(
      seen.elsewhere,
      [['main', `${session.bookingUrl}?${addOns}`]],
      `the ${session.minutes}-minute session's own link, with the add-ons`,
    );
    assert.deepEqual(seen.errors, []);
  }
});
