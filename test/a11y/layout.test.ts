import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { answerStep, currentQuestionId, defaultSelector, shadow, pokeyRadiatingKnot } from '../support/index.js';

/** WCAG relative luminance contrast of two computed `rgb()` colours. */
function contrast(foreground: string, background: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [a, b] = [luminance(foreground), luminance(background)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

/** The first opaque background colour at or above an element, crossing the shadow boundary. */
function backgroundOf(node: Element | null): string {
  while (node) {
    const color = getComputedStyle(node).backgroundColor;
    if (!/rgba\(.*, 0\)|transparent/.test(color)) return color;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return 'rgb(255, 255, 255)';
}

describe('phones, zoom and contrast', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('has no horizontal overflow at 320 px wide (and so at 200% zoom of 640 px) on any step or the result', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await defaultSelector();
    const overflow = () => ({ page: document.documentElement.scrollWidth, panel: shadow(element).querySelector('section')!.scrollWidth });
    const widths = [];
    for (let step = 0; step < 7; step++) {
      widths.push(overflow());
      await answerStep(element, pokeyRadiatingKnot[currentQuestionId(element)]);
    }
    shadow(element)
      .querySelectorAll('details')
      .forEach((details) => (details.open = true));
    widths.push(overflow());
    for (const width of widths) {
      expect(width.page).to.be.at.most(320);
      expect(width.panel).to.be.at.most(element.clientWidth);
    }
  });

  it('on a phone, "Please choose an answer" shows above the answers, in view without scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await defaultSelector();
    shadow(element).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await element.updateComplete;
    const error = shadow(element).querySelector('.error')!;
    expect(error.compareDocumentPosition(shadow(element).querySelector('label')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(error.getBoundingClientRect().bottom).to.be.at.most(640);
  });

  it('the result’s buttons keep their size whether Book is a button or a link', async () => {
    const heights: number[] = [];
    for (const bookingUrl of [null, 'https://studio.example/book']) {
      const element = await defaultSelector();
      if (bookingUrl) element.setAttribute('booking-url', bookingUrl);
      for (let step = 0; step < 7; step++) await answerStep(element, pokeyRadiatingKnot[currentQuestionId(element)]);
      const book = shadow(element).querySelector<HTMLElement>('[part~="book"]')!;
      expect(book.tagName, 'Book').to.equal(bookingUrl ? 'A' : 'BUTTON');
      heights.push(book.getBoundingClientRect().height);
    }
    // Measured while the card slides in: its transform can leave float noise in the last digits.
    expect(heights[1], 'Book as a link').to.be.closeTo(heights[0], 0.01);
  });

  it('every answer target is at least 24×24 CSS px', async () => {
    const element = await defaultSelector();
    for (const target of shadow(element).querySelectorAll('label, button')) {
      const box = target.getBoundingClientRect();
      expect(box.width, target.textContent!).to.be.at.least(24);
      expect(box.height, target.textContent!).to.be.at.least(24);
    }
  });

  it('the default theme keeps text contrast at 4.5:1 or more (question, help, options, buttons, errors, selected answers)', async () => {
    const element = await defaultSelector();
    await answerStep(element, []); // shows the required error
    shadow(element).querySelector<HTMLInputElement>('input[value="none"]')!.click(); // a selected option
    await element.updateComplete;
    const texts = shadow(element).querySelectorAll('h2, h3, legend, label span, .error, button');
    expect(texts.length).to.be.greaterThan(10);
    for (const text of texts) {
      const ratio = contrast(getComputedStyle(text).color, backgroundOf(text));
      expect(ratio, `${text.tagName} "${text.textContent}"`).to.be.at.least(4.5);
    }
  });

  it('sets no language of its own when the rules file names none, so the host page’s language applies', async () => {
    const element = await defaultSelector();
    expect(shadow(element).querySelector('section')!.hasAttribute('lang')).to.equal(false);
  });
});
