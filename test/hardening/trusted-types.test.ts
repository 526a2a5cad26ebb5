import { expect } from '@open-wc/testing';
import { answerAll, stressedDeskWorker, openPage, widgetIn, type HostWindow } from '../support/index.js';
import { minimalRules } from '../fixtures/hostile/generate.mjs';

// Issue 10, finding 4: pages whose Content-Security-Policy lists the Trusted Types policies they allow
// (test/hardening/server.mjs adds `trusted-types …` for ?tt=). Where the page lets the widget render, it works;
// where it does not, nothing is thrown into the page and one warning names the directive to add.
const directive = "<massage-selector> needs the CSP directive: trusted-types lit-html 'allow-duplicates'";

function expectNothingThrown(page: HostWindow) {
  expect(page.hostLog.errors, 'page errors').to.deep.equal([]);
  expect(page.hostLog.rejections, 'unhandled rejections').to.deep.equal([]);
}

/** The page's widget once defined, and after its first render had the time to happen. */
async function settledWidget(page: HostWindow) {
  await page.customElements.whenDefined('massage-selector');
  const element = page.document.querySelector('massage-selector')!;
  await new Promise((resolve) => setTimeout(resolve, 300));
  return element;
}

describe('Trusted Types policy lists', () => {
  it("trusted-types 'none': the element is defined, renders nothing, throws nothing, and the warning names the directive", async () => {
    const page = await openPage('strict-default.html?tt=none');
    const element = await settledWidget(page);
    expect(element.shadowRoot!.querySelector('legend')).to.equal(null);
    expect(page.hostLog.warnings).to.deep.equal([directive]);
    expectNothingThrown(page);
  });

  it("trusted-types 'none' and rules of one question (its first step is the last, whose result is readied out of sight): nothing thrown", async () => {
    const page = await openPage('strict-default.html?tt=none');
    const element = await settledWidget(page);
    (element as HTMLElement & { rules: unknown }).rules = minimalRules();
    await new Promise((resolve) => page.requestAnimationFrame(() => page.requestAnimationFrame(() => setTimeout(resolve, 300))));
    expect(element.shadowRoot!.querySelector('legend')).to.equal(null);
    expectNothingThrown(page);
  });

  it('trusted-types default with the host’s own default policy: the widget renders through it and works', async () => {
    const page = await openPage('strict-lit-policy.html?tt=default&host-policy=default');
    expect((page as HostWindow & { hostPolicy: { name: string } }).hostPolicy.name).to.equal('default');
    const element = await widgetIn(page);
    expect((await answerAll(element, stressedDeskWorker)).technique.id).to.equal('swedish');
    expect(page.hostLog.warnings).to.deep.equal([directive]);
    expectNothingThrown(page);
  });

  it('trusted-types default without a default policy: nothing shown, nothing thrown, the warning', async () => {
    const page = await openPage('strict-default.html?tt=default');
    const element = await settledWidget(page);
    expect(element.shadowRoot!.querySelector('legend')).to.equal(null);
    expect(page.hostLog.warnings).to.deep.equal([directive]);
    expectNothingThrown(page);
  });

  it('trusted-types lit-html when the page already made a lit-html policy (no allow-duplicates): calm, with the warning', async () => {
    const page = await openPage('strict-lit-policy.html?tt=lit-html');
    const element = await settledWidget(page);
    expect(element.shadowRoot!.querySelector('legend')).to.equal(null);
    expect(page.hostLog.warnings).to.deep.equal([directive]);
    expectNothingThrown(page);
  });

  it('trusted-types lit-html, the bundle loaded twice: the second copy warns, the first one works', async () => {
    const page = await openPage('strict-twice.html?tt=lit-html');
    const element = await widgetIn(page);
    expect((await answerAll(element, stressedDeskWorker)).technique.id).to.equal('swedish');
    expect(page.hostLog.warnings).to.include(directive);
    expectNothingThrown(page);
  });
});
