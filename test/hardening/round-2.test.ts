import { expect } from '@open-wc/testing';
import { mountSelector, settle, shadow, visibleText, watchHostPage, type HostPageLog } from '../support/index.js';
import { duplicateIds, hostileWording, lateReferral } from '../fixtures/hostile/round-2.mjs';
import type { MassageSelector } from '../../src/massage-selector.js';

// The second hardening round (issue 10): the widget refuses what could hide a red flag, and an invalid file's
// fallback cannot be broken by the file. The inputs are in test/fixtures/hostile/round-2.mjs.

let log: HostPageLog;
beforeEach(() => (log = watchHostPage()));
afterEach(() => log.stop());

/** Nothing reached the host page: no uncaught error, no unhandled rejection. */
async function expectQuietHost() {
  await settle();
  expect(log.errors, 'uncaught errors').to.deep.equal([]);
  expect(log.rejections, 'unhandled rejections').to.deep.equal([]);
}

/** The calm fallback: its heading, a Try again button, and no link to book. */
function expectFallback(element: MassageSelector, heading = 'The massage selector is taking a break') {
  expect(shadow(element).querySelector('h2')!.textContent).to.equal(heading);
  expect([...shadow(element).querySelectorAll('button')].map((button) => button.textContent)).to.deep.equal(['Try again']);
  expect(shadow(element).querySelector('[part~="book"]')).to.equal(null);
}

describe('finding 1: duplicate ids are refused by the widget', () => {
  for (const [what, [rules, path]] of Object.entries(duplicateIds())) {
    it(`two ${what}s with one id: rules-error naming ${path}, the fallback, no booking`, async () => {
      const { element, event } = await mountSelector({}, JSON.stringify(rules));
      expect(event.type).to.equal('rules-error');
      expect(event.detail.code).to.equal('invalid');
      expect(event.detail.errors.map((error) => error.path)).to.deep.equal([path]);
      expect(event.detail.errors[0].message).to.match(/is used twice \(first at \/[\w/]+\); ids must be unique/);
      expectFallback(element);
      // Pre-filled answers that tick a red flag and the second "health" change nothing: there is no questionnaire.
      element.answers = { health: ['fever', 'back'] };
      await element.updateComplete;
      expectFallback(element);
      await expectQuietHost();
    });
  }

  it('the same rules given as the rules property are refused too', async () => {
    const { element } = await mountSelector({});
    const [rules] = duplicateIds().question;
    const refused = new Promise<CustomEvent>((resolve) =>
      element.addEventListener('rules-error', (event) => resolve(event as CustomEvent)),
    );
    element.rules = rules as never;
    expect((await refused).detail.errors[0].path).to.equal('/questions/1/id');
    await element.updateComplete;
    expectFallback(element);
  });
});

describe('finding 3: an invalid file’s fallback takes only text from its strings and lang', () => {
  for (const [what, text] of Object.entries(hostileWording())) {
    it(`${what}: rules-error, the English fallback with Try again, nothing thrown`, async () => {
      const { element, event } = await mountSelector({}, text);
      expect(event.type).to.equal('rules-error');
      expect(event.detail.code).to.equal('invalid');
      await element.updateComplete;
      expectFallback(element);
      expect(visibleText(element)).to.contain('Please try again, or contact the studio.');
      expect(shadow(element).querySelector('section')!.hasAttribute('lang')).to.equal(false);
      expect(shadow(element).querySelector('img')).to.equal(null);
      expect(({} as Record<string, unknown>).errorHeading).to.equal(undefined);
      await expectQuietHost();
    });
  }

  it('text values of an invalid file are still used: its language and its own words', async () => {
    const text = JSON.stringify({ version: 2, lang: 'es', strings: { errorHeading: 'Un descanso', tryAgain: 'Reintentar' } });
    const { element } = await mountSelector({}, text);
    expect(shadow(element).querySelector('section')!.getAttribute('lang')).to.equal('es');
    expect(shadow(element).querySelector('h2')!.textContent).to.equal('Un descanso');
    expect(shadow(element).querySelector('button')!.textContent).to.equal('Reintentar');
  });
});

