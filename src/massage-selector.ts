import { html, nothing } from 'lit/html.js';
import { SmallElement, reactive } from './element/small-element.js';
import { styles } from './element/massage-selector.styles.js';
import { MassageSelectorEvent, type BookDetail, type RulesErrorDetail } from './element/events.js';
import { questionView } from './element/question-view.js';
import { resultView } from './element/result-view.js';
import { recommend, type Recommendation } from './engine/recommend.js';
import { defaultRules } from './generated/default-rules.js';
import { loadRules, parseRules, RulesError } from './load/load-rules.js';
import { cleanAnswers, redFlagsIn, visibleQuestions } from './rules/answers.js';
import { safeLink } from './rules/links.js';
import { stringsFor } from './rules/strings.js';
import type { Answers, Question, Rules } from './rules/types.js';

export * from './element/events.js';

/**
 * A short questionnaire that recommends a massage technique, add-ons, a booking plan and
 * aftercare. Everything runs in the visitor's browser; nothing is sent anywhere.
 *
 * @tag massage-selector
 * @attr src - URL of a rules file. Without it, an inline `<script type="application/json">` child, else the built-in rules.
 * @attr timeout - Milliseconds to wait for `src` before showing the fallback. Default 8000.
 * @attr booking-url - The studio's booking page, for techniques without a link of their own (only http(s), tel: and mailto: links are followed).
 * @event ready - The rules loaded and are valid. `detail.source`.
 * @event answer - The visitor answered a question. `detail.question`, `detail.value`, `detail.answers`.
 * @event recommend - A result is shown. `detail` is the engine's `Recommendation`.
 * @event book - The visitor pressed the booking button. Cancelable: `preventDefault()` keeps the visitor on the page.
 * @event rules-error - The rules could not be loaded or are invalid. `detail.code`, `detail.message`, `detail.errors`.
 * @csspart panel - The widget's box (a section).
 * @csspart question - The question text (a legend).
 * @csspart option - Each answer (a label around a native input).
 * @csspart primary - The Next / See my recommendation button.
 * @csspart result-heading - The result's heading.
 * @csspart technique - The recommended technique's name.
 * @csspart alternative - Each alternative (a details element).
 * @csspart book - The booking button or link.
 * @csspart referral - The see-a-doctor message.
 * @cssprop --massage-selector-accent - Buttons, focus rings and selection. Default #2e5e4e.
 * @cssprop --massage-selector-on-accent - Text on the accent colour. Default #fff.
 * @cssprop --massage-selector-text - Text colour. Default #1d2327.
 * @cssprop --massage-selector-muted - Secondary text. Default #4b5563.
 * @cssprop --massage-selector-surface - Background. Default #fff.
 * @cssprop --massage-selector-soft - Highlight background. Default #eef4f1.
 * @cssprop --massage-selector-line - Borders. Default #6b7280.
 * @cssprop --massage-selector-danger - Error text. Default #a4161a.
 * @cssprop --massage-selector-radius - Corner radius. Default 12px.
 * @cssprop --massage-selector-font - Font shorthand. Default 1rem/1.5 system-ui, sans-serif.
 * @cssprop --massage-selector-min-height - Space kept while loading, so the page does not jump. Default 26rem.
 */
export class MassageSelector extends SmallElement {
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

  private rules: Rules | null = null;
  private failure: RulesError | null = null;
  private step = 0;
  private result: Recommendation | null = null;
  private showRequired = false;
  private given: Answers = {};
  private moveFocus = false;
  private request?: AbortController;

  /** The visitor's answers by question id. Setting them pre-fills the questionnaire from its first step; it fires no event. */
  get answers(): Answers {
    return structuredClone(this.given);
  }
  set answers(value: Answers) {
    this.given = this.rules ? cleanAnswers(this.rules, value) : { ...value };
    this.restart(); // a result on screen was for the old answers
  }

  /** Back to the first question with no answers. */
  reset(): void {
    this.given = {};
    this.restart();
  }

