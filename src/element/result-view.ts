import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Recommendation, RecommendedTechnique } from '../engine/recommend.js';
import type { AddOn, Studio, Strings } from '../rules/types.js';
import { call } from './failure-view.js';

/** What the result template reads of the element, which it is given itself (keys start with `_`: the bundle's minifier shortens them alike). */
export interface ResultContext {
  _result: Recommendation;
  /** The result shown in full: not yet the first frame of a new one (its card alone, the rest follows once that is painted). */
  _full?: Recommendation | null;
  /** The rules in use: the studio's name and phone on the referral screens. */
  _rules: { studio?: Studio } | null;
  _text: (key: keyof Strings, values?: Record<string, string | number>) => string;
  /** The element's one Book handler, for `click` and `auxclick` (middle-click) on every Book control; it reads the card's `data-i` (0 the recommended technique, then the alternatives). */
  _book: (event: MouseEvent) => void;
  /** The session chosen on each card, by the same index. */
  _picked: number[];
  /** A session radio changed (its name is `s` and the card's index, its value the session's index). */
  _pick: (event: Event) => void;
  _back: () => void;
  _startOver: () => void;
}

const list = (items: Array<string | TemplateResult>) =>
  html`<ul>
    ${items.map((item) => html`<li>${item}</li>`)}
  </ul>`;
/** A headed part of the result (by default a list of `items`), left out when there are no items. */
const section = (heading: string, items: unknown[], body: unknown = list(items as Array<string | TemplateResult>)) =>
  items.length
    ? html`<h3>${heading}</h3>
        ${body}`
    : nothing;

/** An item's picture (only `https:`; sized by the styles, so it never shifts the layout) and its badge. */
export const picture = ({ image, badge }: Pick<AddOn, 'image' | 'badge'>) =>
  html`${
    image && /^https:/i.test(image.src)
      ? html`<img part="image" src=${image.src} alt=${image.alt} loading="lazy" width="96" height="96" />`
      : nothing
  }${badge ? html`<span class="badge" part="badge">${badge}</span>` : nothing}`;

/** Pressure, target and best for of one technique. */
const facts = (technique: RecommendedTechnique, text: ResultContext['_text']) =>
  html`<p>${technique.description}</p>
    <dl>
      <dt>${text('pressure')}</dt>
      <dd>${technique.pressure}</dd>
      <dt>${text('target')}</dt>
      <dd>${technique.target}</dd>
      <dt>${text('bestFor')}</dt>
      <dd>${technique.bestFor}</dd>
    </dl>`;

/**
 * Card `i` of a result (0 the recommended technique, then the alternatives): its technique, the session chosen on
 * it (`picked`, by card) and the link its Book follows. The card shows them and the element's Book handler books them.
 */
export function cardChoice(result: Recommendation, i: number, picked: number[]) {
  const technique = i ? result.alternatives[i - 1] : result.technique;
  const session = technique?.sessions[picked[i] | 0] ?? null;
  return [technique, session, session ? session.bookingUrl : i ? null : result.bookingUrl] as const;
}

/**
 * A technique as a card: picture and badge, its name (the main heading for the recommended one), one line of
 * why, its sessions (chips to pick one when there are several) and Book, which follows the chosen session's link.
 */
function card(
  technique: RecommendedTechnique,
  i: number,
  { _result: result, _text: text, _book: book, _picked: picked, _pick: pick }: ResultContext,
  more?: unknown,
) {
  const sessions = technique.sessions;
  const [, chosen, link] = cardChoice(result, i, picked);
  // "Session: 60–90 minutes · from $95": the technique's price, or a single session's own; a chip names its own price.
  const several = sessions.length > 1;
  const minutes = sessions.map((session) => session.minutes).join('–');
  const line = [minutes && text('session', { minutes }), several ? technique.price : (chosen?.price ?? technique.price)]
    .filter(Boolean)
    .join(' · ');
  return html`<div class="card" part=${i ? 'alternative' : 'card'}>
    ${picture(technique)}
    ${
      i
        ? html`<h4 part="technique">${technique.name}</h4>`
        : html`<h2 tabindex="-1" part="result-heading">
            <small>${text('resultHeading')}</small> <span part="technique">${technique.name}</span>
          </h2>`
    }
    <p>${i ? technique.reasons[0] : result.reasons[0]}</p>
    ${
      several
        ? html`<fieldset class="chips">
            <legend>${line}</legend>
            ${sessions.map(
              (session, s) =>
                html`<label part="option session"
                  ><input
                    type="radio"
                    name=${`s${i}`}
                    value=${s}
                    checked=${session === chosen ? '' : nothing}
                    @change=${pick}
                  />${session.minutes}${session.price !== technique.price ? ` · ${session.price}` : ''}</label
                >`,
            )}
          </fieldset>`
        : line && html`<p>${line}</p>`
    }
    ${
      link
        ? html`<a part="book" href=${link} data-i=${i} @click=${book} @auxclick=${book}>${text('book')}</a>`
        : html`<button type="button" part="book" data-i=${i} @click=${book}>${text('book')}</button>`
    }
    ${more}
  </div>`;
}

/** The recommendation (a card with Book at the top, the details below), or the referral when a safety answer came up. */
export function resultView(context: ResultContext) {
  const { _result: result, _text: text, _back: back, _startOver: startOver } = context;
  const studio = context._rules?.studio;
  const actions = html`<div class="actions">
    <button type="button" part="secondary" @click=${back}>${text('back')}</button>
    <button type="button" part="secondary" @click=${startOver}>${text('startOver')}</button>
  </div>`;
  const technique = result.technique;
  if (!technique) {
    // An emergency looks urgent and offers the emergency number; both offer the studio's phone and Back, never Book.
    const urgent = result.urgent;
    return html`<h2 tabindex="-1" part="result-heading">${text(urgent ? 'emergencyHeading' : 'referHeading')}</h2>
      <p class="note" part=${urgent ? 'referral emergency' : 'referral'}>${result.message}</p>
      ${urgent ? call(studio?.emergencyPhone, '', 'call emergency-call') : nothing} ${call(studio?.phone, studio?.name)} ${actions}`;
  }
  return html`${card(technique, 0, context)}
  ${
    context._full === result
      ? html`${result.message ? html`<p class="note">${result.message}</p>` : nothing} ${section(text('why'), result.reasons.slice(1))}
        ${facts(technique, text)}
        ${section(
          text('addOns'),
          result.addOns.map(
            (addOn) =>
              html`${picture(addOn)}<strong>${addOn.name}</strong>${addOn.price ? ` (${addOn.price})` : ''}: ${addOn.reasons.join(' ')}`,
          ),
        )}
        ${
          result.plan
            ? section(
                text('plan'),
                [result.plan],
                html`<p>
                  <strong>${result.plan.title}:</strong> ${result.plan.frequency}${result.plan.duration ? `, ${result.plan.duration}` : ''}.
                </p>`,
              )
            : nothing
        }
        ${section(text('aftercare'), result.aftercare)} ${section(text('cautions'), result.cautions)}
        ${section(
          text('alternatives'),
          result.alternatives,
          result.alternatives.map((alternative, i) =>
            card(
              alternative,
              i + 1,
              context,
              html`<details>
                <summary>${text('why')}</summary>
                ${list(alternative.reasons)}${facts(alternative, text)}
              </details>`,
            ),
          ),
        )}
        ${actions}`
      : nothing
  }`;
}
