import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import type { MassageSelector } from '../../src/massage-selector.js';
import { answerStep, currentQuestionId, shadow } from '../support/index.js';
import { axeViolations } from './axe.js';

describe('a 0–10 scale question (the Spanish studio menu)', () => {
  it('is a named radio scale with its end labels as text, passes axe, and is answered with arrow keys as a number', async function () {
    this.timeout(30000);
    const element = document.createElement('massage-selector') as MassageSelector;
    const ready = oneEvent(element, 'ready');
    element.setAttribute('src', '/rules/examples/nola-es.json');
    await fixture(html`<div>${element}</div>`);
    await ready;
    await answerStep(element, ['ninguna']);
    await answerStep(element, ['espalda-baja']);
    expect(currentQuestionId(element)).to.equal('intensidad');

    const radios = [...shadow(element).querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((radio) => radio.value)).to.deep.equal(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    // The end labels name the end radios, as Chromium's accessibility tree shows: "0 Nada" … "10 El peor imaginable".
    type AxNode = { role: string; name: string; children?: AxNode[] };
    const radioNames = (node: AxNode): string[] => [
      ...(node.role === 'radio' ? [node.name] : []),
      ...(node.children ?? []).flatMap(radioNames),
    ];
    expect(radioNames((await a11ySnapshot({})) as unknown as AxNode)).to.deep.equal([
      '0 Nada',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10 El peor imaginable',
    ]);
    expect(await axeViolations(element, 'scale')).to.deep.equal([]);

    radios[0].focus();
    for (let i = 0; i < 7; i++) await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(element.answers.intensidad).to.equal(7);
    expect(radios[7].checked).to.equal(true);
  });
});
