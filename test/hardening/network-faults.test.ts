import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { mountSelector, settle, visibleText, watchHostPage, type HostPageLog } from '../support/index.js';
import type { MassageSelector } from '../../src/massage-selector.js';

// Each fault is real: the test server (test/hardening/server.mjs and web-test-runner.config.mjs)
// answers with that status, header, body or broken connection.
const megabytes5 = 5 * 1024 * 1024;
const otherOrigin = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

const faults: Array<{ name: string; src: string; timeout?: string; code: string; status?: number }> = [
  { name: 'a missing file (404)', src: '/fault/status/404', code: 'not-found', status: 404 },
  { name: 'a server error (500)', src: '/fault/status/500', code: 'http-error', status: 500 },
  { name: 'a forbidden file (403)', src: '/fault/status/403', code: 'http-error', status: 403 },
  { name: 'a redirect to a missing file', src: '/fault/redirect/302?to=/fault/status/404', code: 'not-found', status: 404 },
  { name: 'a server slower than the timeout attribute', src: '/fault/slow/3000', timeout: '300', code: 'timeout' },
  { name: 'an HTML error page', src: '/fault/html', code: 'not-json', status: 200 },
  { name: 'valid rules served as text/html', src: '/fault/type/text/html?file=/rules/default.json', code: 'not-json', status: 200 },
  { name: 'an empty body', src: '/fault/empty', code: 'not-json', status: 200 },
  { name: 'a body that is not JSON', src: '/fault/type/application/json?file=/README.md', code: 'not-json', status: 200 },
  { name: 'a 5 MB body streamed without content-length', src: `/fault/huge?bytes=${megabytes5}`, code: 'too-large', status: 200 },
  { name: 'a 5 MB body with content-length', src: `/fault/huge?bytes=${megabytes5}&length`, code: 'too-large', status: 200 },
  { name: 'a connection cut in the middle of the body', src: '/fault/reset', code: 'network-error' },
  { name: 'a closed port (no server at all)', src: 'http://127.0.0.1:9/rules.json', code: 'network-error' },
  { name: 'another origin without CORS headers', src: `${otherOrigin}/rules/default.json`, code: 'network-error' },
];

/** What the visitor sees when the rules cannot be used. */
function expectCalmFallback(element: MassageSelector) {
  const root = element.shadowRoot!;
  expect(root.querySelector('h2')!.textContent).to.equal('The massage selector is taking a break');
  expect(root.querySelector('[role=status]')!.textContent).to.equal('Please try again, or contact the studio.');
  const buttons = [...root.querySelectorAll('button')];
  expect(buttons.map((button) => button.textContent)).to.deep.equal(['Try again']);
  expect(Boolean(root.querySelector('fieldset')), 'a question').to.equal(false);
}

/** Presses Try again as the visitor would; resolves with the next `ready` or `rules-error` event, once rendered. */
async function pressTryAgain(element: MassageSelector) {
  const outcome = Promise.race([oneEvent(element, 'ready'), oneEvent(element, 'rules-error')]);
  element.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
  const event = (await outcome) as CustomEvent;
  await element.updateComplete;
  return event;
}

const firstQuestion = (element: MassageSelector) => element.shadowRoot!.querySelector('legend')?.textContent;

function expectQuietHost(log: HostPageLog) {
  expect(log.errors, 'uncaught errors on the host page').to.deep.equal([]);
  expect(log.rejections, 'unhandled rejections on the host page').to.deep.equal([]);
}

