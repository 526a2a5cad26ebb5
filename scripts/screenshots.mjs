// Screenshots of what a visitor sees, at 390 px (a phone, 390 × 844) and 1280 px (a laptop, 1280 × 800), made
// with headless Chromium from the demo pages (npm run screenshots; it builds and serves them itself): every
// step with its answer chosen, the result as it first appears (the viewport: the card with Book) and in full,
// the required-answer error, the doctor referral and the emergency, the fallback when the rules file cannot be
// loaded, the Spanish studio (its 0–10 scale and its result) and the documented dark theme (a step and the
// result), plus the whole demo page. Clicks are real mouse clicks, so focus rings show only where a mouse user
// would see them; motion is reduced so that no step is caught mid-slide.
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const out = new URL('../docs/screenshots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
for (const file of readdirSync(out)) if (file.endsWith('.png') && !file.startsWith('editor-')) rmSync(out + file); // the editor's are its own
const server = await startDevServer({
  config: { rootDir: root, port: Number(process.env.PORT) || 8123, nodeResolve: true, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const base = `http://localhost:${server.config.port}`;
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
// The dark theme exactly as the README documents it.
const dark = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  .split('### A dark theme')[1]
  .match(/```css\n[^{]*\{([^}]*)\}/)[1];

// One visitor: chronic knots in the lower back and legs, firm pressure (the default rules recommend deep tissue).
const visitor = {
  safety: ['none'],
  area: ['lower-back', 'legs'],
  duration: ['years'],
  onset: ['no'],
  feel: ['knot', 'ache'],
  lifestyle: ['training'],
  first: ['no'],
  pressure: ['firm'],
};
const nola = { seguridad: ['ninguna'], motivo: ['espalda-baja'], intensidad: ['6'], duracion: ['meses'], sensacion: ['nudo'] };
Object.assign(nola, { presion: ['firme'], primera: ['no'] });

/** A page at `width` px showing `path`, with helpers that act inside the widget as a visitor would. */
async function open(path, width, { theme = false, src } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: width < 600 ? 844 : 800, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(base + path, { waitUntil: 'networkidle0' });
  if (theme)
    await page.evaluate((style) => {
      document.body.style.background = '#0d100f';
      document.body.style.color = '#e8ecea';
      document.querySelector('.log')?.style.setProperty('background', '#161b19'); // the demo's own event log, dark too
      document.querySelector('massage-selector').setAttribute('style', style);
    }, dark);
  if (src)
    await page.evaluate(async (src) => {
      const widget = document.querySelector('massage-selector');
      const failed = new Promise((resolve) => widget.addEventListener('rules-error', resolve, { once: true }));
      widget.src = src;
      await failed;
      await widget.updateComplete;
    }, src);
  const widget = () => page.$('massage-selector');
  const settle = () => page.evaluate(() => document.querySelector('massage-selector').updateComplete);
  const click = async (selector) => {
    await (await page.$(`massage-selector >>> ${selector}`)).click();
    await settle();
  };
  const question = () => page.$eval('massage-selector >>> [data-question]', (fieldset) => fieldset.dataset.question).catch(() => null);
  const save = (name) => {
    console.log(`docs/screenshots/${name}-${width}.png`);
    return `${out}${name}-${width}.png`;
  };
  /** The widget in full. */
  const shot = async (name) => {
    await (await widget()).scrollIntoView();
    await (await widget()).screenshot({ path: save(name) });
  };
  /** The screen as the visitor sees it now, without scrolling. */
  const view = async (name) => page.screenshot({ path: save(name) });
  /** Answers every step from `answers`, calling `each(step, id)` with the answer chosen, until the result. */
  const answer = async (answers, each = async () => {}) => {
    for (let step = 1, id; (id = await question()); step++) {
      for (const value of answers[id]) await click(`input[value="${value}"]`);
      await each(step, id);
      await click('[part~="primary"]');
    }
  };
  return { page, click, answer, shot, view, next: () => click('[part~="primary"]') };
}

try {
  for (const width of [390, 1280]) {
    const demo = await open('/demo/', width);
    await demo.answer(visitor, (step, id) => demo.shot(`step-${step}-${id}`));
    await demo.view('result-top');
    await demo.shot('result');
    await demo.page.screenshot({ path: `${out}demo-page-${width}.png`, fullPage: true });
    console.log(`docs/screenshots/demo-page-${width}.png`);

    const error = await open('/demo/', width);
    await error.next();
    await error.shot('error');
    await error.click('input[value="fever"]');
    await error.next();
    await error.shot('referral');
    const emergency = await open('/demo/es.html', width);
    await emergency.click('input[value="repentino"]');
    await emergency.next();
    await emergency.shot('emergency-es');
    const fallback = await open('/demo/', width, { src: '/demo/missing-rules.json' });
    await fallback.shot('fallback');

    const spanish = await open('/demo/es.html', width);
    await spanish.answer(nola, (step, id) => id === 'intensidad' && spanish.shot('scale-es'));
    await spanish.view('result-top-es');

    const night = await open('/demo/', width, { theme: true });
    await night.click('input[value="none"]');
    await night.shot('dark-step');
    await night.next();
    await night.answer(visitor);
    await night.view('dark-result-top');
    for (const { page } of [demo, error, emergency, fallback, spanish, night]) await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
