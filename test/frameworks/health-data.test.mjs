// Health data stays put, as a studio's developer would wire it from the docs: the analytics recipe of
// docs/integration.md, run as written in Chromium next to the widget's own `data-layer`, pushes ids only for
// every event (a referral included), while the naive `dataLayer.push({ ...e.detail })` — which no code block in
// the README or the docs may contain — sends the answers. `persist` survives a real reload; without it a reload
// leaves nothing behind in any storage.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerStep, clickThrough, serveAndLaunch } from './browser.mjs';
import { chronicKnots } from '../support/visitors.mjs';
import { defaultRules } from '../../lib/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');
const guide = read('docs/integration.md');
const recipe = guide.match(/```js\n(\/\/ Analytics by hand\n[\s\S]*?)```/)?.[1];

/** Every fenced code block of the README and docs/*.md, with where it is. */
const blocks = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
].flatMap((path) => [...read(path).matchAll(/```[\w-]*\n([\s\S]*?)```/g)].map((match) => ({ path, code: match[1] })));

/** True when `code` hands an event's whole `detail` on: spread into an object, or passed as an argument to a sink. */
const forwardsDetail = (code) =>
  /\.\.\.\s*\(?\s*\w+\.detail\b(?!\s*[.?[])/.test(code) ||
  /\b(?:push|track|gtag|send|sendBeacon|fetch|stringify|setItem|postMessage|capture|logEvent)\s*\((?:[^()]*,)?\s*\w+\.detail\s*[,)]/.test(
    code,
  );

test('no code block in the README or the docs forwards e.detail to analytics; the naive recipe would be caught', () => {
  assert.ok(recipe, 'docs/integration.md has the "Analytics by hand" recipe');
  for (const naive of [
    'dataLayer.push({ ...e.detail })',
    "widget.addEventListener('recommend', (e) => window.dataLayer.push({ event: 'x', ...e.detail }));",
    "analytics.track('book', e.detail);",
    "gtag('event', 'recommend', event.detail)",
    'fetch(url, { body: JSON.stringify(e.detail) })',
  ])
    assert.ok(forwardsDetail(naive), `caught: ${naive}`);
  assert.ok(!forwardsDetail(recipe), 'the recipe picks ids out');
  assert.ok(blocks.length > 20, 'the docs were read');
  const offenders = blocks.filter((block) => forwardsDetail(block.code)).map((block) => `${block.path}: ${block.code.trim().slice(0, 80)}`);
  assert.deepEqual(offenders, []);
  assert.match(guide, /\*\*Never forward `e\.detail`\*\* — not `dataLayer\.push\(\{ \.\.\.e\.detail \}\)`/, 'the guide warns against it');
});

const techniqueIds = new Set(defaultRules.techniques.map((technique) => technique.id));
const addOnIds = new Set(defaultRules.addOns.map((addOn) => addOn.id));

/** A page with the widget; `recipe` and a naive push into `window.naive` when asked; every event the widget fires is recorded. */
const page = ({ attributes = '', withRecipe = false, naive = false }) => `<!doctype html><html lang="en"><body>
<massage-selector booking-url="https://studio.example/book" ${attributes}></massage-selector>
<script>
  window.fired = [];
  const element = document.querySelector('massage-selector');
  for (const type of ['ready', 'answer', 'recommend', 'book', 'rules-error']) element.addEventListener(type, () => fired.push(type));
  element.addEventListener('book', (e) => e.preventDefault()); // the studio opens its own booking
  ${naive ? "window.naive = []; for (const type of ['answer', 'recommend', 'book']) element.addEventListener(type, (e) => naive.push({ event: type, ...e.detail }));" : ''}
</script>
<script src="/dist/massage-selector.js"></script>
${withRecipe ? `<script>${recipe}</script>` : ''}
</body></html>`;

const pages = {
  '/recipe': page({ withRecipe: true }),
  '/data-layer': page({ attributes: 'data-layer' }),
  '/recipe-and-naive': page({ withRecipe: true, naive: true }),
  '/persist': page({ attributes: 'persist' }),
  '/plain': page({}),
};

let browser, origin, close;

before(async () => {
  assert.ok(existsSync(join(root, 'dist/massage-selector.js')), 'built (npm run build)');
  ({ origin, browser, close } = await serveAndLaunch((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (pages[path]) return response.writeHead(200, { 'content-type': 'text/html' }).end(pages[path]);
    if (path === '/dist/massage-selector.js')
      return response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(root, path)));
    response.writeHead(404).end();
  }));
});

