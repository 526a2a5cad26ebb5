// Server side of the hardening tests: more network faults, headers for strict pages, a request log,
// generated hostile files and a command that takes the test page offline. Used by web-test-runner.config.mjs.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { hostileFiles } from '../fixtures/hostile/generate.mjs';

const root = new URL('../../', import.meta.url);

/** The policy of the strict pages, exactly as the issue states it. */
export const strictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Every request the server saw, with its Referer: a page's requests can be told apart by a token in its address. */
const requests = [];
/** Flaky addresses already asked for once. */
const asked = new Set();
let generated;

const respond = (context, type, body, status = 200) => {
  context.set('cache-control', 'no-store');
  context.status = status;
  context.type = type;
  context.body = body;
};

/**
 * /fault/huge?bytes=N[&length] — N bytes of valid JSON, streamed without content-length unless `length` is given.
 * /fault/type/<media type>?file=/path — a file of this repository served with any content-type.
 * /fault/redirect/<status>?to=/path — a redirect.
 * /fault/reset — headers, half a body, then the connection is cut.
 * /fault/flaky/<token> — 503 the first time, the default rules after that.
 * /fault/requests?page=<token> — the requests whose Referer contains the token.
 * /fault/bundle-copy.js — another copy of dist/massage-selector.js whose title says "(copy 2)".
 * /hostile/generated/<name>.json — the generated hostile files (test/fixtures/hostile/generate.mjs).
 * /test/hardening/pages/strict-*.html — served as they are, with the strict Content-Security-Policy header
 *   (and a list of allowed Trusted Types policies with ?tt=none, ?tt=default or ?tt=lit-html).
 */
export function hardeningFaults(context, next) {
  const { path, query } = context;
  if (path !== '/fault/requests') {
    requests.push({ method: context.method, path: context.url, referer: context.get('referer'), cookie: !!context.get('cookie') });
    if (requests.length > 2000) requests.splice(0, 1000);
  }
  if (path === '/fault/requests')
    return respond(context, 'application/json', JSON.stringify(requests.filter((r) => r.referer.includes(query.page))));
  if (path === '/fault/huge') {
    const bytes = Number(query.bytes);
    const head = '{"version":1,"padding":"';
    const filler = 'x'.repeat(bytes - head.length - 2);
    const text = `${head}${filler}"}`;
    respond(context, 'application/json', 'length' in query ? text : Readable.from(chunks(text, 64 * 1024)));
    return undefined;
  }
  const endless = path.match(/^\/fault\/endless\/(plain|gzip)$/);
  if (endless) return endlessBody(context, endless[1] === 'gzip', String(query.token));
  if (path === '/fault/sent') return respond(context, 'application/json', JSON.stringify(sent.get(String(query.token)) ?? null));
  const typed = path.match(/^\/fault\/type\/(.+)$/);
  if (typed) return respond(context, typed[1], readFileSync(new URL(String(query.file).replace(/^\//, ''), root)));
  const redirect = path.match(/^\/fault\/redirect\/(\d+)$/);
  if (redirect) {
    context.status = Number(redirect[1]);
    context.set('location', String(query.to));
    return undefined;
  }
  if (path === '/fault/reset') {
    context.respond = false;
    context.res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
    context.res.write('{"version":1,"questions":[');
    setTimeout(() => context.res.destroy(), 100);
    return undefined;
  }
  const flaky = path.match(/^\/fault\/flaky\/(\w+)$/);
  if (flaky) {
    if (asked.has(flaky[1])) return respond(context, 'application/json', readFileSync(new URL('rules/default.json', root)));
    asked.add(flaky[1]);
    return respond(context, 'text/plain', 'Service unavailable', 503);
  }
  if (path === '/fault/bundle-copy.js') {
    const bundle = readFileSync(new URL('dist/massage-selector.js', root), 'utf8');
    return respond(context, 'text/javascript', bundle.replace('Tell us about your spasms', 'Tell us about your spasms (copy 2)'));
  }
  const hostile = path.match(/^\/hostile\/generated\/([\w-]+)\.json$/);
  if (hostile) {
    generated ??= hostileFiles();
    if (generated[hostile[1]] !== undefined) return respond(context, 'application/json', generated[hostile[1]]);
  }
  // Served from disk, as a studio's server would: the dev server would inject its own script into the page.
  if (/^\/test\/hardening\/pages\/strict-[\w-]+\.html$/.test(path)) {
    // ?tt=none|default|lit-html adds a Trusted Types policy list: trusted-types 'none', default, lit-html.
    const names = { none: "'none'", default: 'default', 'lit-html': 'lit-html' }[query.tt];
    context.set('content-security-policy', names ? `${strictPolicy}; trusted-types ${names}` : strictPolicy);
    return respond(context, 'text/html', readFileSync(new URL(path.slice(1), root)));
  }
  return next();
}

/** Bytes of body each endless response had produced (before gzip) when its client went away, by token. */
const sent = new Map();
/** At most this much of an endless body, should a client never stop reading. */
const endlessLimit = 2 * 1024 ** 3;

/**
 * /fault/endless/plain?token=T — a JSON text that never ends, with no content-length; /fault/endless/gzip?token=T —
 * the same gzip-compressed (a few KB on the wire inflate to many MB). /fault/sent?token=T tells how many bytes of it
 * were produced before the client stopped reading (`null` while it still reads).
 */
function endlessBody(context, gzip, token) {
  context.respond = false;
  const { res } = context;
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
  const filler = Buffer.alloc(64 * 1024, ' ');
  let produced = 0;
  const body = new Readable({
    read() {
      if (produced >= endlessLimit) return this.push(null);
      produced += filler.length;
      this.push(produced === filler.length ? Buffer.concat([Buffer.from('{"version":1,"x":"'), filler]) : filler);
    },
  });
  const out = gzip ? body.pipe(createGzip({ level: 9 })) : body;
  out.pipe(res);
  res.on('close', () => {
    body.destroy();
    sent.set(token, produced);
  });
  return undefined;
}

function* chunks(text, size) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

/**
 * `hardening-offline` with `{ milliseconds }`: soon after answering, the test page goes offline (DevTools network
 * emulation: every request fails and `navigator.onLine` is false) for that many milliseconds. The answer is sent
 * first because the emulation also holds back the test runner's own messages.
 */
export function hardeningCommands() {
  return {
    name: 'hardening-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'hardening-offline') return undefined;
      const page = session.browser.getPage(session.id);
      setTimeout(async () => {
        await page.setOfflineMode(true);
        setTimeout(() => page.setOfflineMode(false).catch(() => {}), payload.milliseconds);
      }, 100);
      return true;
    },
  };
}
