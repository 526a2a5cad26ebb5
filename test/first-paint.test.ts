import { expect } from '@open-wc/testing';
import type { MassageSelector } from '../src/massage-selector.js';
import { visibleText } from './support/index.js';
import { firstPaintPage } from './fixtures/first-paint/page.mjs';

// What a visitor sees while the page loads: with built-in or inline rules the first question is the first
// thing the widget paints (never "Loading…"), and nothing on the page moves (layout shifts add up to 0), for
// each way of embedding the README's snippet, at a phone's and a desktop's width.
interface Probe {
  shifts: number[];
  frames: string[];
  done?: boolean;
}
type ProbedWindow = Window & { probe: Probe };

let rules: string;

/** Loads one embedding's page (test/fixtures/first-paint/page.mjs) in a frame of this size, and waits for its probe. */
async function load(name: string, width: number, height: number, reserve = ''): Promise<ProbedWindow> {
  rules ??= await (await fetch('/rules/default.json')).text();
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  document.body.append(frame);
  const html = firstPaintPage(name, { origin: location.origin, rules, reserve });
  frame.src = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  URL.revokeObjectURL(frame.src);
  const page = frame.contentWindow as ProbedWindow;
  for (let tries = 0; tries < 200 && !page.probe.done; tries++) await new Promise((resolve) => setTimeout(resolve, 20));
  return page;
}

const sizes: Array<[number, number]> = [
  [390, 844],
  [1280, 800],
];

describe('first paint', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const embedding of ['classic', 'defer', 'async', 'module', 'inline']) {
    for (const [width, height] of sizes) {
      it(`${embedding} script at ${width} px: the first question is the first thing painted, and nothing shifts`, async () => {
        const page = await load(embedding, width, height);
        const painted = page.probe.frames.filter((seen) => seen !== 'none' && seen !== 'empty');
        expect(page.probe.done, 'the probe ran to the end').to.equal(true);
        expect(painted[0]).to.equal('question');
        expect(painted).to.not.include('loading');
        expect(page.probe.shifts.reduce((sum, value) => sum + value, 0)).to.equal(0);
      });
    }
  }

  for (const [width, height] of sizes) {
    it(`src at ${width} px: a reservation as tall as the first step keeps the page still, and goes once the rules are in`, async () => {
      // The documented reservation: --massage-selector-min-height set to the first step's height at that width.
      const measured = await load('inline', width, height);
      const stepHeight = measured.document.querySelector('massage-selector')!.getBoundingClientRect().height;
      const page = await load('src', width, height, `${stepHeight}px`);
      const element = page.document.querySelector('massage-selector')!;
      expect(element.shadowRoot!.querySelector('fieldset')).to.not.equal(null);
      const shifts = page.probe.shifts.reduce((sum, value) => sum + value, 0);
      expect(shifts, `${stepHeight} ${JSON.stringify((page.probe as any).sources)}`).to.equal(0);
      expect(element.shadowRoot!.querySelector('.loading')).to.equal(null);
      expect(page.getComputedStyle(element).minHeight).to.equal('0px');
      expect(element.getBoundingClientRect().height).to.equal(stepHeight);
    });
  }

  it('keeps the reservation only while src rules load', async () => {
    const element = document.createElement('massage-selector') as MassageSelector;
    element.src = '/fault/slow/400';
    document.body.append(element);
    await element.updateComplete;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const minHeight = () => getComputedStyle(element.shadowRoot!.firstElementChild!).minHeight;
    // A quiet skeleton: no text in any language before the rules (and their language) arrive.
    expect(visibleText(element)).to.equal('');
    expect(element.shadowRoot!.querySelector('[part~="loading"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(minHeight()).to.equal(`${26 * rem}px`);
    await new Promise((resolve) => element.addEventListener('rules-error', resolve, { once: true }));
    await element.updateComplete;
    expect(minHeight()).to.equal('0px');
    element.remove();
  });
});

describe('inline rules appended after the element connects', () => {
  const spanish = JSON.stringify({
    version: 1,
    lang: 'es',
    questions: [{ id: 'zona', text: '¿Dónde le duele?', type: 'single', options: [{ id: 'cuello', label: 'Cuello' }] }],
    techniques: [
      {
        id: 'sueco',
        name: 'Masaje sueco',
        description: 'Suave.',
        pressure: 'Suave',
        target: 'Músculos',
        bestFor: 'Relajarse',
        deep: false,
        sessionMinutes: [60],
      },
    ],
    rules: [{ id: 'cuello', when: { question: 'zona', equals: 'cuello' }, score: { sueco: 1 }, reason: 'Para el cuello.' }],
  });
  const script = () => Object.assign(document.createElement('script'), { type: 'application/json', textContent: spanish });

  it('in the same task: they are used, and ready says inline (once)', async () => {
    const element = document.createElement('massage-selector');
    const ready: string[] = [];
    element.addEventListener('ready', (event) => ready.push((event as CustomEvent).detail.source));
    document.body.append(element);
    element.append(script());
    expect(ready, 'ready is asynchronous').to.deep.equal([]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ready).to.deep.equal(['inline']);
    expect(element.shadowRoot!.querySelector('legend')!.textContent).to.contain('¿Dónde le duele?');
    element.remove();
  });

  it('in a later task: they replace the built-in rules, and ready says inline', async () => {
    const element = document.createElement('massage-selector');
    const ready: string[] = [];
    element.addEventListener('ready', (event) => ready.push((event as CustomEvent).detail.source));
    document.body.append(element);
    await new Promise((resolve) => setTimeout(resolve, 20));
    element.append(script());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ready).to.deep.equal(['default', 'inline']);
    expect(element.shadowRoot!.querySelector('legend')!.textContent).to.contain('¿Dónde le duele?');
    element.remove();
  });
});
