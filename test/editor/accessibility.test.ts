import { expect, waitUntil } from '@open-wc/testing';
import { choose, openEditor, press, settled, widget } from './support.js';

// axe (WCAG 2.2 AA, with target size) on the rules editor at a desktop's, a tablet's and a phone's width, with
// one of every kind of form on the page; and nothing wider than the screen. (A file of its own: on a loaded
// machine the three widths take most of the two minutes a test file may run.)

describe('the rules editor for everyone', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('is clean under axe (WCAG 2.2 AA, with target size), at 1280, 1024 and 390 px', async function () {
    this.timeout(120000);
    for (const width of [1280, 1024, 390]) {
      const page = await openEditor(width);
      await waitUntil(() => widget(page)?.shadowRoot?.querySelector('legend'), 'the preview is there');
      // One of every kind of form (a whole built-in file is too big a page for axe on a loaded machine).
      choose(page, page.document.getElementById('start') as HTMLSelectElement, 'blank');
      await settled(page, (words) => !words.startsWith('No problems'), 'the blank studio is open');
      // Two questions and two techniques: their cards carry Move up and Move down.
      for (const label of ['Add a question', 'Add a question', 'Add an option to question 1', 'Add a technique', 'Add a technique'])
        press(page, label);
      for (const label of ['Add an add-on', 'Add a booking parameter', 'Add a scoring rule']) press(page, label);
      for (const label of ['Add a safety rule', 'Add a plan', 'Add an aftercare tip', 'Add a caution', 'Add an example'])
        press(page, label);
      // A technique with session lengths only (one price and link for all), two of them.
      for (const label of ['Remove session 1', 'Offer lengths with one price and link for all', 'Add a length']) press(page, label);
      await new Promise<void>((resolve, reject) => {
        const script = page.document.createElement('script');
        script.src = '/node_modules/axe-core/axe.min.js';
        script.onload = () => resolve();
        script.onerror = reject;
        page.document.head.append(script);
      });
      const axe = (
        page as unknown as {
          axe: {
            run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }>;
          };
        }
      ).axe;
      const results = await axe.run(page.document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
        rules: { 'target-size': { enabled: true } },
      });
      // Nothing wider than the screen: no sideways scrolling at any of the widths.
      expect(page.document.documentElement.scrollWidth, `${width}: page width`).to.be.at.most(width);
      expect(
        results.violations.map(
          (v) =>
            `${width}: ${v.id} ${v.nodes
              .slice(0, 3)
              .map((n) => JSON.stringify(n.target))
              .join(' ')}`,
        ),
      ).to.deep.equal([]);
      (page.frameElement as HTMLElement).remove();
    }
  });
});
