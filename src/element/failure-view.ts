import { html, nothing } from 'lit/html.js';
import { safeLink } from '../rules/links.js';
import type { Rules, Strings } from '../rules/types.js';

/** What the fallback template needs from the element. */
export interface FailureContext {
  /** The studio of the file that failed, when it parsed (it may be anything: the file is invalid). */
  studio: unknown;
  text: (key: keyof Strings) => string;
  tryAgain: () => void;
}

/** Only text: the file is invalid, and Lit would treat an object shaped like its own template results as one. */
const textOf = (value: unknown) => (typeof value === 'string' ? value : '');

/** The calm fallback when the rules cannot be used: the studio's phone and booking page if the file gave them, and Try again. */
export function failureView({ studio, text, tryAgain }: FailureContext) {
  const contact = (studio ?? {}) as Record<keyof NonNullable<Rules['studio']>, unknown>;
  const phone = textOf(contact.phone);
  const booking = safeLink(contact.bookingUrl);
  return html`<h2 tabindex="-1">${text('errorHeading')}</h2>
    <p role="status">${text('errorMessage')}</p>
    ${phone ? html`<p><a href="tel:${phone}">${phone}</a></p>` : nothing}
    ${booking ? html`<p><a href=${booking}>${textOf(contact.name) || booking}</a></p>` : nothing}
    <div class="actions"><button type="button" part="primary" @click=${tryAgain}>${text('tryAgain')}</button></div>`;
}
