// Everything the browser tests share: mounting the widget, answering it as a visitor, watching the host
// page, opening real pages in frames, and named visitors for the default rules.
export * from './answering.js';
export * from './host-page.js';
export * from './frames.js';
export * from './visitors.mjs';
