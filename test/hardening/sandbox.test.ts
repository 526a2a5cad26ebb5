import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

// Finding 5 of the second round: site builders embed custom HTML in <iframe sandbox="allow-scripts"> without
// allow-forms, where the browser refuses every form submission. Next, Back and Enter must work there.

type FrameState = { question: string | null; result: string | null; step: string | null };

async function sandboxedWidget() {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.style.width = '800px';
  frame.style.height = '900px';
  frame.srcdoc = `<!doctype html><html lang="en"><body><massage-selector></massage-selector>
    <script src="${location.origin}/dist/massage-selector.js"></script>
    <script src="${location.origin}/test/hardening/pages/sandboxed-driver.js"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  let id = 0;
  const ask = (action: string, value?: string) =>
    new Promise<FrameState>((resolve) => {
      const mine = ++id;
      const answer = (event: MessageEvent) => {
        if (event.source !== frame.contentWindow || event.data.id !== mine) return;
        removeEventListener('message', answer);
        resolve(event.data);
      };
      addEventListener('message', answer);
      frame.contentWindow!.postMessage({ action, value, id: mine }, '*');
    });
  return { frame, ask };
}

describe('in <iframe sandbox="allow-scripts"> (no allow-forms)', () => {
  it('Next and Back move between steps, and the questionnaire reaches its result', async () => {
    const { frame, ask } = await sandboxedWidget();
    try {
      expect((await ask('ready')).question).to.equal('safety');
      await ask('tick', 'none');
      expect((await ask('next')).question, 'Next leaves the first step').to.not.equal('safety');
      expect((await ask('back')).question, 'Back returns').to.equal('safety');
      let state = await ask('next');
      const asked = new Set(['safety']);
      for (let guard = 0; guard < 20 && state.question && !state.result; guard++) {
        expect(asked.has(state.question), `a new step each time (${state.question})`).to.equal(false);
        asked.add(state.question);
        await ask('first');
        state = await ask('next');
      }
      expect(asked.size).to.be.above(3);
      expect(state.result).to.be.a('string');
    } finally {
      frame.remove();
    }
  });

  it('Enter on an answer moves on, as it does on a page without a sandbox', async () => {
    const { frame, ask } = await sandboxedWidget();
    try {
      await ask('ready');
      await ask('tick', 'none');
      frame.focus();
      await ask('focus', 'none');
      await sendKeys({ press: 'Enter' });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await ask('ready')).question, 'Enter leaves the first step').to.not.equal('safety');
    } finally {
      frame.remove();
    }
  });
});
