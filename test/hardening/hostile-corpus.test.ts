import { expect, oneEvent } from '@open-wc/testing';
import { mountSelector, settle, visibleText, watchHostPage, type HostPageLog } from '../support/index.js';
import { minimalRules, sizes } from '../fixtures/hostile/generate.mjs';
import type { MassageSelector } from '../../src/massage-selector.js';

// The hostile corpus (test/fixtures/hostile/), served by the test server, as a visitor and a host page meet it.
// Every payload calls hostileRan(…) if it ever runs as code; the tests assert it never does.
const corpus = '/test/fixtures/hostile';
const badLinks: string[] = (await (await fetch(`${corpus}/bad-links.json`)).json()).links;
const ran: string[] = [];
(window as unknown as { hostileRan: (what: string) => void }).hostileRan = (what) => ran.push(what);

/** Every element the widget's own templates create: anything else came from a rules file. */
const widgetTags = new Set(
  'section h2 h3 h4 p form fieldset legend label input span small div button a ul li strong dl dt dd details summary img progress slot'.split(
    ' ',
  ),
);
const safeProtocols = ['https:', 'http:', 'tel:', 'mailto:'];

/** Only the widget's own elements, no event-handler attributes, no link but http(s), tel: and mailto: (and new windows only with noopener). */
function expectOnlyText(element: MassageSelector) {
  const all = [...element.shadowRoot!.querySelectorAll('*')];
  expect(all.map((node) => node.localName).filter((tag) => !widgetTags.has(tag))).to.deep.equal([]);
  expect(all.flatMap((node) => node.getAttributeNames().filter((name) => name.startsWith('on')))).to.deep.equal([]);
  const links = element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[href]');
  for (const link of links) {
    expect(safeProtocols, link.getAttribute('href')!).to.include(link.protocol);
    // A link that opens a new window must not hand it this page (window.opener) or its address.
    if (link.target) expect(link.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
  }
}

/** What the visitor sees when rules cannot be used, with the studio's contact links, if any. */
/** The fallback, in the English defaults or in an invalid file's own `strings`, with only these links, all as text. */
function expectFallback(element: MassageSelector, links: string[] = [], strings: { errorHeading?: string; tryAgain?: string } = {}) {
  expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal(strings.errorHeading ?? 'The massage selector is taking a break');
  expect([...element.shadowRoot!.querySelectorAll('button')].map((button) => button.textContent)).to.deep.equal([
    strings.tryAgain ?? 'Try again',
  ]);
  expect([...element.shadowRoot!.querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.deep.equal(links);
  expectOnlyText(element);
}

async function click(element: MassageSelector, selector: string) {
  element.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  await element.updateComplete;
}

/** Chooses the answers of the current step, then presses Next (or See my recommendation). */
async function answer(element: MassageSelector, ...values: Array<string | number>) {
  for (const value of values) await click(element, `input[value="${value}"]`);
  await click(element, 'button[type=submit]');
}

/** Each string of a JSON value with its JSON pointer. */
function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}/${key}`));
}

/**
 * A test of what a visitor and the host page see: besides its own assertions, no payload ran, and the host page
 * had no uncaught error and no unhandled rejection (checked here rather than in a hook, so one failure stays one).
 */
function visit(name: string, body: (log: HostPageLog) => Promise<void>) {
  it(name, async () => {
    const log = watchHostPage();
    ran.length = 0;
    try {
      await body(log);
      await settle();
    } finally {
      log.stop();
    }
    expect(ran, 'payloads that ran as code').to.deep.equal([]);
    expect(log.errors, 'page errors').to.deep.equal([]);
    expect(log.rejections, 'unhandled rejections').to.deep.equal([]);
  });
}

describe('hostile rules files: what the visitor and the host page see', () => {
  visit('script and onerror payloads in every text field render as text, through every screen', async () => {
    const file = await (await fetch(`${corpus}/script-payloads.json`)).json();
    const { element, event } = await mountSelector({ src: `${corpus}/script-payloads.json` });
    expect(event.type).to.equal('ready');
    const seen: string[] = [];
    const look = () => {
      expectOnlyText(element);
      seen.push(visibleText(element));
    };
    await click(element, 'button[type=submit]'); // Next without an answer: the required message
    look();
    await answer(element, 'none');
    look();
    await answer(element, 9); // strong pain: a safety rule excludes deep tissue, with its message
    look();
    await answer(element, 'tense');
    look();
    const book = element.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="book"]')!;
    expect(book.getAttribute('href')).to.match(/^https:\/\/studio\.example\/book\/swedish\?addon=%3Cscript%3E/);
    expect(new URL(book.href).searchParams.get('addon')).to.equal(file.addOns[0].bookingParams.addon);
    for (const screen of [['fever'], ['chest'], ['rash'], ['none', 0, 'calm'], ['none', 6, 'tense']]) {
      await click(element, '.actions button:last-child'); // Start over
      for (const value of screen) await answer(element, value);
      look();
    }
    expect(element.shadowRoot!.querySelector('section')!.getAttribute('lang')).to.equal(file.lang);

    await settle(); // an <img onerror> would fire by now
    // Not shown on these screens: the example's name and the add-on's description (the widget never shows them),
    // the studio (shown only when rules fail: see below), the loading and error strings (shown before or instead
    // of the file that holds them).
    const hidden =
      /^\/(examples|studio|lang|addOns\/0\/(bookingParams|description))\b|^\/strings\/(loading|errorHeading|errorMessage|tryAgain)$/;
    const shown = strings(file).filter(([path, text]) => text.includes('hostileRan(') && !hidden.test(path));
    expect(shown.length).to.be.greaterThan(60);
    const everything = seen.join(' ');
    for (const [path, text] of shown) expect(everything, path).to.contain(text.replace(/ \{step\}\/\{total\}$| \{minutes\}$/, ''));
  });

  visit('the fallback shows a studio name and phone with payloads as text', async (log) => {
    const file = await (await fetch(`${corpus}/script-payloads.json`)).json();
    const { element, event } = await mountSelector({}, JSON.stringify({ ...file, version: 2 }));
    expect(event.detail.code).to.equal('invalid');
    // The invalid file's own wording, payloads and all, shown as text.
    expectFallback(element, [`tel:${file.studio.phone}`, 'https://studio.example/book'], file.strings);
    expect(visibleText(element)).to.contain(file.studio.phone).and.contain(file.studio.name).and.contain(file.strings.errorMessage);
    expect(log.warnings).to.have.length(1);
  });

  visit('a studio name and phone shaped like Lit template and directive results: a calm fallback, no page error', async () => {
    const { element, event } = await mountSelector({ src: `${corpus}/lit-template-objects.json` });
    expect(event.detail.code).to.equal('invalid');
    await settle();
    expectFallback(element, ['https://studio.example/book']);
    expect(element.shadowRoot!.querySelector('a')!.textContent).to.equal('https://studio.example/book');
  });

  describe('bad booking links are never rendered or followed', () => {
    for (const link of badLinks) {
      visit(JSON.stringify(link), async () => {
        const base = minimalRules();
        const asTechnique = { ...base, techniques: [{ ...base.techniques[0], bookingUrl: link }] };
        const asStudio = { ...base, studio: { name: 'Calm Studio', bookingUrl: link } };
        for (const rules of [asTechnique, asStudio]) {
          const { element, event } = await mountSelector({}, JSON.stringify(rules));
          expect(event.type).to.equal('ready');
          const recommended = oneEvent(element, 'recommend');
          await answer(element, 'tense');
          expect((await recommended).detail.bookingUrl).to.equal(null);
          expect(element.shadowRoot!.querySelector('[part~="book"]')!.localName).to.equal('button');
          expect(element.shadowRoot!.querySelectorAll('[href]')).to.have.length(0);
          const booked = oneEvent(element, 'book');
          await click(element, '[part~="book"]');
          expect((await booked).detail.bookingUrl).to.equal(null);
        }
        const { element } = await mountSelector({}, JSON.stringify({ ...asStudio, version: 2 }));
        expectFallback(element);
      });
    }
  });

  visit('__proto__, constructor and prototype keys: invalid, named by path, nothing polluted', async (log) => {
    const { element, event } = await mountSelector({ src: `${corpus}/prototype-keys.json` });
    expect(event.detail.code).to.equal('invalid');
    // Each key is named by its path (the full list is pinned in test/node/hostile-corpus.test.mjs).
    const named = event.detail.errors.filter((error) => / is not allowed as a name$/.test(error.message)).map((error) => error.path);
    expect(named).to.have.length(7).and.include.members(['/__proto__', '/techniques/0/prototype', '/rules/0/score/constructor']);
    expect('polluted' in {}).to.equal(false);
    expectFallback(element, ['https://studio.example/book']);
    expect(log.warnings).to.have.length(1);
  });

  visit('a screening question with the id "constructor" must still be answered, and its red flag still refers', async () => {
    const { element, event } = await mountSelector({ src: `${corpus}/constructor-question.json` });
    expect(event.type).to.equal('ready');
    await click(element, 'button[type=submit]');
    expect(element.shadowRoot!.querySelector('fieldset')!.dataset.question).to.equal('constructor');
    expect(element.shadowRoot!.querySelector('.error')!.textContent).to.equal('Please choose an answer.');
    const recommended = oneEvent(element, 'recommend');
    await answer(element, 'fever');
    expect((await recommended).detail).to.include({ status: 'refer', technique: null, bookingUrl: null });
    expect(Boolean(element.shadowRoot!.querySelector('[part~="book"]')), 'a Book button').to.equal(false);
  });

  visit(`${sizes.depth.toLocaleString('en')}-deep nesting: refused at 40 levels, without a stack overflow`, async () => {
    const { element, event } = await mountSelector({ src: '/hostile/generated/deep.json' });
    expect(event.detail.code).to.equal('invalid');
    expect(event.detail.errors).to.have.length(1);
    expect(event.detail.errors[0].path).to.match(/^\/rules\/0\/when(\/not)+$/);
    expect(event.detail.errors[0].message).to.equal('is nested more than 40 levels deep');
    expectFallback(element);
  });

  visit('a 5 MB file: too-large, refused from its content-length', async () => {
    const { element, event } = await mountSelector({ src: '/hostile/generated/huge.json' });
    expect(event.detail).to.include({ code: 'too-large', status: 200 });
    expectFallback(element);
  });

  visit(`${sizes.options.toLocaleString('en')} options: too-large for the widget (the checker names the list: see test/node)`, async () => {
    const { element, event } = await mountSelector({ src: '/hostile/generated/many-options.json' });
    expect(event.detail.code).to.equal('too-large');
    expectFallback(element);
  });

  visit(`a list of ${sizes.minutes.toLocaleString('en')} session lengths under the size cap: invalid, the list named`, async () => {
    const { element, event } = await mountSelector({ src: '/hostile/generated/many-minutes.json' });
    expect(event.detail.code).to.equal('invalid');
    expect(event.detail.errors).to.deep.equal([{ path: '/techniques/0/sessionMinutes', message: 'must have at most 6 items' }]);
    expectFallback(element);
  });

  visit('wrong types everywhere: invalid, each named by path; no contact link from a phone or link that is not text', async (log) => {
    const { element, event } = await mountSelector({ src: `${corpus}/wrong-types.json` });
    expect(event.detail.code).to.equal('invalid');
    const paths = event.detail.errors.map((error) => error.path);
    expect(paths).to.include.members([
      '/version',
      '/studio/phone',
      '/studio/bookingUrl',
      '/questions/0/options',
      '/techniques/0/deep',
      '/rules/0/score/swedish',
      '/strings/title',
    ]);
    expectFallback(element);
    expect(log.warnings).to.have.length(1);
  });

  visit('a file that is not an object at all (null, a list, text, a number, true): invalid, a calm fallback', async (log) => {
    for (const text of ['null', '[]', '"rules"', '42', 'true']) {
      const { element, event } = await mountSelector({}, text);
      expect(event.detail.errors, text).to.deep.equal([{ path: '', message: 'must be an object' }]);
      expectFallback(element);
    }
    expect(log.warnings).to.have.length(5);
  });

  visit('valid rules served as text/html (a .html file): not-json', async () => {
    const { element, event } = await mountSelector({ src: `${corpus}/served-as-html.html` });
    expect(event.detail).to.include({ code: 'not-json', status: 200 });
    expectFallback(element);
  });

  visit('an empty file: not-json', async () => {
    const { element, event } = await mountSelector({ src: `${corpus}/empty.json` });
    expect(event.detail).to.include({ code: 'not-json', message: 'The rules file is empty' });
    expectFallback(element);
  });
});
