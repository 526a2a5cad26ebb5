import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Recommendation, RecommendedTechnique } from '../engine/recommend.js';
import type { Strings } from '../rules/types.js';

/** What the result template needs from the element. */
export interface ResultContext {
  result: Recommendation;
  text: (key: keyof Strings, values?: Record<string, string | number>) => string;
  /** The element's Book handler, for `click` and `auxclick` (middle-click) on every Book control. */
  book: (event: MouseEvent) => void;
  /** Back to the last question, with every answer kept. */
  back: () => void;
  startOver: () => void;
}

const list = (items: Array<string | TemplateResult>) =>
  html`<ul>
    ${items.map((item) => html`<li>${item}</li>`)}
  </ul>`;
const section = (heading: string, body: unknown) =>
  html`<h3>${heading}</h3>
    ${body}`;

/** A technique's session lengths and price: "Session: 60–90 minutes · from $95". */
const sessions = (technique: RecommendedTechnique, text: ResultContext['text']) =>
  technique.sessions.length
    ? html`<p>
        ${text('session', { minutes: technique.sessions.map((session) => session.minutes).join('–') })}${
          technique.price ? html` · ${technique.price}` : nothing
        }
      </p>`
    : nothing;

/** Pressure, target and best for of one technique. */
const facts = (technique: RecommendedTechnique, text: ResultContext['text']) =>
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
 * The recommendation: a card that leads with the decision (the technique's name as the heading, one line of why,
 * its sessions and Book), then the details for those who read on. Or the referral when a safety answer came up.
 */
export function resultView({ result, text, book, back, startOver }: ResultContext) {
  const actions = html`<div class="actions">
    <button type="button" @click=${back}>${text('back')}</button>
    <button type="button" @click=${startOver}>${text('startOver')}</button>
  </div>`;
  const technique = result.technique;
  if (!technique) {
    return html`<h2 tabindex="-1" part="result-heading">${text(result.urgent ? 'emergencyHeading' : 'referHeading')}</h2>
      <p class="note" part="referral">${result.message}</p>
      ${actions}`;
  }
  const bookLabel = text('book');
  return html`<div class="card" part="card">
      <h2 tabindex="-1" part="result-heading"><small>${text('resultHeading')}</small> <span part="technique">${technique.name}</span></h2>
      <p>${result.reasons[0]}</p>
      ${sessions(technique, text)}
      ${
        result.bookingUrl
          ? html`<a part="book" href=${result.bookingUrl} @click=${book} @auxclick=${book}>${bookLabel}</a>`
          : html`<button type="button" part="book" @click=${book}>${bookLabel}</button>`
      }
    </div>
    ${result.message ? html`<p class="note">${result.message}</p>` : nothing} ${section(text('why'), list(result.reasons))}
    ${facts(technique, text)}
    ${
      result.addOns.length
        ? section(
            text('addOns'),
            list(
              result.addOns.map(
                (addOn) => html`<strong>${addOn.name}</strong>${addOn.price ? ` (${addOn.price})` : ''}: ${addOn.reasons.join(' ')}`,
              ),
            ),
          )
        : nothing
    }
    ${
      result.plan
        ? section(
            text('plan'),
            html`<p>
              <strong>${result.plan.title}:</strong> ${result.plan.frequency}${result.plan.duration ? `, ${result.plan.duration}` : ''}.
            </p>`,
          )
        : nothing
    }
    ${result.aftercare.length ? section(text('aftercare'), list(result.aftercare)) : nothing}
    ${result.cautions.length ? section(text('cautions'), list(result.cautions)) : nothing}
    ${
      result.alternatives.length
        ? section(
            text('alternatives'),
            result.alternatives.map(
              (alternative) =>
                html`<details part="alternative">
                  <summary>${alternative.name}</summary>
                  ${facts(alternative, text)}${sessions(alternative, text)}${list(alternative.reasons)}
                </details>`,
            ),
          )
        : nothing
    }
    ${actions}`;
}
