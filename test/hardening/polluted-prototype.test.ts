import { expect } from '@open-wc/testing';
import { answerAll, answerStep, chronicKnots, openPage, settle, stressedDeskWorker, withFever, type HostWindow } from '../support/index.js';
import type { MassageSelector } from '../../src/massage-selector.js';
import { checkRules } from '../../src/index.js';

// A host page whose scripts add enumerable properties to Object.prototype (an old library, a careless plugin:
// `Object.prototype.required = false`). Every object of that page, the widget's rules and answers included, then
// seems to have them; the widget must ask and recommend exactly what it would on a clean page. Each page is a frame
// (test/hardening/pages/polluted.html), so this page's own objects stay clean.

const frames: HostWindow[] = [];
// One hook, in this order: the pages' errors are read before their frames go (two hooks emptied the list first, so
// the check read no page at all).
afterEach(async () => {
  await settle();
  for (const page of frames) {
    expect(page.hostLog.errors, 'errors in the page').to.deep.equal([]);
    expect(page.hostLog.rejections, 'rejections in the page').to.deep.equal([]);
  }
  frames.splice(0).forEach((page) => page.frameElement?.remove());
});

/** The widget in a page whose Object.prototype has `pollution`, with these attributes, once it is ready (or failed). */
async function pollutedWidget(pollution: object, attributes: Record<string, string> = {}, inline?: string, query = '') {
  const page = await openPage(`polluted.html?with=${encodeURIComponent(JSON.stringify(pollution))}${query}`);
  frames.push(page);
  await page.customElements.whenDefined('massage-selector');
  const element = page.document.createElement('massage-selector') as MassageSelector;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (inline !== undefined) {
    const script = page.document.createElement('script');
    script.type = 'application/json';
    script.textContent = inline;
    element.append(script);
  }
  const outcome = new Promise<string>((resolve) => {
    element.addEventListener('ready', () => resolve('ready'));
    element.addEventListener('rules-error', () => resolve('rules-error'));
  });
  page.document.body.append(element);
  const event = await outcome;
  await element.updateComplete;
  return { page, element, event, root: element.shadowRoot! };
}

// Assertions read text only: chai describing an object of a polluted page can hang the browser.
const question = (root: ShadowRoot) => root.querySelector<HTMLElement>('fieldset')?.dataset.question;
const text = (root: ShadowRoot) => (root.textContent ?? '').replace(/\s+/g, ' ');

