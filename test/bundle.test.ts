import { expect } from '@open-wc/testing';
import { answerAll, stressedDeskWorker, openFrame, widgetIn } from './support/index.js';

describe('dist/massage-selector.js on a studio page', () => {
  const pages = {
    'a plain <script src>': '/test/fixtures/bundle-page.html',
    '<script type="module" src>, then the same file again as a plain script': '/test/fixtures/bundle-module-page.html',
  };
  for (const [how, path] of Object.entries(pages)) {
    it(`from ${how}: registers the element, renders the first question and emits recommend`, async () => {
      const page = await openFrame(path);
      const element = await widgetIn(page);
      expect(page.document.querySelectorAll('massage-selector')).to.have.length(1);
      expect(element.shadowRoot!.querySelector('legend')!.textContent).to.contain('Before we start');
      const events: Event[] = [];
      element.addEventListener('recommend', (event) => events.push(event));
      const detail = await answerAll(element, stressedDeskWorker);
      expect(detail.technique.id).to.equal('swedish');
      expect(events[0].bubbles && events[0].composed).to.equal(true);
      if (page.hostLog) {
        // Loaded twice: the second copy stands down with one warning, and nothing is thrown.
        expect([page.hostLog.errors, page.hostLog.rejections]).to.deep.equal([[], []]);
        expect(page.hostLog.warnings).to.deep.equal(['<massage-selector> is already defined on this page; this copy was not registered.']);
      }
    });
  }

  it('is one file with no import or export, eval or new Function', async () => {
    const code = await (await fetch('/dist/massage-selector.js')).text();
    expect(code).to.not.match(/^\s*(import|export)\b/m);
    expect(code).to.not.match(/\beval\(|new Function\b|\brequire\(/);
  });
});
