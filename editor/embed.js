// The piece of HTML a studio owner pastes into their site builder (docs/install.md explains each part):
// space kept for the widget, its script, the element with the rules inside it, and a way to book if the
// script never runs.

/** Text made safe for an HTML attribute or element. */
const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The rules as the text of a `<script type="application/json">`: on one line, and with every `<` written
 * `\u003c` (the same JSON), so that no text in the rules can end the script or open a comment.
 */
export const inlineRules = (rules) => JSON.stringify(rules).replace(/</g, '\\u003c');

/**
 * The embed code for `rules`: `inline` puts the rules inside the element (works on any site builder),
 * otherwise `rulesUrl` is the element's `src`. `scriptSrc` is where the studio put massage-selector.js.
 */
export function embedCode(rules, { scriptSrc, inline = true, rulesUrl = 'https://YOUR-SITE.example/my-rules.json' }) {
  const booking = rules.studio?.bookingUrl;
  const phone = rules.studio?.phone;
  const fallback = [
    "Can't see our massage finder?",
    booking ? ` <a href="${escapeHtml(booking)}">Book online</a>` : '',
    phone ? `${booking ? ' or call' : ' Call'} ${escapeHtml(phone)}` : booking ? '' : ' Please call or email us',
    '.',
  ].join('');
  const open = inline ? '<massage-selector>' : `<massage-selector src="${escapeHtml(rulesUrl)}">`;
  return [
    '<style>',
    '  massage-selector:not(:defined) { display: block; min-height: 26rem; }',
    '</style>',
    `<script src="${escapeHtml(scriptSrc)}"></script>`,
    open,
    ...(inline ? [`  <script type="application/json">${inlineRules(rules)}</script>`] : []),
    `  <p>${fallback}</p>`,
    '</massage-selector>',
    '',
  ].join('\n');
}
