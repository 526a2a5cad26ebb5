import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { answerAll, chronicKnots, currentQuestionId, defaultSelector, shadow } from '../support/index.js';

/** The widget with the default rules and a studio booking page, at its result for a visitor with chronic knots. */
async function atResult() {
  const element = await defaultSelector();
  element.setAttribute('booking-url', 'https://studio.example/book');
  const detail = await answerAll(element, chronicKnots);
  return { element, detail };
}

describe('the result card', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('on a 390 × 844 phone, Book of the recommended technique is on screen when the result appears, below a tall hero', async () => {
    await setViewport({ width: 390, height: 844 });
    const page = await fixture<HTMLElement>(
      html`<div>
        <div style="height: 900px">A studio's hero</div>
        <massage-selector booking-url="https://studio.example/book"></massage-selector>
      </div>`,
    );
    const element = page.querySelector('massage-selector')!;
    await element.updateComplete;
    for (let guard = 0; guard < 10 && !shadow(element).querySelector('[part~="result-heading"]'); guard++) {
      for (const value of [chronicKnots[currentQuestionId(element) as keyof typeof chronicKnots]].flat()) {
        const input = shadow(element).querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
        input.scrollIntoView({ block: 'nearest' }); // the visitor scrolls to each answer, then to Next
        input.click();
        await element.updateComplete;
      }
      const next = shadow(element).querySelector<HTMLElement>('[part~="primary"]')!;
      next.scrollIntoView({ block: 'end' });
      next.click();
      await element.updateComplete;
    }
    await new Promise(requestAnimationFrame);
    const heading = shadow(element).querySelector('[part~="result-heading"]')!.getBoundingClientRect();
    const control = shadow(element).querySelector('[part~="book"]')!.getBoundingClientRect();
    expect(shadow(element).querySelector('[part~="technique"]')!.textContent).to.equal('Deep Tissue Massage');
    expect(heading.top, 'heading top').to.be.at.least(0);
    expect(control.top, 'Book top').to.be.at.least(heading.bottom);
    expect(control.bottom, 'Book bottom').to.be.at.most(844);
  });

  it('leads with the technique: its name is the main heading, then one line of why, its sessions and Book, all before the details', async () => {
    const { element, detail } = await atResult();
    const card = shadow(element).querySelector('[part~="card"]')!;
    expect(card.querySelector('h2 [part~="technique"]')!.textContent).to.equal('Deep Tissue Massage');
    expect(card.textContent).to.contain(detail.reasons[0]).and.contain('Session: 60–90 minutes');
    expect(card.querySelector('[part~="book"]')).to.not.equal(null);
    const aftercare = [...shadow(element).querySelectorAll('h3')].find((h3) => h3.textContent === 'Aftercare Tips')!;
    expect(card.compareDocumentPosition(aftercare) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('Back from the result returns to the last question with every answer kept', async () => {
    const { element } = await atResult();
    const back = [...shadow(element).querySelectorAll('button')].find((button) => button.textContent === 'Back')!;
    back.click();
    await element.updateComplete;
    expect(currentQuestionId(element)).to.equal('pressure'); // the built-in rules' last question
    expect(shadow(element).querySelector<HTMLInputElement>('input[value="firm"]')!.checked).to.equal(true);
    expect(element.answers).to.deep.equal(chronicKnots);
    expect(shadow(element).activeElement!.textContent).to.match(/^Step (\d+) of \1$/); // the last step, focused
  });
});
