// The manifest against the element as it runs: every part, slot and `--massage-selector-*` custom property the
// widget renders on any screen (each step of the built-in and the Spanish example's questions, the result, a
// referral, an emergency, the loading and the error screen), every attribute it reads and every event it fires
// must be in custom-elements.json, which the editors' data and the JSX/Vue types are generated from. A part or
// an event added to the element without its JSDoc (`@csspart`, `@fires`, `@attr`, `@slot`, `@cssprop`) fails here.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clickThrough, serveAndLaunch } from './browser.mjs';
import { chronicKnots, withFever } from '../support/visitors.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const declared = manifest.modules
  .flatMap((module) => module.declarations)
  .find((declaration) => declaration.tagName === 'massage-selector');
const names = (list) => new Set((list ?? []).map((item) => item.name));
// A visitor of the Spanish example: "none of these" (or the first option) on each question, 5 on its scale.
const spanish = JSON.parse(readFileSync(join(root, 'rules/examples/nola-es.json'), 'utf8'));
const spanishVisitor = Object.fromEntries(
  spanish.questions.map((question) => [
    question.id,
    question.type === 'scale'
      ? 5
      : (question.options.find((option) => option.exclusive) ?? question.options.find((option) => !option.redFlag)).id,
  ]),
);

// Before the bundle runs: record every attribute the element reads and every event it dispatches.
const page = (attributes) => `<!doctype html><html lang="en"><body>
<massage-selector ${attributes}></massage-selector>
<script>
  window.seen = { attributes: new Set(), events: new Set() };
  const element = document.querySelector('massage-selector');
  for (const method of ['getAttribute', 'hasAttribute'])
    element[method] = function (name) { seen.attributes.add(name); return Element.prototype[method].call(this, name); };
  element.dispatchEvent = function (event) { seen.events.add(event.type); return EventTarget.prototype.dispatchEvent.call(this, event); };
</script>
<script src="/dist/massage-selector.js"></script>
</body></html>`;

let browser, origin, close;

before(async () => {
  assert.ok(existsSync(join(root, 'dist/massage-selector.js')), 'built (npm run build)');
  ({ origin, browser, close } = await serveAndLaunch(async (request, response) => {
    const url = new URL(request.url, 'http://x');
    if (url.pathname === '/page')
      return response.writeHead(200, { 'content-type': 'text/html' }).end(page(url.searchParams.get('attributes')));
    if (url.pathname === '/dist/massage-selector.js' || url.pathname.startsWith('/rules/examples/'))
      return response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(root, url.pathname)));
    if (url.pathname === '/slow.json') return setTimeout(() => response.writeHead(404).end(), 1500); // loading, then an error
    response.writeHead(404).end();
  }));
});

after(async () => {
  await close?.();
});

/** What the widget's shadow root holds now: part names, slot names and the host's custom properties its styles read. */
const rendered = (tab) =>
  tab.evaluate(() => {
    const shadow = document.querySelector('massage-selector').shadowRoot;
    const css = [...shadow.adoptedStyleSheets, ...[...shadow.querySelectorAll('style')].map((style) => style.sheet)]
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n');
    return {
      parts: [...shadow.querySelectorAll('[part]')].flatMap((node) => [...node.part]),
      slots: [...shadow.querySelectorAll('slot')].map((slot) => slot.name || ''),
      properties: [...css.matchAll(/var\((--massage-selector-[\w-]+)/g)].map((match) => match[1]),
    };
  });

test('every part, slot, custom property, attribute and event of the running element is in the manifest', async () => {
  const found = { parts: new Set(), slots: new Set(), properties: new Set(), attributes: new Set(), events: new Set() };
  const add = (what) => Object.entries(what).forEach(([key, values]) => values.forEach((value) => found[key].add(value)));
  const visits = [
    // The built-in questions, step by step, to the result; then Book.
    ['booking-url="https://studio.example/book" data-layer persist timeout="8000"', chronicKnots, true],
    // The Spanish studio's own file: a 0–10 scale.
    ['src="/rules/examples/nola-es.json"', spanishVisitor, false],
    ['', withFever, false], // a referral
    ['', { safety: ['sudden'] }, false], // an emergency
    ['src="/slow.json"', null, false], // the loading screen, then the calm error
  ];
  for (const [attributes, answers, book] of visits) {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    await tab.goto(`${origin}/page?attributes=${encodeURIComponent(attributes)}`);
    await tab.waitForFunction(() => document.querySelector('massage-selector')?.shadowRoot?.childElementCount);
    add(await rendered(tab));
    if (answers) {
      await tab.waitForFunction(() => document.querySelector('massage-selector').shadowRoot.querySelector('fieldset'));
      await clickThrough(tab, answers, async () => add(await rendered(tab)));
      if (book) {
        await tab.evaluate(() => {
          const element = document.querySelector('massage-selector');
          element.addEventListener('book', (e) => e.preventDefault());
          element.shadowRoot.querySelector('[part~="book"]').click();
        });
      }
    } else await tab.waitForFunction(() => document.querySelector('massage-selector').shadowRoot.querySelector('[part~="primary"]'));
    add(await rendered(tab));
    add(await tab.evaluate(() => ({ attributes: [...window.seen.attributes], events: [...window.seen.events] })));
    assert.deepEqual(errors, [], attributes);
    await tab.close();
  }
  // The visits reached what they meant to: each screen, and each kind of event.
  for (const part of ['option', 'primary', 'result-heading', 'technique', 'book', 'referral'])
    assert.ok(found.parts.has(part), `saw ${part}`);
  for (const event of ['ready', 'answer', 'recommend', 'book', 'rules-error']) assert.ok(found.events.has(event), `saw ${event}`);
  assert.ok(found.properties.size >= 5 && found.attributes.has('booking-url'));

  const missing = (key, list) => [...found[key]].filter((name) => !names(list).has(name)).sort();
  assert.deepEqual(missing('parts', declared.cssParts), [], 'parts the manifest lacks (@csspart)');
  assert.deepEqual(missing('slots', declared.slots), [], 'slots the manifest lacks (@slot)');
  assert.deepEqual(missing('properties', declared.cssProperties), [], 'custom properties the manifest lacks (@cssprop)');
  assert.deepEqual(missing('attributes', declared.attributes), [], 'attributes the manifest lacks (@attr)');
  assert.deepEqual(missing('events', declared.events), [], 'events the manifest lacks (@fires)');
});
