import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MassageSelector } from '../../src/massage-selector.js';
import { currentQuestionId, defaultSelector, shadow } from '../support/index.js';

const focused = (element: MassageSelector) => shadow(element).activeElement as HTMLElement | null;
const press = (key: string) => sendKeys({ press: key });

/** Presses Tab until the focused control in the widget matches, as a keyboard user would. */
async function tabTo(element: MassageSelector, matches: (control: HTMLElement) => boolean) {
  for (let i = 0; i < 40; i++) {
    await press('Tab');
    const control = focused(element);
    if (control && matches(control)) return control;
  }
  throw new Error(`Tab never reached the control; focus is on ${focused(element)?.outerHTML}`);
}

const option = (value: string) => (control: HTMLElement) => (control as HTMLInputElement).value === value;
const nextButton = (control: HTMLElement) => control.matches('button[type=submit]');

/** Ticks checkboxes with Space, then Tab to Next and Enter. */
async function checkboxes(element: MassageSelector, values: string[]) {
  for (const value of values) {
    await tabTo(element, option(value));
    await press('Space');
  }
  await tabTo(element, nextButton);
  await press('Enter');
}

/** Moves through a radio group with the arrow keys until `value` is selected, then Tab to Next and Enter. */
async function radios(element: MassageSelector, value: string) {
  await tabTo(element, (control) => control.matches('input[type=radio]'));
  for (let i = 0; i < 10 && (focused(element) as HTMLInputElement).value !== value; i++) await press('ArrowDown');
  expect((focused(element) as HTMLInputElement).checked).to.equal(true);
  await tabTo(element, nextButton);
  await press('Enter');
}

describe('keyboard only', () => {
  it('completes the questionnaire with Tab, arrows, Space and Enter; focus lands on each step heading, then the result', async () => {
    const title = document.title;
    const element = await defaultSelector();
    const headingFocused = (text: string) => {
      expect(focused(element)?.matches('h3.step'), `focus after step: ${focused(element)?.outerHTML}`).to.equal(true);
      expect(focused(element)!.textContent).to.equal(text);
    };

    await checkboxes(element, ['none']);
    headingFocused('Step 2 of 8');
    await checkboxes(element, ['lower-back', 'legs']);
    headingFocused('Step 3 of 8');
    await radios(element, 'years');
    headingFocused('Step 4 of 8'); // pain for years brings the follow-up: did something set it off this week?
    await radios(element, 'no');
    headingFocused('Step 5 of 8');
    await checkboxes(element, ['knot', 'ache']);
    await checkboxes(element, ['training']);
    expect(currentQuestionId(element)).to.equal('first');
    await radios(element, 'no');
    headingFocused('Step 8 of 8');

    // Back with the keyboard keeps the answer.
    await tabTo(element, (control) => control.textContent === 'Back');
    await press('Enter');
    expect(currentQuestionId(element)).to.equal('first');
    expect(element.answers.first).to.equal('no');
    await tabTo(element, nextButton);
    await press('Enter');

    await radios(element, 'firm');
    expect(focused(element)?.getAttribute('part')).to.equal('result-heading');
    expect(shadow(element).querySelector('[part~="technique"]')!.textContent).to.equal('Deep Tissue Massage');
    expect(element.answers).to.deep.equal({
      safety: ['none'],
      area: ['lower-back', 'legs'],
      duration: 'years',
      feel: ['knot', 'ache'],
      onset: 'no',
      lifestyle: ['training'],
      first: 'no',
      pressure: 'firm',
    });

    // Alternatives open from the keyboard.
    const summary = await tabTo(element, (control) => control.tagName === 'SUMMARY');
    await press('Enter');
    expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);
    expect(document.title).to.equal(title);
  });

  it('Next without an answer keeps focus in the step and ties the error to the group', async () => {
    const element = await defaultSelector();
    await tabTo(element, nextButton);
    await press('Enter');
    const fieldset = shadow(element).querySelector('fieldset')!;
    const error = shadow(element).getElementById(fieldset.getAttribute('aria-describedby')!.split(' ').pop()!)!;
    expect(error.textContent).to.equal('Please choose an answer.');
    expect(fieldset.getAttribute('aria-invalid')).to.equal('true');
    expect(focused(element)?.tagName).to.equal('INPUT');
  });
});
