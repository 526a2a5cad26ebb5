import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { choose, download, fieldAt, openEditor, openFile, press, settled, status, typeInto, widget, type PageWindow } from './support.js';

// The rules editor used the way a studio owner uses it: open their file, change a price and a session, add
// an option, meet a checker message at its field, download under their own file name; open the built-in
// files and download them unchanged; work it with the keyboard only (axe on the page: accessibility.test.ts).

const text = async (path: string) => (await fetch(path)).text();

async function backTab() {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

describe('the rules editor', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('opens the built-in and the Spanish rules and downloads the same rules, under the same names', async function () {
    this.timeout(20000);
    const page = await openEditor();
    for (const [path, name] of [
      ['/rules/default.json', 'default.json'],
      ['/rules/examples/nola-es.json', 'nola-es.json'],
    ]) {
      const original = await text(path);
      openFile(page, name, original);
      await waitUntil(() => page.document.getElementById('download')!.textContent === `Download ${name}`, `${name} opens`);
      expect(status(page)).to.match(/^No problems/);
      const file = await download(page);
      expect(file.name).to.equal(name);
      expect(JSON.parse(file.text)).to.deep.equal(JSON.parse(original));
    }
  });

  it('edits an owner’s file: a price, a session, an option, a problem shown at its field', async function () {
    this.timeout(30000);
    const page = await openEditor();
    openFile(page, 'nola-spa.json', await text('/rules/examples/nola-es.json'));
    await waitUntil(() => page.document.getElementById('download')!.textContent === 'Download nola-spa.json', 'the file opens');
    expect(status(page)).to.match(/^No problems/);

    await typeInto(page, '/techniques/0/price', 'desde 90 USD');
    press(page, 'Give each length its own price and link', page.document.querySelector('[data-card="/techniques/0"]')!);
    await typeInto(page, '/techniques/0/sessions/1/price', '120 USD');
    await typeInto(page, '/techniques/0/sessions/1/bookingUrl', 'https://squareup.com/book/nola sueco-90');
    await settled(page, (words) => words === '1 problem. Choose one to go to its field.', 'the space is caught');
    const message =
      'has a space in it ("https://squareup.com/book/nola sueco-90"), and a link cannot: copy the link again from the booking page, or write the space as %20';
    const field = fieldAt(page, '/techniques/0/sessions/1/bookingUrl');
    const shown = page.document.getElementById(field.getAttribute('aria-describedby')!.split(' ').at(-1)!)!;
    expect(shown.textContent!.trim()).to.equal(message);
    // Choosing the problem in the list focuses its field.
    (page.document.querySelector('#problems .problem') as HTMLButtonElement).focus();
    expect(page.document.querySelector('#problems .problem')!.textContent).to.contain(message);
    press(page, `technique 1 › session 2 › bookingUrl ${message}`);
    expect(page.document.activeElement).to.equal(field);
    await typeInto(page, '/techniques/0/sessions/1/bookingUrl', 'https://squareup.com/book/nola-sueco-90');

    press(page, 'Add an option to question 2');
    await typeInto(page, '/questions/1/options/5/label', 'Otra cosa');
    await typeInto(page, '/questions/1/options/5/id', 'otra');
    await settled(page, (words) => words.startsWith('No problems'), 'the file is valid again');
    await waitUntil(() => widget(page)?.shadowRoot?.querySelector('legend'), 'the preview shows the edited file');

    const file = await download(page);
    expect(file.name).to.equal('nola-spa.json');
    const rules = JSON.parse(file.text);
    expect(rules.techniques[0].price).to.equal('desde 90 USD');
    expect(rules.techniques[0].sessionMinutes).to.equal(undefined);
    expect(rules.techniques[0].sessions).to.deep.equal([
      { minutes: 60 },
      { minutes: 90, price: '120 USD', bookingUrl: 'https://squareup.com/book/nola-sueco-90' },
    ]);
    expect(rules.questions[1].options.at(-1)).to.deep.equal({ id: 'otra', label: 'Otra cosa' });
  });

  it('keeps the draft over a reload, and Discard goes back to the file', async function () {
    this.timeout(20000);
    const page = await openEditor();
    await typeInto(page, '/studio/name', 'Spa Uno');
    await settled(page, () => page.document.getElementById('download')!.textContent === 'Download spa-uno-rules.json', 'the edit is in');
    const frame = page.frameElement as HTMLIFrameElement;
    await new Promise((resolve) => {
      frame.addEventListener('load', resolve, { once: true });
      page.location.reload();
    });
    const again = frame.contentWindow as PageWindow;
    await waitUntil(() => status(again).startsWith('No problems'), 'the editor is back', { timeout: 8000 });
    expect(fieldAt(again, '/studio/name').value).to.equal('Spa Uno');
    expect(again.document.getElementById('draft')!.hidden).to.equal(false);
    press(again, 'Discard it');
    expect(fieldAt(again, '/studio/name').value).to.equal('');
  });

  it('adds a question and an option with the keyboard only', async function () {
    this.timeout(30000);
    const page = await openEditor();
    choose(page, page.document.getElementById('start') as HTMLSelectElement, 'blank');
    await settled(page, (words) => !words.startsWith('No problems'), 'the blank studio is open');
    const addQuestion = [...page.document.querySelectorAll('button')].find((button) => button.textContent === 'Add a question')!;
    addQuestion.focus();
    await sendKeys({ press: 'Enter' });
    // Tab from the button, now after the new question, back into it: Shift+Tab reaches its Add an option.
    for (let i = 0; i < 10 && page.document.activeElement?.textContent !== 'Add an option to question 1'; i++) await backTab();
    expect(page.document.activeElement!.textContent).to.equal('Add an option to question 1');
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 40 && (page.document.activeElement as HTMLElement).dataset?.path !== '/questions/0/options/0/label'; i++)
      await backTab();
    await sendKeys({ type: 'Fiebre' });
    await settled(page, () => fieldAt(page, '/questions/0/options/0/label').value === 'Fiebre', 'the option is typed');
    // The file still has problems (no technique yet): Download asks first; the owner says yes.
    const asked: string[] = [];
    page.confirm = (question?: string) => (asked.push(String(question)), true);
    const file = JSON.parse((await download(page)).text);
    expect(file.questions).to.deep.equal([{ id: 'question', type: 'single', text: '', options: [{ id: 'option', label: 'Fiebre' }] }]);
    expect(asked).to.have.length(1);
    expect(asked[0]).to.match(/^Your rules have \d+ problems?\. Download anyway\?$/);
  });

  it('opens the rules guide as a page, not as markdown', async () => {
    const page = await openEditor();
    const guide = page.document.querySelector<HTMLAnchorElement>('a[href="./rules-guide.html"]')!;
    const html = await (await fetch(guide.href)).text();
    expect(html).to.match(/<h1[^>]*>Writing a rules file<\/h1>/);
    expect(html).not.to.contain('\n## ');
  });
});
