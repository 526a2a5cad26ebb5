// What a host page wires up without glue code: booking-link templates, the `rules` and `answers` properties,
// the opt-in `data-layer` (ids only) and `persist` (sessionStorage) attributes.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { MassageSelector } from '../src/massage-selector.js';
import type { BookEvent, RulesErrorEvent } from '../src/element/events.js';
import { recommend } from '../src/engine/recommend.js';
import type { Answers, Rules } from '../src/rules/types.js';
import { answerAll, answerStep, currentQuestionId, shadow } from './support/index.js';

const rules: Rules = await (await fetch('/rules/default.json')).json();
const chronicKnots = {
  safety: ['none'],
  area: ['legs'],
  duration: 'years',
  onset: 'no',
  feel: ['knot', 'ache'],
  lifestyle: ['training'],
  first: 'no',
  pressure: 'firm',
};
/** Deep tissue with both add-ons (hot stones for knots, CBD oil for inflamed). */
const twoAddOns = { ...chronicKnots, feel: ['knot', 'ache', 'inflamed'] };

async function selector(attributes: Record<string, string> = {}): Promise<MassageSelector> {
  const element = document.createElement('massage-selector');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const ready = oneEvent(element, 'ready');
  await fixture(html`<div>${element}</div>`);
  await ready;
  await element.updateComplete;
  return element;
}

describe('booking links', () => {
  const link = (bookingUrl: string, answers: Answers = chronicKnots) => recommend(rules, answers, { bookingUrl });

  it('name the technique and the session minutes in the studio link, and repeat addon= for each add-on', () => {
    const result = link('https://studio.example/book');
    expect(result.bookingUrl).to.equal('https://studio.example/book?technique=deep-tissue&minutes=60&addon=hot-stones');
    expect(result.technique!.sessions.map((session) => session.bookingUrl)).to.deep.equal([
      'https://studio.example/book?technique=deep-tissue&minutes=60&addon=hot-stones',
      'https://studio.example/book?technique=deep-tissue&minutes=90&addon=hot-stones',
    ]);
    const both = link('https://studio.example/book?location=2#top', twoAddOns).bookingUrl!;
    const url = new URL(both);
    expect(url.searchParams.getAll('addon')).to.have.members(['hot-stones', 'cbd-oil']);
    expect(url.searchParams.get('location')).to.equal('2');
    expect(url.hash).to.equal('#top');
  });

  it('fill a template with {technique}, {minutes} and {addons}, and nothing else', () => {
    const template = 'https://studio.example/book/{technique}?length={minutes}&extras={addons}';
    expect(link(template).bookingUrl).to.equal('https://studio.example/book/deep-tissue?length=60&extras=hot-stones');
    expect(link(template, twoAddOns).technique!.sessions[1].bookingUrl).to.match(
      /^https:\/\/studio\.example\/book\/deep-tissue\?length=90&extras=(hot-stones,cbd-oil|cbd-oil,hot-stones)$/,
    );
    // Relative templates stay relative: a value can never become a scheme or a host.
    expect(link('{technique}/{minutes}').bookingUrl).to.equal('deep-tissue/60');
  });

  it('percent-encode what they fill in, so no id can change the scheme or the host', () => {
    const id = 'javascript:alert(1)//@evil.example/';
    const hostile: Rules = JSON.parse(JSON.stringify(rules).replaceAll('"deep-tissue"', JSON.stringify(id)));
    const result = recommend(hostile, chronicKnots, { bookingUrl: '{technique}' });
    expect(result.technique!.id).to.equal(id);
    expect(result.bookingUrl).to.equal('javascript%3Aalert(1)%2F%2F%40evil.example%2F');
    expect(new URL(result.bookingUrl!, 'https://studio.example/').host).to.equal('studio.example');
  });

  it("leave a technique's own link alone: only its add-on parameters are added", () => {
    const own = { ...rules, techniques: rules.techniques.map((t) => ({ ...t, bookingUrl: `https://book.example/${t.id}` })) } as Rules;
    expect(recommend(own, chronicKnots, { bookingUrl: 'https://studio.example/{technique}' }).bookingUrl).to.equal(
      'https://book.example/deep-tissue?addon=hot-stones',
    );
  });

  it('are what the Book link follows, from the booking-url attribute', async () => {
    const element = await selector({ 'booking-url': 'https://studio.example/{technique}/{minutes}?addons={addons}' });
    await answerAll(element, twoAddOns);
    const href = shadow(element).querySelector('a[part~="book"]')!.getAttribute('href')!;
    expect(href).to.match(/^https:\/\/studio\.example\/deep-tissue\/60\?addons=(hot-stones,cbd-oil|cbd-oil,hot-stones)$/);
  });
});

