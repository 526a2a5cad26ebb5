import { expect } from '@open-wc/testing';
import { answerAll, chronicKnots, openPage, settle, type HostWindow } from '../support/index.js';
import type { MassageSelector } from '../../src/massage-selector.js';

// The engine's half of a page that adds properties to Object.prototype (test/hardening/polluted-prototype.test.ts has
// the element's, the views' and the loader's): the result a visitor sees on such a page is the one a clean page shows.
// Each case names the file whose reads let the page's property in (all four failed before holds() read only a
// condition's own keys). Not here yet, because they still fail (wip/pollution/0003 has them): a polluted bookingUrl,
// sessions, when or price read by recommend.ts's copies, and image, badge, duration by result-view.ts (0004) change
// where Book goes, the sessions, tips and prices shown — not what is recommended. Assertions read text only: chai
// describing an object of a polluted page can hang the browser.

const frames: HostWindow[] = [];
afterEach(async () => {
  await settle();
  for (const page of frames) expect(page.hostLog.errors, 'errors in the page').to.deep.equal([]);
  frames.splice(0).forEach((page) => page.frameElement?.remove());
});

/** What the visitor sees of the result, and where Book goes, for `answers` on a page with `pollution`. */
async function resultOn(pollution: object, answers: object) {
  const page = await openPage(`polluted.html?with=${encodeURIComponent(JSON.stringify(pollution))}`);
  frames.push(page);
  await page.customElements.whenDefined('massage-selector');
  const element = page.document.createElement('massage-selector') as MassageSelector;
  element.setAttribute('booking-url', 'https://studio.example/book');
  const ready = new Promise((resolve) => element.addEventListener('ready', resolve));
  page.document.body.append(element);
  await ready;
  await element.updateComplete;
  await answerAll(element, answers as never);
  await settle();
  const root = element.shadowRoot!;
  return {
    text: (root.textContent ?? '').replace(/\s+/g, ' ').trim(),
    book: root.querySelector('[part~="book"]')?.getAttribute('href') ?? null,
    images: root.querySelectorAll('img').length,
  };
}

const pregnant = { ...chronicKnots, safety: ['pregnant'] };
const sudden = { safety: ['sudden'] };
const cases: Array<[string, object, object]> = [
  // src/rules/conditions.ts: `c.equals` (and every other test) is read before the condition's own test
  ['equals (conditions.ts): pregnancy still excludes deep pressure', { equals: 'x' }, pregnant],
  ['answered = false (conditions.ts): a sudden one-sided weakness is still an emergency', { answered: false }, sudden],
  ['answered = false (conditions.ts): pregnancy still excludes deep pressure', { answered: false }, pregnant],
  ['question (conditions.ts): groups (all, any, not) still hold as on a clean page', { question: 'duration' }, chronicKnots],
];

describe('a page that adds properties to Object.prototype: the result', () => {
  for (const [what, pollution, answers] of cases)
    it(what, async () => {
      const clean = await resultOn({}, answers);
      const polluted = await resultOn(pollution, answers);
      expect(polluted.text).to.equal(clean.text);
      expect(polluted.book).to.equal(clean.book);
      expect(polluted.images).to.equal(clean.images);
    });
});