describe('a page that adds properties to Object.prototype', () => {
  it('required = false: Next on the red-flag question with nothing ticked stays there and asks for an answer', async () => {
    const { element, root } = await pollutedWidget({ required: false });
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await element.updateComplete;
    expect(question(root)).to.equal('safety');
    expect(root.querySelector('[part="error"]')?.textContent).to.equal('Please choose an answer.');
  });

  it('required = false: answers kept in the tab without a red-flag answer resume at the red-flag question', async () => {
    const page = await openPage(`polluted.html?with=${encodeURIComponent('{"required":false}')}`);
    frames.push(page);
    const { safety: _, ...rest } = chronicKnots;
    page.sessionStorage.setItem('massage-selector', JSON.stringify([rest, 7]));
    await page.customElements.whenDefined('massage-selector');
    const element = page.document.createElement('massage-selector') as MassageSelector;
    element.setAttribute('persist', '');
    const ready = new Promise((resolve) => element.addEventListener('ready', resolve));
    page.document.body.append(element);
    await ready;
    await element.updateComplete;
    page.sessionStorage.removeItem('massage-selector');
    expect(question(element.shadowRoot!)).to.equal('safety');
  });

  it('showIf: every question is still asked', async () => {
    const { element, root } = await pollutedWidget({ showIf: { question: 'safety', answered: false } });
    await answerStep(element, ['none']);
    expect(question(root)).to.equal('area');
    expect(root.querySelector('[part="step"]')!.textContent).to.equal('Step 2 of 8');
  });

  it('redFlag = true: a visitor with no red flag is not referred', async () => {
    const { element } = await pollutedWidget({ redFlag: true });
    const result = await answerAll(element, chronicKnots);
    expect(result.status).to.equal('recommended');
    expect(result.technique!.id).to.equal('deep-tissue');
  });

  it('redFlag = true: a file with deep pressure and no red-flag question is still refused', async () => {
    const file = {
      version: 1,
      questions: [{ id: 'mood', type: 'single', text: 'How do you feel?', options: [{ id: 'calm', label: 'Calm' }] }],
      techniques: [{ id: 'deep', name: 'Deep', description: 'd', pressure: 'p', target: 't', bestFor: 'b', deep: true }],
      rules: [],
    };
    const { event } = await pollutedWidget({ redFlag: true }, {}, JSON.stringify(file));
    expect(event).to.equal('rules-error');
  });

  it('exclusive = true: two areas ticked stay ticked', async () => {
    const { element, root } = await pollutedWidget({ exclusive: true });
    await answerStep(element, ['none']);
    for (const id of ['neck', 'legs']) {
      root.querySelector<HTMLInputElement>(`input[value="${id}"]`)!.click();
      await element.updateComplete;
    }
    expect(Array.from(element.answers.area as string[])).to.deep.equal(['neck', 'legs']);
  });

  it('help, minLabel and maxLabel: no text the rules do not have', async () => {
    const pollution = { help: 'Tick “None of these” to go on.', minLabel: 'Fine', maxLabel: 'Fine too' };
    const { element, root } = await pollutedWidget(pollution, {}, JSON.stringify(scaleFile));
    expect(text(root)).to.not.contain('None of these');
    expect(text(root)).to.not.contain('Fine');
    await answerStep(element, 'calm');
    expect(text(root)).to.not.contain('Fine');
  });

  it('interface strings: the default wording, on a question, a result and a referral', async () => {
    const pollution = { book: 'Book it, it is safe', referMessage: 'You are fine, go ahead.', title: 'Just book' };
    const { element, root } = await pollutedWidget(pollution);
    expect(root.querySelector('[part="title"]')!.textContent).to.equal('Tell us about your spasms');
    await answerAll(element, chronicKnots);
    expect(root.querySelector('[part~="book"]')!.textContent).to.equal('Book this massage');
    const referred = await pollutedWidget(pollution);
    await answerAll(referred.element, { safety: ['clots'] });
    expect(text(referred.root)).to.not.contain('go ahead');
  });

  it('phone, name and bookingUrl: no number to call or page to visit that the rules do not give', async () => {
    const pollution = {
      phone: '+1 900 555 0100',
      emergencyPhone: '+1 900 555 0101',
      name: 'Call us',
      bookingUrl: 'https://elsewhere.example/',
    };
    const referred = await pollutedWidget(pollution);
    await answerAll(referred.element, { safety: ['sudden'] });
    expect(referred.root.querySelector('a')?.outerHTML).to.equal(undefined);
    const failed = await pollutedWidget(pollution, { src: '/fault/status/404' });
    expect(failed.event).to.equal('rules-error');
    expect(failed.root.querySelector('[part~="fallback"] a')?.outerHTML).to.equal(undefined);
  });

  it('answers of the page’s own: a step shows nothing ticked that the visitor did not tick', async () => {
    const { element, root } = await pollutedWidget({ safety: ['none'], area: ['neck'] });
    expect(root.querySelectorAll('input:checked').length).to.equal(0);
    await answerStep(element, ['fever']);
    expect(root.querySelector('[part~="result-heading"]')?.outerHTML).to.be.a('string');
    const second = await pollutedWidget({ safety: ['none'], area: ['neck'] });
    await answerStep(second.element, ['none']);
    expect(second.root.querySelectorAll('input:checked').length).to.equal(0);
  });

  it('extends = "default": a complete rules file is used as it is', async () => {
    const { event, root } = await pollutedWidget({ extends: 'default' }, { src: '/rules/examples/nola-es.json' });
    expect(event).to.equal('ready');
    expect(root.querySelector('[part="title"]')!.textContent).to.not.equal('Tell us about your spasms');
  });

  it('options: a file extending the built-in rules keeps every red flag', async () => {
    const pollution = { options: [{ id: 'clots', label: 'Blood clots', redFlag: false }] };
    const file = { extends: 'default', version: 1, questions: [{ id: 'safety', text: 'Anything we should know?' }] };
    const { element } = await pollutedWidget(pollution, {}, JSON.stringify(file));
    const result = await answerAll(element, { ...chronicKnots, safety: ['clots'] });
    expect(result.status).to.equal('refer');
    expect(element.shadowRoot!.querySelector('[part~="book"]')?.outerHTML).to.equal(undefined);
  });

  it('safety: a file without safety rules asks every question', async () => {
    const pollution = { safety: [{ id: 'stop', action: 'refer', when: { question: 'mood', answered: true }, message: 'Stop.' }] };
    const { element, root } = await pollutedWidget(pollution, {}, JSON.stringify(scaleFile));
    await answerStep(element, 'calm');
    expect(question(root)).to.equal('pain');
  });

  it('a red flag still refers, with no Book', async () => {
    const pollution = { required: false, showIf: { question: 'safety', answered: false }, redFlag: false, exclusive: true };
    const { element, root } = await pollutedWidget(pollution, { 'booking-url': 'https://studio.example/book' });
    const result = await answerAll(element, withFever);
    expect(result.status).to.equal('refer');
    expect(root.querySelector('[part~="book"]')?.outerHTML).to.equal(undefined);
  });
});

