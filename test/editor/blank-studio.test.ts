import { expect } from '@open-wc/testing';
import { answerAll } from '../support/index.js';
import { addQuestion, addTechnique, card, tickLabel, whenIs } from './building.js';
import { choose, download, widgetBySrc, openEditor, press, settled, tick, typeInto, type PageWindow } from './support.js';

// Issue 12, "Done when": a studio owner builds their whole file from the blank template with the editor's
// controls only (typing and pressing, no JSON typed), the checker calls it valid, the example passes, and
// the downloaded file, loaded by <massage-selector src>, gives the technique and session links they wrote.

const link = (name: string, minutes: number) => `https://squareup.com/appointments/book/nola/${name}-${minutes}`;

/** A technique with a 60- and a 90-minute session, each with its price and link. */
const technique = (page: PageWindow, i: number, id: string, name: string, deep: boolean, prices: [string, string]) =>
  addTechnique(page, i, {
    id,
    name,
    deep,
    sessions: [60, 90].map((minutes, j) => [minutes, prices[j], link(id, minutes)]) as Array<[number, string, string]>,
  });

describe('the editor, from a blank studio to a working file', () => {
  afterEach(() => document.querySelectorAll('iframe, massage-selector').forEach((each) => each.remove()));

  it('builds a complete studio file with its controls only', async function () {
    this.timeout(120000); // about 1,500 real key presses
    const page = await openEditor();
    choose(page, page.document.getElementById('start') as HTMLSelectElement, 'blank');
    await settled(page, (text) => !text.startsWith('No problems'), 'the blank studio has problems to fix');

    await typeInto(page, '/studio/name', 'Nola Day Spa');

    await addQuestion(page, 0, 'safety', 'Does any of this apply to you today?', 'multiple', [
      ['fever', 'A fever'],
      ['none', 'None of these'],
    ]);
    tick(page, '/questions/0/options/0/redFlag');
    tick(page, '/questions/0/options/1/exclusive');
    await addQuestion(page, 1, 'pressure', 'What pressure do you like?', 'single', [
      ['gentle', 'Gentle'],
      ['firm', 'Firm'],
    ]);
    await addQuestion(page, 2, 'pregnant', 'Are you pregnant?', 'single', [
      ['yes', 'Yes'],
      ['no', 'No'],
    ]);

    await technique(page, 0, 'swedish', 'Swedish Massage', false, ['$85', '$120']);
    await technique(page, 1, 'deep-tissue', 'Deep Tissue Massage', true, ['$95', '$135']);
    await technique(page, 2, 'hot-stone', 'Hot Stone Massage', false, ['$110', '$150']);

    press(page, 'Add a scoring rule');
    whenIs(page, '/rules/0/when', 'pressure', 'firm');
    choose(page, card(page, '/rules/0').querySelector('.score select') as HTMLSelectElement, 'deep-tissue');
    await typeInto(page, '/rules/0/score/deep-tissue', '2');
    await typeInto(page, '/rules/0/reason', 'You like firm pressure.');

    press(page, 'Add a scoring rule');
    whenIs(page, '/rules/1/when', 'pressure', 'gentle');
    choose(page, card(page, '/rules/1').querySelector('.score select') as HTMLSelectElement, 'hot-stone');
    await typeInto(page, '/rules/1/score/hot-stone', '2');
    await typeInto(page, '/rules/1/reason', 'Warmth for gentle pressure.');

    press(page, 'Add a safety rule');
    whenIs(page, '/safety/0/when', 'pregnant', 'yes');
    tickLabel(page, '/safety/0', 'Deep Tissue Massage');
    await typeInto(page, '/safety/0/message', 'Deep tissue is not for pregnancy; a gentler massage is.');

    await typeInto(page, '/strings/next', 'Siguiente');
    await typeInto(page, '/strings/back', 'Atrás');

    press(page, 'Add an example');
    await typeInto(page, '/examples/0/name', 'Firm, not pregnant');
    tickLabel(page, '/examples/0', 'None of these');
    choose(page, '/examples/0/answers/pressure', 'firm');
    choose(page, '/examples/0/answers/pregnant', 'no');
    choose(page, '/examples/0/expect', 'deep-tissue');

    await settled(page, (text) => text.startsWith('No problems'), 'the checker calls the file valid');
    expect(card(page, '/examples/0').querySelector('.outcome')!.textContent!.trim()).to.equal('✓ passes');
    expect(page.document.getElementById('examples-summary')!.textContent).to.equal('1 of 1 example pass.');

    const file = await download(page);
    expect(file.name).to.equal('nola-day-spa-rules.json');
    const rules = JSON.parse(file.text);
    expect(rules.questions.map((q: { id: string }) => q.id)).to.deep.equal(['safety', 'pressure', 'pregnant']);
    expect(rules.strings).to.deep.equal({ next: 'Siguiente', back: 'Atrás' });
    expect(rules.techniques[1].sessions).to.deep.equal([
      { minutes: 60, price: '$95', bookingUrl: link('deep-tissue', 60) },
      { minutes: 90, price: '$135', bookingUrl: link('deep-tissue', 90) },
    ]);
    expect(rules.safety[0]).to.include({ action: 'exclude' });
    expect(rules.safety[0].exclude).to.deep.equal(['deep-tissue']);

    // The downloaded file on a studio page, loaded with src.
    const element = await widgetBySrc(file.text);
    expect(element.shadowRoot!.querySelector('button[type="submit"]')!.textContent!.trim()).to.equal('Siguiente');
    const result = await answerAll(element, { safety: ['none'], pressure: 'firm', pregnant: 'no' });
    expect(result.technique.id).to.equal('deep-tissue');
    expect(result.technique.sessions.map((s: { bookingUrl: string }) => s.bookingUrl)).to.deep.equal([
      link('deep-tissue', 60),
      link('deep-tissue', 90),
    ]);
    expect(element.shadowRoot!.querySelector<HTMLAnchorElement>('[part="book"]')!.href).to.equal(link('deep-tissue', 60));
    // The safety exclusion holds for a pregnant visitor who likes firm pressure.
    element.remove();
    const again = await widgetBySrc(file.text);
    const pregnant = await answerAll(again, { safety: ['none'], pressure: 'firm', pregnant: 'yes' });
    expect(pregnant.technique.id).to.not.equal('deep-tissue');
    expect(pregnant.excluded).to.deep.equal(['deep-tissue']);
  });
});
