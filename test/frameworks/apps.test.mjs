// A front-end developer's apps, from the package as npm ships it: `npm pack`, installed into a temp folder
// with React 19 and Vue 3 (from the npm cache), built with Vite 6 (React's JSX by Vite's esbuild, Vue's
// templates by @vitejs/plugin-vue with the package's `isCustomElement`), served and driven in headless Chromium.
// A React page is also rendered on the server (react-dom/server in this Node process, which has no DOM) and
// hydrated in the browser. The apps import the package by its public names only.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import vue from '@vitejs/plugin-vue';
import { serveAndLaunch, toTheResult } from './browser.mjs';
import { chronicKnots } from '../support/visitors.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const version = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

/** The apps' sources. `window.events` records what each listener received. */
const sources = {
  'package.json': JSON.stringify({ name: 'studio-site', private: true, type: 'module' }),
  'config.mjs': `export { isCustomElement } from 'massage-selector/vue';\n`,
  'react.html': `<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="/src/react.jsx"></script></body></html>`,
  'ssr.html': `<!doctype html><html lang="en"><body><div id="root"><!--ssr--></div><script type="module" src="/src/ssr-client.js"></script></body></html>`,
  'vue.html': `<!doctype html><html lang="en"><body><div id="app"></div><script type="module" src="/src/vue.js"></script></body></html>`,
  // React: the wrapper with an inline `answers` object and a state update in onRecommend (a re-render).
  'src/react.jsx': `import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { MassageSelector } from 'massage-selector/react';
window.events = [];
function App() {
  const [technique, setTechnique] = useState('');
  return (
    <main>
      <MassageSelector
        bookingUrl="/booked"
        answers={${JSON.stringify(chronicKnots)}}
        onRecommend={(e) => { window.events.push(['recommend', e.detail.technique?.id]); setTechnique(e.detail.technique?.id); }}
        onBook={(e) => { window.events.push(['book', e.detail.technique.id, e.detail.bookingUrl]); if (window.preventBooking) e.preventDefault(); }}
      />
      <output>{technique}</output>
    </main>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`,
  // Server-rendered React: one component for the server and the browser (plain createElement, so Node imports it as is).
  'src/ssr-app.js': `import { createElement, useState } from 'react';
import { MassageSelector } from 'massage-selector/react';
export function App() {
  const [technique, setTechnique] = useState('');
  return createElement('main', null,
    createElement(MassageSelector, {
      bookingUrl: '/booked',
      answers: ${JSON.stringify(chronicKnots)},
      onRecommend: (e) => { window.events.push(['recommend', e.detail.technique?.id]); setTechnique(e.detail.technique?.id); },
    }),
    createElement('output', null, technique));
}
`,
  'src/ssr-server.js': `import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './ssr-app.js';
export const render = () => renderToString(createElement(App));
`,
  'src/ssr-client.js': `import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './ssr-app.js';
window.events = [];
window.hydrationErrors = [];
hydrateRoot(document.getElementById('root'), createElement(App), { onRecoverableError: (error) => window.hydrationErrors.push(String(error)) });
`,
  // Vue: template listeners and a reactive object as :answers.
  'src/vue.js': `import { createApp } from 'vue';
import 'massage-selector/vue';
import App from './App.vue';
window.events = [];
createApp(App).mount('#app');
`,
  'src/App.vue': `<script setup>
import { reactive, ref } from 'vue';
const answers = reactive(${JSON.stringify(chronicKnots)});
const technique = ref('');
function onRecommend(e) { window.events.push(['recommend', e.detail.technique?.id]); technique.value = e.detail.technique?.id; }
function onBook(e) { window.events.push(['book', e.detail.technique.id, e.detail.bookingUrl]); if (window.preventBooking) e.preventDefault(); }
</script>
<template>
  <main>
    <massage-selector booking-url="/booked" :answers="answers" @recommend="onRecommend" @book="onBook" />
    <output>{{ technique }}</output>
  </main>
</template>
`,
};

let dir, browser, origin, close, expected, renderSsr;
const requests = [];

