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

/** Adds query parameters to a safe link, keeping relative links relative. */
export function withParams(link: string, params: Array<[string, string]>): string {
  if (!params.length) return link;
  const query = new URLSearchParams(params).toString();
  const [base, hash] = link.split('#', 2) as [string, string?];
  return base + (base.includes('?') ? '&' : '?') + query + (hash === undefined ? '' : '#' + hash);
}
