import { html, nothing } from 'lit/html.js';
import { safeLink } from '../rules/links.js';
import { own } from '../rules/own.js';
import type { Rules, Strings } from '../rules/types.js';

/** Only text: the file is invalid, and Lit would treat an object shaped like its own template results as one. */
const textOf = (value: unknown) => (typeof value === 'string' ? value : '');

/** A phone number as a tap-to-call link after a name (text only: the file may be invalid), or nothing without a number. */
export const call = (phone: unknown, name?: unknown, part = 'call') => {
  const number = textOf(phone);
  return number ? html`<p part="contact">${textOf(name)} <a part=${part} href=${`tel:${number}`}>${number}</a></p>` : nothing;
};

/**
 * The calm fallback when the rules cannot be used: the studio's phone and booking page if the file gave them, and
 * Try again. The host page's own `<div slot="fallback">` takes its place, in the host's language, with no rules at all.
 */
export function failureView(
  /** The studio of the file that failed, when it parsed (it may be anything: the file is invalid). */
  studio: unknown,
  text: (key: keyof Strings) => string,
  tryAgain: () => void,
) {
  const contact = studio as NonNullable<Rules['studio']>;
  const booking = safeLink(own(contact, 'bookingUrl'));
  return html`<div part="fallback">
    <slot name="fallback"
      ><h2 tabindex="-1" part="title">${text('errorHeading')}</h2>
      <p role="status">${text('errorMessage')}</p>
      ${call(own(contact, 'phone'))} ${booking ? html`<p><a href=${booking}>${textOf(own(contact, 'name')) || booking}</a></p>` : nothing}
      <div class="actions"><button type="button" part="primary" @click=${tryAgain}>${text('tryAgain')}</button></div></slot
    >
  </div>`;
}
