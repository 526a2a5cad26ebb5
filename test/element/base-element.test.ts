import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit/html.js';
import { BaseElement, reactive } from '../../src/element/base-element.js';
import { watchHostPage } from '../support/index.js';

/** A test element: `label` and `count` are reactive; it counts its renders. */
class CountingElement extends BaseElement {
  static override styles = 'p { color: rgb(10, 20, 30); }';
  label = 'start';
  count = 0;
  renders = 0;
  protected override render() {
    this.renders++;
    return html`<p>${this.label} ${this.count}</p>`;
  }
}
reactive(CountingElement, { label: 0, count: 0 });
customElements.define('counting-element', CountingElement);

class RestyledElement extends CountingElement {
  static override styles = 'p { color: rgb(200, 0, 0); }';
}
customElements.define('restyled-element', RestyledElement);

const textOf = (element: Element) => element.shadowRoot!.querySelector('p')!.textContent;
const colourOf = (element: Element) => getComputedStyle(element.shadowRoot!.querySelector('p')!).color;

describe('BaseElement (the widget’s small base class)', () => {
  it('renders once for every change made in one task, and updateComplete resolves after that render', async () => {
    const element = (await fixture('<counting-element></counting-element>')) as CountingElement;
    expect([element.renders, textOf(element)]).to.deep.equal([1, 'start 0']);
    element.label = 'three';
    element.count = 1;
    element.count = 3;
    expect(element.renders).to.equal(1);
    expect(await element.updateComplete).to.equal(true);
    expect([element.renders, textOf(element)]).to.deep.equal([2, 'three 3']);
  });

  it('does not render again when a property is set to the value it has', async () => {
    const element = (await fixture('<counting-element></counting-element>')) as CountingElement;
    element.count = 0;
    element.label = 'start';
    await element.updateComplete;
    expect(element.renders).to.equal(1);
  });

  it('replays properties set before the element was defined, through their accessors', async () => {
    const early = document.createElement('upgrade-element') as HTMLElement & { label?: string; count?: number };
    early.label = 'set early';
    early.count = 7;
    document.body.append(early);
    class UpgradeElement extends CountingElement {}
    customElements.define('upgrade-element', UpgradeElement);
    const element = early as unknown as UpgradeElement;
    await element.updateComplete;
    expect(Object.hasOwn(element, 'label') || Object.hasOwn(element, 'count')).to.equal(false);
    expect(textOf(element)).to.equal('set early 7');
    element.count = 8; // the accessor is no longer hidden: setting renders
    await element.updateComplete;
    expect(textOf(element)).to.equal('set early 8');
    element.remove();
  });

  it('gives each class its own styles: a subclass’s static styles apply', async () => {
    const base = await fixture('<counting-element></counting-element>');
    const sub = await fixture('<restyled-element></restyled-element>');
    expect([colourOf(base), colourOf(sub)]).to.deep.equal(['rgb(10, 20, 30)', 'rgb(200, 0, 0)']);
  });

  it('keeps its styles when moved into another document (a same-origin frame)', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const element = (await fixture('<counting-element></counting-element>')) as CountingElement;
    frame.contentDocument!.body.append(element);
    await element.updateComplete;
    expect(getComputedStyle(element.shadowRoot!.querySelector('p')!).color).to.equal('rgb(10, 20, 30)');
    frame.remove();
  });

  it('names the cause loudly when a class field shadows a reactive accessor, and still renders its changes', async () => {
    const log: string[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => log.push(args.join(' '));
    const host = watchHostPage();
    try {
      await import('../fixtures/shadowing-element.js');
      const element = (await fixture('<shadowing-element></shadowing-element>')) as HTMLElement & {
        count: number;
        updateComplete: Promise<boolean>;
      };
      expect(log.join('\n')).to.contain('the class field "count" shadows its accessor').and.to.contain('useDefineForClassFields');
      element.count = 2;
      await element.updateComplete;
      expect(element.shadowRoot!.textContent).to.equal('2');
      expect(host.errors).to.deep.equal([]);
    } finally {
      console.error = error;
      host.stop();
    }
  });
});
