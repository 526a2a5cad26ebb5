import { expect, waitUntil } from '@open-wc/testing';
import { checkRulesText } from '../../src/index.js';
import { fieldAt, openEditor, openFile, press, settled, status, tick, typeInto, type PageWindow } from './support.js';

// The checker's warnings (a file it calls valid, whose safety screen screens nobody or everybody) in the
// editor: in the Problems list and at their field, in the CLI's words, told apart from problems; choosing one
// focuses its part of the form; fixing it with the forms takes it away.

const noScreen =
  'no question has "redFlag" options, so no visitor is ever referred before massage: add a required question of health conditions with "redFlag": true on each and an exclusive "None of these" option';
const noNone =
  'question "health" has red flags but no "None of these" option ("exclusive": true): a visitor with none of them must tick something that is not true; add one';

const studio = {
  version: 1,
  studio: { name: 'Spa Aviso' },
  questions: [
    {
      id: 'health',
      type: 'multiple',
      text: 'Do any of these apply to you today?',
      options: [
        { id: 'fever', label: 'Fever' },
        { id: 'rash', label: 'Rash' },
      ],
    },
  ],
  techniques: [
    { id: 'swedish', name: 'Swedish', description: 'Long strokes.', pressure: 'Light', target: 'Surface', bestFor: 'Stress', deep: false },
  ],
  rules: [],
};

const warningsListed = (page: PageWindow) =>
  [...page.document.querySelectorAll('#problems .problem.warning')].map((each) => each.textContent!.replace(/\s+/g, ' ').trim());
const shownAt = (page: PageWindow, path: string) =>
  page.document
    .querySelector(`#forms [data-path="${path}"]`)!
    .closest('section, li')!
    .querySelector(`#f${path.replace(/[^a-zA-Z0-9]/g, '-')}-problems`);

describe('the editor shows the checker’s warnings', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('lists them at their field in the CLI’s words, apart from problems, and takes them away when fixed', async function () {
    this.timeout(30000);
    const text = JSON.stringify(studio, null, 2);
    // The words the CLI prints after "warning:" (bin/massage-selector.js prints checkRulesText's warnings).
    expect(checkRulesText(text).warnings!.map((warning) => warning.message)).to.deep.equal([noScreen]);
    const page = await openEditor();
    openFile(page, 'aviso.json', text);
    await settled(
      page,
      (words) => words === 'No problems: the preview shows this file. 1 warning: choose one to go to its field.',
      'one warning',
    );
    expect(page.document.getElementById('status')!.dataset.state).to.equal('warned');
    expect(page.document.querySelectorAll('#problems .problem:not(.warning)')).to.have.length(0);
    expect(warningsListed(page)).to.deep.equal([`Warning questions ${noScreen}`]);
    // At its field: under the Questions heading, marked as a warning.
    const atQuestions = shownAt(page, '/questions')!;
    expect(atQuestions.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Warning: ${noScreen}`);
    // Choosing it focuses the part of the form it is about.
    press(page, `Warning questions ${noScreen}`);
    expect(page.document.activeElement).to.equal(page.document.getElementById('questions-heading'));

    // Red flags without a "None of these": the second warning, at the question's options.
    tick(page, '/questions/0/options/0/redFlag');
    await settled(page, () => warningsListed(page)[0]?.endsWith(noNone), 'the options are warned about');
    expect(warningsListed(page)).to.deep.equal([`Warning question 1 › options ${noNone}`]);
    expect(
      checkRulesText(
        JSON.stringify({
          ...studio,
          questions: [
            { ...studio.questions[0], options: [{ ...studio.questions[0].options[0], redFlag: true }, studio.questions[0].options[1]] },
          ],
        }),
      ).warnings!.map((w) => w.message),
    ).to.deep.equal([noNone]);
    const atOptions = shownAt(page, '/questions/0/options')!;
    expect(atOptions.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Warning: ${noNone}`);
    press(page, `Warning question 1 › options ${noNone}`);
    expect((page.document.activeElement as HTMLElement).dataset.path).to.equal('/questions/0/options');

    // A problem beside it looks different: red, and its field is marked invalid; a warned part is not.
    await typeInto(page, '/studio/bookingUrl', 'https://squareup.com/book/spa aviso');
    await settled(page, (words) => words.startsWith('1 problem'), 'the space in the link is a problem');
    // (A file with problems gets no warnings from the checker: the warning comes back once it is valid.)
    await typeInto(page, '/studio/bookingUrl', 'https://squareup.com/book/spa-aviso');
    await settled(page, () => warningsListed(page).length === 1, 'the warning is back');
    await typeInto(page, '/studio/bookingUrl', 'https://squareup.com/book/spa aviso');
    await settled(page, (words) => words.startsWith('1 problem'), 'the problem again');
    const error = fieldAt(page, '/studio/bookingUrl');
    const errorList = page.document.getElementById(error.getAttribute('aria-describedby')!)!;
    expect(error.getAttribute('aria-invalid')).to.equal('true');
    const errorLook = getComputedStyle(errorList);
    await typeInto(page, '/studio/bookingUrl', 'https://squareup.com/book/spa-aviso');
    await settled(page, () => warningsListed(page).length === 1, 'the warning once more');
    const warningLook = getComputedStyle(shownAt(page, '/questions/0/options')!);
    expect(warningLook.borderLeftColor).not.to.equal(errorLook.borderLeftColor);
    expect(warningLook.backgroundColor).not.to.equal(errorLook.backgroundColor);
    expect(warningLook.color).not.to.equal(errorLook.color);

    // Fixed with the forms: a "None of these" that clears the others.
    press(page, 'Add an option to question 1');
    await typeInto(page, '/questions/0/options/2/label', 'None of these');
    await typeInto(page, '/questions/0/options/2/id', 'none');
    tick(page, '/questions/0/options/2/exclusive');
    await settled(page, (words) => words === 'No problems: the preview shows this file.', 'no warning left');
    expect(page.document.querySelectorAll('#problems li')).to.have.length(0);
    expect(status(page)).to.equal('No problems: the preview shows this file.');
    await waitUntil(() => !page.document.querySelector('#forms .field-problems'), 'nothing left at the fields');
  });
});
