import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { MassageSelector } from '../src/massage-selector.js';
import type { BookEvent } from '../src/element/events.js';
import {
  answerAll,
  answerStep,
  chronicKnots,
  currentQuestionId,
  defaultSelector,
  mountSelector,
  settle,
  shadow,
  watchHostPage,
} from './support/index.js';

describe('<massage-selector> in the page', () => {
  it('starts with the default rules and the first question, without taking focus', async () => {
    const element = await defaultSelector();
    expect(shadow(element).querySelector('h2')!.textContent).to.equal('Tell us about your spasms');
    expect(shadow(element).querySelector('.step')!.textContent).to.equal('Step 1 of 8');
    expect(shadow(element).querySelector('legend')!.textContent).to.contain('Before we start');
    expect(document.activeElement).to.not.equal(element);
  });

  it('recommends deep tissue to a visitor who clicks through chronic knots and firm pressure', async () => {
    const element = await defaultSelector();
    const answers: string[] = [];
    element.addEventListener('answer', (event) => answers.push(event.detail.question));
    const detail = await answerAll(element, chronicKnots);
    expect(detail.status).to.equal('recommended');
    expect(detail.technique!.id).to.equal('deep-tissue');
    expect(detail.answers).to.deep.equal(chronicKnots);
    expect(answers).to.include.members(['safety', 'pressure', 'first']);
    const result = shadow(element);
    expect(result.querySelector('[part~="result-heading"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Your Recommended Technique Deep Tissue Massage',
    );
    expect(result.querySelector('[part~="technique"]')!.textContent).to.equal('Deep Tissue Massage');
    expect(result.textContent).to.contain('Aftercare Tips');
    expect(result.textContent).to.contain('Hot Himalayan Salt Stones');
    expect(result.textContent).to.contain('Weekly at first');
    expect(result.activeElement).to.equal(result.querySelector('[part~="result-heading"]'));
  });

  it('asks for an answer before moving on, and keeps answers when going back', async () => {
    const element = await defaultSelector();
    await answerStep(element, []);
    expect(currentQuestionId(element)).to.equal('safety');
    expect(shadow(element).querySelector('.error')!.textContent).to.contain('Please choose');
    await answerStep(element, ['none']);
    expect(currentQuestionId(element)).to.equal('area');
    (shadow(element).querySelector('.actions button[type=button]') as HTMLButtonElement).click();
    await element.updateComplete;
    expect(currentQuestionId(element)).to.equal('safety');
    expect(shadow(element).querySelector<HTMLInputElement>('input[value="none"]')!.checked).to.equal(true);
  });

  it('"None of these" clears the red flags on screen and in the answers, and a red flag clears it', async () => {
    const element = await defaultSelector();
    const ticked = () => [...shadow(element).querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
    const click = async (value: string) => {
      shadow(element).querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
      await element.updateComplete;
    };
    await click('fever');
    await click('clots');
    await click('none');
    expect(ticked()).to.deep.equal(['none']);
    expect(element.answers).to.deep.equal({ safety: ['none'] });
    await click('fever');
    expect(ticked()).to.deep.equal(['fever']);
    expect(element.answers).to.deep.equal({ safety: ['fever'] });
  });

  it('shows each step with only its own answers checked, whatever was clicked on the step before', async () => {
    const element = await defaultSelector();
    await answerStep(element, ['none']);
    await answerStep(element, ['neck']);
    await answerStep(element, ['weeks']); // the second radio of "duration"...
    const checked = [...shadow(element).querySelectorAll('input')].filter((input) => input.checked);
    expect(currentQuestionId(element)).to.equal('feel');
    expect(checked).to.have.length(0); // ...must not leave the second box of "feel" ticked
    await answerStep(element, ['stress']);
    await answerStep(element, ['desk']);
    await answerStep(element, ['no']);
    expect(currentQuestionId(element)).to.equal('pressure');
    expect(element.answers.first).to.equal('no');
  });

  it('sends a visitor with a red flag straight to the referral, with no booking button', async () => {
    const element = await defaultSelector();
    const recommended = oneEvent(element, 'recommend');
    await answerStep(element, ['fever']);
    const { detail } = await recommended;
    expect(detail.status).to.equal('refer');
    expect(detail.technique).to.equal(null);
    expect(Boolean(shadow(element).querySelector('[part~="book"]')), 'a Book button').to.equal(false);
    expect(shadow(element).querySelector('[part~="referral"]')!.textContent).to.contain('wait until you have recovered'); // 001
  });

  it('fires a cancelable book event; preventDefault keeps the page where it is', async () => {
    const element = await defaultSelector();
    await answerAll(element, chronicKnots);
    const before = location.href;
    element.addEventListener('book', (event) => event.preventDefault());
    const booked = oneEvent(element, 'book') as Promise<BookEvent>;
    shadow(element).querySelector<HTMLElement>('[part~="book"]')!.click();
    const event = await booked;
    expect(event.cancelable).to.equal(true);
    expect(event.defaultPrevented).to.equal(true);
    expect(event.detail.technique.id).to.equal('deep-tissue');
    expect(event.detail.bookingUrl).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(location.href).to.equal(before);
  });

  it('hands the host page exactly the documented keys in every event’s detail', async () => {
    const details: Record<string, object[]> = {};
    const listen = (element: MassageSelector) => {
      for (const type of ['ready', 'answer', 'recommend', 'book', 'rules-error'])
        element.addEventListener(type, (event) => (details[type] ??= []).push((event as CustomEvent).detail));
    };
    const keys = (type: string) => [...new Set(details[type].flatMap((detail) => Object.keys(detail)))].sort();
    const element = document.createElement('massage-selector');
    element.setAttribute('booking-url', 'https://studio.example/book');
    listen(element);
    document.body.append(element);
    await oneEvent(element, 'ready');
    await element.updateComplete;
    await answerAll(element, chronicKnots);
    element.addEventListener('book', (event) => event.preventDefault());
    shadow(element).querySelector<HTMLElement>('[part~="book"]')!.click();
    element.remove();
    const broken = document.createElement('massage-selector');
    listen(broken);
    broken.setAttribute('src', '/test/fixtures/does-not-exist.json');
    document.body.append(broken);
    await oneEvent(broken, 'rules-error');
    broken.remove();

    expect(keys('ready')).to.deep.equal(['source']);
    expect(keys('answer')).to.deep.equal(['answers', 'question', 'value']);
    expect(keys('recommend')).to.deep.equal([
      'addOns',
      'aftercare',
      'alternatives',
      'answers',
      'bookingUrl',
      'cautions',
      'excluded',
      'fired',
      'message',
      'plan',
      'reasons',
      'status',
      'technique',
      'urgent',
    ]);
    expect(keys('book')).to.deep.equal(['addOns', 'answers', 'bookingUrl', 'session', 'technique']);
    expect(keys('rules-error')).to.deep.equal(['code', 'errors', 'message', 'status']);
    const recommended = details.recommend[0] as { technique: object; addOns: object[]; plan: object };
    const techniqueKeys = [
      'bestFor',
      'bookingUrl',
      'badge',
      'deep',
      'description',
      'id',
      'image',
      'name',
      'pressure',
      'price',
      'reasons',
      'score',
      'sessionMinutes',
      'sessions',
      'target',
    ];
    expect(Object.keys(recommended.technique).filter((key) => !techniqueKeys.includes(key))).to.deep.equal([]);
    expect(Object.keys(recommended.technique)).to.include.members(['id', 'name', 'score', 'reasons', 'sessions']);
    const addOnKeys = ['badge', 'bookingParams', 'description', 'id', 'image', 'name', 'price', 'reasons', 'score'];
    expect(recommended.addOns.flatMap((addOn) => Object.keys(addOn)).filter((key) => !addOnKeys.includes(key))).to.deep.equal([]);
    expect(Object.keys(recommended.plan).filter((key) => !['id', 'when', 'title', 'frequency', 'duration'].includes(key))).to.deep.equal(
      [],
    );
  });

  it('books at the studio page given by the booking-url attribute, with the add-ons, and never follows an unsafe one', async () => {
    const element = await defaultSelector();
    element.setAttribute('booking-url', 'https://studio.example/book');
    await answerAll(element, chronicKnots);
    const link = shadow(element).querySelector<HTMLAnchorElement>('a[part~="book"]')!;
    expect(link.getAttribute('href')).to.equal('https://studio.example/book?technique=deep-tissue&minutes=60&addon=hot-stones');
    element.addEventListener('book', (event) => event.preventDefault());
    const booked = oneEvent(element, 'book') as Promise<BookEvent>;
    link.click();
    expect((await booked).detail.bookingUrl).to.equal('https://studio.example/book?technique=deep-tissue&minutes=60&addon=hot-stones');

    const unsafe = await defaultSelector();
    unsafe.setAttribute('booking-url', ' JaVaScRiPt:alert(1)');
    const detail = await answerAll(unsafe, chronicKnots);
    expect(detail.bookingUrl).to.equal(null);
    expect(Boolean(shadow(unsafe).querySelector('a')), 'a link').to.equal(false);
  });

  it('goes back to the questions when the page sets new answers under a result: no Book button for old answers', async () => {
    const element = await defaultSelector();
    await answerAll(element, chronicKnots);
    element.answers = { ...chronicKnots, safety: ['fever'] };
    await element.updateComplete;
    expect(Boolean(shadow(element).querySelector('[part~="book"]')), 'a Book button').to.equal(false);
    expect(currentQuestionId(element)).to.equal('safety');
    expect(shadow(element).querySelector<HTMLInputElement>('input[value="fever"]')!.checked).to.equal(true);
    const recommended = oneEvent(element, 'recommend');
    await answerStep(element, []);
    expect((await recommended).detail.status).to.equal('refer');
  });

  it('fetches with the default timeout when the timeout attribute is not a usable number', async () => {
    for (const timeout of ['-1', '1e300', 'soon']) {
      const { event } = await mountSelector({ timeout, src: '/test/fixtures/does-not-exist.json' });
      expect(event.detail.code, timeout).to.equal('not-found');
    }
  });

  it('fills in only its own placeholders: "{constructor}" in a studio’s text stays text', async () => {
    const rules = await (await fetch('/rules/default.json')).json();
    rules.strings = { title: 'Hello {constructor}', progress: '{step}/{total} {toString}' };
    const { element } = await mountSelector({}, JSON.stringify(rules));
    expect(shadow(element).querySelector('h2')!.textContent).to.equal('Hello {constructor}');
    expect(shadow(element).querySelector('.step')!.textContent).to.equal('1/8 {toString}');
  });

  it('starts over from the first question with no answers', async () => {
    const element = await defaultSelector();
    await answerAll(element, chronicKnots);
    shadow(element).querySelector<HTMLButtonElement>('.actions button:last-child')!.click();
    await element.updateComplete;
    expect(currentQuestionId(element)).to.equal('safety');
    expect(element.answers).to.deep.equal({});
    expect([...shadow(element).querySelectorAll('input')].filter((input) => input.checked)).to.have.length(0);
  });

  it('fires rules-error and shows a calm message when src is not found', async () => {
    const element = document.createElement('massage-selector');
    const failed = oneEvent(element, 'rules-error');
    element.setAttribute('src', '/test/fixtures/does-not-exist.json');
    await fixture(html`<div>${element}</div>`);
    const { detail } = await failed;
    await element.updateComplete;
    expect(detail.code).to.equal('not-found');
    expect(detail.status).to.equal(404);
    expect(shadow(element).querySelector('h2')!.textContent).to.equal('The massage selector is taking a break');
    expect(shadow(element).querySelector('button')!.textContent).to.equal('Try again');
  });

  it('always asks the first question, and skips questions whose showIf waits for a later one, with no page error', async () => {
    const rules = await (await fetch('/rules/default.json')).json();
    for (const technique of rules.techniques) technique.deep = false; // so the widget's own check lets it through
    const question = (id: string) => rules.questions.find((q: { id: string }) => q.id === id);
    question('safety').showIf = { question: 'first', equals: 'yes' }; // waits for a later answer
    question('area').showIf = { question: 'duration', answered: true }; // and these two for each other
    question('duration').showIf = { question: 'area', answered: true };
    const log = watchHostPage();
    const { element, event } = await mountSelector({}, JSON.stringify(rules));
    expect(event.type).to.equal('ready');
    expect(currentQuestionId(element)).to.equal('safety');
    // The two that wait for each other count until the visitor is past them (a total that shrinks, never grows).
    expect(shadow(element).querySelector('.step')!.textContent).to.equal('Step 1 of 8');
    element.answers = { area: ['neck'], duration: 'days' };
    expect(element.answers).to.deep.equal({});
    const detail = await answerAll(element, { safety: ['none'], feel: ['stress'], lifestyle: ['desk'], pressure: 'medium', first: 'no' });
    expect(detail.technique!.id).to.equal('swedish');
    await settle();
    log.stop();
    expect([log.errors, log.rejections]).to.deep.equal([[], []]);
  });

  it('shows the fallback of an invalid rules file in the file’s own language, with its studio’s phone', async () => {
    const rules = await (await fetch('/rules/examples/nola-es.json')).json();
    rules.version = 2; // one mistake makes the whole file invalid
    const { element, event } = await mountSelector({}, JSON.stringify(rules));
    expect(event.detail.code).to.equal('invalid');
    const panel = shadow(element).querySelector('section')!;
    expect(panel.getAttribute('lang')).to.equal('es');
    expect(panel.querySelector('h2')!.textContent).to.equal(rules.strings.errorHeading);
    expect(panel.querySelector('button')!.textContent).to.equal(rules.strings.tryAgain);
    expect(panel.querySelector('a[href^="tel:"]')!.textContent).to.equal(rules.studio.phone);
  });

  it('uses rules from an inline script child', async () => {
    const element = (await fixture(
      html`<massage-selector
        ><script type="application/json">
          {
            "version": 1,
            "questions": [
              {
                "id": "mood",
                "type": "single",
                "text": "How do you feel?",
                "options": [
                  { "id": "calm", "label": "Calm" },
                  { "id": "tense", "label": "Tense" }
                ]
              }
            ],
            "techniques": [
              {
                "id": "swedish",
                "name": "Swedish",
                "description": "d",
                "pressure": "p",
                "target": "t",
                "bestFor": "b",
                "deep": false,
                "sessionMinutes": [60]
              }
            ],
            "rules": [
              { "id": "tense", "when": { "question": "mood", "equals": "tense" }, "score": { "swedish": 1 }, "reason": "You feel tense." }
            ]
          }
        </script></massage-selector
      >`,
    )) as MassageSelector;
    await element.updateComplete;
    expect(shadow(element).querySelector('legend')!.textContent).to.equal('How do you feel?');
    const detail = await answerAll(element, { mood: 'tense' });
    expect(detail.reasons).to.deep.equal(['You feel tense.']);
  });
});
