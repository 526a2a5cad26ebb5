// What the framework tests share: a local HTTP server for a page handler and headless Chromium to drive it.
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

/** Serves `handler` on a free loopback port and launches Chromium; `close()` stops both. */
export async function serveAndLaunch(handler) {
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    browser,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/** In `tab`, pre-fills `answers` (if given) and presses Next until the widget shows its result, as a visitor accepting them would. */
export const toTheResult = (tab, answers) =>
  tab.evaluate(async (answers) => {
    const element = document.querySelector('massage-selector');
    if (answers) element.answers = answers;
    await element.updateComplete;
    for (let guard = 0; guard < 30 && !element.shadowRoot.querySelector('[part~="result-heading"]'); guard++) {
      element.shadowRoot.querySelector('button[type=submit]').click();
      await element.updateComplete;
    }
    return !!element.shadowRoot.querySelector('[part~="result-heading"]');
  }, answers);

/** Ticks `values` on the current step as a visitor would and presses Next; returns the next question's id. */
export const answerStep = (tab, values) =>
  tab.evaluate(async (values) => {
    const element = document.querySelector('massage-selector');
    for (const input of element.shadowRoot.querySelectorAll('input'))
      if (values.includes(input.value) && !input.checked) {
        input.click();
        await element.updateComplete;
      }
    element.shadowRoot.querySelector('button[type=submit]').click();
    await element.updateComplete;
    return element.shadowRoot.querySelector('fieldset')?.dataset.question ?? null;
  }, values);

/**
 * Clicks through every step to the end, ticking what `answers` names for each question (`each`, if given, runs
 * on every step first); true when the result shows.
 */
export async function clickThrough(tab, answers, each) {
  for (let guard = 0; guard < 30; guard++) {
    const question = await tab.evaluate(
      () => document.querySelector('massage-selector').shadowRoot.querySelector('fieldset')?.dataset.question,
    );
    if (!question) break;
    await each?.();
    await answerStep(tab, [answers[question] ?? []].flat().map(String));
  }
  return tab.evaluate(() => !!document.querySelector('massage-selector').shadowRoot.querySelector('[part~="result-heading"]'));
}
