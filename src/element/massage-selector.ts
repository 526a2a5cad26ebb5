import { html, nothing, render } from 'lit/html.js';
import { BaseElement, reactive } from './base-element.js';
import { styles } from './massage-selector.styles.js';
import { MassageSelectorEvent, type DetailOf, type MassageSelectorEventMap } from './events.js';
import { failureView } from './failure-view.js';
import { questionView } from './question-view.js';
import { cardChoice, resultView, type ResultContext } from './result-view.js';
import {
  recommend,
  type Recommendation,
  type RecommendedAddOn,
  type RecommendedSession,
  type RecommendedTechnique,
} from '../engine/recommend.js';
import { defaultRules } from '../generated/default-rules.js';
import { loadRules, parseRules, RulesError } from '../load/load-rules.js';
import { answerAfterClick, cleanAnswers, endsInReferral, visibleQuestions } from '../rules/answers.js';
import { asList } from '../rules/list.js';
import { own } from '../rules/own.js';
import { stringsFor } from '../rules/strings.js';
import type { Answers, Question, Rules } from '../rules/types.js';

/**
 * JSON text of `value` as it is: each value's own `toJSON` is passed over (the replacer gets the value itself), so a
 * page with Prototype.js, whose `Array.prototype.toJSON` returns a string, does not turn every list into text.
 */
const json = (value: unknown) =>
  JSON.stringify(value, function (this: Record<string, unknown>, key) {
    return this[key];
  });

/** The prototype of the widget's own copies of its rules and results: an object with nothing on it. */
const inherited = Object.create(null);

/**
 * A copy of JSON data (through `json`) whose objects inherit nothing: on a page that sets Object.prototype.bookingUrl,
 * .image or .strings (a prototype-pollution bug in another script), an item without one reads `undefined`. The rules
 * in use and each result are such copies, so the views (and the engine, for the rules) read optional fields
 * directly. (Not `Object.create(null)` for each object: V8 keeps those as slow dictionaries.)
 */
const bare = <T>(value: T): T =>
  JSON.parse(json(value), (_key, part) =>
    part && typeof part == 'object' && !Array.isArray(part) ? Object.setPrototypeOf(part, inherited) : part,
  );