after(async () => {
  await close?.();
});

async function open(path) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  await tab.goto(origin + path);
  await tab.waitForFunction(() => document.querySelector('massage-selector')?.shadowRoot?.querySelector('fieldset'));
  return { tab, errors };
}

/**
 * Ticks its way to the end and returns every value ticked. `redFlags`: every option of every step, red flags
 * included (a referral). Otherwise "None of these" on the red-flag step, every option of the other multiple
 * choices and option `pick` (modulo their length) of each single choice.
 */
const tickThrough = (tab, { redFlags, pick = 0 }) =>
  tab.evaluate(
    async ({ redFlags, pick }) => {
      const element = document.querySelector('massage-selector');
      const ticked = new Set();
      const click = async (input) => {
        ticked.add(input.value);
        input.click();
        await element.updateComplete;
      };
      for (let guard = 0; guard < 30; guard++) {
        const fieldset = element.shadowRoot.querySelector('fieldset[data-question]'); // not a result card's session chips
        if (!fieldset) break;
        const inputs = [...fieldset.querySelectorAll('input')];
        if (!redFlags && fieldset.dataset.question === 'safety') await click(inputs.find((input) => input.value === 'none'));
        else if (inputs[0].type === 'radio') await click(inputs[pick % inputs.length]);
        else {
          for (const input of inputs) await click(input);
          // "None of these" unticked the others: tick them again (which unticks it).
          for (const input of inputs.filter((input) => !input.checked)) await click(input);
        }
        element.shadowRoot.querySelector('button[type=submit]').click();
        await element.updateComplete;
      }
      return [...ticked];
    },
    { redFlags, pick },
  );

const book = (tab) => tab.evaluate(() => document.querySelector('massage-selector').shadowRoot.querySelector('[part~="book"]').click());
const seen = (tab) => tab.evaluate(() => ({ dataLayer: window.dataLayer, fired: window.fired, naive: window.naive }));

/** Every string anywhere in `value`. */
const strings = (value) =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

/** Each push is `{ event, technique, addOns, session }` with known ids and a number of minutes, nothing else. */
function assertIdsOnly(pushes) {
  for (const push of pushes) {
    assert.deepEqual(Object.keys(push), ['event', 'technique', 'addOns', 'session']);
    assert.match(push.event, /^massage_selector_(recommend|book)$/);
    assert.ok(push.technique === null || techniqueIds.has(push.technique), `technique ${push.technique}`);
    assert.ok(
      push.addOns.every((id) => addOnIds.has(id)),
      `add-ons ${push.addOns}`,
    );
    assert.ok(push.session === null || Number.isInteger(push.session), `session ${push.session}`);
  }
}

test('the documented recipe pushes what data-layer pushes, ids only, on recommend and book and on no other event', async () => {
  const runs = {};
  for (const path of ['/recipe', '/data-layer']) {
    const { tab, errors } = await open(path);
    assert.ok(await clickThrough(tab, chronicKnots), 'the result shows');
    // The visitor picks the 90-minute session on the result card, then books it.
    await tab.evaluate(async () => {
      const element = document.querySelector('massage-selector');
      const card = element.shadowRoot.querySelector('[part~="card"]');
      [...card.querySelectorAll('input[type=radio]')].find((input) => input.labels[0].textContent.trim().startsWith('90')).click();
      await element.updateComplete;
    });
    await book(tab);
    runs[path] = await seen(tab);
    assert.deepEqual(errors, []);
    await tab.close();
  }
  const { dataLayer, fired } = runs['/recipe'];
  assert.deepEqual(dataLayer, runs['/data-layer'].dataLayer, 'the same pushes as the widget’s own data-layer');
  assert.deepEqual(
    dataLayer.map((push) => push.event),
    ['massage_selector_recommend', 'massage_selector_book'],
  );
  assert.ok(fired.includes('ready') && fired.filter((type) => type === 'answer').length >= 5, 'the visit fired ready and answer too');
  assertIdsOnly(dataLayer);
  assert.equal(dataLayer[0].technique, 'deep-tissue');
  assert.equal(dataLayer[0].session, 60, 'the recommendation names the first session');
  assert.equal(dataLayer[1].session, 90, 'the booking names the session picked');
  const answered = [...Object.keys(chronicKnots), ...Object.values(chronicKnots).flat()].map(String);
  assert.deepEqual(
    strings(dataLayer).filter((value) => answered.includes(value)),
    [],
  );
});