before(async () => {
  assert.ok(existsSync(join(root, 'dist/massage-selector.js')) && existsSync(join(root, 'lib/react.js')), 'built (npm run build)');
  dir = mkdtempSync(join(tmpdir(), 'massage-selector-apps-'));
  // The package as published, packed once for this run (the build ran before the tests: no prepack).
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }),
  );
  for (const [path, text] of Object.entries(sources)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  execFileSync(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--ignore-scripts',
      '--loglevel=error',
      join(dir, filename),
      `react@${version('react')}`,
      `react-dom@${version('react-dom')}`,
      `vue@${version('vue')}`,
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  const { isCustomElement } = await import(pathToFileURL(join(dir, 'config.mjs')));
  await build({
    root: dir,
    configFile: false,
    logLevel: 'error',
    esbuild: { jsx: 'automatic' },
    plugins: [vue({ template: { compilerOptions: { isCustomElement } } })],
    build: { outDir: 'dist', rollupOptions: { input: ['react.html', 'ssr.html', 'vue.html'].map((page) => join(dir, page)) } },
  });
  // What the installed package's engine recommends for this visitor: the apps must show the same.
  const { recommend, defaultRules } = await import(pathToFileURL(join(dir, 'node_modules/massage-selector/lib/index.js')));
  expected = recommend(defaultRules, chronicKnots, { bookingUrl: '/booked' });
  ({ render: renderSsr } = await import(pathToFileURL(join(dir, 'src/ssr-server.js'))));

  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const served = await serveAndLaunch((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    requests.push(request.url);
    if (path === '/booked') return response.end('<!doctype html><title>Booked</title>');
    const file = join(dir, 'dist', path);
    if (!file.startsWith(join(dir, 'dist')) || !existsSync(file)) return response.writeHead(404).end();
    let body = readFileSync(file);
    if (path === '/ssr.html') body = String(body).replace('<!--ssr-->', renderSsr());
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  ({ origin, browser, close } = served);
});

after(async () => {
  await close?.();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens a page of the built site, with the widget's first question on screen. */
async function open(page) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  await tab.goto(`${origin}/${page}`);
  await tab.waitForFunction(() => document.querySelector('massage-selector')?.shadowRoot?.querySelector('fieldset'));
  return { tab, errors };
}

/** Presses Next with the pre-filled answers until the result shows, as a visitor accepting them would; then waits for the app's re-render. */
async function pressNextToTheResult(tab) {
  assert.ok(await toTheResult(tab), 'the result shows');
  await tab.waitForFunction(() => document.querySelector('output').textContent, { timeout: 5000 });
  return tab.evaluate(async () => {
    const element = document.querySelector('massage-selector');
    await element.updateComplete;
    return {
      heading: !!element.shadowRoot.querySelector('[part~="result-heading"]'),
      output: document.querySelector('output').textContent,
    };
  });
}

/** Clicks the Book link; resolves with the page's path afterwards (a navigation is waited for when expected). */
async function book(tab, { prevent }) {
  await tab.evaluate((value) => (window.preventBooking = value), prevent);
  const click = () => tab.evaluate(() => document.querySelector('massage-selector').shadowRoot.querySelector('[part~="book"]').click());
  if (!prevent) {
    await Promise.all([tab.waitForNavigation(), click()]);
    return new URL(tab.url()).pathname + new URL(tab.url()).search;
  }
  const booked = requests.length;
  await click();
  // A followed link would have replaced the page: the next evaluate runs in the same document, and the
  // server saw no request for the booking page.
  const path = await tab.evaluate(async () => {
    await new Promise((resolve) => setTimeout(resolve, 250));
    return location.pathname;
  });
  assert.equal(requests.slice(booked).filter((url) => url.startsWith('/booked')).length, 0, 'no request for the booking page');
  return path;
}

for (const [name, page] of [
  ['React 19 through the wrapper props onRecommend and onBook', 'react.html'],
  ['Vue 3 through the template listeners @recommend and @book', 'vue.html'],
])
  test(`${name}: recommend and book arrive, preventDefault() keeps the visitor on the page`, async () => {
    const { tab, errors } = await open(page);
    try {
      const shown = await pressNextToTheResult(tab);
      assert.deepEqual(shown, { heading: true, output: expected.technique.id }, 'the result stays after the re-render');
      assert.equal(await book(tab, { prevent: true }), '/' + page);
      const link = expected.bookingUrl;
      assert.ok(link.startsWith('/booked?technique=' + expected.technique.id), link);
      assert.deepEqual(await tab.evaluate(() => window.events), [
        ['recommend', expected.technique.id],
        ['book', expected.technique.id, link],
      ]);
      // Without preventDefault() the link is followed: the same click navigates.
      assert.equal(await book(tab, { prevent: false }), link);
      assert.deepEqual(errors, []);
    } finally {
      await tab.close();
    }
  });

test('React server rendering and hydration: the wrapper sets answers and onRecommend fires afterwards', async () => {
  const html = renderSsr();
  assert.match(html, /<massage-selector[^>]* booking-url="\/booked"/, 'the server renders the tag with its attributes');
  const { tab, errors } = await open('ssr.html');
  try {
    // The pre-filled answers are the wrapper's: React 19 alone leaves them unset after hydration (facebook/react#35446).
    assert.deepEqual(await tab.evaluate(() => document.querySelector('massage-selector').answers), chronicKnots);
    const shown = await pressNextToTheResult(tab);
    assert.deepEqual(shown, { heading: true, output: expected.technique.id });
    assert.deepEqual(await tab.evaluate(() => window.events), [['recommend', expected.technique.id]]);
    assert.deepEqual(await tab.evaluate(() => window.hydrationErrors), []);
    assert.deepEqual(errors, []);
  } finally {
    await tab.close();
  }
});

test('the installed package: separate source maps for lib/ and the bundle with their sources inside, and the example rules', async () => {
  const installed = join(dir, 'node_modules/massage-selector');
  // lib/ names its maps; the bundle's is a hidden map beside it (no comment: bytes every visitor would download).
  const maps = { 'dist/massage-selector.js': 'massage-selector.js.map' };
  for (const file of ['lib/index.js', 'lib/massage-selector.js', 'lib/react.js', 'lib/vue.js']) {
    maps[file] = readFileSync(join(installed, file), 'utf8').match(/\n\/\/# sourceMappingURL=([\w.-]+\.map)\s*$/)?.[1];
    assert.ok(maps[file], `${file} names a separate map`);
  }
  for (const [file, name] of Object.entries(maps)) {
    const map = JSON.parse(readFileSync(join(installed, dirname(file), name), 'utf8'));
    assert.equal(map.file, file.split('/').pop(), `${name} maps ${file}`);
    assert.ok(map.sources.length > 0 && map.sourcesContent?.length === map.sources.length, `${file}.map has its sources`);
    assert.ok(
      map.sourcesContent.every((text) => typeof text === 'string' && text.length > 0),
      `${file}.map: no empty source`,
    );
  }
  const { validateRules } = await import(pathToFileURL(join(installed, 'lib/index.js')));
  // The examples by their exported name, as a project's bundler or Node resolves them.
  const example = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "import r from 'massage-selector/rules/examples/nola-es.json' with { type: 'json' }; console.log(JSON.stringify(r))",
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  assert.equal(validateRules(JSON.parse(example)).valid, true);
});
