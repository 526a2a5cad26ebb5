// npm run bench: every figure of docs/performance.md, measured on this machine in one run (ratios within it).
// The engines and the validator in Node and in headless Chromium; the bundle's gzip size; first paint, long
// tasks and layout shift per embedding against a trivial LitElement; the result's main-thread time at 1x and
// 4x CPU throttle; the heap after 1,000 answer/reset cycles. Prints tables; asserts nothing about speed.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import jsonLogic from 'json-logic-js';
import { Engine } from 'json-rules-engine';
import Ajv from 'ajv';
import { recommend, cleanAnswers, validateRules } from '../lib/index.js';
import { parseRules } from '../lib/load/load-rules.js';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { benchEngines, makeRules, median } from './engines.mjs';
import { benchValidator } from './validator.mjs';
import { firstPaintPage } from '../test/fixtures/first-paint/page.mjs';
import { stressedDeskWorker } from '../test/support/visitors.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const quick = process.argv.includes('--quick');
// `--only=engines,validator,paint,interactions,memory` runs those parts alone (all by default).
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice(7)
  .split(',');
const want = (part) => !only || only.includes(part);
const rounds = quick ? 3 : 5;
// The engines: many short rounds, so that a slow moment of the shared machine moves few of the ratios (see benchEngines).
const engineRounds = quick ? 9 : 25;
const read = (path) => readFileSync(join(root, path), 'utf8');
const defaultRules = JSON.parse(read('rules/default.json'));
const schema = JSON.parse(read('rules/rules.schema.json'));
const files = [['default', defaultRules], ...[10, 100, 1000].map((count) => [String(count), makeRules(count)])];
const texts = [
  ['100', [JSON.stringify(makeRules(100))]],
  ['500', [JSON.stringify(makeRules(500))]],
  ['1,000 (2 × 500)', [JSON.stringify(makeRules(500, 2)), JSON.stringify(makeRules(500, 3))]],
];
const out = [];
const print = (line = '') => (console.log(line), out.push(line));
const fixed = (value, digits = 1) => (value >= 1000 ? Math.round(value).toLocaleString('en') : value.toFixed(digits));
const table = (head, rows) => {
  print(`| ${head.join(' | ')} |`);
  print(`|${head.map(() => '---').join('|')}|`);
  rows.forEach((row) => print(`| ${row.join(' | ')} |`));
  print();
};

print(`# npm run bench — ${new Date().toISOString()}`);
print(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(
      ' ',
    )} (shared). Engines: medians of ${engineRounds} rounds of 30 ms windows (60 ms for json-rules-engine) after a warm-up (each engine in 150 ms windows until it stops getting faster; the windows it took are in the tables, in column order), the engines in an order that turns each round; ratios are taken within each round. Loading: medians of ${rounds} rounds.`,
);
print();

function engineTables(where, result) {
  print(
    `## Engines, ${where}: µs per evaluation (16 rotating answer sets; all engines fired the same rule ids on ${result.compared} answer sets)`,
  );
  table(
    [
      'rules',
      'fired',
      'recommend()',
      'bare loop',
      'json-logic-js',
      'json-rules-engine',
      'json-logic ÷ recommend',
      'rules-engine ÷ recommend',
      'warm-up windows',
    ],
    result.table.map((row) => [
      row.file,
      row.fires,
      fixed(row.us['recommend()']),
      fixed(row.us['bare loop']),
      fixed(row.us['json-logic-js']),
      fixed(row.us['json-rules-engine']),
      `${row.ratio['json-logic-js'].toFixed(row.ratio['json-logic-js'] < 2 ? 2 : 1)}×`, // two digits where the margin is small
      `${row.ratio['json-rules-engine'].toFixed(0)}×`,
      Object.values(row.warmUp).join(' / '),
    ]),
  );
}
function validatorTable(where, rows) {
  print(`## Loading rules, ${where}: ms per file set`);
  const names = Object.keys(rows[0].ms);
  table(
    ['rules', 'bytes', ...names, 'widget ÷ Ajv'],
    rows.map((row) => [
      row.file,
      row.bytes.toLocaleString('en'),
      ...names.map((name) => fixed(row.ms[name], 2)),
      `${row.ratio.toFixed(1)}×`,
    ]),
  );
}

// Node.
if (want('engines'))
  engineTables(
    'Node',
    await benchEngines({
      files,
      libraries: { recommend, jsonLogic, Engine, cleanAnswers },
      rounds: engineRounds,
      now: () => performance.now(),
    }),
  );
