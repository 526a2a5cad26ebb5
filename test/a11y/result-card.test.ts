import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { BookEvent, MassageSelector } from '../../src/massage-selector.js';
import {
  answerAll,
  chronicKnots,
  currentQuestionId,
  defaultSelector,
  mountSelector,
  shadow,
  stressedDeskWorker,
} from '../support/index.js';

/** The Book control on the card with this index (0 the recommended technique, then the alternatives). */
const bookOn = (element: MassageSelector, i: number) => shadow(element).querySelector<HTMLAnchorElement>(`[part~="book"][data-i="${i}"]`)!;

/** Clicks Book and returns the `book` event, cancelled so the test page stays. */
async function book(element: MassageSelector, control: HTMLElement) {
  element.addEventListener('book', (event) => event.preventDefault(), { once: true });
  const booked = oneEvent(element, 'book') as Promise<BookEvent>;
  control.click();
  return (await booked).detail;
}

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
    const control = bookOn(element, 0).getBoundingClientRect();
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
    expect(card.querySelector('[part~="book"]')).to.equal(bookOn(element, 0));
    const aftercare = [...shadow(element).querySelectorAll('h3')].find((h3) => h3.textContent === 'Aftercare Tips')!;
    expect(card.compareDocumentPosition(aftercare) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('books an alternative with its own Book: book names that technique and its own link', async () => {
    const { element, detail } = await atResult();
    expect(detail.alternatives.length).to.be.greaterThan(0);
    const alternative = detail.alternatives[0];
    const control = bookOn(element, 1);
    expect(control.closest('[part~="alternative"]')!.textContent).to.contain(alternative.name);
    expect(control.getAttribute('href')).to.equal(alternative.sessions[0].bookingUrl);
    expect(new URL(control.href).searchParams.get('technique')).to.equal(alternative.id);
    const booked = await book(element, control);
    expect(booked.technique.id).to.equal(alternative.id);
    expect(booked.session).to.deep.equal(alternative.sessions[0]);
    expect(booked.bookingUrl).to.equal(control.getAttribute('href'));
  });

  it('the visitor picks the 90-minute session: Book follows its link and book says which session', async () => {
    const { element } = await atResult();
    const chips = shadow(element).querySelectorAll<HTMLInputElement>('[part~="card"] input[type=radio]');
    expect([...chips].map((chip) => chip.labels![0].textContent!.trim())).to.deep.equal(['60', '90']);
    expect(chips[0].checked, 'the first session is chosen to begin with').to.equal(true);
    expect(new URL(bookOn(element, 0).href).searchParams.get('minutes')).to.equal('60');
    chips[1].click();
    await element.updateComplete;
    expect(chips[1].checked).to.equal(true);
    expect(chips[1].closest('label')!.part.contains('option-selected')).to.equal(true);
    const href = bookOn(element, 0).href;
    expect(new URL(href).searchParams.get('minutes')).to.equal('90');
    const booked = await book(element, bookOn(element, 0));
    expect(booked.technique.id).to.equal('deep-tissue');
    expect(booked.session).to.include({ minutes: 90, bookingUrl: href });
    expect(booked.bookingUrl).to.equal(href);
  });

  it('sessions with their own price and link: the chips name them, and the 90-minute chip books its own link', async () => {
    const sessions = [
      { minutes: 60, price: '$95', amount: 95, bookingUrl: 'https://studio.example/book/swedish-60' },
      { minutes: 90, price: '$130', amount: 130, bookingUrl: 'https://studio.example/book/swedish-90' },
    ];
    const rules = { extends: 'default', version: 1, techniques: [{ id: 'swedish', sessions }] };
    const { element } = await mountSelector({}, JSON.stringify(rules));
    await answerAll(element, stressedDeskWorker);
    const chips = [...shadow(element).querySelectorAll<HTMLInputElement>('[part~="card"] input[type=radio]')];
    expect(chips.map((chip) => chip.labels![0].textContent!.trim())).to.deep.equal(['60 · $95', '90 · $130']);
    expect(bookOn(element, 0).getAttribute('href')).to.equal(sessions[0].bookingUrl);
    chips[1].click();
    await element.updateComplete;
    expect(bookOn(element, 0).getAttribute('href')).to.equal(sessions[1].bookingUrl);
    const booked = await book(element, bookOn(element, 0));
    expect(booked.technique.id).to.equal('swedish');
    expect(booked.session).to.deep.equal(sessions[1]);
    expect(booked.bookingUrl).to.equal(sessions[1].bookingUrl);
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
