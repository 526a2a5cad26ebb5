import { fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/massage-selector.js';
import type { MassageSelector, RulesErrorEvent } from '../../src/massage-selector.js';

/** What the host page saw while a test ran: uncaught errors, unhandled rejections and console warnings. */
export interface HostPageLog {
  errors: string[];
  rejections: string[];
  warnings: string[];
  stop(): void;
}

/** Starts recording what a host page would notice: `error` and `unhandledrejection` on window, and `console.warn` (still printed). */
export function watchHostPage(target: Window & typeof globalThis = window): HostPageLog {
  const log: HostPageLog = { errors: [], rejections: [], warnings: [], stop };
  const onError = (event: ErrorEvent) => log.errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => log.rejections.push(String(event.reason));
  const warn = target.console.warn;
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  target.console.warn = (...args: unknown[]) => {
    log.warnings.push(args.map(String).join(' '));
    warn.apply(target.console, args);
  };
  function stop() {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
    target.console.warn = warn;
  }
  return log;
}

/** Lets queued tasks, microtasks and a frame run, so late errors and rejections reach the log. */
export const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));

/**
 * A `<massage-selector>` with these attributes on the page, and inline rules (`<script type="application/json">`)
 * when `inline` is given; resolves with its first `ready` or `rules-error` event, once rendered.
 */
export async function mountSelector(attributes: Record<string, string>, inline?: string) {
  const element = document.createElement('massage-selector');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = inline;
    element.append(script);
  }
  const outcome = Promise.race([oneEvent(element, 'ready'), oneEvent(element, 'rules-error')]) as Promise<Event>;
  await fixture(html`<div>${element}</div>`);
  const event = await outcome;
  await element.updateComplete;
  return { element: element as MassageSelector, event: event as RulesErrorEvent };
}

/** The widget's visible text, with whitespace collapsed. */
export const visibleText = (element: Element) => (element.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