describe('network faults: rules-error, a calm fallback and a quiet host page', () => {
  let log: HostPageLog;
  beforeEach(() => (log = watchHostPage()));
  afterEach(() => log.stop());

  for (const fault of faults) {
    it(`${fault.name} → ${fault.code}`, async () => {
      const { element, event } = await mountSelector({ src: fault.src, ...(fault.timeout ? { timeout: fault.timeout } : {}) });
      await settle();
      expect(event.type).to.equal('rules-error');
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.code).to.equal(fault.code);
      expect(event.detail.status).to.equal(fault.status);
      expect(event.detail.message).to.be.a('string').and.not.equal('');
      expect(event.detail.errors).to.be.an('array');
      expectCalmFallback(element);
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain(`rules-error (${fault.code})`);
      expectQuietHost(log);
    });
  }

  it('gives up after the default timeout when no timeout attribute is set, not before', async function () {
    this.timeout(15000);
    const started = performance.now();
    const { event } = await mountSelector({ src: '/fault/slow/9500' });
    const waited = performance.now() - started;
    expect(event.detail.code).to.equal('timeout');
    expect(waited).to.be.within(7900, 9400);
    expectQuietHost(log);
  });

  it('loads rules that follow a redirect or come as text/plain', async () => {
    for (const src of ['/fault/redirect/301?to=/rules/default.json', '/fault/type/text/plain?file=/rules/default.json']) {
      const { element, event } = await mountSelector({ src });
      expect(event.type, src).to.equal('ready');
      expect(firstQuestion(element)).to.contain('Before we start');
    }
    expect(log.warnings).to.deep.equal([]);
    expectQuietHost(log);
  });

  it('Try again loads the rules once the server answers', async () => {
    const { element, event } = await mountSelector({ src: `/fault/flaky/t${Date.now()}` });
    expect(event.detail).to.include({ code: 'http-error', status: 503 });
    const again = await pressTryAgain(element);
    expect(again.type).to.equal('ready');
    expect(again.detail.source).to.match(/\/fault\/flaky\//);
    expect(firstQuestion(element)).to.contain('Before we start');
    expect(element.shadowRoot!.activeElement?.textContent, 'focus after Try again').to.equal('Step 1 of 8');
    expect(log.warnings).to.have.length(1);
    expectQuietHost(log);
  });

  it('Try again on a file that is still missing fails calmly again, with one more warning', async () => {
    const { element } = await mountSelector({ src: '/fault/status/404' });
    const again = await pressTryAgain(element);
    expect([again.type, again.detail.code]).to.deep.equal(['rules-error', 'not-found']);
    await settle();
    expectCalmFallback(element);
    expect(element.shadowRoot!.activeElement?.textContent, 'focus after Try again').to.equal('The massage selector is taking a break');
    expect(log.warnings).to.have.length(2);
    expectQuietHost(log);
  });

  it('an offline visitor → offline, and Try again works once they are back online', async () => {
    // DevTools network emulation takes the page offline for a second: requests fail and navigator.onLine is false.
    const offline = new Promise((resolve) => window.addEventListener('offline', resolve, { once: true }));
    await executeServerCommand('hardening-offline', { milliseconds: 1000 });
    await offline;
    expect(navigator.onLine).to.equal(false);
    // A fresh address: the HTTP cache would serve a file it already has, offline or not.
    const { element, event } = await mountSelector({ src: `/rules/default.json?offline=${Date.now()}` });
    expect(event.detail.code).to.equal('offline');
    await element.updateComplete;
    expectCalmFallback(element);
    await new Promise((resolve) => window.addEventListener('online', resolve, { once: true }));
    expect((await pressTryAgain(element)).type).to.equal('ready');
    expect(firstQuestion(element)).to.contain('Before we start');
    expect(log.warnings).to.have.length(1);
    expectQuietHost(log);
  });

  it('a newer src cancels the older request without an error or a warning', async () => {
    const { element } = await mountSelector({ src: '/rules/default.json' });
    const events: string[] = [];
    element.addEventListener('rules-error', () => events.push('rules-error'));
    const ready = oneEvent(element, 'ready');
    element.src = '/fault/slow/1500';
    element.src = '/rules/default.json';
    await ready;
    await new Promise((resolve) => setTimeout(resolve, 1700));
    expect(events).to.deep.equal([]);
    expect(visibleText(element)).to.contain('Before we start');
    expect(log.warnings).to.deep.equal([]);
    expectQuietHost(log);
  });
});

describe('the 512 KB cap is applied while the body streams in (finding 6 of the second round)', () => {
  // The server's endless bodies never end and send no content-length; it reports how much of one it produced
  // before the widget stopped reading. Buffering the whole download would run into the timeout instead.
  for (const kind of ['plain', 'gzip']) {
    it(`an endless ${kind} body: too-large long before the timeout, and the download is cancelled`, async () => {
      const token = `${kind}-${Date.now()}`;
      const started = performance.now();
      const { element, event } = await mountSelector({ src: `/fault/endless/${kind}?token=${token}`, timeout: '6000' });
      expect(event.detail.code).to.equal('too-large');
      expect(performance.now() - started).to.be.below(3000);
      expectCalmFallback(element);
      let produced: number | null = null;
      for (let tries = 0; tries < 50 && produced === null; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        produced = await (await fetch(`/fault/sent?token=${token}`)).json();
      }
      // What the server produced before the connection closed: the cap plus what was in flight, not the 2 GB it has.
      expect(produced, 'bytes produced before the widget stopped reading')
        .to.be.a('number')
        .and.below(64 * 1024 * 1024);
    });
  }
});