describe('the answers and rules properties', () => {
  it('setting answers to an equal value (a framework re-rendering) keeps the step and the result', async () => {
    const element = await selector();
    element.answers = { safety: ['none'] };
    await element.updateComplete;
    await answerStep(element, []);
    expect(currentQuestionId(element)).to.equal('area');
    element.answers = { safety: ['none'] };
    await element.updateComplete;
    expect(currentQuestionId(element)).to.equal('area');
    element.answers = { safety: ['none'], area: ['neck'] };
    await element.updateComplete;
    expect(currentQuestionId(element)).to.equal('safety'); // different answers start again
  });

  it('accepts a reactive proxy (as Vue passes) and a frozen object as answers', async () => {
    const element = await selector();
    const proxied = new Proxy({ safety: new Proxy(['none'], {}), pressure: 'firm' }, {});
    element.answers = proxied;
    expect(element.answers).to.deep.equal({ safety: ['none'], pressure: 'firm' });
    element.answers = Object.freeze({ safety: Object.freeze(['none']), pressure: 'gentle' }) as Answers;
    expect(element.answers).to.deep.equal({ safety: ['none'], pressure: 'gentle' });
    const early = document.createElement('massage-selector'); // not connected: no rules yet
    early.answers = proxied;
    expect(early.answers).to.deep.equal({ safety: ['none'], pressure: 'firm' });
  });

  it('runs a rules object set as a property, and reports an invalid one with rules-error', async () => {
    const element = document.createElement('massage-selector');
    element.rules = { ...rules, studio: { ...rules.studio, name: 'Object Studio' }, strings: { title: 'From a property' } } as Rules;
    const ready = oneEvent(element, 'ready');
    await fixture(html`<div>${element}</div>`);
    expect((await ready).detail.source).to.equal('property');
    await element.updateComplete;
    expect(shadow(element).querySelector('h2')!.textContent).to.equal('From a property');

    const failed = oneEvent(element, 'rules-error') as Promise<RulesErrorEvent>;
    element.rules = { version: 2 } as unknown as Rules;
    const error = (await failed).detail;
    expect(error.code).to.equal('invalid');
    expect(error.errors.length).to.be.greaterThan(0);

    const back = oneEvent(element, 'ready');
    element.rules = null;
    expect((await back).detail.source).to.equal('default');
  });
});

/** Every string in the data layer's entries (values and array items). */
const pushedStrings = (entries: object[]) =>
  entries.flatMap((entry) =>
    Object.values(entry)
      .flat()
      .filter((v) => typeof v === 'string'),
  );

describe('data-layer (opt-in analytics, ids only)', () => {
  const page = window as unknown as { dataLayer?: Array<Record<string, unknown>> };
  beforeEach(() => delete page.dataLayer);

  it('pushes the technique, add-ons and session on recommend and book, and none of the answers, reasons or rule ids', async () => {
    const element = await selector({ 'data-layer': '' });
    element.addEventListener('book', (event) => event.preventDefault());
    const detail = await answerAll(element, twoAddOns);
    const booked = oneEvent(element, 'book') as Promise<BookEvent>;
    shadow(element).querySelector<HTMLElement>('[part~="book"]')!.click();
    await booked;
    expect(page.dataLayer).to.deep.equal([
      { event: 'massage_selector_recommend', technique: 'deep-tissue', addOns: detail.addOns.map((a) => a.id), session: 60 },
      { event: 'massage_selector_book', technique: 'deep-tissue', addOns: detail.addOns.map((a) => a.id), session: 60 },
    ]);
    expect(detail.addOns.map((a) => a.id)).to.have.members(['hot-stones', 'cbd-oil']);
    const forbidden = [...Object.keys(twoAddOns), ...Object.values(twoAddOns).flat(), ...detail.reasons, ...detail.fired];
    expect(pushedStrings(page.dataLayer!).filter((value) => forbidden.includes(value))).to.deep.equal([]);
  });

  it('ticking every answer (a referral) pushes only that the questionnaire was completed', async () => {
    const element = await selector({ 'data-layer': '' });
    const every = new Set<string>();
    const recommended = oneEvent(element, 'recommend');
    for (let guard = 0; guard < 30 && !shadow(element).querySelector('[part~="result-heading"], [part~="referral"]'); guard++) {
      const inputs = [...shadow(element).querySelectorAll<HTMLInputElement>('input')];
      for (const input of inputs) {
        every.add(input.value);
        input.click(); // every box, or the last of a single choice
        await element.updateComplete;
      }
      if (inputs.some((input) => input.type === 'checkbox' && !input.checked)) {
        for (const input of inputs) if (!input.checked) input.click(); // "None of these" unticked the rest: tick them again
        await element.updateComplete;
      }
      shadow(element).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await element.updateComplete;
    }
    const detail = (await recommended).detail;
    expect(detail.status).to.equal('refer');
    expect(detail.fired.length).to.be.greaterThan(0);
    expect(page.dataLayer).to.deep.equal([{ event: 'massage_selector_recommend', technique: null, addOns: [], session: null }]);
    const text = JSON.stringify(page.dataLayer);
    for (const value of [...every, ...detail.fired, detail.message!]) expect(text).to.not.contain(`"${value}"`);
    expect(text).to.not.contain('fever');
  });

  it('pushes nothing without the attribute', async () => {
    const element = await selector();
    await answerAll(element, chronicKnots);
    expect(page.dataLayer).to.equal(undefined);
  });
});

describe('persist (opt-in resume in sessionStorage)', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('a visitor who reloads continues at the same step with the same answers', async () => {
    const first = await selector({ persist: '' });
    await answerStep(first, ['none']);
    await answerStep(first, ['neck']);
    expect(currentQuestionId(first)).to.equal('duration');
    const stored = JSON.stringify(sessionStorage);
    expect(stored).to.contain('neck');
    first.remove(); // what a reload leaves: sessionStorage and a new element

    const again = await selector({ persist: '' });
    expect(currentQuestionId(again)).to.equal('duration');
    expect(again.answers).to.deep.equal({ safety: ['none'], area: ['neck'] });
    await answerStep(again, ['weeks']);
    expect(currentQuestionId(again)).to.equal('feel');
  });

  it('stores nothing anywhere without it', async () => {
    const element = await selector();
    await answerAll(element, chronicKnots);
    element.reset();
    await element.updateComplete;
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
    const again = await selector();
    expect(currentQuestionId(again)).to.equal('safety');
    expect(again.answers).to.deep.equal({});
  });
});
