import { expect } from '@open-wc/testing';
import { answerAll, chronicKnots, openFrame, openPage, settle, watchHostPage, widgetIn, type HostPageLog } from '../support/index.js';

// Session 4's try-out as a hostile or careless host page would treat the widget: a legacy page encoding, a
// customElements that throws.

let log: HostPageLog;
beforeEach(() => (log = watchHostPage()));
afterEach(() => log.stop());

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