  private restart() {
    this.step = 0;
    this.result = null;
    this.showRequired = false;
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!this.rules && !this.failure && !this.request) this.load();
  }

  disconnectedCallback() {
    this.request?.abort();
    this.request = undefined;
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null) {
    if (name === 'src' && before !== after && this.isConnected) this.load();
  }

  /** Picks the rules source and loads it; a newer load makes an older one irrelevant. */
  private async load() {
    this.request?.abort();
    const request = (this.request = new AbortController());
    this.rules = this.failure = null;
    // Parsed from the page's HTML, the element connects before its children exist: wait for them.
    if (document.readyState === 'loading')
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    if (request !== this.request) return;
    const inline = this.querySelector(':scope > script[type="application/json"]');
    const source = this.src ? this.src : inline ? 'inline' : 'default';
    const wait = Number(this.getAttribute('timeout'));
    try {
      const rules = this.src
        ? await loadRules(new URL(this.src, document.baseURI), {
            timeout: wait > 0 ? Math.min(wait, 1e9) : 8000, // AbortSignal.timeout throws on a negative or huge number
            signal: request.signal,
          })
        : inline
          ? parseRules(inline.textContent ?? '')
          : defaultRules;
      if (request !== this.request) return;
      this.rules = rules;
      this.given = cleanAnswers(rules, this.given);
      this.restart();
      this.emit('ready', { source });
    } catch (error) {
      if (request !== this.request) return;
      const failure = error instanceof RulesError ? error : new RulesError('invalid', String(error));
      this.failure = failure;
      console.warn(`<massage-selector> rules-error (${failure.code}): ${failure.message}`);
      this.emit<RulesErrorDetail>('rules-error', {
        code: failure.code,
        status: failure.status,
        message: failure.message,
        errors: failure.errors,
      });
    }
  }

  private emit<T>(type: string, detail: T, cancelable = false) {
    return this.dispatchEvent(new MassageSelectorEvent(type, detail, cancelable));
  }

  /** The rules in use, or an invalid file's, so that the fallback still speaks its studio's language (stringsFor makes every value text). */
  private get wording(): Partial<Rules> | undefined {
    return this.rules ?? (this.failure?.data as Partial<Rules> | undefined);
  }

  private get text() {
    return stringsFor(this.wording?.strings);
  }

  private get questions(): Question[] {
    return this.rules ? visibleQuestions(this.rules, this.given) : [];
  }

  private choose = (question: Question, event: Event) => {
    const input = event.target as HTMLInputElement;
    let value: Answers[string] | undefined;
    if (question.type === 'scale') value = Number(input.value);
    else if (question.type === 'single') value = input.value;
    else {
      const exclusive = question.options.find((option) => option.id === input.value)?.exclusive;
      const others = (([] as unknown[]).concat(this.given[question.id] ?? []) as string[]).filter((id) => id !== input.value);
      const kept = exclusive ? [] : others.filter((id) => !question.options.find((option) => option.id === id)?.exclusive);
      value = input.checked ? [...kept, input.value] : others;
      if (!value.length) value = undefined;
    }
    const answers = { ...this.given, [question.id]: value! };
    if (value === undefined) delete answers[question.id];
    this.given = cleanAnswers(this.rules!, answers);
    this.showRequired = false;
    this.emit('answer', { question: question.id, value, answers: this.answers });
  };

  private next(event: Event) {
    event.preventDefault();
    const questions = this.questions;
    const question = questions[this.step];
    if (question && question.required !== false && !Object.hasOwn(this.given, question.id)) {
      this.showRequired = true;
      this.moveFocus = false;
      this.updateComplete.then(() => this.shadowRoot!.querySelector('input')?.focus());
      return;
    }
    this.moveFocus = true;
    if (this.step < questions.length - 1 && !redFlagsIn(this.rules!, this.given).length) this.step++;
    else this.finish();
  }

  private back() {
    this.showRequired = false;
    this.moveFocus = true;
    this.step = Math.max(0, this.step - 1);
  }

  private finish() {
    const rules = this.rules!;
    // The studio's booking page without writing a rules file; a technique's own link still wins.
    const bookingUrl = this.getAttribute('booking-url');
    this.result = recommend(bookingUrl ? { ...rules, studio: { ...rules.studio, bookingUrl } } : rules, this.given);
    this.emit('recommend', this.result);
  }

  private book = (event: Event) => {
    const result = this.result!;
    const detail: BookDetail = {
      technique: result.technique!,
      addOns: result.addOns,
      bookingUrl: result.bookingUrl,
      answers: this.answers,
    };
    const allowed = this.emit('book', detail, true);
    if (!allowed) event.preventDefault();
  };

  private tryAgain = () => {
    this.moveFocus = true;
    this.load();
  };

  private startOver = () => {
    this.reset();
    this.moveFocus = true;
  };

  protected override updated() {
    // Checked states come from the answers, not from a binding: the inputs are reused from step to
    // step, and a binding compares with its last value, not with what the visitor's clicks left.
    const question = this.shadowRoot!.querySelector('fieldset')?.dataset.question;
    const given = ([] as unknown[]).concat(this.given[question!] ?? []).map(String);
    this.shadowRoot!.querySelectorAll('input').forEach((input) => (input.checked = given.includes(input.value)));
    // A step, the result or the fallback has a heading to focus; "Loading…" has none, so wait for what follows it.
    const heading = this.moveFocus && this.shadowRoot!.querySelector<HTMLElement>('[tabindex="-1"]');
    if (!heading) return;
    this.moveFocus = false;
    heading.focus();
  }

  protected override render() {
    const text = this.text;
    const body = this.failure
      ? this.renderFailure()
      : !this.rules
        ? html`<p aria-busy="true">${text('loading')}</p>`
        : this.result
          ? resultView({ result: this.result, text, book: this.book, startOver: this.startOver })
          : this.renderStep();
    return html`<section part="panel" lang=${this.wording?.lang || nothing}>${body}</section>`;
  }

  private renderStep() {
    const text = this.text;
    const questions = this.questions;
    const step = Math.min(this.step, questions.length - 1);
    const question = questions[step];
    const last = step === questions.length - 1;
    return html`<h2>${text('title')}</h2>
      <h3 class="step" tabindex="-1">${text('progress', { step: step + 1, total: questions.length })}</h3>
      <form @submit=${this.next} novalidate>
        ${questionView({ question, showRequired: this.showRequired, text, choose: this.choose })}
        <div class="actions">
          <button type="submit" part="primary">${text(last ? 'finish' : 'next')}</button>
          ${step > 0 ? html`<button type="button" @click=${this.back}>${text('back')}</button>` : nothing}
        </div>
      </form>`;
  }

  private renderFailure() {
    const text = this.text;
    const studio = (this.failure?.data as Rules | undefined)?.studio;
    // Only text: the file is invalid, and Lit would treat an object shaped like its own template results as one.
    const textOf = (value: unknown) => (typeof value === 'string' ? value : '');
    const phone = textOf(studio?.phone);
    const booking = safeLink(studio?.bookingUrl);
    return html`<h2 tabindex="-1">${text('errorHeading')}</h2>
      <p role="status">${text('errorMessage')}</p>
      ${phone ? html`<p><a href="tel:${phone}">${phone}</a></p>` : nothing}
      ${booking ? html`<p><a href=${booking}>${textOf(studio?.name) || booking}</a></p>` : nothing}
      <div class="actions"><button type="button" part="primary" @click=${this.tryAgain}>${text('tryAgain')}</button></div>`;
  }
}

reactive(MassageSelector, { rules: 0, failure: 0, step: 0, result: 0, showRequired: 0, given: 0 });

if (!customElements.get('massage-selector')) customElements.define('massage-selector', MassageSelector);
else if (customElements.get('massage-selector') !== MassageSelector)
  console.warn('<massage-selector> is already defined on this page; this copy was not registered.');

declare global {
  interface HTMLElementTagNameMap {
    'massage-selector': MassageSelector;
  }
}