/**
 * A short questionnaire that recommends a massage technique, add-ons, a booking plan and
 * aftercare. Everything runs in the visitor's browser; nothing is sent anywhere.
 *
 * @tag massage-selector
 * @attr {string} src - URL of a rules file. Without it, an inline `<script type="application/json">` child, else the built-in rules.
 * @attr {string} timeout - Milliseconds to wait for `src` before showing the fallback. Default 8000.
 * @attr {string} booking-url - The studio's booking page, for techniques without a link of their own (only http(s), tel: and mailto: links are followed). It gets `?technique=…&minutes=…` and the add-ons' parameters, or is a template with `{technique}`, `{minutes}` and `{addons}`.
 * @attr {boolean} data-layer - Opt-in analytics: pushes `massage_selector_recommend` and `massage_selector_book` with ids only (technique, add-ons, session minutes; never answers or reasons) to `window.dataLayer`.
 * @attr {boolean} persist - Opt-in resume: keeps the answers (option ids) in `sessionStorage`, so a visitor who reloads continues. Without it nothing is stored.
 * @event {ReadyEvent} ready - The rules loaded and are valid. `detail.source`.
 * @event {AnswerEvent} answer - The visitor answered a question. `detail.question`, `detail.value`, `detail.answers`.
 * @event {RecommendEvent} recommend - A result is shown. `detail` is the engine's `Recommendation`.
 * @event {BookEvent} book - The visitor pressed the booking button. Cancelable: `preventDefault()` keeps the visitor on the page.
 * @event {RulesErrorEvent} rules-error - The rules could not be loaded or are invalid. `detail.code`, `detail.message`, `detail.errors`.
 * @slot loading - Shown while `src` rules load, in the host page's own words (by default a quiet, empty panel).
 * @slot fallback - Shown instead of the built-in fallback when the rules cannot be loaded, in the host page's own words.
 * @csspart panel - The widget's box (a section).
 * @csspart title - The questionnaire's title, and the fallback's heading.
 * @csspart step - The "Step 2 of 7" line (the heading focused on each step).
 * @csspart progress - The progress bar (a progress element; the step line is what screen readers get).
 * @csspart question - The question text (a legend).
 * @csspart help - A question's help text.
 * @csspart error - The "Please choose an answer" message.
 * @csspart option - Each answer, and each session chip (a label around a native input).
 * @csspart option-selected - A chosen answer or session (also has `option`).
 * @csspart primary - The Next / See my recommendation / Try again button.
 * @csspart secondary - Back and Start over.
 * @csspart card - The recommended technique's card (name, why, sessions, Book).
 * @csspart result-heading - The result's heading: on a recommendation, "Your Recommended Technique" and the technique's name.
 * @csspart technique - A technique's name (the recommended one's and each alternative's).
 * @csspart image - A technique's or add-on's picture.
 * @csspart badge - A technique's or add-on's badge, such as "Most popular".
 * @csspart session - Each session chip on a card (also has `option`).
 * @csspart alternative - Each alternative's card.
 * @csspart book - Each Book button or link.
 * @csspart referral - The see-a-doctor or emergency message.
 * @csspart emergency - The emergency message (also has `referral`).
 * @csspart contact - The studio's name and phone, or the emergency number.
 * @csspart call - A tap-to-call link.
 * @csspart emergency-call - The emergency number's tap-to-call link (also has `call`).
 * @csspart loading - The space shown while `src` rules load.
 * @csspart fallback - The fallback shown when the rules cannot be used.
 * @cssprop --massage-selector-accent - Buttons, focus rings and selection. Default #2e5e4e.
 * @cssprop --massage-selector-on-accent - Text on the accent colour. Default #fff.
 * @cssprop --massage-selector-text - Text colour. Default #1d2327.
 * @cssprop --massage-selector-muted - Secondary text. Default #4b5563.
 * @cssprop --massage-selector-surface - Background. Default #fff.
 * @cssprop --massage-selector-soft - Highlight background (chosen answers, badges). Default #eef4f1.
 * @cssprop --massage-selector-line - Borders. Default #6b7280.
 * @cssprop --massage-selector-danger - Error text and the emergency message. Default #a4161a.
 * @cssprop --massage-selector-radius - Corner radius of the panel and the cards. Default 12px.
 * @cssprop --massage-selector-control-radius - Corner radius of answers, notes and pictures. Default 8px.
 * @cssprop --massage-selector-button-radius - Corner radius of buttons and links. Default 99px.
 * @cssprop --massage-selector-gap - Space between answers and between buttons. Default 0.5rem.
 * @cssprop --massage-selector-margin - The panel's margin: 0 lines it up with the host's content, `auto` centres it. Default 0.
 * @cssprop --massage-selector-font - Font shorthand. Default 1rem/1.5 system-ui, sans-serif.
 * @cssprop --massage-selector-min-height - Space kept while `src` rules load, so the page does not jump. Default 26rem.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the interface below only adds typed addEventListener overloads
export class MassageSelector extends BaseElement {
  static override styles = styles;
  static observedAttributes = ['src'];

  /** URL of a rules file (the `src` attribute). Without it, an inline `<script type="application/json">` child, else the built-in rules. */
  get src(): string | null {
    return this.getAttribute('src');
  }
  set src(value: string | null) {
    if (value === null) this.removeAttribute('src');
    else this.setAttribute('src', value);
  }

  private _rules?: Rules | null;
  private _failure?: RulesError | null;
  private _step = 0;
  private _result?: Recommendation | null;
  /** The result shown in full: a new one shows its card first, and the rest once that is painted (not reactive: the element asks for that render). */
  private _full?: Recommendation | null;
  private _showRequired?: boolean;
  /** The session chosen on each result card (0 the recommended technique, then the alternatives). */
  private _picked: number[] = [];
  private _given: Answers = {};
  private _moveFocus?: boolean;
  private _request?: AbortController;
  /** Waiting for the parser to finish the element's children. */
  private _waiting?: boolean;
  /** The inline rules' text in use, `null` for the built-in rules or `src`. */
  private _inline: string | null = null;
  private _watch?: MutationObserver;
  private _ruleSet: unknown = null;

  /**
   * A rules object to use instead of `src`, an inline child or the built-in rules; checked like a rules file
   * (`rules-error` when it is invalid). `null` goes back to `src`.
   */
  get rules(): Rules | null {
    return this._ruleSet as Rules | null;
  }
  set rules(value: Rules | null) {
    if (value === this._ruleSet) return;
    this._ruleSet = value;
    this._reload();
  }

  /** The visitor's answers by question id. Setting them pre-fills the questionnaire from its first step; it fires no event. */
  get answers(): Answers {
    return structuredClone(this._given);
  }
  set answers(value: Answers) {
    let given: Answers;
    try {
      given = JSON.parse(json(value)); // a plain copy of a reactive proxy (Vue) or a frozen object
    } catch {
      given = {};
    }
    given = this._rules ? cleanAnswers(this._rules, given) : { ...given };
    if (json(given) === json(this._given)) return; // the same answers again (a re-render): keep the step
    this._given = given;
    this._restart(); // a result on screen was for the old answers
  }

  /** Back to the first question with no answers. */
  reset(): void {
    this._given = {};
    this._restart();
  }

  /** With `persist`, where the answers are kept for this tab (`sessionStorage` throws where storage is blocked). */
  private get _storeKey() {
    return this.hasAttribute('persist') && 'massage-selector' + (this.id && '#' + this.id);
  }

  private _restart() {
    this._step = 0;
    this._result = null;
    this._picked = [];
    this._showRequired = false;
  }

  override connectedCallback() {
    super.connectedCallback();
    // Inline rules added, changed or removed later (with no `src`) replace the rules in use.
    this._watch ??= new MutationObserver(
      () => !this.src && !this._ruleSet && !this._waiting && this._inlineText() !== this._inline && this._load(),
    );
    this._watch.observe(this, { childList: true, subtree: true, characterData: true });
    if (!this._request) this._load();
  }

  /**
   * A load still under way (a `src` fetch, or waiting for the parser) stops, and starts again when the element is
   * back. Rules already in place stay, with the step and answers, and so does their `ready` or `rules-error` still to
   * come: a host that moves the element in the task that added it still hears it.
   */
  disconnectedCallback() {
    if (!this._rules && !this._failure) this._unload();
    this._watch?.disconnect();
  }

  /** `src` is the one observed attribute. */
  attributeChangedCallback(_name: string, before: string | null, after: string | null) {
    if (before !== after) this._reload();
  }

  /** A new source (`src`, `rules`): loaded now, or when the element is back in a page. */
  private _reload() {
    if (this.isConnected) this._load();
    else this._unload();
  }

  private _unload() {
    this._request?.abort();
    this._request = undefined;
  }

  /** The text of the inline `<script type="application/json">` child, or `null` without one. */
  private _inlineText() {
    const inline = this.querySelector(':scope > script[type="application/json"]');
    return inline && (inline.textContent ?? '');
  }

  /** Whether the parser is done with the element's children: it or an ancestor has a next sibling, or the page is parsed. */
  private _parsed() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- a walk up from the element itself, not an alias
    for (let node: Node | null = this; node; node = node.parentNode) if (node.nextSibling) return true;
    return document.readyState !== 'loading';
  }

  /**
   * Picks the rules source and loads it; a newer load makes an older one irrelevant. Built-in and inline rules
   * are in place before the first render (no "Loading…" frame); only `src` is fetched. `ready` is always asynchronous.
   */
  private _load() {
    this._request?.abort();
    const request = (this._request = new AbortController());
    this._rules = this._failure = null;
    this._waiting = false;
    const given = this._ruleSet;
    if (!given && !this.src && !this._parsed()) {
      // Parsed from the page's HTML, the element connects before its children exist: wait for them, showing nothing.
      this._waiting = true;
      const check = () => request.signal.aborted || (this._parsed() && this._load());
      const parser = new MutationObserver(check);
      parser.observe(document, { childList: true, subtree: true });
      document.addEventListener('DOMContentLoaded', check);
      request.signal.addEventListener('abort', () => (parser.disconnect(), document.removeEventListener('DOMContentLoaded', check)));
      return;
    }
    if (!given && this.src) return void this._fetch(request, this.src);
    // The rules given as a property, else the inline ones, else (no inline script: `null`) the built-in ones.
    const text = given ? json(given) : (this._inline = this._inlineText());
    try {
      this._use(request, text === null ? defaultRules : parseRules(text), given ? 'property' : text === null ? 'default' : 'inline');
    } catch (error) {
      this._fail(request, error);
    }
  }

  private async _fetch(request: AbortController, src: string) {
    const wait = Number(this.getAttribute('timeout'));
    try {
      const rules = await loadRules(new URL(src, document.baseURI), {
        timeout: wait > 0 ? Math.min(wait, 1e9) : 8000, // AbortSignal.timeout throws on a negative or huge number
        signal: request.signal,
      });
      if (request === this._request) this._use(request, rules, src);
    } catch (error) {
      if (request === this._request) this._fail(request, error);
    }
  }

  private async _use(request: AbortController, rules: Rules, source: string) {
    this._rules = bare(rules);
    this._given = cleanAnswers(rules, this._given);
    this._restart();
    const key = this._storeKey;
    if (key && !Object.keys(this._given).length)
      try {
        const [answers, step] = JSON.parse(sessionStorage.getItem(key)!);
        this._given = cleanAnswers(rules, answers);
        // Never past a required question left unanswered (the answers were kept for another version of the rules, or
        // the page wrote them): the red-flag screen is always asked.
        const questions = this._questions;
        this._step = Math.max(0, Math.min(step | 0, questions.length - 1, questions.findIndex(this._missing) >>> 0));
      } catch {
        // nothing kept, or storage blocked
      }
    if (await this._current(request)) this._emit('ready', { source });
  }

  private async _fail(request: AbortController, error: unknown) {
    const failure = error instanceof RulesError ? error : new RulesError('invalid', String(error));
    this._failure = failure;
    console.warn(`<massage-selector> rules-error (${failure.code}): ${failure.message}`);
    if (await this._current(request))
      this._emit('rules-error', { code: failure.code, status: failure.status, message: failure.message, errors: failure.errors });
  }

  /**
   * After a microtask (a host that appends the element and then listens still hears the event), and on a page
   * still being parsed after `DOMContentLoaded` (its later and deferred scripts still hear it): whether this load
   * still stands. Inline rules appended in the same task as the element replace the built-in ones before any
   * event or paint.
   */
  private async _current(request: AbortController) {
    await null;
    if (document.readyState === 'loading')
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    if (request !== this._request) return false;
    if (this._watch?.takeRecords().length && !this.src && !this._ruleSet && this._inlineText() !== this._inline)
      return (this._load(), false);
    return true;
  }

  /**
   * Each event gets its own copy of what it tells: a listener that edits its `detail` (a referral turned into a
   * booking, the answers changed) changes nothing that the widget shows or keeps.
   */
  private _emit<K extends keyof MassageSelectorEventMap>(type: K, detail: DetailOf<K>, cancelable = false) {
    return this.dispatchEvent(new MassageSelectorEvent(type, structuredClone(detail), cancelable));
  }

  /**
   * The rules in use, or an invalid file's, so that the fallback still speaks its studio's language: only its
   * text (stringsFor takes only text from `strings`; a `lang` that is not text is dropped).
   */
  private get _wording(): Partial<Rules> {
    const data = this._failure?.data as Partial<Rules> | undefined;
    return this._rules ?? { strings: data?.strings, lang: typeof data?.lang == 'string' ? data.lang : '' };
  }

  private get _text() {
    return stringsFor(this._wording.strings);
  }

  private get _questions(): Question[] {
    return this._rules ? visibleQuestions(this._rules, this._given) : [];
  }

  /** Whether `question` is required and has no answer yet (Next shows the error; a kept step never passes it). */
  private _missing = (question?: Question) => !!question && question.required !== false && !Object.hasOwn(this._given, question.id);

  private _choose = (question: Question, event: Event) => {
    const input = event.target as HTMLInputElement;
    const value = answerAfterClick(
      question,
      own(this._given, question.id), // not Object for "constructor"
      input.value,
      input.checked,
    );
    const answers = { ...this._given, [question.id]: value! };
    if (value === undefined) delete answers[question.id];
    this._given = cleanAnswers(this._rules!, answers);
    this._showRequired = false;
    this._emit('answer', { question: question.id, value, answers: this._given });
  };

  /**
   * Next, See my recommendation, and Enter on an answer (the browser clicks the submit button for it): handled on
   * the click, whose preventDefault() means no form is ever submitted, for a sandboxed frame without `allow-forms`
   * refuses every submission before any `submit` event.
   */
  private _next = (event: Event) => {
    event.preventDefault();
    const questions = this._questions;
    if (this._missing(questions[this._step])) {
      this._showRequired = true;
      this._moveFocus = false;
      this.updateComplete.then(() => this.shadowRoot!.querySelector('input')?.focus());
      return;
    }
    this._moveFocus = true;
    if (this._step < questions.length - 1 && !endsInReferral(this._rules!, this._given)) this._step++;
    else this._finish();
  };

  /** Back one step; from the result, back to the last question answered, with every answer kept. */
  private _back = () => {
    this._showRequired = false;
    this._moveFocus = true;
    if (this._result) this._result = null;
    else this._step = Math.max(0, this._step - 1);
  };

  // _pick, _book and _startOver are protected, not private: the result view reads them from the element itself.
  protected _pick = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const picked = [...this._picked];
    picked[+input.name.slice(1)] = +input.value;
    this._picked = picked;
  };

  private _finish() {
    const result = (this._result = bare(recommend(this._rules!, this._given, { bookingUrl: this.getAttribute('booking-url') })));
    this._emit('recommend', result);
    this._track('recommend', result.technique, result.addOns);
  }

  /**
   * With `data-layer`, tells the page's tag manager what was recommended or booked: ids only. Never the answers,
   * reasons, fired rules or a referral's message: a referral says only that the questionnaire was completed.
   */
  private _track(
    event: string,
    technique: RecommendedTechnique | null,
    addOns: RecommendedAddOn[],
    session: RecommendedSession | null | undefined = technique?.sessions[0],
  ) {
    if (this.hasAttribute('data-layer'))
      ((window as unknown as { dataLayer?: object[] }).dataLayer ??= []).push({
        event: 'massage_selector_' + event,
        technique: technique?.id ?? null,
        addOns: addOns.map((addOn) => addOn.id),
        session: session?.minutes ?? null,
      });
  }

  /**
   * The one handler of every Book control (the recommended technique's and each alternative's, by the card's
   * `data-i`: 0, then 1, 2…), for a click (plain, Ctrl/⌘ or Shift) and a middle-click (`auxclick`): `book` fires,
   * with the session chosen on the card, before the browser follows the link, and the host's `preventDefault()`
   * keeps the visitor here. With no result any more (a host reset the widget in a capturing listener), nothing is
   * booked and the link is not followed.
   */
  protected _book = (event: MouseEvent) => {
    if (event.type === 'auxclick' && event.button !== 1) return; // a right-click opens the browser's menu
    const result = this._result;
    const i = +(event.currentTarget as HTMLElement).dataset.i!;
    const choice = result && cardChoice(result, i, this._picked);
    if (!choice?.[0]) return event.preventDefault();
    const [technique, session, bookingUrl] = choice;
    const addOns = result!.addOns; // a choice comes from a result
    const allowed = this._emit('book', { technique, session, addOns, bookingUrl, answers: this._given }, true);
    this._track('book', technique, addOns, session);
    if (!allowed) event.preventDefault();
  };

  private _tryAgain = () => {
    this._moveFocus = true;
    this._load();
  };

  protected _startOver = () => {
    this.reset();
    this._moveFocus = true;
  };

  protected override updated() {
    const key = this._storeKey;
    if (key && this._rules)
      try {
        sessionStorage.setItem(key, json([this._given, this._step]));
      } catch {
        // storage blocked or full: the visitor just starts again after a reload
      }
    // Checked states come from the answers, not from a binding: the inputs are reused from step to
    // step, and a binding compares with its last value, not with what the visitor's clicks left. A chosen
    // answer or session's label gets the option-selected part.
    const fieldset = this.shadowRoot!.querySelector<HTMLElement>('[data-question]');
    const given = asList(own(this._given, fieldset?.dataset.question as string)).map(String);
    this.shadowRoot!.querySelectorAll('input').forEach((input) => {
      if (fieldset?.contains(input)) input.checked = given.includes(input.value);
      input.parentElement!.part.toggle('option-selected', input.checked);
    });
    // A step, the result or the fallback has a heading to focus; "Loading…" has none, so wait for what follows it.
    const heading = this._moveFocus && this.shadowRoot!.querySelector<HTMLElement>('[tabindex="-1"]');
    this._moveFocus &&= !heading;
    const show = () => {
      if (!heading) return;
      heading.focus();
      // A gentle step transition (the step, the result card, the fallback), unless the visitor asked for less motion.
      if (matchMedia('(prefers-reduced-motion: no-preference)').matches)
        heading.parentElement!.animate({ translate: ['0 0.5rem', 'none'] }, 200);
    };
    // A new result comes in two frames, so that no part of it is a long task on a slow phone: its card, focused
    // in the frame that paints it (its style and layout are that frame's, not the render's), then the rest. No
    // render runs in between (the next one waits for that frame), so the heading is still there.
    if (this._result && this._full !== this._result) {
      this._full = this._result;
      this.requestUpdate(new Promise((resolve) => requestAnimationFrame(() => (show(), setTimeout(resolve)))));
    } else show();
  }

  protected override render() {
    const text = this._text;
    const body = this._failure
      ? failureView((this._failure.data as Partial<Rules> | undefined)?.studio, text, this._tryAgain)
      : !this._rules
        ? html`<div part="loading" aria-busy="true">
            <slot name="loading"></slot>
          </div>`
        : this._result
          ? resultView(this as unknown as ResultContext)
          : this._renderStep();
    if (this._waiting) return html``;
    const panel = html`<section part="panel" lang=${this._wording.lang || nothing}>${body}</section>`;
    // While src rules load, a wrapper keeps the reserved height (and only then: it goes with the wrapper).
    return !this._rules && !this._failure ? html`<div class="loading">${panel}</div>` : panel;
  }

  private _renderStep() {
    const text = this._text;
    const questions = this._questions;
    const step = Math.min(this._step, questions.length - 1);
    const question = questions[step];
    const last = step === questions.length - 1;
    // The total is the steps taken plus every question from this one on, asked or not: it never grows when a
    // follow-up appears, and shrinks only as the visitor passes one by that is not asked.
    const all = this._rules!.questions;
    const total = step + all.length - all.indexOf(question);
    // On the last step, once it is painted, the result's first use is done out of sight (for the answers so far, into
    // a detached element, nothing kept): cold code and lit-html's preparation of each template are then not part of
    // the click that shows the result, which recommends again for the answers given by then.
    if (last)
      requestAnimationFrame(() =>
        setTimeout(() => {
          try {
            const result = bare(recommend(this._rules!, this._given));
            render(
              resultView({ _result: result, _full: result, _text: text, _picked: [] } as unknown as ResultContext),
              document.createElement('div'),
            );
          } catch {
            // a page whose Trusted Types policy refuses the widget's HTML: it shows nothing (see BaseElement)
          }
        }),
      );
    return html`<h2 part="title">${text('title')}</h2>
      <h3 class="step" part="step" tabindex="-1">${text('progress', { step: step + 1, total })}</h3>
      <progress part="progress" max=${total} value=${step + 1} aria-hidden="true"></progress>
      <form @submit=${this._next} novalidate>
        ${questionView(question, this._showRequired, text, this._choose)}
        <div class="actions">
          <button type="submit" part="primary" @click=${this._next}>${text(last ? 'finish' : 'next')}</button>
          ${step > 0 ? html`<button type="button" part="secondary" @click=${this._back}>${text('back')}</button>` : nothing}
        </div>
      </form>`;
  }
}

reactive(MassageSelector, { _waiting: 0, _rules: 0, _failure: 0, _step: 0, _result: 0, _showRequired: 0, _given: 0, _picked: 0 });

/** Events typed on the element: `selector.addEventListener('book', (e) => e.detail.bookingUrl)`. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the class
export interface MassageSelector {
  addEventListener<K extends keyof MassageSelectorEventMap>(
    type: K,
    listener: (this: MassageSelector, event: MassageSelectorEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: MassageSelector, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof MassageSelectorEventMap>(
    type: K,
    listener: (this: MassageSelector, event: MassageSelectorEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: MassageSelector, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}
