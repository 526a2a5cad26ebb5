// The rules editor as a studio would host it: dist/editor/ served by a plain static file server (not the
// dev server), opened in headless Chromium. It opens on the built-in rules with no problems and the real
// widget in its preview, and its guides are pages.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const folder = new URL('../../dist/editor/', import.meta.url);
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
let server;
let browser;
let base;

before(async () => {
  server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname.replace(/\/$/, '/index.html');
    try {
      const body = await readFile(new URL(`.${path}`, folder));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
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
