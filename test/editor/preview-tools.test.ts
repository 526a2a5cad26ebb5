import { expect, waitUntil } from '@open-wc/testing';
import type { MassageSelector } from '../../src/massage-selector.js';
import { answerAll } from '../support/index.js';
import { openEditor, openFile, press, settled, typeInto, widget, type PageWindow } from './support.js';

// The tools beside the preview, used as an owner uses them: answer the real widget, read "Why this result"
// (which rules fired, every score, what a safety rule excluded, how a tie was broken), save the answers as an
// example and watch it turn from pass to fail as an edit changes the result; copy the embed code where the
// page may not use the clipboard.

const studio = {
  version: 1,
  studio: { name: 'Tie Test Spa' },
  questions: [
    {
      id: 'safety',
      type: 'multiple',
      text: 'Does any of this apply to you this week?',
      options: [
        { id: 'fever', label: 'A fever', redFlag: true },
        { id: 'none', label: 'None of these', exclusive: true },
      ],
    },
    {
      id: 'pregnant',
      type: 'single',
      text: 'Are you pregnant?',
      options: [
        { id: 'yes', label: 'Yes' },
        { id: 'no', label: 'No' },
      ],
    },
    {
      id: 'pressure',
      type: 'single',
      text: 'What pressure?',
      options: [
        { id: 'gentle', label: 'Gentle' },
        { id: 'firm', label: 'Firm' },
      ],
    },
    {
      id: 'goal',
      type: 'single',
      text: 'What for?',
      options: [
        { id: 'relax', label: 'To relax' },
        { id: 'recover', label: 'To recover' },
      ],
    },
  ],
  techniques: [
    {
      id: 'swedish',
      name: 'Swedish',
      description: 'Long strokes.',
      pressure: 'Light',
      target: 'Muscles',
      bestFor: 'Relaxing',
      deep: false,
    },
    {
      id: 'deep-tissue',
      name: 'Deep Tissue',
      description: 'Slow and firm.',
      pressure: 'Firm',
      target: 'Fascia',
      bestFor: 'Knots',
      deep: true,
    },
    {
      id: 'hot-stone',
      name: 'Hot Stone',
      description: 'Warm stones.',
      pressure: 'Light',
      target: 'Muscles',
      bestFor: 'Warmth',
      deep: false,
    },
    { id: 'sports', name: 'Sports', description: 'For athletes.', pressure: 'Firm', target: 'Muscles', bestFor: 'Training', deep: true },
  ],
  addOns: [{ id: 'aromatherapy', name: 'Aromatherapy', description: 'Scented oils.' }],
  rules: [
    {
      id: 'firm',
      when: { question: 'pressure', equals: 'firm' },
      score: { 'deep-tissue': 2, sports: 2 },
      reason: 'You like firm pressure.',
    },
    {
      id: 'relax',
      when: { question: 'goal', equals: 'relax' },
      score: { swedish: 1, 'hot-stone': 1, aromatherapy: 1 },
      reason: 'You want to unwind.',
    },
    {
      id: 'recover',
      when: { question: 'goal', equals: 'recover' },
      score: { sports: 1, 'hot-stone': 3 },
      reason: 'Warmth eases sore muscles.',
    },
  ],
  safety: [
    {
      id: 'pregnant-no-deep',
      when: { question: 'pregnant', equals: 'yes' },
      action: 'exclude',
      exclude: ['deep-tissue', 'sports'],
      message: 'Deep pressure is not for pregnancy.',
    },
  ],
};

const why = (page: PageWindow) => page.document.getElementById('why')!;
const words = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();
/** The "Scores" table as rows of [technique, points, outcome]. */
const scores = (page: PageWindow) =>
  [...why(page).querySelectorAll('.why-scores tbody tr')].map((row) => [...row.children].map((cell) => words(cell)));

async function openStudio(page: PageWindow) {
  openFile(page, 'tie-test.json', `${JSON.stringify(studio, null, 2)}\n`);
  await waitUntil(() => page.document.getElementById('download')!.textContent === 'Download tie-test.json', 'the file opens');
  await settled(page, (text) => text.startsWith('No problems'), 'the file is valid');
  // The editor opened on the built-in rules: wait for the preview of this file, not theirs, before answering it.
  await waitUntil(
    () => widget(page)?.shadowRoot?.querySelector('legend')?.textContent?.includes('this week'),
    'the preview shows the file',
    {
      timeout: 5000,
    },
  );
}

