import { BUNDLE } from '../dev.js';
import type { Rules } from '../rules/types.js';
import type { RulesProblem } from '../validate/errors.js';
import { checkRules } from '../validate/check-rules.js';

/** Why rules could not be used: a stable code a host page can switch on. */
export type RulesErrorCode = 'not-found' | 'http-error' | 'timeout' | 'offline' | 'network-error' | 'not-json' | 'too-large' | 'invalid';

/** Rules that could not be loaded or are invalid. */
export class RulesError extends Error {
  constructor(
    /** Stable machine-readable reason. */
    readonly code: RulesErrorCode,
    message: string,
    /** Each problem found, with a JSON-pointer path. */
    readonly errors: RulesProblem[] = [],
    /** The HTTP status, when there was a response. */
    readonly status?: number,
    /** The parsed file, when it parsed: the fallback message can still use its studio contact. */
    readonly data?: unknown,
  ) {
    super(message);
  }
}

/** Options for `loadRules`. */
export interface LoadOptions {
  /** Give up after this many milliseconds. Default 8000. */
  timeout?: number;
  /** Refuse files larger than this many bytes. Default 512 KB. */
  maxBytes?: number;
  /** Cancels the request, for instance when the element's `src` changes. */
  signal?: AbortSignal;
}

const tooLarge = (maxBytes: number, status?: number) => new RulesError('too-large', `Rules are larger than ${maxBytes} bytes`, [], status);

/** Parses rules from JSON text and checks them as the widget does (`checkRules`); throws `RulesError`. */
export function parseRules(text: string, maxBytes = 512_000, status?: number): Rules {
  if (text.length > maxBytes) throw tooLarge(maxBytes, status);
  if (!text.trim()) throw new RulesError('not-json', 'The rules file is empty', [], status);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, '')); // a byte-order mark, as Windows editors save it (the CLI accepts it too)
  } catch (error) {
    throw new RulesError('not-json', `Rules are not valid JSON: ${(error as Error).message}`, [], status);
  }
  const check = checkRules(data);
  if (!check.valid) {
    const count = check.errors.length;
    throw new RulesError(
      'invalid',
      `The rules file has ${count} problem${count === 1 ? '' : 's'}: ${check.errors[0].path || '/'} ${check.errors[0].message}`,
      check.errors,
      status,
      data,
    );
  }
  return check.rules;
}

/**
 * Fetches a rules file (no cookies, with a timeout and a size cap), parses and validates it.
 * Rejects only with a `RulesError` whose `code` says what went wrong.
 */
export async function loadRules(url: string | URL, options: LoadOptions = {}): Promise<Rules> {
  const { timeout = 8000, maxBytes = 512_000, signal } = options;
  let response: Response;
  try {
    const timer = AbortSignal.timeout(timeout);
    response = await fetch(url, { credentials: 'omit', signal: signal ? AbortSignal.any([signal, timer]) : timer });
    if (response.status === 404) throw new RulesError('not-found', `Rules not found (404): ${url}`, [], 404);
    if (!response.ok) throw new RulesError('http-error', `Rules could not be loaded: HTTP ${response.status}`, [], response.status);
    if (/html/i.test(response.headers.get('content-type') ?? '')) {
      throw new RulesError('not-json', 'Rules were served as HTML, not JSON: check the src address', [], response.status);
    }
    if (Number(response.headers.get('content-length')) > maxBytes) throw tooLarge(maxBytes, response.status);
    // Counted as it streams in (after any gzip is inflated): reading stops as soon as the cap is passed.
    const reader = response.body!.getReader(); // a 200 response always has a body, if only an empty one
    const decoder = new TextDecoder();
    let text = '';
    for (let bytes = 0; ;) {
      const { done, value } = await reader.read();
      if (done) break;
      if ((bytes += value.length) > maxBytes) throw (reader.cancel(), tooLarge(maxBytes, response.status));
      text += decoder.decode(value, { stream: true });
    }
    return parseRules(text + decoder.decode(), maxBytes, response.status);
  } catch (error) {
    if (error instanceof RulesError) throw error;
    const name = (error as Error)?.name;
    if (name === 'TimeoutError') throw new RulesError('timeout', `Rules did not arrive within ${timeout} ms`);
    if (name === 'AbortError') throw new RulesError('network-error', 'Loading the rules was cancelled');
    // The bundle runs only where there is a DOM, with a navigator; lib/ may run in Node 20, which has none.
    if ((BUNDLE || typeof navigator !== 'undefined') && navigator.onLine === false)
      throw new RulesError('offline', 'The visitor is offline');
    throw new RulesError('network-error', `Rules could not be fetched: ${(error as Error)?.message}`);
  }
}