if (want('validator'))
  validatorTable('Node', benchValidator({ schema, texts, rounds, Ajv, parseRules, validateRules, now: () => performance.now() }));

// The bundle.
const bundle = readFileSync(join(root, 'dist/massage-selector.js'));
print(
  `## Bundle: dist/massage-selector.js is ${bundle.length.toLocaleString('en')} B minified, ${gzipSync(bundle, { level: 9 }).length.toLocaleString('en')} B gzip`,
);
print();

// Chromium: the same code bundled, and the pages served from this checkout.
mkdirSync(join(root, '.tmp/bench'), { recursive: true });
await build({
  entryPoints: [join(root, 'bench/browser-entry.mjs')],
  bundle: true,
  format: 'iife',
  outfile: join(root, '.tmp/bench/engines.js'),
  logLevel: 'error',
  define: { 'process.env.NODE_ENV': '"production"' },
});
await build({
  entryPoints: [join(root, 'bench/pages/floor.js')],
  bundle: true,
  format: 'iife',
  minify: true,
  outfile: join(root, '.tmp/bench/floor.js'),
  logLevel: 'error',
});
writeFileSync(join(root, '.tmp/bench/blank.html'), '<!doctype html><title>bench</title><script src="/.tmp/bench/engines.js"></script>');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  // The first-paint pages, made from the test's template (test/fixtures/first-paint/page.mjs).
  const firstPaint = /^\/first-paint\/(\w+)\.html$/.exec(path);
  if (firstPaint) {
    response.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
    response.end(firstPaintPage(firstPaint[1], { rules: read('rules/default.json') }));
    return;
  }
  try {
    const body = readFileSync(join(root, path));
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/.tmp/bench/blank.html`);
  if (want('engines'))
    engineTables('headless Chromium', await page.evaluate((files, rounds) => window.bench.engines(files, rounds), files, engineRounds));
  if (want('validator'))
    validatorTable(
      'headless Chromium',
      await page.evaluate((schema, texts, rounds) => window.bench.validator(schema, texts, rounds), schema, texts, rounds),
    );
  await page.close();

  if (want('paint')) {
    // First paint: navigation start → the frame in which the first question is painted, per embedding, fresh page each load.
    const loads = quick ? 3 : 7;
    const rows = [];
    for (const [width, height] of [
      [390, 844],
      [1280, 800],
    ]) {
      for (const name of ['floor', 'classic', 'defer', 'async', 'module', 'inline', 'src']) {
        const first = [];
        const shifts = [];
        const long = [];
        let loading = 0;
        for (let i = 0; i < loads; i++) {
          const tab = await browser.newPage();
          await tab.setViewport({ width, height });
          await tab.goto(`${origin}/first-paint/${name}.html`);
          await tab.waitForFunction(() => window.probe.done, { timeout: 10000 });
          const probe = await tab.evaluate(() => window.probe);
          first.push(probe.firstQuestion ?? NaN);
          shifts.push(probe.shifts.reduce((sum, value) => sum + value, 0));
          long.push(probe.longTasks.length);
          if (probe.frames.includes('loading')) loading++;
          await tab.close();
        }
        rows.push([
          `${width} px`,
          name === 'floor' ? 'trivial LitElement (floor)' : name,
          fixed(median(first)),
          `${loading} of ${loads}`,
          median(long),
          Math.max(...shifts).toFixed(3),
        ]);
      }
    }
    print(
      `## First paint, headless Chromium: median of ${loads} fresh loads (async, defer and module in <head> with blocking="render"; src without a reservation)`,
    );
    table(
      ['width', 'embedding', 'first question painted (ms after navigation start)', '"Loading…" frames', 'long tasks', 'CLS (worst load)'],
      rows,
    );
  }

  if (want('interactions')) {
    // The result: main-thread time of the last Next → result painted, at 1× and 4× CPU throttle. The result comes
    // in two parts (the card, then the rest once the card is painted). Two kinds of walk, each in a fresh page: one
    // timed in the page (each click's work with style and layout forced at the end, which puts them in the click's
    // task), and a plain one (clicks only, as a visitor's) for CDP's TaskDuration and the long tasks.
    const walk = async (rate, timed) => {
      const times = { next: [], result: [], rest: [] };
      const tab = await browser.newPage();
      await tab.setViewport({ width: 1280, height: 800 });
      const cdp = await tab.createCDPSession();
      await cdp.send('Performance.enable');
      await tab.goto(`${origin}/first-paint/classic.html`);
      await tab.waitForFunction(() => window.probe.done, { timeout: 10000 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await tab.evaluate((answers) => {
        const element = document.querySelector('massage-selector');
        element.answers = answers;
        window.longTasks = [];
        new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.longTasks.push(entry.duration))).observe({
          type: 'longtask',
        });
      }, stressedDeskWorker);
      const taskTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
      const settle = () =>
        tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 30)))));
      await settle();
      for (;;) {
        const last = await tab.evaluate(() => {
          const button = document.querySelector('massage-selector').shadowRoot.querySelector('button[type="submit"]');
          return button ? button.textContent.includes('See my') : null;
        });
        if (last === null) break;
        const before = await taskTime();
        // Timed: the click's own work, the render it schedules, and style and layout; then the result's second
        // part, from the task just before it (a timer set in the same frame) to its style and layout.
        const [inPage, rest] = await tab.evaluate(async (timed) => {
          const element = document.querySelector('massage-selector');
          const section = () => timed && element.shadowRoot.querySelector('section').getBoundingClientRect();
          let second = 0;
          requestAnimationFrame(() => setTimeout(() => (second = performance.now())));
          const start = performance.now();
          element.shadowRoot.querySelector('button[type="submit"]').click();
          await null; // the render the click scheduled (a microtask queued before this one) has run
          section();
          const first = performance.now() - start;
          await element.updateComplete;
          section();
          return [first, second && performance.now() - second];
        }, timed);
        await settle();
        const spent = (await taskTime()) - before;
        if (timed) (last ? times.result : times.next).push(inPage);
        else (last ? times.result : times.next).push(spent);
        if (last) times.rest.push(rest);
        if (last) break;
      }
      times.longTasks = await tab.evaluate(() => window.longTasks);
      await tab.close();
      return times;
    };
    const interaction = [];
    for (const rate of [1, 4]) {
      const inPage = { next: [], result: [], rest: [] };
      const plain = { next: [], result: [] };
      const long = [];
      const longest = [];
      for (let i = 0; i < (quick ? 3 : 5); i++) {
        const timed = await walk(rate, true);
        Object.keys(inPage).forEach((key) => inPage[key].push(...timed[key]));
        const walked = await walk(rate, false);
        Object.keys(plain).forEach((key) => plain[key].push(...walked[key]));
        long.push(walked.longTasks.length);
        longest.push(Math.max(0, ...walked.longTasks));
      }
      interaction.push([
        `${rate}×`,
        fixed(median(inPage.next)),
        fixed(median(inPage.result)),
        fixed(median(inPage.rest)),
        fixed(median(plain.next)),
        fixed(median(plain.result)),
        median(long),
        longest.some(Boolean) ? `${fixed(Math.min(...longest))}–${fixed(Math.max(...longest))}` : 'none',
      ]);
    }
    print(
      "## Interactions, headless Chromium at 1280 px: main-thread time in the page (click → rendered, style and layout done; the result's card, then the rest after its frame) and, on plain walks, CDP TaskDuration (all main-thread tasks until two frames after the whole result, the settle frames and the bench's own calls included) and the long tasks",
    );
    table(
      [
        'CPU throttle',
        'a Next, in page (ms)',
        'last Next → result card, in page (ms)',
        'the rest of the result, in page (ms)',
        'a Next, TaskDuration (ms)',
        'last Next → whole result, TaskDuration (ms)',
        'long tasks over a walk',
        'longest long task (ms, over the walks)',
      ],
      interaction,
    );
  }

  if (want('memory')) {
    // Memory: 1,000 answer/reset cycles.
    const tab = await browser.newPage();
    const cdp = await tab.createCDPSession();
    await cdp.send('Performance.enable');
    await tab.goto(`${origin}/first-paint/classic.html`);
    await tab.waitForFunction(() => window.probe.done, { timeout: 10000 });
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize').value / 1024;
    };
    const before = await heap();
    await tab.evaluate(async () => {
      const element = document.querySelector('massage-selector');
      for (let i = 0; i < 1000; i++) {
        element.answers = { safety: ['none'], area: ['neck'], feel: [i % 2 ? 'stress' : 'ache'] };
        await element.updateComplete;
        element.reset();
        await element.updateComplete;
      }
    });
    const after = await heap();
    print(
      `## Memory: JS heap after GC ${Math.round(before).toLocaleString('en')} KB before, ${Math.round(after).toLocaleString('en')} KB after 1,000 answer/reset cycles`,
    );
    print();
  }
} finally {
  await browser.close();
  server.close();
}
writeFileSync(join(root, '.tmp/bench/last-run.md'), out.join('\n') + '\n');
console.log('(also written to .tmp/bench/last-run.md)');
