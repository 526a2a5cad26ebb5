import { expect, waitUntil } from '@open-wc/testing';

// The real playground page (demo/playground.html), loaded in an iframe from the test server, used the way
// a spa owner uses it: type in the rules, watch the preview, read the problems and the examples.

type PageWindow = Window & typeof globalThis;

const draftKey = 'massage-selector-playground:draft';

/** Opens the playground as a first visit (no draft kept); `refuseStorage` opens it as private browsing that refuses localStorage. */
async function openPlayground({ refuseStorage = false } = {}): Promise<PageWindow> {
  localStorage.removeItem(draftKey);
  const frame = document.createElement('iframe');
  frame.style.width = '1280px';
  frame.style.height = '900px';
  document.body.append(frame);
  const page = await new Promise<PageWindow>((resolve) => {
    frame.addEventListener('load', () => resolve(frame.contentWindow as PageWindow), { once: true });
    if (!refuseStorage) return (frame.src = '/demo/playground.html');
    // The same page, with localStorage throwing as it does when a browser refuses site data.
    const refuse = `<base href="/demo/playground.html"><script>Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });</script>`;
    fetch('/demo/playground.html')
      .then((response) => response.text())
      .then((html) => (frame.srcdoc = html.replace('<head>', `<head>${refuse}`)));
  });
  await waitUntil(() => heading(page) === 'Tell us about your spasms', 'the preview shows the default rules', { timeout: 5000 });
  return page;
}

/** Reloads the page, as the owner would by accident, and waits for the preview. */
async function reload(page: PageWindow) {
  const frame = page.frameElement as HTMLIFrameElement;
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    page.location.reload();
  });
  await waitUntil(() => heading(page) !== '', 'the preview is back', { timeout: 5000 });
}

const editor = (page: PageWindow) => page.document.querySelector<HTMLTextAreaElement>('#rules')!;
const widget = (page: PageWindow) => page.document.querySelector('#preview massage-selector');
const heading = (page: PageWindow) => widget(page)?.shadowRoot?.querySelector('h2')?.textContent ?? '';
const legend = (page: PageWindow) => widget(page)?.shadowRoot?.querySelector('legend')?.textContent ?? '';
const text = (page: PageWindow, selector: string) => page.document.querySelector(selector)!.textContent ?? '';

