// The playground's preview: the bundled widget, made anew from each valid version of the rules and brought
// back to where the visitor was (the same step, or the result), so an edit can be checked where it shows.
import { visibleQuestions } from '../lib/index.js';

/** Where the visitor is in a widget: on the result, on a question (its id and step), or nowhere to return to. */
function placeOf(widget, rules) {
  const root = widget?.shadowRoot;
  if (!root || !rules) return null;
  if (root.querySelector('[part~="result-heading"]')) return { result: true };
  const id = root.querySelector('fieldset')?.dataset.question;
  return id ? { question: id, step: visibleQuestions(rules, widget.answers).findIndex((question) => question.id === id) } : null;
}

/**
 * Presses Next in a new widget until it is back at `place`: the same question (or, when the edit removed it,
 * the same step), or the result. It stops earlier at a required question the edit left unanswered, as a
 * visitor would have to, and at a referral when a red flag ends the questions.
 */
async function returnTo(widget, rules, place) {
  const answers = widget.answers;
  const questions = visibleQuestions(rules, answers);
  const same = questions.findIndex((question) => question.id === place.question);
  const target = place.result ? questions.length : same >= 0 ? same : Math.min(place.step, questions.length - 1);
  for (let step = 0; step < target; step++) {
    const question = questions[step];
    if (question.required !== false && !Object.hasOwn(answers, question.id)) return;
    const next = widget.shadowRoot.querySelector('button[type="submit"]');
    if (!next) return;
    next.click();
    await widget.updateComplete;
  }
}

/** Shows rules in `container`, one widget at a time; `onRecommend` hears each result the preview shows. */
export class Preview {
  constructor(container, onRecommend) {
    this.container = container;
    this.onRecommend = onRecommend;
    this.rules = null;
    this.latest = 0;
    // A new widget walks back to the visitor's step out of sight: in a hidden box its headings cannot take focus
    // from the editor, and the preview never flashes step 1.
    this.staging = document.createElement('div');
    this.staging.hidden = true;
    document.body.append(this.staging);
  }

  /** The widget on show, if any. */
  get widget() {
    return this.container.querySelector('massage-selector');
  }

  /** Replaces the widget with one for `text` (already checked: `rules` is its parsed form). `fresh` starts at step 1 with no answers. */
  async show(text, rules, { fresh = false } = {}) {
    const render = ++this.latest;
    const previous = fresh ? null : this.widget;
    const place = placeOf(previous, this.rules);
    const widget = document.createElement('massage-selector');
    if (previous) widget.answers = previous.answers;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = text;
    widget.append(script);
    widget.addEventListener('recommend', this.onRecommend);
    const loaded = new Promise((resolve) => {
      widget.addEventListener('ready', resolve, { once: true });
      widget.addEventListener('rules-error', resolve, { once: true });
    });
    this.staging.append(widget);
    await loaded;
    await widget.updateComplete;
    if (place) await returnTo(widget, rules, place);
    // A later edit has its own widget on the way: this one is already out of date.
    if (render !== this.latest) return widget.remove();
    this.rules = rules;
    this.container.replaceChildren(widget);
  }
}
