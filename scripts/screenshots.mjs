// Screenshots of every step (with its answer chosen), the result, the "Please choose an answer" error, a
// referral and a 0–10 scale, at 320 px and 1024 px wide, made with headless Chromium from the demo
// (npm run screenshots; it builds and serves the demo itself). Clicks are real mouse clicks, so focus
// rings show only where a mouse user would see them.
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { mkdirSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const out = new URL('../docs/screenshots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const server = await startDevServer({
  config: { rootDir: root, port: Number(process.env.PORT) || 8123, nodeResolve: true, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const base = `http://localhost:${server.config.port}`;
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });

// One visitor: chronic knots in the legs, firm pressure (the default rules recommend deep tissue).
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

/** A page at `width` px showing `path`, with helpers that act inside the widget as a visitor would. */
async function open(path, width) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: width === 320 ? 720 : 900, deviceScaleFactor: 1 });
  await page.goto(base + path, { waitUntil: 'networkidle0' });
  const inWidget = (selector) => page.$(`massage-selector >>> ${selector}`);
  const click = async (selector) => {
    await (await inWidget(selector)).click();
    await page.evaluate(() => document.querySelector('massage-selector').updateComplete);
  };
  const question = () => page.$eval('massage-selector >>> fieldset', (fieldset) => fieldset.dataset.question);
  const shot = async (name) => {
    const widget = await page.$('massage-selector');
    await widget.scrollIntoView();
    await widget.screenshot({ path: `${out}${name}-${width}.png` });
    console.log(`docs/screenshots/${name}-${width}.png`);
  };
  return { page, click, question, shot, next: () => click('button[type=submit]') };
}

try {
  for (const width of [320, 1024]) {
    const demo = await open('/demo/', width);
    for (let step = 1; step <= Object.keys(visitor).length; step++) {
      const id = await demo.question();
      for (const value of visitor[id]) await demo.click(`input[value="${value}"]`);
      await demo.shot(`step-${step}-${id}`);
      await demo.next();
    }
    await demo.shot('result');
    await demo.click('summary');
    await demo.page.screenshot({ path: `${out}demo-page-${width}.png`, fullPage: true });
    console.log(`docs/screenshots/demo-page-${width}.png`);

    const error = await open('/demo/', width);
    await error.next();
    await error.shot('error');
    await error.click('input[value="fever"]');
    await error.next();
    await error.shot('referral');

    const spanish = await open('/demo/es.html', width);
    await spanish.click('input[value="ninguna"]');
    await spanish.next();
    await spanish.click('input[value="espalda-baja"]');
    await spanish.next();
    await spanish.click('input[value="6"]');
    await spanish.shot('scale-es');
    for (const { page } of [demo, error, spanish]) await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
