import { expect, oneEvent } from '@open-wc/testing';
import {
  answerAll,
  chronicKnots,
  defaultSelector,
  mountSelector,
  openFrame,
  openPage,
  settle,
  shadow,
  watchHostPage,
  widgetIn,
  withFever,
  type HostPageLog,
} from '../support/index.js';
import type { MassageSelector, Recommendation } from '../../src/massage-selector.js';

// Session 4's try-out as a hostile or careless host page would treat the widget: moving it, changing it while it is
// out of the page, rewriting what it hands out, a legacy page encoding, a customElements that throws.

let log: HostPageLog;
beforeEach(() => (log = watchHostPage()));
afterEach(() => log.stop());

/** The first `ready` or `rules-error` of `element` within `milliseconds`, else `'nothing'`. */
const firstOutcome = (element: Element, milliseconds = 1000) =>
  new Promise<string>((resolve) => {
    element.addEventListener('ready', () => resolve('ready'));
    element.addEventListener('rules-error', () => resolve('rules-error'));
    setTimeout(() => resolve('nothing'), milliseconds);
  });

const containers: Element[] = [];
afterEach(() => containers.splice(0).forEach((div) => div.remove()));

/** A container on the page, removed after the test. */
function container() {
  const div = document.createElement('div');
  document.body.append(div);
  containers.push(div);
  return div;
}

describe('a host that moves the element', () => {
  it('moved to another container in the task that added it: ready still fires', async () => {
    const element = document.createElement('massage-selector');
    const outcome = firstOutcome(element);
    container().append(element);
    container().append(element); // a portal, a layout that puts it in its column: a move before any event
    expect(await outcome).to.equal('ready');
    await (element as MassageSelector).updateComplete;
    expect(shadow(element).querySelector('fieldset')!.dataset.question).to.equal('safety');
  });

  it('moved in the same task with an invalid inline file: rules-error still fires', async () => {
    const element = document.createElement('massage-selector');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"version": 2}';
    element.append(script);
    const outcome = firstOutcome(element);
    container().append(element);
    container().append(element);
    expect(await outcome).to.equal('rules-error');
  });

  it('taken out mid-questionnaire and put back: the same step and answers', async () => {
    const element = await defaultSelector();
    element.answers = { safety: ['none'], area: ['neck'] };
    await element.updateComplete;
    shadow(element).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await element.updateComplete;
    const parent = element.parentElement!;
    element.remove();
    parent.append(element);
    await settle();
    expect(shadow(element).querySelector('[part="step"]')!.textContent).to.equal('Step 2 of 8');
    expect(element.answers).to.deep.equal({ safety: ['none'], area: ['neck'] });
  });
});

describe('a host that changes the element while it is out of the page', () => {
  const changes: Array<[string, (element: MassageSelector) => void]> = [
    ['a new src set while detached is loaded', (element) => (element.src = '/rules/default.json')],
    ['src removed while detached: the built-in rules', (element) => element.removeAttribute('src')],
  ];
  for (const [what, change] of changes) {
    it(`${what} when it is back`, async () => {
      const element = document.createElement('massage-selector') as MassageSelector;
      element.src = '/rules/examples/nola-es.json';
      const first = firstOutcome(element, 3000);
      const parent = container();
      parent.append(element);
      expect(await first).to.equal('ready');
      element.remove();
      change(element);
      const second = firstOutcome(element, 3000);
      parent.append(element);
      expect(await second).to.equal('ready');
      await element.updateComplete;
      expect(shadow(element).querySelector('h2')!.textContent).to.equal('Tell us about your spasms');
    });
  }

  it('invalid rules set as the property while detached: rules-error and the fallback when it is back', async () => {
    const element = await defaultSelector();
    const parent = element.parentElement!;
    element.remove();
    element.rules = { version: 2 } as never;
    const outcome = firstOutcome(element);
    parent.append(element);
    expect(await outcome).to.equal('rules-error');
    await element.updateComplete;
    expect(shadow(element).querySelector('[part~="fallback"]')).to.not.equal(null);
    expect(shadow(element).querySelector('fieldset')).to.equal(null);
  });
});

