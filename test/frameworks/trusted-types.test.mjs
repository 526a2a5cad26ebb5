// docs/integration.md's Trusted Types note, as a page with that Content-Security-Policy header sees it: the
// bundle renders its questions and a result with no policy violation when the `lit-html` policy is allowed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serveAndLaunch, toTheResult } from './browser.mjs';
import { chronicKnots } from '../support/visitors.mjs';

const bundle = readFileSync(new URL('../../dist/massage-selector.js', import.meta.url));
const guide = readFileSync(new URL('../../docs/integration.md', import.meta.url), 'utf8');
let browser, origin, close;

before(async () => {
  ({ browser, origin, close } = await serveAndLaunch((request, response) => {
    if (request.url === '/massage-selector.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    const csp = new URL(request.url, 'http://x').searchParams.get('csp');
    response
      .writeHead(200, { 'content-type': 'text/html', 'content-security-policy': csp })
      .end(
        '<!doctype html><html lang="en"><body><massage-selector></massage-selector><script src="/massage-selector.js"></script></body></html>',
      );
  }));
});

after(() => close?.());

for (const csp of ["require-trusted-types-for 'script'; trusted-types lit-html", "require-trusted-types-for 'script'"])
  test(`${csp}: questions and the result render, nothing is reported`, async () => {
    if (csp.includes('trusted-types lit-html')) assert.ok(guide.includes('`trusted-types lit-html`'), 'the policy the docs give');
    const tab = await browser.newPage();
    const problems = [];
    tab.on('pageerror', (error) => problems.push(String(error)));
    tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await tab.evaluateOnNewDocument(() =>
      document.addEventListener('securitypolicyviolation', (e) => console.error('violation: ' + e.violatedDirective)),
    );
    await tab.goto(`${origin}/?csp=${encodeURIComponent(csp)}`);
    await tab.waitForFunction(() => document.querySelector('massage-selector')?.shadowRoot?.querySelector('legend'));
    assert.ok(await toTheResult(tab, chronicKnots));
    assert.ok(
      await tab.evaluate(() => document.querySelector('massage-selector').shadowRoot.querySelector('[part~="technique"]').textContent),
    );
    assert.deepEqual(problems, []);
    await tab.close();
  });
