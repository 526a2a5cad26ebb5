import { expect } from '@open-wc/testing';
import { answerAll, stressedDeskWorker, openPage, widgetIn, type HostWindow } from '../support/index.js';

// The pages under test/hardening/pages/strict-*.html are served with the header
// Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'
// (test/hardening/server.mjs), and load dist/massage-selector.js with a plain <script src>.

function expectPoliteGuest(page: HostWindow) {
  expect(page.hostLog.violations, 'CSP and Trusted Types violations').to.deep.equal([]);
  expect(page.hostLog.errors, 'page errors').to.deep.equal([]);
  expect(page.hostLog.rejections, 'unhandled rejections').to.deep.equal([]);
}

/** Proves the policy is enforced and the page's violation listener hears it: eval, a string to innerHTML and an inline style are refused. */
async function expectPolicyEnforced(page: HostWindow) {
  expect(() => page.eval('1')).to.throw();
  expect(() => (page.document.createElement('div').innerHTML = '<b>text</b>')).to.throw(/TrustedHTML/);
  const style = page.document.createElement('style');
  style.textContent = 'body { color: red }';
  page.document.head.append(style);
  await new Promise((resolve) => setTimeout(resolve, 50)); // violation events are queued as tasks
  expect(style.sheet, 'inline style applied').to.equal(null);
  expect(page.hostLog.violations.map((violation) => violation.split(':')[0])).to.deep.equal([
    'require-trusted-types-for',
    'require-trusted-types-for',
    'style-src-elem',
  ]);
}

describe('a strict page: CSP and Trusted Types', () => {
  it('the widget works there with zero violations and zero page errors', async () => {
    const page = await openPage('strict-default.html');
    const element = await widgetIn(page);
    expect(element.shadowRoot!.querySelector('legend')!.textContent).to.contain('Before we start');
    expect((await answerAll(element, stressedDeskWorker)).technique.id).to.equal('swedish');
    expect(element.shadowRoot!.querySelector('[part~="technique"]')!.textContent).to.equal('Swedish Massage');
    // The styles apply (constructed style sheets are not blocked by style-src 'self').
    expect(page.getComputedStyle(element.shadowRoot!.querySelector('[part~="panel"]')!).borderTopStyle).to.not.equal('none');
    expectPoliteGuest(page);
    expect(page.hostLog.warnings).to.deep.equal([]);
    await expectPolicyEnforced(page);
  });

  it('also when the host page created a Trusted Types policy named lit-html before the widget loaded', async () => {
    const page = await openPage('strict-lit-policy.html');
    expect((page as HostWindow & { hostPolicy: { name: string } }).hostPolicy.name).to.equal('lit-html');
    const element = await widgetIn(page);
    expect((await answerAll(element, stressedDeskWorker)).technique.id).to.equal('swedish');
    expectPoliteGuest(page);
    await expectPolicyEnforced(page);
  });
});

describe('a polite guest', () => {
  it('loading the bundle twice, and then a different copy, warns twice and throws nothing; the first copy runs', async () => {
    const page = await openPage('strict-twice.html');
    const element = await widgetIn(page);
    expect(page.hostLog.warnings).to.have.length(2);
    for (const warning of page.hostLog.warnings) expect(warning).to.contain('<massage-selector> is already defined on this page');
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('Tell us about your spasms');
    expect((await answerAll(element, stressedDeskWorker)).technique.id).to.equal('swedish');
    expectPoliteGuest(page);
  });

  it("adds no globals at all (the bundle leaves out lit-html's litHtmlVersions mark)", async () => {
    const page = await openPage('strict-default.html');
    await widgetIn(page);
    const before = new Set([...page.hostLog.globalsBefore, 'hostLog']);
    const added = Object.getOwnPropertyNames(page).filter((name) => !before.has(name));
    expect(added).to.deep.equal([]);
    expectPoliteGuest(page);
  });
});

describe('requests: the rules GET and nothing else', () => {
  // Resource timing lists every request of the page, from the cache or not; the server's log (matched by the
  // page's address in the Referer header) shows what reached the network, and with which headers.
  async function serverLog(page: HostWindow) {
    const token = new URL(page.location.href).search.slice(1);
    const log: Array<{ method: string; path: string; cookie: boolean }> = await (await fetch(`/fault/requests?page=${token}`)).json();
    return log.map(({ method, path, cookie }) => `${method} ${path}${cookie ? ' (with cookie)' : ''}`);
  }
  const page = (name: string) => `/test/hardening/pages/${name}`;
  const rules = '/fault/type/application/json?file=/rules/default.json';

  before(() => (document.cookie = 'studio-session=visitor-secret; path=/'));
  after(() => (document.cookie = 'studio-session=; path=/; max-age=0'));

  it('with src: only the rules file, fetched once and without cookies, while the visitor answers and gets a result', async () => {
    const host = await openPage(`strict-src.html?request-log-${Date.now()}`);
    await answerAll(await widgetIn(host), stressedDeskWorker);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(host.hostLog.resources).to.deep.equal([page('recorder.js'), '/dist/massage-selector.js', '/fault/type/application/json']);
    const reached = await serverLog(host);
    expect(reached.filter((line) => line.includes('/fault/'))).to.deep.equal([`GET ${rules}`]);
    expect(reached.filter((line) => !line.includes('/fault/'))).to.satisfy((lines: string[]) =>
      lines.every((line) => [page('recorder.js'), '/dist/massage-selector.js'].some((path) => line.startsWith(`GET ${path}`))),
    );
    expectPoliteGuest(host);
  });

  it('without src: nothing at all after the script itself', async () => {
    const host = await openPage(`strict-default.html?request-log-${Date.now()}`);
    await answerAll(await widgetIn(host), stressedDeskWorker);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(host.hostLog.resources).to.deep.equal([page('recorder.js'), '/dist/massage-selector.js']);
    for (const line of await serverLog(host)) expect(line).to.match(/^GET \/(test\/hardening\/pages\/recorder|dist\/massage-selector)\.js/);
    expectPoliteGuest(host);
  });
});