/** Two questions, the second a scale, and a gentle technique: no safety rules, nothing deep. */
const scaleFile = {
  version: 1,
  questions: [
    { id: 'mood', type: 'single', text: 'How do you feel?', options: [{ id: 'calm', label: 'Calm' }] },
    { id: 'pain', type: 'scale', text: 'How much does it hurt?' },
  ],
  techniques: [{ id: 'gentle', name: 'Gentle', description: 'd', pressure: 'p', target: 't', bestFor: 'b', deep: false }],
  rules: [],
};

describe('a page with Prototype.js (an Array.prototype.toJSON that returns a string)', () => {
  const toJSON = (attributes: Record<string, string> = {}) => pollutedWidget({}, attributes, undefined, '&toJSON');

  it('answers set by the page keep their lists', async () => {
    const { element, page } = await toJSON();
    element.answers = page.JSON.parse('{"safety": ["none"], "area": ["neck", "legs"]}'); // the page's own lists
    expect(JSON.stringify(Array.from(element.answers.area as string[]))).to.equal('["neck","legs"]');
  });

  it('rules set as the property are used', async () => {
    const { element, page } = await toJSON();
    const ready = new Promise<string>((resolve) => {
      element.addEventListener('ready', () => resolve('ready'));
      element.addEventListener('rules-error', () => resolve('rules-error'));
    });
    element.rules = page.JSON.parse(JSON.stringify(scaleFile));
    expect(await ready).to.equal('ready');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('legend')!.textContent).to.equal('How do you feel?');
  });

  it('persist: a reload resumes with the answers and the step', async () => {
    const { element, page } = await toJSON({ persist: '' });
    await answerStep(element, ['none']);
    await answerStep(element, ['neck', 'legs']);
    const second = page.document.createElement('massage-selector') as MassageSelector;
    second.setAttribute('persist', '');
    const ready = new Promise((resolve) => second.addEventListener('ready', resolve));
    element.remove();
    page.document.body.append(second);
    await ready;
    await second.updateComplete;
    page.sessionStorage.removeItem('massage-selector');
    expect(question(second.shadowRoot!)).to.equal('duration');
    expect(JSON.stringify(Array.from(second.answers.area as string[]))).to.equal('["neck","legs"]');
  });
});

