const allowed = ['https:', 'http:', 'tel:', 'mailto:'];

/**
 * The link if it is safe to render or follow (`https:`, `http:`, `tel:`, `mailto:` or a relative path),
 * otherwise `null`. Parsing with `URL` catches the obfuscated forms (`JaVaScRiPt:`, leading spaces, tabs).
 * The string parsed is the string returned: `trim()` strips more than the URL parser does (a no-break
 * space, a byte-order mark), so checking one and returning the other would let `javascript:` through.
 */
export function safeLink(link: unknown): string | null {
  if (typeof link !== 'string') return null;
  const text = link.trim();
  try {
    return text && allowed.includes(new URL(text, 'https://relative.invalid/').protocol) ? text : null;
  } catch {
    return null;
  }
}

/**
 * Adds query parameters to a safe link, keeping relative links relative and the whole `#…` fragment. The
 * parameters go before the first `#`, except on a hash-routed page (`/#/book`, `#!/book`), whose router reads
 * its query inside the fragment: there they follow the route (`/#/book?technique=…`).
 */
export function withParams(link: string, params: Array<[string, string]>): string {
  if (!params.length) return link;
  const query = new URLSearchParams(params).toString();
  const at = link.search(/#(?!!?\/)|$/); // the first "#" that does not start a route
  const base = link.slice(0, at);
  return base + (base.slice(base.indexOf('#') + 1).includes('?') ? '&' : '?') + query + link.slice(at);
}

/**
 * The studio's booking link (`booking-url`, `studio.bookingUrl`) for one technique, session and set of add-ons.
 * A template with `{technique}`, `{minutes}` or `{addons}` (add-on ids, comma-separated) gets those filled in,
 * each percent-encoded so that no value can change the link's scheme or host, and nothing more. Any other link
 * gets `technique=…`, `minutes=…` (with a session) and the add-ons' `bookingParams`, one pair each, in that order
 * (several add-ons repeat a name: `addon=hot-stones&addon=cbd-oil`).
 */
export function studioLink(
  link: string,
  technique: string,
  minutes: number | undefined,
  addOns: string[],
  params: Array<[string, string]>,
) {
  const fill: Record<string, string> = {
    technique: encodeURIComponent(technique),
    minutes: minutes ? '' + minutes : '',
    addons: addOns.map(encodeURIComponent).join(),
  };
  const filled = link.replace(/\{(technique|minutes|addons)\}/g, (_, name: string) => fill[name]);
  return filled !== link
    ? safeLink(filled)
    : withParams(link, [['technique', technique], ...(minutes ? [['minutes', fill.minutes] as [string, string]] : []), ...params]);
}