describe('finding 2: a refer or emergency safety rule ends the questionnaire at its step', () => {
  for (const action of ['refer', 'emergency']) {
    it(`${action} at step 2 of 4: the referral comes next, with no more questions and no booking`, async () => {
      const { element } = await mountSelector({}, JSON.stringify(lateReferral(action)));
      const click = async (selector: string) => {
        shadow(element).querySelector<HTMLElement>(selector)!.click();
        await element.updateComplete;
      };
      await click('input[value="none"]');
      await click('[part~="primary"]');
      expect(shadow(element).querySelector('fieldset')!.dataset.question).to.equal('pain');
      await click('input[value="neck"]');
      await click('[part~="primary"]');
      expect(shadow(element).querySelector('fieldset'), 'no further question').to.equal(null);
      expect(shadow(element).querySelector('[part~="referral"]')!.textContent).to.equal('Please see your doctor about neck pain.');
      expect(shadow(element).querySelector('[part~="book"]')).to.equal(null);
      await expectQuietHost();
    });
  }
});

describe('finding 8: lifecycle odds', () => {
  it('inline JSON that starts with a byte-order mark is accepted', async () => {
    const { element, event } = await mountSelector({}, '\uFEFF' + JSON.stringify(lateReferral()));
    expect(event.type).to.equal('ready');
    expect(event.detail.source).to.equal('inline');
    expect(shadow(element).querySelector('fieldset')!.dataset.question).to.equal('health');
  });

  const uncloneable: Array<[string, () => unknown]> = [
    ['a function', () => () => 1],
    ['a Symbol', () => Symbol('answers')],
    ['an object holding a function', () => ({ health: ['none'], pain: () => 1 })],
    [
      'a Proxy whose traps throw',
      () =>
        new Proxy(
          {},
          {
            get: () => {
              throw new Error('trap');
            },
            ownKeys: () => {
              throw new Error('trap');
            },
          },
        ),
    ],
  ];
  for (const [what, make] of uncloneable) {
    it(`answers set to ${what} before the rules load: no throw, a valid file stays valid`, async () => {
      const element = document.createElement('massage-selector') as MassageSelector;
      element.setAttribute('src', '/rules/default.json');
      expect(() => (element.answers = make() as never)).to.not.throw();
      const outcome = new Promise<Event>((resolve) => {
        element.addEventListener('ready', resolve);
        element.addEventListener('rules-error', resolve);
      });
      document.body.append(element);
      try {
        expect((await outcome).type).to.equal('ready');
        expect(() => element.answers).to.not.throw();
        expect(element.answers).to.be.an('object');
      } finally {
        element.remove();
      }
      await expectQuietHost();
    });
  }
});

describe('finding 8: moved and late', () => {
  it('an element moved into a same-origin iframe keeps its styles', async () => {
    const { element } = await mountSelector({});
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      frame.contentDocument!.body.append(element);
      await element.updateComplete;
      const panel = shadow(element).querySelector('[part~="panel"]')!;
      expect(frame.contentWindow!.getComputedStyle(panel).borderTopStyle).to.not.equal('none');
    } finally {
      frame.remove();
    }
  });

  it('inline rules appended just after the element connects replace the built-in ones', async () => {
    const element = document.createElement('massage-selector') as MassageSelector;
    const ready = new Promise<CustomEvent>((resolve) => element.addEventListener('ready', (event) => resolve(event as CustomEvent)));
    document.body.append(element);
    await null;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(lateReferral());
    element.append(script);
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await element.updateComplete;
      expect(shadow(element).querySelector('fieldset')!.dataset.question).to.equal('health');
      expect((await ready).detail.source).to.be.oneOf(['default', 'inline']);
    } finally {
      element.remove();
    }
  });
});
