import { expect } from '@open-wc/testing';
import { answerStep, currentQuestionId, defaultSelector, shadow, chronicKnots } from '../support/index.js';
import { axeViolations } from './axe.js';

describe('accessibility (axe-core, WCAG 2.2 AA with target-size)', () => {
  it('the harness catches a violation when there is one (an unlabelled input, a tiny target)', async () => {
    const bad = document.createElement('div');
    bad.attachShadow({ mode: 'open' }).innerHTML =
      '<input type="checkbox"><button style="width:10px;height:10px;padding:0;border:0"></button>';
    document.body.append(bad);
    const found = await axeViolations(bad, 'bad');
    bad.remove();
    expect(found.join()).to.contain('label');
  });

  it('has no violations on any step, on the required-answer error, on the result and on a referral', async function () {
    this.timeout(60000); // axe runs ten times here
    const element = await defaultSelector();
    const violations: string[] = [];
    await answerStep(element, []); // the required error
    violations.push(...(await axeViolations(element, 'required error')));
    for (let step = 0; step < 7; step++) {
      const id = currentQuestionId(element);
      violations.push(...(await axeViolations(element, `step ${id}`)));
      await answerStep(element, chronicKnots[id]);
    }
    shadow(element)
      .querySelectorAll('details')
      .forEach((details) => (details.open = true));
    violations.push(...(await axeViolations(element, 'result')));
    const referral = await defaultSelector();
    await answerStep(referral, ['fever']);
    violations.push(...(await axeViolations(referral, 'referral')));
    expect(violations).to.deep.equal([]);
  });
});
