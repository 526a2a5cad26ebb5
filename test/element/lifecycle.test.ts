import { expect, oneEvent } from '@open-wc/testing';
import type { MassageSelector, ReadyEvent } from '../../src/massage-selector.js';
import { openFrame } from '../support/index.js';

/** Waits until `check` holds, a frame at a time (at most about two seconds). */
async function until(check: () => boolean) {
  for (let tries = 0; tries < 120 && !check(); tries++) await new Promise(requestAnimationFrame);
  return check();
}

describe('<massage-selector> lifecycle', () => {
  const sources: Record<string, (element: MassageSelector) => void> = {
    default: () => {},
    inline: (element) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({
        version: 1,
        questions: [{ id: 'mood', type: 'single', text: 'How are you?', options: [{ id: 'tense', label: 'Tense' }] }],
        techniques: [{ id: 'swedish', name: 'Swedish', description: 'd', pressure: 'p', target: 't', bestFor: 'b', deep: false }],
        rules: [],
      });
      element.append(script);
    },
    src: (element) => element.setAttribute('src', '/rules/default.json'),
  };
  for (const [source, prepare] of Object.entries(sources)) {
    it(`fires ready after append() returns, so a host that appends and then listens hears it (${source} rules)`, async () => {
      const element = document.createElement('massage-selector');
      prepare(element);
      document.body.append(element);
      const ready = (await oneEvent(element, 'ready')) as ReadyEvent;
      expect(ready.detail.source).to.equal(source === 'src' ? '/rules/default.json' : source);
      element.remove();
    });
  }

  it('uses src and answers a page set before the bundle was loaded (upgrade)', async () => {
    const page = await openFrame('/test/fixtures/upgrade-page.html');
    await page.customElements.whenDefined('massage-selector');
    const element = page.document.querySelector('massage-selector') as MassageSelector;
    expect(await until(() => (page as unknown as { heard: string[] }).heard.length > 0)).to.equal(true);
    expect((page as unknown as { heard: string[] }).heard).to.deep.equal(['/rules/examples/nola-es.json']);
    expect(element.getAttribute('src')).to.equal('/rules/examples/nola-es.json');
    expect(element.answers).to.deep.equal({ seguridad: ['ninguna'] });
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(root.querySelector<HTMLInputElement>('input[value="ninguna"]')!.checked).to.equal(true);
    expect(root.querySelector('h2')!.textContent).to.not.equal('Tell us about your spasms');
  });
});
