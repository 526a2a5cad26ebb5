// Screenshots of the rules editor (docs/screenshots/editor-*.png), made with headless Chromium from the built
// editor (run `npm run build` first): served from dist/editor/ by a plain static server, or the address in
// EDITOR_URL (such as http://localhost:8000/dist/editor/ while `npm start` runs).
//   editor-1280.png          the editor opened on the built-in rules, at 1280 × 900
//   editor-1024.png          a technique's booking link with a space in it: the problem under the field and in
//                            the list (chosen, so the field has the focus), the lengths beside it, at 1024 × 900
//   editor-warning-1280.png  a red-flag screen without "None of these": the checker's warning in the list and
//                            under the question's options, chosen, at 1280 × 900
//   editor-390.png           the top of the editor on a 390 × 844 phone
import { readFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { serveFolder } from '../test/support/static-server.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const out = new URL('../docs/screenshots/', import.meta.url).pathname;
let server;
let base = process.env.EDITOR_URL;
if (!base) {
  server = await serveFolder(new URL('../dist/editor/', import.meta.url));
  base = `${server.base}/`;
}
const defaultRules = JSON.parse(await readFile(new URL('../rules/default.json', import.meta.url), 'utf8'));
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });

/** A fresh editor page (no draft) at `width`, open on the built-in rules with its preview drawn. */
async function editor(width, height = 900) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(base, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('No problems'), { timeout: 20000 });
  await page.waitForFunction(() => document.querySelector('#preview massage-selector')?.shadowRoot?.querySelector('legend'), {
    timeout: 20000,
  });
  return { page, close: () => context.close() };
}

/** Opens `rules` as the file picker does, under `name`. */
const openFile = (page, name, rules) =>
  page.evaluate(
    (name, text) => {
      const input = document.getElementById('file');
      const files = new DataTransfer();
      files.items.add(new File([text], name, { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    name,
    JSON.stringify(rules, null, 2),
  );

/** Chooses the first problem or warning in the list with a real click (the editor focuses its field). */
async function chooseProblem(page) {
  await page.click('#problems .problem');
  await new Promise((resolve) => setTimeout(resolve, 300));
}

{
  const { page, close } = await editor(1280);
  await page.screenshot({ path: `${out}editor-1280.png` });
  await close();
}
{
  const { page, close } = await editor(1024);
  await openFile(page, 'nola-day-spa.json', defaultRules);
  await page.waitForFunction(() => document.getElementById('download').textContent === 'Download nola-day-spa.json');
  await page.type('[data-path="/techniques/0/bookingUrl"]', 'https://squareup.com/book/nola day-spa');
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('1 problem'), { timeout: 10000 });
  await chooseProblem(page);
  await page.screenshot({ path: `${out}editor-1024.png` });
  await close();
}
{
  const { page, close } = await editor(1280);
  // The built-in red-flag screen whose "None of these" no longer clears the other answers.
  const rules = structuredClone(defaultRules);
  for (const option of rules.questions[0].options) delete option.exclusive;
  await openFile(page, 'screen.json', rules);
  await page.waitForFunction(() => document.querySelector('#problems .problem.warning'), { timeout: 10000 });
  await chooseProblem(page);
  await page.screenshot({ path: `${out}editor-warning-1280.png` });
  await close();
}
{
  const { page, close } = await editor(390, 844);
  await page.screenshot({ path: `${out}editor-390.png` });
  await close();
}
await browser.close();
server?.close();
console.log('docs/screenshots/editor-1280.png, editor-1024.png, editor-warning-1280.png, editor-390.png');