/** Answers the preview's widget from the start, as a visitor clicks. */
async function visit(page: PageWindow, answers: Record<string, string | string[]>) {
  const element = widget(page)! as MassageSelector;
  const again = [...element.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Start over');
  if (again) {
    again.click();
    await element.updateComplete;
  }
  await answerAll(element, answers);
  await waitUntil(() => why(page).querySelector('.why-result'), 'why this result is shown');
}

describe('the editor beside its preview', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('says why the preview gave its result: rules fired, every score, exclusions and ties', async function () {
    this.timeout(60000);
    const page = await openEditor();
    await openStudio(page);

    // Two deep techniques tie: the file's order decides.
    await visit(page, { safety: ['none'], pregnant: 'no', pressure: 'firm', goal: 'relax' });
    expect(words(why(page).querySelector('.why-result')!)).to.equal('Result: Deep Tissue, with 2 points.');
    expect(words(why(page).querySelector('.why-tie')!)).to.equal(
      'Tie at 2 points with Sports: it went to the one listed first in your file.',
    );
    expect([...why(page).querySelectorAll('.why-fired li')].map(words)).to.deep.equal([
      'firm: +2 Deep Tissue, +2 Sports — “You like firm pressure.”',
      'relax: +1 Swedish, +1 Hot Stone, +1 Aromatherapy — “You want to unwind.”',
    ]);
    expect(scores(page)).to.deep.equal([
      ['Swedish', '1', 'also worth a look'],
      ['Deep Tissue (deep)', '2', 'recommended'],
      ['Hot Stone', '1', ''],
      ['Sports (deep)', '2', 'also worth a look'],
      ['Aromatherapy (add-on)', '1', 'recommended'],
    ]);

    // A deep and a gentle technique tie: the gentle one wins.
    await visit(page, { safety: ['none'], pregnant: 'no', pressure: 'firm', goal: 'recover' });
    expect(words(why(page).querySelector('.why-result')!)).to.equal('Result: Hot Stone, with 3 points.');
    expect(words(why(page).querySelector('.why-tie')!)).to.equal('Tie at 3 points with Sports: it went to the one without deep pressure.');

    // A safety rule excludes both deep techniques; the two gentle ones tie.
    await visit(page, { safety: ['none'], pregnant: 'yes', pressure: 'firm', goal: 'relax' });
    expect(words(why(page).querySelector('.why-result')!)).to.equal('Result: Swedish, with 1 point.');
    expect(words(why(page).querySelector('.why-fired li')!)).to.equal(
      'Safety rule pregnant-no-deep: never Deep Tissue, Sports — “Deep pressure is not for pregnancy.”',
    );
    expect(scores(page).slice(0, 4)).to.deep.equal([
      ['Swedish', '1', 'recommended'],
      ['Deep Tissue (deep)', '2', 'excluded by pregnant-no-deep'],
      ['Hot Stone', '1', 'also worth a look'],
      ['Sports (deep)', '2', 'excluded by pregnant-no-deep'],
    ]);
    expect(words(why(page).querySelector('.why-tie')!)).to.equal(
      'Tie at 1 point with Hot Stone: it went to the one listed first in your file.',
    );

    // A red flag ends the questions with a referral.
    await visit(page, { safety: ['fever'] });
    expect(words(why(page).querySelector('.why-result')!)).to.equal(
      'Result: See a doctor first, no recommendation and no booking: red flag A fever (Does any of this apply to you this week?).',
    );
    expect(why(page).querySelector('.why-scores')).to.equal(null);
  });

  it('saves the preview’s answers as an example, which fails once an edit changes the result', async function () {
    this.timeout(60000);
    const page = await openEditor();
    await openStudio(page);
    const save = page.document.getElementById('save-example') as HTMLButtonElement;
    expect(save.disabled).to.equal(true);

    await visit(page, { safety: ['none'], pregnant: 'no', pressure: 'firm', goal: 'relax' });
    expect(save.disabled).to.equal(false);
    save.click();
    await settled(page, (text) => text.startsWith('No problems'), 'the example is checked');
    const outcome = () => words(page.document.querySelector('[data-card="/examples/0"] .outcome')!);
    expect(outcome()).to.equal('✓ passes');
    expect(page.document.getElementById('examples-summary')!.textContent).to.equal('1 of 1 example pass.');
    // The new example's name field has the focus, ready to be named.
    expect((page.document.activeElement as HTMLElement).dataset.path).to.equal('/examples/0/name');
    await typeInto(page, '/examples/0/name', 'Firm and relaxed');

    // The example holds the answers and the result the preview gave.
    const example = () => JSON.parse(page.localStorage.getItem('massage-selector-editor:draft')!).text as string;
    await waitUntil(() => JSON.parse(example()).examples?.[0]?.name === 'Firm and relaxed', 'the draft has the example');
    expect(JSON.parse(example()).examples[0]).to.deep.equal({
      name: 'Firm and relaxed',
      answers: { safety: ['none'], pregnant: 'no', pressure: 'firm', goal: 'relax' },
      expect: 'deep-tissue',
      expectAddOns: ['aromatherapy'],
    });

    // The owner gives Sports one more point for firm pressure: Sports now wins, and the example says so.
    await typeInto(page, '/rules/0/score/sports', '3');
    await waitUntil(() => outcome().startsWith('✗'), 'the example fails');
    expect(outcome()).to.equal('✗ fails: must give Deep Tissue, gives Sports');
    expect(page.document.getElementById('examples-summary')!.textContent).to.equal('0 of 1 example pass.');
    // And back: the example passes again.
    await typeInto(page, '/rules/0/score/sports', '2');
    await waitUntil(() => outcome() === '✓ passes', 'the example passes again');
  });

  it('Copy embed code selects the code to copy by hand where the page may not use the clipboard', async function () {
    this.timeout(20000);
    // A host page that refuses the clipboard to the editor's frame, as a site builder's preview may.
    const page = await openEditor(1280, { allow: "clipboard-write 'none'" });
    press(page, 'Copy embed code');
    const state = page.document.getElementById('copy-state')!;
    await waitUntil(() => state.textContent, 'the editor says what happened');
    expect(state.textContent).to.equal('Press Ctrl+C (⌘C on a Mac) to copy the selected code.');
    const code = page.document.getElementById('embed-code') as HTMLTextAreaElement;
    expect(page.document.activeElement).to.equal(code);
    expect([code.selectionStart, code.selectionEnd]).to.deep.equal([0, code.value.length]);
    expect(code.value).to.contain('<script src="/massage-selector.js"></script>\n<massage-selector>\n  <script type="application/json">{');
  });
});
