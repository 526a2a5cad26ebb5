import { expect, waitUntil } from '@open-wc/testing';
// @ts-expect-error: a plain JavaScript module of the editor, without types
import { embedCode } from '../../editor/embed.js';

// The embed code the editor gives a studio owner (docs/install.md), pasted into a page as a site builder
// would: with the widget's script it shows the studio's own rules; without it (a wrong address, a
// blocked script) the space stays and the way to book shows.

const rules = {
  version: 1,
  studio: { name: 'Nola Day Spa', phone: '504-555-0100', bookingUrl: 'https://squareup.com/appointments/book/nola?a=1&b=2' },
  questions: [
    {
      id: 'safety',
      type: 'multiple',
      text: 'Any of these? </script><!-- "quotes" & ampersands',
      options: [
        { id: 'fever', label: 'A fever', redFlag: true },
        { id: 'none', label: 'None of these', exclusive: true },
      ],
    },
  ],
  techniques: [
    { id: 'swedish', name: 'Swedish', description: 'Gentle.', pressure: 'Light', target: 'Muscles', bestFor: 'Stress', deep: false },
  ],
  rules: [],
};

type PageWindow = Window & typeof globalThis;

/** A page whose body is `html` (the embed code), in a frame 390 px wide, as on a phone. */
async function pageWith(html: string): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = '390px';
  frame.style.height = '800px';
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.srcdoc = `<!doctype html><html lang="en"><body>${html}<p id="after">After the widget</p></body></html>`;
  });
  return frame.contentWindow as PageWindow;
}

const fallback = (page: PageWindow) => page.document.querySelector('massage-selector > p') as HTMLElement;

describe('the embed code', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows the rules it carries inline, even with </script> in a text, and hides the fallback', async () => {
    const page = await pageWith(embedCode(rules, { scriptSrc: '/dist/massage-selector.js' }));
    const widget = page.document.querySelector('massage-selector')!;
    await waitUntil(() => widget.shadowRoot?.querySelector('legend, h2'), 'the widget renders', { timeout: 5000 });
    expect(widget.shadowRoot!.textContent).to.contain('Any of these? </script><!-- "quotes" & ampersands');
    expect(fallback(page).getClientRects().length, 'the fallback is not shown').to.equal(0);
    expect(page.document.getElementById('after')!.getBoundingClientRect().top).to.be.greaterThan(100);
  });

  it('keeps the space and shows a way to book when the script does not load', async () => {
    const page = await pageWith(embedCode(rules, { scriptSrc: '/no-such-file.js' }));
    const widget = page.document.querySelector('massage-selector')!;
    const rem = parseFloat(page.getComputedStyle(page.document.documentElement).fontSize);
    expect(widget.getBoundingClientRect().height).to.be.at.least(26 * rem);
    expect(fallback(page).textContent).to.equal("Can't see our massage finder? Book online or call 504-555-0100.");
    expect(fallback(page).getClientRects().length).to.be.greaterThan(0);
    expect(fallback(page).querySelector('a')!.href).to.equal(rules.studio.bookingUrl);
  });

  it('names a rules file as src instead of inline rules', () => {
    const code = embedCode(rules, { scriptSrc: '/m.js', inline: false, rulesUrl: 'https://example.com/r.json' });
    expect(code).to.contain('<massage-selector src="https://example.com/r.json">');
    expect(code).not.to.contain('application/json');
  });
});
