import { expect } from '@open-wc/testing';
import { clickThrough, openFrame, widgetIn } from './hardening/frames.js';

describe('dist/massage-selector.js from a plain <script src>', () => {
  it('registers the element, renders the first question and emits recommend', async () => {
    const page = await openFrame('/test/fixtures/bundle-page.html');
    const element = await widgetIn(page);
    expect(element.shadowRoot!.querySelector('legend')!.textContent).to.contain('Before we start');
    const events: Event[] = [];
    element.addEventListener('recommend', (event) => events.push(event));
    const detail = await clickThrough(element);
    expect(detail.technique.id).to.equal('swedish');
    expect(events[0].bubbles && events[0].composed).to.equal(true);
  });

  it('is one file with no import or export, eval or new Function', async () => {
    const code = await (await fetch('/dist/massage-selector.js')).text();
    expect(code).to.not.match(/^\s*(import|export)\b/m);
    expect(code).to.not.match(/\beval\(|new Function\b|\brequire\(/);
  });
});