test('every answer ticked: the recipe pushes ids only, a referral only that the questionnaire was completed; the naive push sends the answers', async () => {
  const everyOption = new Set(defaultRules.questions.flatMap((question) => question.options.map((option) => option.id)));
  const ticked = new Set();
  // Six picks reach every option of each single choice, the onset follow-up's (shown after days, months or years) included.
  const runs = [{ redFlags: true }, ...[0, 1, 2, 3, 4, 7].map((pick) => ({ redFlags: false, pick }))];
  for (const run of runs) {
    const { tab, errors } = await open('/recipe-and-naive');
    for (const value of await tickThrough(tab, run)) ticked.add(value);
    const bookable = await tab.evaluate(() => !!document.querySelector('massage-selector').shadowRoot.querySelector('[part~="book"]'));
    if (bookable) await book(tab);
    const { dataLayer, naive } = await seen(tab);
    await tab.close();
    assert.deepEqual(errors, []);
    const result = naive.find((push) => push.event === 'recommend');
    assert.ok(result, 'the questionnaire ended');
    assertIdsOnly(dataLayer);
    assert.deepEqual(
      dataLayer.map((push) => push.event),
      bookable ? ['massage_selector_recommend', 'massage_selector_book'] : ['massage_selector_recommend'],
    );
    const forbidden = new Set([...ticked, ...result.fired, ...result.reasons, ...(result.excluded ?? [])].map(String));
    assert.deepEqual(
      strings(dataLayer).filter((value) => forbidden.has(value)),
      [],
      JSON.stringify(run),
    );
    if (run.redFlags) {
      assert.equal(result.status, 'refer', 'every red flag: a referral');
      assert.deepEqual(dataLayer, [{ event: 'massage_selector_recommend', technique: null, addOns: [], session: null }]);
      assert.ok(!JSON.stringify(dataLayer).includes(result.message));
      // What the naive recipe would have told every tag on the page: the answers and why the visitor was referred.
      const leaked = JSON.stringify(naive);
      for (const value of ['fever', 'pregnant', ...result.fired, result.message])
        assert.ok(leaked.includes(value), `the naive push leaks ${value}`);
    } else assert.equal(result.status, 'recommended', JSON.stringify(run));
  }
  assert.deepEqual(
    [...everyOption].filter((id) => !ticked.has(id)),
    [],
    'every option of every question was ticked in some run',
  );
});

test('persist: the visitor reloads the page and continues at the same step; without it a reload leaves nothing in any storage', async () => {
  const { tab, errors } = await open('/persist');
  assert.equal(await answerStep(tab, ['none']), 'area');
  assert.equal(await answerStep(tab, ['neck']), 'duration');
  await tab.reload();
  await tab.waitForFunction(() => document.querySelector('massage-selector')?.shadowRoot?.querySelector('fieldset'));
  const resumed = await tab.evaluate(() => {
    const element = document.querySelector('massage-selector');
    return { question: element.shadowRoot.querySelector('fieldset').dataset.question, answers: element.answers };
  });
  assert.deepEqual(resumed, { question: 'duration', answers: { safety: ['none'], area: ['neck'] } });
  assert.equal(await answerStep(tab, ['weeks']), 'feel', 'and goes on from there');
  assert.deepEqual(errors, []);
  await tab.close();

  const plain = await open('/plain');
  await answerStep(plain.tab, ['none']);
  await answerStep(plain.tab, ['neck']);
  await plain.tab.reload();
  await plain.tab.waitForFunction(() => document.querySelector('massage-selector')?.shadowRoot?.querySelector('fieldset'));
  const stored = await plain.tab.evaluate(async () => ({
    question: document.querySelector('massage-selector').shadowRoot.querySelector('fieldset').dataset.question,
    session: sessionStorage.length,
    local: localStorage.length,
    cookie: document.cookie,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  assert.deepEqual(stored, { question: 'safety', session: 0, local: 0, cookie: '', databases: 0, caches: 0 });
  await plain.tab.close();
});
