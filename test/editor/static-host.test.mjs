// The rules editor as a studio would host it: dist/editor/ served by a plain static file server (not the
// dev server), opened in headless Chromium. It opens on the built-in rules with no problems and the real
// widget in its preview, its guides are pages, and axe (WCAG 2.2 AA) finds nothing on it.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { serveFolder } from '../support/static-server.mjs';

let server;
let browser;
let base;

before(async () => {
  server = await serveFolder(new URL('../../dist/editor/', import.meta.url));
  base = server.base;
  browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
});
after(async () => {
  await browser?.close();
  server?.close();
});

test('the editor works from a plain static server', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => errors.push(`failed: ${request.url()}`));
  page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()}: ${response.url()}`));
  await page.goto(`${base}/`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('No problems'), { timeout: 10000 });
  await page.waitForFunction(() => document.querySelector('#preview massage-selector')?.shadowRoot?.querySelector('legend'), {
    timeout: 10000,
  });
  const legend = await page.evaluate(
    () => document.querySelector('#preview massage-selector').shadowRoot.querySelector('legend').textContent,
  );
  assert.match(legend, /does any of this apply to you/i);
  const { examples } = JSON.parse(await readFile(new URL('../../rules/default.json', import.meta.url), 'utf8'));
  const summary = await page.evaluate(() => document.getElementById('examples-summary').textContent);
  assert.equal(summary, `${examples.length} of ${examples.length} examples pass.`);
  for (const guide of ['rules-guide.html', 'install.html']) {
    await page.goto(`${base}/${guide}`, { waitUntil: 'load' });
    assert.ok(await page.$('main h1'), `${guide} has a heading`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('the editor from a plain static server is clean under axe (WCAG 2.2 AA, with target size)', async () => {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${base}/`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('No problems'), { timeout: 10000 });
  // One of every kind of form, from the blank studio (the whole built-in file is a very long page for axe).
  await page.select('#start', 'blank');
  await page.waitForFunction(() => !document.getElementById('status').textContent.startsWith('No problems'), { timeout: 10000 });
  await page.evaluate(() => {
    const press = (label) =>
      [...document.querySelectorAll('button')]
        .find((button) => button.getAttribute('aria-label') === label || button.textContent.trim() === label)
        .click();
    for (const label of ['Add a question', 'Add a question', 'Add an option to question 1', 'Add a technique', 'Add a technique'])
      press(label);
    for (const label of ['Add an add-on', 'Add a booking parameter', 'Add a scoring rule', 'Add a safety rule', 'Add a plan']) press(label);
    for (const label of ['Add an aftercare tip', 'Add a caution', 'Add an example', 'Remove session 1']) press(label);
    // A technique with session lengths only (one price and link for all), and a second length.
    press('Offer lengths with one price and link for all');
    press('Add a length');
  });
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
      rules: { 'target-size': { enabled: true } },
    });
    return results.violations.map(
      (v) =>
        `${v.id} ${v.nodes
          .slice(0, 3)
          .map((n) => JSON.stringify(n.target))
          .join(' ')}`,
    );
  });
  assert.deepEqual(violations, []);
  await page.close();
});

test('Copy embed code puts the code on the real clipboard', async () => {
  const context = await browser.createBrowserContext();
  await context.overridePermissions(base, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  const page = await context.newPage();
  await page.goto(`${base}/`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('No problems'), { timeout: 10000 });
  await page.click('#copy-embed');
  await page.waitForFunction(() => document.getElementById('copy-state').textContent, { timeout: 5000 });
  assert.equal(
    await page.$eval('#copy-state', (state) => state.textContent),
    'Copied. Paste it into your site builder (docs: Install guide).',
  );
  const shown = await page.$eval('#embed-code', (code) => code.value);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, shown);
  // The rules inside the code are the editor's rules, whole.
  const inline = copied.match(/<script type="application\/json">(.*)<\/script>/)[1];
  const { version, questions } = JSON.parse(await readFile(new URL('../../rules/default.json', import.meta.url), 'utf8'));
  assert.deepEqual(
    { version: JSON.parse(inline).version, questions: JSON.parse(inline).questions.length },
    { version, questions: questions.length },
  );
  await context.close();
});