/** Clicks inside the preview as a visitor would, and waits for the widget to show what follows. */
async function press(page: PageWindow, selector: string) {
  widget(page)!.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  await (widget(page) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}
/** Presses the preview's button with this text (Start over, Back). */
async function pressButton(page: PageWindow, label: string) {
  const buttons = [...widget(page)!.shadowRoot!.querySelectorAll<HTMLElement>('button')];
  buttons.find((button) => button.textContent === label)!.click();
  await (widget(page) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}
const step = (page: PageWindow) => widget(page)?.shadowRoot?.querySelector('.step')?.textContent ?? '';
const checked = (page: PageWindow) =>
  [...widget(page)!.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);

const spanishMenu = '../rules/examples/nola-es.json';

/** Picks a file in Start from, as the owner would. */
function startFrom(page: PageWindow, file: string) {
  const start = page.document.querySelector<HTMLSelectElement>('#start')!;
  start.value = file;
  start.dispatchEvent(new page.Event('change'));
}

/** Answers the page's confirm() dialogs with `answer`, and keeps what they asked. */
function answerConfirm(page: PageWindow, answer: boolean): string[] {
  const asked: string[] = [];
  page.confirm = (message?: string) => {
    asked.push(String(message));
    return answer;
  };
  return asked;
}

/** Presses Download; resolves with the link the page follows to save the file, or null when it saves nothing. */
async function download(page: PageWindow): Promise<HTMLAnchorElement | null> {
  let link: HTMLAnchorElement | null = null;
  const follow = (event: Event) => {
    if ((event.target as Element).matches('a[download]')) link = event.target as HTMLAnchorElement;
  };
  page.document.addEventListener('click', follow, { capture: true });
  page.document.querySelector<HTMLButtonElement>('#download')!.click();
  page.document.removeEventListener('click', follow, { capture: true });
  return link;
}

/** Replaces text in the editor as typing would: the value changes and an input event fires. */
function edit(page: PageWindow, from: string, to: string) {
  const area = editor(page);
  area.focus();
  expect(area.value).to.contain(from);
  area.value = area.value.replace(from, to);
  area.dispatchEvent(new page.Event('input', { bubbles: true }));
}

describe('the rules playground', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('re-renders the preview on a valid edit, and lists a mistake with its path and line:column', async () => {
    const page = await openPlayground();
    expect(text(page, '#status')).to.equal('No problems: the preview shows this file.');

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
    expect(text(page, '#status')).to.equal('1 problem. Press a line:column to put the cursor there.');
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
    startFrom(page, spanishMenu);
    await waitUntil(() => heading(page) === 'Cuéntanos qué te duele', 'the preview speaks Spanish', { timeout: 3000 });
    expect(widget(page)!.shadowRoot!.querySelector('section')!.getAttribute('lang')).to.equal('es');

    edit(page, '"title": "Cuéntanos qué te duele"', '"title": "¿Dónde te duele?"');
    await waitUntil(() => heading(page) === '¿Dónde te duele?', 'the preview follows the edit', { timeout: 3000 });
    const asked = answerConfirm(page, false);
    const link = (await download(page))!;
    expect(asked, 'a file without problems downloads without a question').to.deep.equal([]);
    expect(link.download).to.equal('nola-es.json');
    expect(await (await page.fetch(link.href)).text()).to.equal(editor(page).value);
  });

  it('keeps the preview on the result, or on the same step, when an edit re-renders it', async () => {
    const page = await openPlayground();
    // A visitor with chronic knots in the legs (nothing new this week) who wants firm pressure, clicked through all eight steps.
    const visitor = [['none'], ['legs'], ['years'], ['no'], ['knot'], ['training'], ['no'], ['firm']];
    for (const values of visitor) {
      for (const value of values) await press(page, `input[value="${value}"]`);
      await press(page, 'button[type="submit"]');
    }
    const technique = () => widget(page)?.shadowRoot?.querySelector('[part~="technique"]')?.textContent ?? '';
    const name = technique();
    expect(name).to.not.equal('');

    // A wording change on the result page shows on the result page, with no clicking through the steps again.
    edit(page, `"name": "${name}"`, `"name": "${name} (60 or 90 minutes)"`);
    await waitUntil(() => technique() === `${name} (60 or 90 minutes)`, 'the result shows the new name', { timeout: 3000 });

    // Start over, answer two steps and stop on the third: an edit of the first question's wording keeps step 3.
    await pressButton(page, 'Start over');
    expect(step(page)).to.equal('Step 1 of 8');
    for (const value of ['none', 'neck']) {
      await press(page, `input[value="${value}"]`);
      await press(page, 'button[type="submit"]');
    }
    await press(page, 'input[value="months"]');
    let before = widget(page);
    edit(page, '"text": "Before we start: does any of this apply to you now?"', '"text": "Anything we should know first?"');
    await waitUntil(() => widget(page) !== before, 'the preview re-renders', { timeout: 3000 });
    // ("Months" is chosen on step 3, so its follow-up counts: eight steps.)
    expect(step(page)).to.equal('Step 3 of 8');
    expect(checked(page)).to.deep.equal(['months']);
    // Walking back to step 3 took no focus from the editor.
    expect(page.document.activeElement === editor(page), 'the editor keeps focus').to.equal(true);

    // An edit that takes away an answer stops on that question, with nothing chosen and no error yet.
    before = widget(page);
    // ("neck" is an option no rule or example of the default rules names, so the file stays valid.)
    edit(page, '"id": "neck"', '"id": "nape"');
    await waitUntil(() => widget(page) !== before, 'the preview re-renders', { timeout: 3000 });
    expect(step(page)).to.equal('Step 2 of 8'); // "Months" is still answered, so the follow-up still counts
    expect(checked(page)).to.deep.equal([]);
    expect(widget(page)!.shadowRoot!.querySelector('.error')).to.equal(null);
  });

  it('marks the preview as the last valid version while the text has problems, and says so politely', async () => {
    const page = await openPlayground();
    const note = page.document.querySelector<HTMLElement>('#preview-state')!;
    expect(note.getAttribute('role')).to.equal('status');
    expect(note.textContent).to.equal('');
    expect(note.offsetHeight).to.equal(0);

    edit(page, '"question": "pressure"', '"question": "presure"');
    await waitUntil(() => note.textContent !== '', 'the preview is marked', { timeout: 3000 });
    expect(note.textContent).to.equal('Showing your last valid version — fix the problems to update');
    expect(note.offsetHeight).to.be.greaterThan(0);
    expect(note.closest('.preview')!.hasAttribute('data-stale')).to.equal(true);
    expect(heading(page)).to.equal('Tell us about your spasms');

    edit(page, '"question": "presure"', '"question": "pressure"');
    await waitUntil(() => note.textContent === '', 'the mark goes once the problem is fixed', { timeout: 3000 });
    expect(note.offsetHeight).to.equal(0);
    expect(note.closest('.preview')!.hasAttribute('data-stale')).to.equal(false);
  });

  it('asks before Start from replaces edited rules, and keeps the edits when you cancel', async () => {
    const page = await openPlayground();
    const start = page.document.querySelector<HTMLSelectElement>('#start')!;
    edit(page, '"text": "Before we start: does any of this apply to you now?"', '"text": "Anything we should know first?"');
    await waitUntil(() => legend(page) === 'Anything we should know first?', 'the preview follows the edit', { timeout: 3000 });

    let asked = answerConfirm(page, false);
    startFrom(page, spanishMenu);
    expect(asked).to.deep.equal(['Start again from a studio menu in Spanish? Your edits to the rules will be lost.']);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(editor(page).value.includes('"text": "Anything we should know first?"'), 'the edits are kept').to.equal(true);
    expect(start.value).to.equal('../rules/default.json');
    expect(legend(page)).to.equal('Anything we should know first?');

    asked = answerConfirm(page, true);
    startFrom(page, spanishMenu);
    expect(asked.length).to.equal(1);
    await waitUntil(() => heading(page) === 'Cuéntanos qué te duele', 'the Spanish menu replaces the edits', { timeout: 3000 });

    // Unedited text is replaced without a question.
    asked = answerConfirm(page, false);
    startFrom(page, '../rules/default.json');
    await waitUntil(() => heading(page) === 'Tell us about your spasms', 'the built-in rules are back', { timeout: 3000 });
    expect(asked).to.deep.equal([]);
  });

  it('keeps an unsaved draft across a reload, says so, and Discard goes back to the file', async () => {
    const page = await openPlayground();
    const original = await (await fetch('/rules/default.json')).text();
    const note = () => page.document.querySelector<HTMLElement>('#draft')!;
    expect(note().checkVisibility()).to.equal(false);
    edit(page, '"text": "Before we start: does any of this apply to you now?"', '"text": "Anything we should know first?"');

    await reload(page);
    await waitUntil(() => legend(page) === 'Anything we should know first?', 'the preview shows the draft', { timeout: 3000 });
    expect(editor(page).value).to.contain('"text": "Anything we should know first?"');
    expect(note().checkVisibility()).to.equal(true);
    expect(note().textContent!.replace(/\s+/g, ' ').trim()).to.equal('Restored your unsaved draft · Discard');

    note().querySelector('button')!.click();
    await waitUntil(() => legend(page) === 'Before we start: does any of this apply to you now?', 'the file is back', { timeout: 3000 });
    expect(editor(page).value === original, 'the editor holds the file as it was').to.equal(true);
    expect(note().checkVisibility()).to.equal(false);
    expect(page.document.activeElement === editor(page), 'focus goes to the editor').to.equal(true);

    await reload(page);
    expect(note().checkVisibility()).to.equal(false);
    expect(legend(page)).to.equal('Before we start: does any of this apply to you now?');
  });

  it('restores a draft that has problems, and previews the file it began from until they are fixed', async () => {
    const page = await openPlayground();
    edit(page, '"question": "pressure"', '"question": "presure"');
    await reload(page);
    expect(editor(page).value).to.contain('"question": "presure"');
    expect(page.document.querySelectorAll('#problems li').length).to.equal(1);
    expect(heading(page)).to.equal('Tell us about your spasms');
    expect(text(page, '#preview-state')).to.equal('Showing your last valid version — fix the problems to update');
  });

  it('restores a draft of the Spanish menu with the Spanish menu picked', async () => {
    const page = await openPlayground();
    startFrom(page, spanishMenu);
    await waitUntil(() => heading(page) === 'Cuéntanos qué te duele', 'the preview speaks Spanish', { timeout: 3000 });
    edit(page, '"title": "Cuéntanos qué te duele"', '"title": "¿Dónde te duele?"');

    await reload(page);
    await waitUntil(() => heading(page) === '¿Dónde te duele?', 'the Spanish draft is back', { timeout: 3000 });
    expect(page.document.querySelector<HTMLSelectElement>('#start')!.value).to.equal(spanishMenu);
  });

  it('works as usual, without a draft, when the browser refuses storage (private browsing)', async () => {
    const page = await openPlayground({ refuseStorage: true });
    expect(() => page.localStorage).to.throw();
    edit(page, '"text": "Before we start: does any of this apply to you now?"', '"text": "Anything we should know first?"');
    await waitUntil(() => legend(page) === 'Anything we should know first?', 'the preview follows the edit', { timeout: 3000 });
    expect(text(page, '#status')).to.equal('No problems: the preview shows this file.');
  });

  it('asks before downloading a file that has problems', async () => {
    const page = await openPlayground();
    edit(page, '"question": "pressure"', '"question": "presure"');
    edit(page, '"question": "feel"', '"question": "fell"');

    let asked = answerConfirm(page, false);
    expect((await download(page)) === null, 'Cancel saves nothing').to.equal(true);
    expect(asked).to.deep.equal(['Your rules have 2 problems. Download anyway?']);

    asked = answerConfirm(page, true);
    const link = (await download(page))!;
    expect(asked.length).to.equal(1);
    expect(await (await page.fetch(link.href)).text()).to.equal(editor(page).value);
  });

  it('shows the first problem above the editor without scrolling, at 1280 × 900', async () => {
    const page = await openPlayground();
    expect([page.innerWidth, page.innerHeight]).to.deep.equal([1280, 900]);
    edit(page, '"question": "pressure"', '"question": "presure"');
    await waitUntil(() => page.document.querySelector('#problems li'), 'the mistake is listed', { timeout: 3000 });
    const problem = page.document.querySelector('#problems li')!.getBoundingClientRect();
    const area = editor(page).getBoundingClientRect();
    expect(page.scrollY).to.equal(0);
    expect(problem.top).to.be.greaterThan(0);
    expect(problem.bottom).to.be.at.most(page.innerHeight);
    // Directly above the editor, where the owner is typing.
    expect(problem.bottom).to.be.at.most(area.top);
    expect(area.top - problem.bottom).to.be.lessThan(40);
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
