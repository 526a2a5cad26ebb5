import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { MassageSelector } from '../../src/massage-selector.js';
import { defaultRules, recommend, type Recommendation } from '../../src/index.js';
import { defaultStrings } from '../../src/rules/strings.js';
import { answerAll, answerStep, chronicKnots, currentQuestionId, defaultSelector, mountSelector, shadow } from '../support/index.js';
import { axeViolations } from './axe.js';

/** The text the visitor sees in the widget's own shadow tree (text nodes with a box; slotted host content is not in it). */
function renderedText(element: Element) {
  const walker = document.createTreeWalker(element.shadowRoot!, NodeFilter.SHOW_TEXT);
  const seen: string[] = [];
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    range.selectNodeContents(node);
    if (range.getClientRects().length && node.textContent!.trim()) seen.push(node.textContent!.trim());
  }
  return seen.join(' ');
}

const tops = (nodes: Iterable<Element>) => [...nodes].map((node) => Math.round(node.getBoundingClientRect().top));
const boxOf = (element: MassageSelector) => ({
  host: element.getBoundingClientRect().height,
  panel: shadow(element).querySelector('section')!.getBoundingClientRect().height,
});

/** The dark theme exactly as the README documents it, applied to one element. */
async function darkTheme(element: HTMLElement) {
  const readme = await (await fetch('/README.md')).text();
  const block = readme.split('### A dark theme')[1].match(/```css\n[^{]*\{([^}]*)\}/)![1];
  element.setAttribute('style', block);
}

/** The Spanish studio's file with a follow-up: answers each step by the first option that is no red flag. */
const nola = {
  seguridad: ['ninguna'],
  motivo: 'espalda-baja',
  intensidad: 6,
  duracion: 'meses',
  sensacion: ['nudo'],
  presion: 'firme',
  primera: 'no',
};

describe('the visitor’s screens', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('the 0–10 scale shares one row at 1024 px, and makes tidy rows (six, then five) on a 320 px phone', async () => {
    const rows: Record<number, number[]> = {};
    for (const width of [1024, 320]) {
      await setViewport({ width, height: 800 });
      const { element } = await mountSelector({ src: '/rules/examples/nola-es.json' });
      await answerStep(element, ['ninguna']);
      await answerStep(element, 'espalda-baja');
      expect(currentQuestionId(element)).to.equal('intensidad');
      const labels = shadow(element).querySelectorAll('.scale label');
      expect(labels).to.have.length(11);
      rows[width] = tops(labels);
    }
    expect(new Set(rows[1024]).size, `tops at 1024 px: ${rows[1024]}`).to.equal(1);
    const at320 = rows[320];
    expect(at320.slice(0, 6).every((top) => top === at320[0]) && at320.slice(6).every((top) => top === at320[6])).to.equal(true);
    expect(at320[6]).to.be.greaterThan(at320[0]);
  });

  it('"See my recommendation" and "Back" share a line at 320 px, and so do the result’s Back and Start over', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await defaultSelector();
    while (currentQuestionId(element) !== 'pressure')
      await answerStep(element, chronicKnots[currentQuestionId(element) as keyof typeof chronicKnots]);
    const buttons = shadow(element).querySelectorAll('.actions button');
    expect([...buttons].map((button) => button.textContent)).to.deep.equal(['See my recommendation', 'Back']);
    expect(new Set(tops(buttons)).size).to.equal(1);
    await answerStep(element, 'firm');
    const actions = shadow(element).querySelectorAll('.actions button');
    expect(actions).to.have.length(2);
    expect(new Set(tops(actions)).size).to.equal(1);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('the progress bar’s total never grows when a follow-up question appears, on either branch', async () => {
    for (const motivo of ['espalda-baja', 'estres']) {
      const { element } = await mountSelector({ src: '/rules/examples/nola-es.json' });
      const seen: Array<[number, number]> = [];
      for (let guard = 0; guard < 10 && shadow(element).querySelector('[data-question]'); guard++) {
        const bar = shadow(element).querySelector('progress')!;
        expect(shadow(element).querySelector('.step')!.textContent).to.equal(`Paso ${bar.value} de ${bar.max}`);
        seen.push([bar.value, bar.max]);
        const id = currentQuestionId(element);
        await answerStep(element, id === 'motivo' ? motivo : nola[id as keyof typeof nola]);
      }
      for (let i = 1; i < seen.length; i++) {
        expect(seen[i][0], `step after ${seen[i - 1]}`).to.equal(seen[i - 1][0] + 1);
        expect(seen[i][1], `total after ${seen[i - 1]}`).to.be.at.most(seen[i - 1][1]);
      }
      expect(seen.at(-1)![0]).to.equal(seen.at(-1)![1]); // the last question reads "n of n"
    }
  });

  it('a step slides in, unless the visitor prefers reduced motion', async () => {
    const moving: Record<string, number> = {};
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      await emulateMedia({ reducedMotion });
      const element = await defaultSelector();
      await answerStep(element, ['none']);
      moving[reducedMotion] = shadow(element).querySelector('section')!.getAnimations().length;
    }
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(moving).to.deep.equal({ 'no-preference': 1, reduce: 0 });
  });

  it('a result comes in two frames: the card, focused in the frame that paints it, then the rest, with the same heading', async () => {
    const element = await defaultSelector();
    const answer = () => chronicKnots[currentQuestionId(element) as keyof typeof chronicKnots];
    while (shadow(element).querySelector('[part~="primary"]')!.textContent !== 'See my recommendation') await answerStep(element, answer());
    for (const value of [answer()].flat()) shadow(element).querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
    await element.updateComplete;
    shadow(element).querySelector<HTMLElement>('[part~="primary"]')!.click();
    await null; // the click's render (a microtask queued before this one)
    const heading = shadow(element).querySelector('[part~="result-heading"]');
    expect(heading, 'the card, at once').to.not.equal(null);
    expect(shadow(element).querySelector('[part~="alternative"], dl'), 'the rest, at once').to.equal(null);
    await element.updateComplete;
    expect(shadow(element).querySelector('[part~="result-heading"]'), 'the same heading').to.equal(heading);
    expect(shadow(element).activeElement, 'focused').to.equal(heading);
    expect(shadow(element).querySelector('dl'), 'the rest, after the frame').to.not.equal(null);
    expect(shadow(element).querySelectorAll('[part~="secondary"]'), 'Back and Start over').to.have.length(2);
  });

  it('the last step readies the result out of sight, and the result is still the final answers’ own: an answer changed after that, a red flag after going back', async () => {
    const element = await defaultSelector();
    const shown: Recommendation[] = [];
    element.addEventListener('recommend', (event) => shown.push(event.detail));
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 20))));
    const choose = async (value: string) => {
      shadow(element).querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
      await element.updateComplete;
    };
    const primary = () => shadow(element).querySelector<HTMLElement>('[part~="primary"]')!;
    const answer = () => chronicKnots[currentQuestionId(element) as keyof typeof chronicKnots];
    while (primary().textContent !== 'See my recommendation') await answerStep(element, answer());
    expect(currentQuestionId(element)).to.equal('pressure');
    await choose('firm');
    await frames(); // readied for firm pressure
    await choose('gentle');
    primary().click(); // before anything is readied for gentle pressure
    await element.updateComplete;
    const gentle = { ...chronicKnots, pressure: 'gentle' };
    const expected = recommend(defaultRules, gentle);
    expect(expected.technique!.id, 'the two answers lead to different techniques').to.not.equal(
      recommend(defaultRules, chronicKnots).technique!.id,
    );
    expect(shown, 'one recommend event').to.have.length(1);
    expect(shown[0].answers).to.deep.equal(gentle);
    expect(shown[0].fired).to.deep.equal(expected.fired);
    expect(shown[0].technique!.id).to.equal(expected.technique!.id);
    expect(shown[0].alternatives.map((alternative) => alternative.id)).to.deep.equal(
      expected.alternatives.map((alternative) => alternative.id),
    );
    expect(shadow(element).querySelector('[part~="card"] [part~="technique"]')!.textContent).to.equal(expected.technique!.name);
    expect(shadow(element).querySelectorAll('[part~="result-heading"]'), 'one result on screen').to.have.length(1);
    // Back to the last step (readied again), then to the first, where a red flag ends the questionnaire.
    shadow(element).querySelector<HTMLElement>('[part~="secondary"]')!.click();
    await element.updateComplete;
    await frames();
    while (currentQuestionId(element) !== 'safety') {
      shadow(element).querySelector<HTMLElement>('[part~="secondary"]')!.click();
      await element.updateComplete;
    }
    await choose('none');
    await choose('fever');
    primary().click();
    await element.updateComplete;
    await frames();
    expect(shown, 'a second recommend event').to.have.length(2);
    expect(shown[1].status).to.equal('refer');
    expect(shown[1].technique).to.equal(null);
    expect(shadow(element).querySelector('[part~="referral"]'), 'the referral').to.not.equal(null);
    expect(shadow(element).querySelector('[part~="book"], [part~="card"]'), 'no card, no Book').to.equal(null);
  });

  it('the card gives the first reason and the details the others, so no reason is read twice', async () => {
    const element = await defaultSelector();
    const detail = await answerAll(element, chronicKnots);
    const why = [...shadow(element).querySelectorAll('h3')].find((h3) => h3.textContent === 'Why this technique')!;
    const items = [...why.nextElementSibling!.querySelectorAll('li')].map((li) => li.textContent);
    expect(shadow(element).querySelector('[part~="card"] p')!.textContent).to.equal(detail.reasons[0]);
    expect(items).to.deep.equal(detail.reasons.slice(1));
  });

  it('a chosen answer has the option-selected part, so a host that styles option keeps a highlight of its own', async () => {
    const element = await defaultSelector();
    await answerStep(element, ['none']);
    shadow(element).querySelector<HTMLInputElement>('input[value="neck"]')!.click();
    await element.updateComplete;
    const selected = [...shadow(element).querySelectorAll('[part~="option-selected"]')];
    expect(selected.map((label) => label.querySelector('input')!.value)).to.deep.equal(['neck']);
    expect(selected[0].part.contains('option')).to.equal(true);
  });

  it('leaves no reserved height after a referral or the error screen', async () => {
    const { element } = await mountSelector({ src: '/rules/default.json' });
    await answerStep(element, ['fever']);
    expect(shadow(element).querySelector('[part~="referral"]')).to.not.equal(null);
    const referral = boxOf(element);
    expect(referral.host).to.equal(referral.panel);
    expect(referral.panel).to.be.below(20 * 16); // the 26rem loading reservation would be 416 px
    const { element: failed } = await mountSelector({ src: '/fault/status/500' });
    const error = boxOf(failed);
    expect(error.host).to.equal(error.panel);
  });

  it('emergency and "see your doctor first" look different; the emergency offers its number, both the studio, Back and no Book', async () => {
    const rules = JSON.stringify({
      extends: 'default',
      version: 1,
      studio: { name: 'Harbor Lane Massage', phone: '+1 504 555 0142', emergencyPhone: '911' },
    });
    const screens: Record<string, { border: string; color: string; calls: string[]; text: string }> = {};
    for (const flag of ['sudden', 'fever']) {
      const { element } = await mountSelector({}, rules);
      await answerStep(element, [flag]);
      const message = shadow(element).querySelector('[part~="referral"]')!;
      screens[flag] = {
        border: getComputedStyle(message).borderTopColor,
        color: getComputedStyle(message).color,
        calls: [...shadow(element).querySelectorAll('a')].map((link) => link.getAttribute('href')!),
        text: shadow(element).textContent!,
      };
      expect(shadow(element).querySelector('[part~="book"], [part~="technique"]')).to.equal(null);
      expect(screens[flag].text).to.contain('Harbor Lane Massage');
      // Back returns to the screening question with the box still ticked, to change an answer given by mistake.
      [...shadow(element).querySelectorAll('button')].find((button) => button.textContent === 'Back')!.click();
      await element.updateComplete;
      expect(currentQuestionId(element)).to.equal('safety');
      expect(shadow(element).querySelector<HTMLInputElement>(`input[value="${flag}"]`)!.checked).to.equal(true);
    }
    expect(screens.sudden.text).to.contain('Get medical help now');
    expect(screens.fever.text).to.contain('Not today: your health first'); // the built-in rules' referral heading
    expect(screens.sudden.calls).to.deep.equal(['tel:911', 'tel:+1 504 555 0142']);
    expect(screens.fever.calls).to.deep.equal(['tel:+1 504 555 0142']);
    expect(screens.sudden.border).to.not.equal(screens.fever.border);
    expect(screens.sudden.color).to.not.equal(screens.fever.color);
  });

  it('a Spanish studio whose file fails to load shows no English: nothing while loading, then its own slotted fallback', async () => {
    const element = document.createElement('massage-selector') as MassageSelector;
    element.setAttribute('src', '/fault/status/404');
    element.setAttribute('lang', 'es');
    element.innerHTML =
      '<div slot="fallback"><h2>Volvemos enseguida</h2><p>Llámanos al <a href="tel:+15045550142">+1 504 555 0142</a>.</p></div>';
    const failed = oneEvent(element, 'rules-error');
    await fixture(html`<div>${element}</div>`);
    expect(renderedText(element), 'while loading').to.equal('');
    await failed;
    await element.updateComplete;
    expect(renderedText(element), 'after the failure').to.equal('');
    const fallback = element.querySelector('[slot="fallback"]')!;
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(shadow(element).querySelector<HTMLSlotElement>('slot[name="fallback"]')!.assignedElements()).to.deep.equal([fallback]);
    for (const english of Object.values(defaultStrings))
      expect(element.shadowRoot!.innerHTML.includes(english) && renderedText(element).includes(english)).to.equal(false);
    // Without a slotted fallback, the built-in one speaks.
    const { element: plain } = await mountSelector({ src: '/fault/status/404' });
    expect(renderedText(plain)).to.contain(defaultStrings.errorHeading);
  });

  it('a file of under 1 KB that extends the defaults changes the title, gives one technique a price and its own link, and keeps the rest', async () => {
    const src = '/test/fixtures/extends-small.json';
    const text = await (await fetch(src)).text();
    expect(new TextEncoder().encode(text).length).to.be.below(1024);
    const { element } = await mountSelector({ src });
    expect(shadow(element).querySelector('h2')!.textContent).to.equal('Find your massage');
    expect(shadow(element).querySelector('.step')!.textContent).to.equal('Step 1 of 8');
    const detail = await answerAll(element, chronicKnots);
    const reference = await answerAll(await defaultSelector(), chronicKnots);
    expect(detail.technique!.id).to.equal('deep-tissue');
    expect(detail.technique!.price).to.equal('$120');
    expect(detail.alternatives.map((t) => t.id)).to.deep.equal(reference.alternatives.map((t) => t.id));
    expect(detail.reasons).to.deep.equal(reference.reasons);
    const card = shadow(element).querySelector('[part~="card"]')!;
    expect(card.textContent).to.contain('$120');
    const book = card.querySelector<HTMLAnchorElement>('a[part~="book"]')!;
    expect(book.getAttribute('href')).to.equal('https://harbor-lane.example/book/deep-tissue?addon=hot-stones');
    expect(shadow(element).querySelector('a[part~="book"][data-i="1"], button[part~="book"][data-i="1"]')!.localName).to.equal('button'); // no link of its own
    expect(shadow(element).textContent).to.contain('Aftercare Tips').and.contain('Why this technique');
  });

  it('axe finds nothing in the documented dark theme (every step, result, referral, emergency, error) or for the Spanish studio', async function () {
    this.timeout(120000);
    const violations: string[] = [];
    const element = await defaultSelector();
    await darkTheme(element);
    expect(getComputedStyle(shadow(element).querySelector('section')!).backgroundColor).to.equal('rgb(22, 27, 25)');
    await answerStep(element, []);
    violations.push(...(await axeViolations(element, 'dark: required error')));
    for (let guard = 0; guard < 10 && shadow(element).querySelector('[data-question]'); guard++) {
      const id = currentQuestionId(element);
      shadow(element)
        .querySelector<HTMLInputElement>(`input[value="${[chronicKnots[id as keyof typeof chronicKnots]].flat()[0]}"]`)!
        .click();
      await element.updateComplete;
      violations.push(...(await axeViolations(element, `dark: step ${id}`)));
      await answerStep(element, []);
    }
    shadow(element)
      .querySelectorAll('details')
      .forEach((details) => (details.open = true));
    violations.push(...(await axeViolations(element, 'dark: result')));
    const rules = JSON.stringify({ extends: 'default', version: 1, studio: { name: 'Calm', phone: '+1 555 0100', emergencyPhone: '112' } });
    for (const flag of ['fever', 'sudden']) {
      const { element: referral } = await mountSelector({}, rules);
      await darkTheme(referral);
      await answerStep(referral, [flag]);
      violations.push(...(await axeViolations(referral, `dark: referral ${flag}`)));
    }
    const { element: failed } = await mountSelector({ src: '/fault/status/500' });
    await darkTheme(failed);
    violations.push(...(await axeViolations(failed, 'dark: error')));

    const { element: spanish } = await mountSelector({ src: '/rules/examples/nola-es.json' });
    for (let guard = 0; guard < 10 && shadow(spanish).querySelector('[data-question]'); guard++) {
      const id = currentQuestionId(spanish);
      violations.push(...(await axeViolations(spanish, `es: step ${id}`)));
      await answerStep(spanish, nola[id as keyof typeof nola]);
    }
    violations.push(...(await axeViolations(spanish, 'es: result')));
    expect(violations).to.deep.equal([]);
  });
});
