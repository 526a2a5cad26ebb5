import { expect, waitUntil } from '@open-wc/testing';

// The real playground page (demo/playground.html), loaded in an iframe from the test server, used the way
// a spa owner uses it: type in the rules, watch the preview, read the problems and the examples.

type PageWindow = Window & typeof globalThis;

async function openPlayground(): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '900px';
  document.body.append(frame);
  const page = await new Promise<PageWindow>((resolve) => {
    frame.addEventListener('load', () => resolve(frame.contentWindow as PageWindow), { once: true });
    frame.src = '/demo/playground.html';
  });
  await waitUntil(() => heading(page) === 'Tell us about your spasms', 'the preview shows the default rules', { timeout: 5000 });
  return page;
}

const editor = (page: PageWindow) => page.document.querySelector<HTMLTextAreaElement>('#rules')!;
const widget = (page: PageWindow) => page.document.querySelector('#preview massage-selector');
const heading = (page: PageWindow) => widget(page)?.shadowRoot?.querySelector('h2')?.textContent ?? '';
const legend = (page: PageWindow) => widget(page)?.shadowRoot?.querySelector('legend')?.textContent ?? '';
const text = (page: PageWindow, selector: string) => page.document.querySelector(selector)!.textContent ?? '';

/** Replaces text in the editor as typing would: the value changes and an input event fires. */
function edit(page: PageWindow, from: string, to: string) {
  const area = editor(page);
  expect(area.value).to.contain(from);
  area.value = area.value.replace(from, to);
  area.dispatchEvent(new page.Event('input', { bubbles: true }));
}

describe('the rules playground', () => {
  it('re-renders the preview on a valid edit, and lists a mistake with its path and line:column', async () => {
    const page = await openPlayground();
    expect(text(page, '#status')).to.equal('No problems: the preview shows this file.');
    expect(text(page, '#problems-summary')).to.equal('None.');

    edit(page, '"text": "Before we start: does any of this apply to you now?"', '"text": "Anything we should know first?"');
    await waitUntil(() => legend(page) === 'Anything we should know first?', 'the preview follows the edit', { timeout: 3000 });

    edit(page, '"question": "pressure"', '"question": "presure"');
    await waitUntil(() => page.document.querySelectorAll('#problems li').length === 1, 'the mistake is listed', { timeout: 3000 });
    const lines = editor(page).value.split('\n');
    const line = lines.findIndex((row) => row.includes('"question": "presure"')) + 1;
    const column = lines[line - 1].indexOf('"question"') + 1;
    const problem = page.document.querySelector('#problems li')!;
    expect(problem.querySelector('button')!.textContent).to.equal(`${line}:${column}`);
    expect(problem.querySelector('code')!.textContent).to.match(/^\/rules\/\d+\/when(\/\w+\/\d+)*\/question$/);
    expect(problem.textContent).to.contain('unknown question "presure" (did you mean "pressure"?)');
    expect(text(page, '#status')).to.equal('1 problem: the preview shows the last version without problems.');
    expect(text(page, '#examples-summary')).to.equal('The examples run once the file has no problems.');
    // The preview keeps the last valid version rather than going blank.
    expect(legend(page)).to.equal('Anything we should know first?');

    // Pressing line:column puts the cursor on the mistake.
    problem.querySelector('button')!.click();
    const area = editor(page);
    expect(area.value.slice(area.selectionStart, area.selectionStart + '"question": "presure"'.length)).to.equal('"question": "presure"');
  });

  it('runs the examples as you type and shows a failure with expected and actual', async () => {
    const page = await openPlayground();
    const count = JSON.parse(editor(page).value).examples.length;
    await waitUntil(() => text(page, '#examples-summary') === `${count} of ${count} examples pass.`, 'every example passes', {
      timeout: 3000,
    });

    edit(page, '"expect": "ashiatsu"', '"expect": "swedish"');
    await waitUntil(() => page.document.querySelector('#examples li[data-passed="false"]'), 'the failing example is marked', {
      timeout: 3000,
    });
    expect(text(page, '#examples-summary')).to.equal(`${count - 1} of ${count} examples pass.`);
    const failed = page.document.querySelector('#examples li[data-passed="false"]')!;
    expect(failed.textContent).to.contain('Deep pressure wanted, deep tissue felt too pokey');
    expect(failed.querySelector('.detail')!.textContent).to.match(/^expected swedish, got ashiatsu; rules that fired: .*pokey-wants-deep/);
  });

  it('switches to the Spanish studio menu, and downloads exactly the edited file', async () => {
    const page = await openPlayground();
    const start = page.document.querySelector<HTMLSelectElement>('#start')!;
    start.value = '../rules/examples/nola-es.json';
    start.dispatchEvent(new page.Event('change'));
    await waitUntil(() => heading(page) === 'Cuéntanos qué te duele', 'the preview speaks Spanish', { timeout: 3000 });
    expect(widget(page)!.shadowRoot!.querySelector('section')!.getAttribute('lang')).to.equal('es');

    edit(page, '"title": "Cuéntanos qué te duele"', '"title": "¿Dónde te duele?"');
    await waitUntil(() => heading(page) === '¿Dónde te duele?', 'the preview follows the edit', { timeout: 3000 });
    const downloaded = new Promise<HTMLAnchorElement>((resolve) =>
      page.document.addEventListener(
        'click',
        (event) => (event.target as Element).matches('a[download]') && resolve(event.target as HTMLAnchorElement),
        { capture: true },
      ),
    );
    page.document.querySelector<HTMLButtonElement>('#download')!.click();
    const link = await downloaded;
    expect(link.download).to.equal('nola-es.json');
    expect(await (await page.fetch(link.href)).text()).to.equal(editor(page).value);
  });

  it('passes axe-core (WCAG 2.2 AA, target size) with a failing example, then with a problem listed', async () => {
    const page = await openPlayground();
    const script = page.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve) => page.document.head.append(Object.assign(script, { onload: resolve })));
    const axe = (
      page as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; help: string }> }> };
      }
    ).axe;
    const violations = async () => {
      const options = {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
        rules: { 'target-size': { enabled: true } },
      };
      return (await axe.run(page.document, options)).violations.map((violation) => `${violation.id}: ${violation.help}`);
    };

    edit(page, '"expect": "ashiatsu"', '"expect": "swedish"');
    await waitUntil(() => page.document.querySelector('#examples li[data-passed="false"]'), 'the failing example is marked', {
      timeout: 3000,
    });
    expect(await violations()).to.deep.equal([]);
    edit(page, '"question": "pressure"', '"question": "presure"');
    await waitUntil(() => page.document.querySelectorAll('#problems li').length === 1, 'the mistake is listed', { timeout: 3000 });
    expect(await violations()).to.deep.equal([]);
  });
});
