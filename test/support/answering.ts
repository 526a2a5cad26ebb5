import { fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/massage-selector.js';
import type { MassageSelector } from '../../src/massage-selector.js';
import { asList } from '../../src/rules/list.js';
import type { Answers } from '../../src/rules/types.js';

/** A fresh <massage-selector> with the default rules, once it is ready. */
export async function defaultSelector(): Promise<MassageSelector> {
  const element = document.createElement('massage-selector');
  const ready = oneEvent(element, 'ready');
  await fixture(html`<div>${element}</div>`);
  await ready;
  await element.updateComplete;
  return element;
}

export const shadow = (element: Element) => element.shadowRoot!;

/** Clicks the answers for the current step as a visitor would (an option id, a list of them, a number, or none), then Next. */
export async function answerStep(element: MassageSelector, answer: Answers[string] | Array<string | number> | undefined) {
  for (const id of asList(answer)) {
    const input = shadow(element).querySelector<HTMLInputElement>(`input[value="${id}"]`);
    if (!input) throw new Error(`no option "${id}" on this step: ${shadow(element).querySelector('legend')?.textContent}`);
    input.click();
    await element.updateComplete;
  }
  shadow(element).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await element.updateComplete;
}

/** Answers every shown question in order from `answers`, clicking as a visitor would (in this page or a frame's); returns the `recommend` event's detail. */
export async function answerAll(element: MassageSelector, answers: Answers) {
  const recommended = oneEvent(element, 'recommend');
  for (let guard = 0; guard < 30 && !shadow(element).querySelector('[part~="result-heading"]'); guard++) {
    const id = currentQuestionId(element);
    const answer = answers[id];
    await answerStep(element, answer);
  }
  return (await recommended).detail;
}

/** The id of the question on screen (each fieldset is marked with data-question). */
export function currentQuestionId(element: MassageSelector): string {
  return shadow(element).querySelector<HTMLElement>('fieldset')?.dataset.question ?? '';
}
