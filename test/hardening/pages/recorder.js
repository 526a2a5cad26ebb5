// Loaded first by every page here: records what a host page would notice, for the test in the parent frame.
// (A plain file, not inline: the pages run under a Content-Security-Policy without 'unsafe-inline'.)
/* global hostLog */
window.hostLog = {
  violations: [],
  errors: [],
  rejections: [],
  warnings: [],
  resources: [],
  globalsBefore: Object.getOwnPropertyNames(window),
};
document.addEventListener('securitypolicyviolation', (event) =>
  hostLog.violations.push(`${event.effectiveDirective}: ${event.blockedURI} ${event.sample}`),
);
window.addEventListener('error', (event) => hostLog.errors.push(event.message));
window.addEventListener('unhandledrejection', (event) => hostLog.rejections.push(String(event.reason)));
const warn = console.warn;
console.warn = (...args) => {
  hostLog.warnings.push(args.map(String).join(' '));
  warn.apply(console, args);
};
new PerformanceObserver((list) => list.getEntries().forEach((entry) => hostLog.resources.push(new URL(entry.name).pathname))).observe({
  type: 'resource',
  buffered: true,
});
