import { expect } from '@open-wc/testing';

/** Loads a real HTML page in an iframe and resolves with its window once loaded. */
function openPage(path: string): Promise<Window & typeof globalThis> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '900px';
  document.body.append(frame);
  return new Promise((resolve) => {
    frame.addEventListener('load', () => resolve(frame.contentWindow as Window & typeof globalThis), { once: true });
    frame.src = path;
  });
}

describe('dist/massage-selector.js from a plain <script src>', () => {
  it('registers the element, renders the first question and emits recommend', async () => {
    const page = await openPage('/test/fixtures/bundle-page.html');
    const element = page.document.querySelector('massage-selector')!;
    await page.customElements.whenDefined('massage-selector');
    const root = () => element.shadowRoot!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(root().querySelector('legend')!.textContent).to.contain('Before we start');

    const recommended = new Promise<CustomEvent>((resolve) => element.addEventListener('recommend', (event) => resolve(event as CustomEvent)));
    const steps: Record<string, string[]> = { safety: ['none'], area: ['neck'], duration: ['weeks'], feel: ['stress'], lifestyle: ['desk'], pressure: ['medium'], first: ['yes'] };
    for (let i = 0; i < 7; i++) {
      const id = root().querySelector<HTMLElement>('fieldset')!.dataset.question!;
      for (const value of steps[id]) root().querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      root().querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const event = await recommended;
    expect(event.detail.technique.id).to.equal('swedish');
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('is one file with no import or export, eval or new Function', async () => {
    const code = await (await fetch('/dist/massage-selector.js')).text();
    expect(code).to.not.match(/^\s*(import|export)\b/m);
    expect(code).to.not.match(/\beval\(|new Function\b|\brequire\(/);
  });
});
