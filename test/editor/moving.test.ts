import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { choose, fieldAt, openEditor, press, settled, typeInto, type PageWindow } from './support.js';

// Putting things in order: Move up and Move down on every card (questions, options, techniques, scoring
// rules), with the keyboard; the focus stays on the button of the moved item and a status line says where it is.

const draft = (page: PageWindow) => JSON.parse(JSON.parse(page.localStorage.getItem('massage-selector-editor:draft')!).text);
const active = (page: PageWindow) => page.document.activeElement as HTMLElement;

describe('moving items in the editor', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('moves questions with the keyboard, the focus following the moved question', async function () {
    this.timeout(60000);
    const page = await openEditor();
    choose(page, page.document.getElementById('start') as HTMLSelectElement, 'blank');
    await settled(page, (text) => !text.startsWith('No problems'), 'the blank studio is open');
    for (const [i, text] of ['Red flags?', 'Pressure?', 'Goal?'].entries()) {
      press(page, 'Add a question');
      await typeInto(page, `/questions/${i}/text`, text);
      await typeInto(page, `/questions/${i}/id`, `q${i + 1}`);
    }
    await settled(
      page,
      () =>
        draft(page)
          .questions.map((q: { id: string }) => q.id)
          .join() === 'q1,q2,q3',
      'three questions',
    );

    const down = page.document.querySelector<HTMLButtonElement>('[data-card="/questions/0"] .card-head [data-move="down"]')!;
    expect(down.getAttribute('aria-label')).to.equal('Move down: question 1: Red flags?');
    down.focus();
    await sendKeys({ press: 'Enter' });
    expect(draft(page).questions.map((q: { id: string }) => q.id)).to.deep.equal(['q2', 'q1', 'q3']);
    expect(active(page).getAttribute('aria-label')).to.equal('Move down: question 2: Red flags?');
    expect(page.document.getElementById('announce')!.textContent).to.equal('Moved down: now question 2: Red flags?, 2 of 3.');

    await sendKeys({ press: 'Enter' });
    expect(draft(page).questions.map((q: { id: string }) => q.id)).to.deep.equal(['q2', 'q3', 'q1']);
    // At the end of the list Move down stays where it is, focused, and says it cannot.
    expect(active(page).getAttribute('aria-label')).to.equal('Move down: question 3: Red flags?');
    expect(active(page).getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    expect(draft(page).questions.map((q: { id: string }) => q.id)).to.deep.equal(['q2', 'q3', 'q1']);

    // Shift+Tab reaches Move up of the same question; Space moves it back up.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(active(page).getAttribute('aria-label')).to.equal('Move up: question 3: Red flags?');
    await sendKeys({ press: 'Space' });
    expect(draft(page).questions.map((q: { id: string }) => q.id)).to.deep.equal(['q2', 'q1', 'q3']);
    expect(active(page).getAttribute('aria-label')).to.equal('Move up: question 2: Red flags?');
    expect(fieldAt(page, '/questions/1/text').value).to.equal('Red flags?');
  });

  it('moves options, techniques and scoring rules', async function () {
    this.timeout(60000);
    const page = await openEditor();
    const moveDown = (path: string) =>
      page.document.querySelector<HTMLButtonElement>(`[data-card="${path}"] > .card-head [data-move="down"]`)!.click();
    const moveUp = (path: string) =>
      page.document.querySelector<HTMLButtonElement>(`[data-card="${path}"] > .card-head [data-move="up"]`)!.click();
    const before = draft(page);

    moveDown('/questions/0/options/0');
    moveDown('/rules/0');
    moveUp('/techniques/1');
    const after = draft(page);
    const ids = (items: Array<{ id: string }>) => items.map((item) => item.id);
    const swap = <T>(items: T[], i: number) => [...items.slice(0, i), items[i + 1], items[i], ...items.slice(i + 2)];
    expect(ids(after.questions[0].options)).to.deep.equal(ids(swap(before.questions[0].options, 0)));
    expect(ids(after.rules)).to.deep.equal(ids(swap(before.rules, 0)));
    expect(ids(after.techniques)).to.deep.equal(ids(swap(before.techniques, 0)));
    // A technique's place breaks ties, so the examples run again; moved back, the file is as it was.
    moveDown('/techniques/0');
    expect(ids(draft(page).techniques)).to.deep.equal(ids(before.techniques));
    await settled(page, (text) => text.startsWith('No problems'), 'the moved file is valid');
    expect(page.document.getElementById('examples-summary')!.textContent).to.equal(
      `${before.examples.length} of ${before.examples.length} examples pass.`,
    );
  });
});
