// Screenshots of every step and of the result, at 320 px and 1024 px wide, made with headless
// Chromium from the demo (npm run screenshots; it builds and serves the demo itself).
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
const url = `http://localhost:${server.config.port}/demo/`;
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });

// One visitor: chronic knots in the legs, firm pressure (the default rules recommend deep tissue).
const visitor = {
  safety: ['none'],
  area: ['lower-back', 'legs'],
  duration: ['years'],
  feel: ['knot', 'ache'],
  lifestyle: ['training'],
  pressure: ['firm'],
  first: ['no'],
};

try {
  for (const width of [320, 1024]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: width === 320 ? 720 : 900, deviceScaleFactor: 1 });
    await page.goto(url, { waitUntil: 'networkidle0' });
    const widget = await page.$('massage-selector');
    const shot = async (name) => {
      await page.evaluate(() => document.querySelector('massage-selector').scrollIntoView());
      await widget.screenshot({ path: `${out}${name}-${width}.png` });
      console.log(`docs/screenshots/${name}-${width}.png`);
    };
    for (let step = 1; step <= 7; step++) {
      const id = await page.evaluate(
        () => document.querySelector('massage-selector').shadowRoot.querySelector('fieldset').dataset.question,
      );
      await shot(`step-${step}-${id}`);
      for (const value of visitor[id]) {
        await page.evaluate(
          (v) => document.querySelector('massage-selector').shadowRoot.querySelector(`input[value="${v}"]`).click(),
          value,
        );
      }
      await page.evaluate(() => document.querySelector('massage-selector').shadowRoot.querySelector('button[type=submit]').click());
    }
    await shot('result');
    await page.evaluate(() => document.querySelector('massage-selector').shadowRoot.querySelector('details')?.setAttribute('open', ''));
    await page.screenshot({ path: `${out}demo-page-${width}.png`, fullPage: true });
    console.log(`docs/screenshots/demo-page-${width}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