// The engine's half (src/rules/conditions.ts): a condition's test is read from its own keys only. Each failed
// before holds() did so (an inherited `equals` or `answered` gave a pregnant visitor Deep Tissue and Book).
const pregnant = { ...chronicKnots, safety: ['pregnant'] };
describe('a page that adds properties to Object.prototype: the result is a clean page’s', () => {
  const cases: Array<[string, object, object]> = [
    ['equals: pregnancy still excludes deep pressure', { equals: 'x' }, pregnant],
    ['answered = false: pregnancy still excludes deep pressure', { answered: false }, pregnant],
    ['answered = false: a sudden one-sided weakness is still an emergency', { answered: false }, { safety: ['sudden'] }],
    ['question: groups (all, any, not) still hold', { question: 'duration' }, chronicKnots],
    // The rules' optional fields and the result's copies (src/engine/recommend.ts, the element's `bare` copies): a
    // prototype-pollution bug in another script must not send Book elsewhere, add a picture (a request to another
    // site), a price, a plan length or change which tips are shown.
    ['bookingUrl: Book goes to the booking-url, with the technique', { bookingUrl: 'https://elsewhere.example/' }, chronicKnots],
    ['sessions: the sessions the rules offer', { sessions: [{ minutes: 5, bookingUrl: 'https://elsewhere.example/' }] }, chronicKnots],
    ['bookingParams: no booking parameter the rules do not give', { bookingParams: { coupon: 'x' } }, chronicKnots],
    [
      'when: every tip and plan without a condition is still shown',
      { when: { question: 'safety', includesAny: ['fever'] } },
      stressedDeskWorker,
    ],
    ['price: no price the rules do not give', { price: 'FREE' }, chronicKnots],
    [
      'image, badge, duration: no picture, badge or plan length the rules do not give',
      { image: { src: 'https://tracker.example/pixel.png', alt: '' }, badge: 'Doctor approved', duration: 'forever' },
      chronicKnots,
    ],
  ];
  const seen = async (pollution: object, answers: object, attributes = { 'booking-url': 'https://studio.example/book' }) => {
    const { element, root } = await pollutedWidget(pollution, attributes);
    await answerAll(element, answers as never);
    await settle();
    return [text(root), root.querySelector('[part~="book"]')?.getAttribute('href') ?? null, root.querySelectorAll('img').length];
  };
  for (const [what, pollution, answers] of cases)
    it(what, async () => expect(await seen(pollution, answers)).to.deep.equal(await seen({}, answers)));
  it('studio: with no booking-url, Book is still a button that opens nothing (the built-in rules have no studio)', async () => {
    const pollution = { studio: { bookingUrl: 'https://elsewhere.example/', phone: '555-0100', name: 'Elsewhere' } };
    const polluted = await seen(pollution, chronicKnots, {});
    expect(polluted).to.deep.equal(await seen({}, chronicKnots, {}));
    expect(polluted[1]).to.equal(null);
  });
  it('strings: a rules file without strings keeps the default wording', async () => {
    const file = JSON.stringify(scaleFile);
    const { root } = await pollutedWidget({ strings: { title: 'Polluted title', next: 'Go' } }, {}, file);
    expect(text(root)).to.include('Tell us about your spasms').and.not.include('Polluted');
  });
  it('a pregnant visitor on a clean page is offered no deep pressure (what the cases compare with)', async () => {
    const [shown] = await seen({}, pregnant);
    expect(shown).to.include('In pregnancy').and.not.include('Deep Tissue Massage');
  });
});

// The bundle checks a file's `examples` only as a list of objects (it never reads them; rollup.config.mjs's
// bundle-validator), while lib/ and the checker check each field. A clean page (no pollution) loads the bundle.
describe('the bundle and a file whose examples are malformed', () => {
  const file = { ...scaleFile, examples: [{ name: 5, answers: 'none', expect: 'Gentle!' }] };
  it('the widget runs it (the checker reports the example)', async () => {
    const { event, root } = await pollutedWidget({}, {}, JSON.stringify(file));
    expect(event).to.equal('ready');
    expect(root.querySelector('legend')?.textContent).to.equal('How do you feel?');
    expect(checkRules(file).valid, 'lib/ checks the examples').to.equal(false);
  });
  it('examples that are not a list of objects are still refused', async () => {
    for (const examples of ['none', [1], Array(501).fill({})])
      expect(
        (await pollutedWidget({}, {}, JSON.stringify({ ...scaleFile, examples }))).event,
        JSON.stringify(examples).slice(0, 20),
      ).to.equal('rules-error');
  });
});
