import { expect } from '@open-wc/testing';
import { answerAll, stressedDeskWorker, openFrame, widgetIn } from './support/index.js';

// The demo that `npm start` serves, as a person uses it: answer, see the result, press Book.
describe('the demo page (demo/index.html)', () => {
  it('logs ready, answer and recommend; Book is logged and kept on the page, or followed to the booking page', async () => {
    const page = await openFrame('/demo/');
    const element = await widgetIn(page);
    const detail = await answerAll(element, stressedDeskWorker);
    expect(detail.technique.id).to.equal('swedish');
    const logged = () => [...page.document.querySelectorAll<HTMLElement>('#events li')].map((item) => item.dataset.event);
    expect(logged()[0]).to.equal('recommend');
    expect(logged()).to.include.members(['ready', 'answer']);

    const book = element.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="book"]')!;
    expect(book.getAttribute('href')).to.equal('book.html?technique=swedish&minutes=60');
    book.click();
    expect(logged()[0]).to.equal('book');
    expect(page.location.pathname).to.equal('/demo/');

    // Unticking "Keep visitors here" lets the widget follow its booking link to the studio's booking page.
    page.document.querySelector<HTMLInputElement>('#keep')!.click();
    const arrived = new Promise((resolve) => page.frameElement!.addEventListener('load', resolve, { once: true }));
    book.click();
    await arrived;
    const booking = (page.frameElement as HTMLIFrameElement).contentWindow!;
    expect(booking.location.pathname).to.equal('/demo/book.html');
    expect(booking.document.querySelector('h1')!.textContent).to.equal('Book a massage');
  });

  it('runs the Spanish studio from its rules file (demo/es.html)', async () => {
    const page = await openFrame('/demo/es.html');
    const element = await widgetIn(page);
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('Cuéntanos qué te duele');
    expect(element.shadowRoot!.querySelector('section')!.getAttribute('lang')).to.equal('es');
  });
});
