import type { Rules } from '../rules/types.js';
import type { RulesProblem } from '../validate/errors.js';
import { validateRules } from '../validate/validate-rules.js';

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

/** Parses rules from JSON text and validates them; throws `RulesError`. */
export function parseRules(text: string, maxBytes = 512_000): Rules {
  if (text.length > maxBytes) throw new RulesError('too-large', `The rules file is larger than ${maxBytes} bytes.`);
  if (!text.trim()) throw new RulesError('not-json', 'The rules file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new RulesError('not-json', `The rules file is not valid JSON: ${(error as Error).message}`);
  }
  const check = validateRules(data);
  if (!check.valid) {
    const count = check.errors.length;
    throw new RulesError('invalid', `The rules file has ${count} problem${count === 1 ? '' : 's'}: ${check.errors[0].path || '/'} ${check.errors[0].message}`, check.errors, undefined, data);
  }
  return check.rules;
}

/** Reads a response body as text, stopping as soon as it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const tooLarge = () => new RulesError('too-large', `The rules file is larger than ${maxBytes} bytes.`, [], response.status);
  if (Number(response.headers.get('content-length')) > maxBytes) throw tooLarge();
  const reader = response.body!.getReader();
  const chunks: BlobPart[] = [];
  let size = 0;
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    size += part.value.length;
    if (size > maxBytes) {
      reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(part.value as Uint8Array<ArrayBuffer>);
  }
  return new TextDecoder().decode(await new Blob(chunks).arrayBuffer());
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
    if (response.status === 404) throw new RulesError('not-found', `The rules file was not found (404): ${url}`, [], 404);
    if (!response.ok) throw new RulesError('http-error', `The rules file could not be loaded: HTTP ${response.status}.`, [], response.status);
    if (/html/i.test(response.headers.get('content-type') ?? '')) {
      throw new RulesError('not-json', 'The rules file was served as an HTML page, not JSON. Check the src address.', [], response.status);
    }
    return parseRules(await readCapped(response, maxBytes), maxBytes);
  } catch (error) {
    if (error instanceof RulesError) throw error;
    const name = (error as Error)?.name;
    if (name === 'TimeoutError') throw new RulesError('timeout', `The rules file did not arrive within ${timeout} ms.`);
    if (name === 'AbortError') throw new RulesError('network-error', 'Loading the rules file was cancelled.');
    if (typeof navigator !== 'undefined' && navigator.onLine === false) throw new RulesError('offline', 'The visitor is offline.');
    throw new RulesError('network-error', `The rules file could not be fetched: ${(error as Error)?.message}`);
  }
}