describe('a host that rewrites what the widget hands out', () => {
  it('a recommend listener that turns a referral into a deep-tissue booking changes nothing on screen', async () => {
    const element = await defaultSelector();
    element.setAttribute('booking-url', 'https://studio.example/book');
    element.addEventListener('recommend', (event) => {
      const detail = (event as CustomEvent<Recommendation>).detail;
      detail.status = 'recommended';
      detail.technique = { id: 'deep-tissue', name: 'Deep Tissue', deep: true, reasons: ['x'], score: 9, sessions: [] } as never;
      detail.reasons = ['Go deep'];
      detail.bookingUrl = 'https://elsewhere.example/';
    });
    await answerAll(element, withFever);
    await element.updateComplete;
    expect(shadow(element).querySelector('[part~="result-heading"]')!.textContent).to.equal('Not today: your health first');
    expect(shadow(element).querySelector('[part~="book"]')).to.equal(null);
    expect(shadow(element).querySelector('[part~="technique"]')).to.equal(null);
  });

  it('an answer listener that edits the answers it was given does not change the visitor’s answers', async () => {
    const element = await defaultSelector();
    element.addEventListener('answer', (event) => ((event as CustomEvent).detail.answers.safety = ['fever']));
    shadow(element).querySelector<HTMLInputElement>('input[value="none"]')!.click();
    await element.updateComplete;
    expect(element.answers).to.deep.equal({ safety: ['none'] });
  });
});

describe('a question named "constructor"', () => {
  it('its answer event tells only the options ticked (no Object.prototype.constructor in value or answers)', async () => {
    const { element } = await mountSelector({ src: '/test/fixtures/hostile/constructor-question.json' });
    const answered = oneEvent(element, 'answer');
    shadow(element).querySelector<HTMLInputElement>('input[value="fever"]')!.click();
    const { detail } = await answered;
    expect(detail.value).to.deep.equal(['fever']);
    expect(detail.answers).to.deep.equal({ constructor: ['fever'] });
  });
});

describe('persist: answers kept in the tab', () => {
  const key = 'massage-selector';
  afterEach(() => sessionStorage.removeItem(key));

  /** A widget with `persist` on a tab that kept `answers` at `step`, once it shows its step. */
  async function resumed(answers: object, step: number) {
    sessionStorage.setItem(key, JSON.stringify([answers, step]));
    const element = document.createElement('massage-selector') as MassageSelector;
    element.setAttribute('persist', '');
    const outcome = firstOutcome(element);
    container().append(element);
    expect(await outcome).to.equal('ready');
    await element.updateComplete;
    return shadow(element);
  }

  it('kept answers that leave the red-flag question unanswered resume at that question, not past it', async () => {
    const { safety: _, ...rest } = chronicKnots; // kept for another version of the rules, or written by the page
    const root = await resumed(rest, 7);
    expect(root.querySelector('fieldset')!.dataset.question).to.equal('safety');
    expect(root.querySelector('[part="step"]')!.textContent).to.equal('Step 1 of 8');
  });

  it('kept answers with every question up to the step answered resume at the step', async () => {
    const root = await resumed({ safety: ['none'], area: ['legs'] }, 2);
    expect(root.querySelector('fieldset')!.dataset.question).to.equal('duration');
  });
});

describe('odd host pages', () => {
  it('a page with no charset of its own, read as windows-1252: the bundle’s dashes and dots are still right', async () => {
    const page = await openFrame('/fault/type/text/html;charset=windows-1252?file=/test/hardening/pages/legacy-charset.html');
    expect(page.document.characterSet).to.equal('windows-1252');
    const element = await widgetIn(page);
    await answerAll(element, chronicKnots);
    expect(element.shadowRoot!.querySelector('[part~="card"] legend')!.textContent).to.equal('Session: 60–90 minutes');
    expect(page.hostLog.errors).to.deep.equal([]);
  });

  it('a page whose customElements.define throws: nothing thrown into the page, one warning', async () => {
    const page = await openPage('registry-throws.html');
    await settle();
    expect(page.hostLog.errors, 'page errors').to.deep.equal([]);
    expect(page.hostLog.warnings.join('\n')).to.contain('the host page refuses new elements');
    expect(page.customElements.get('massage-selector')).to.equal(undefined);
  });
});

afterEach(async () => {
  await settle();
  expect(log.errors, 'uncaught errors').to.deep.equal([]);
  expect(log.rejections, 'unhandled rejections').to.deep.equal([]);
});
