import { expect, waitUntil } from '@open-wc/testing';
import { answerAll } from '../support/index.js';
import { choose, download, widgetBySrc, fieldAt, openEditor, press, settled, typeInto, type PageWindow } from './support.js';

// A studio that keeps the built-in questions and puts its own menu on them: a file with "extends": "default"
// made in the editor's forms only — a question's and an option's wording, a technique's name, sessions with
// prices and Square links, a picture with its description and a badge, an add-on's name, price and booking
// parameter. The downloaded file holds only those changes, and the widget loading it by src books them.

const card = (page: PageWindow, path: string) => page.document.querySelector(`[data-card="${path}"]`)!;
/** Waits until the forms show a field for `path` (a change gets its place in the file once the owner writes it). */
const fieldFor = (page: PageWindow, path: string) =>
  waitUntil(() => page.document.querySelector(`#forms [data-path="${path}"]`), `a field for ${path}`, { timeout: 5000 });
const link = (minutes: number) => `https://squareup.com/appointments/book/nola/swedish-${minutes}`;

describe('the editor, for a file that extends the built-in rules', () => {
  afterEach(() => document.querySelectorAll('iframe, massage-selector').forEach((each) => each.remove()));

  it('changes built-in questions, techniques and add-ons with forms, and the widget books them', async function () {
    this.timeout(90000);
    const page = await openEditor();
    choose(page, page.document.getElementById('start') as HTMLSelectElement, 'extension');
    await settled(page, (text) => text.startsWith('No problems'), 'the small file is valid');
    await typeInto(page, '/studio/name', 'Nola Day Spa');

    // Built-in wording shows in each field until the owner writes their own.
    expect(fieldAt(page, '/techniques/@swedish/name').placeholder).to.equal('Swedish Massage');
    await typeInto(page, '/questions/@pressure/text', 'How firm do you like it?');
    await typeInto(page, '/questions/@first/options/@yes/label', 'Yes, my first time');

    await typeInto(page, '/techniques/@swedish/name', 'Swedish Relaxation');
    press(page, 'Give Swedish Massage sessions of its own');
    await settled(page, () => !!page.document.querySelector('[data-path="/techniques/0/sessions/1/price"]'), 'two sessions to fill in');
    for (const [j, [minutes, price]] of [
      [60, '$85'],
      [90, '$120'],
    ].entries()) {
      await typeInto(page, `/techniques/0/sessions/${j}/price`, String(price));
      await typeInto(page, `/techniques/0/sessions/${j}/bookingUrl`, link(Number(minutes)));
    }
    await fieldFor(page, '/techniques/0/image/src');
    await typeInto(page, '/techniques/0/image/src', 'https://nola.example/swedish.jpg');
    await typeInto(page, '/techniques/0/image/alt', 'A therapist working on a client’s shoulders');
    await typeInto(page, '/techniques/0/badge', 'Most popular');
    // Deep pressure is shown and kept from the built-in rules.
    expect(card(page, '/techniques/@deep-tissue').textContent).to.contain('Deep pressure: yes');

    await typeInto(page, '/addOns/@hot-stones/name', 'Aromatherapy');
    await fieldFor(page, '/addOns/0/price');
    await typeInto(page, '/addOns/0/price', '+ $15');
    // Emptying a field the owner wrote takes the change out again.
    await typeInto(page, '/addOns/@cbd-oil/price', '+ $25');
    await fieldFor(page, '/addOns/1/price');
    fieldAt(page, '/addOns/1/price').focus();
    fieldAt(page, '/addOns/1/price').select();
    await import('@web/test-runner-commands').then(({ sendKeys }) => sendKeys({ press: 'Backspace' }));
    await settled(page, () => !page.document.querySelector('[data-path="/addOns/1/price"]'), 'the untouched add-on has no change');

    await settled(page, (text) => text.startsWith('No problems'), 'the file is valid');
    const file = await download(page);
    expect(file.name).to.equal('nola-day-spa-rules.json');
    expect(JSON.parse(file.text)).to.deep.equal({
      version: 1,
      extends: 'default',
      studio: { name: 'Nola Day Spa' },
      questions: [
        { id: 'pressure', text: 'How firm do you like it?' },
        { id: 'first', options: [{ id: 'yes', label: 'Yes, my first time' }] },
      ],
      techniques: [
        {
          id: 'swedish',
          name: 'Swedish Relaxation',
          sessions: [
            { minutes: 60, price: '$85', bookingUrl: link(60) },
            { minutes: 90, price: '$120', bookingUrl: link(90) },
          ],
          image: { src: 'https://nola.example/swedish.jpg', alt: 'A therapist working on a client’s shoulders' },
          badge: 'Most popular',
        },
      ],
      addOns: [{ id: 'hot-stones', name: 'Aromatherapy', price: '+ $15' }],
    });

    // The file on a studio's page, by src: a first-timer gets the renamed Swedish with its own sessions and links.
    const element = await widgetBySrc(file.text);
    const result = await answerAll(element, {
      safety: ['none'],
      area: ['upper-back'],
      duration: 'weeks',
      feel: ['stress'],
      lifestyle: ['desk'],
      first: 'yes',
      pressure: 'medium',
    });
    expect(result.technique.name).to.equal('Swedish Relaxation');
    expect(result.technique.sessions.map((s: { bookingUrl: string; price: string }) => [s.price, s.bookingUrl])).to.deep.equal([
      ['$85', link(60)],
      ['$120', link(90)],
    ]);
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="result-heading"]'), 'the result shows');
  });
});
