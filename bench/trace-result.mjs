// The last Next → result, traced with CDP (not part of npm run bench): main-thread time (wall and CPU) from the
// click until the first frame with the result is painted, the longest task, the total, and the long tasks seen.
// node bench/trace-result.mjs [throttle=1] [width=1280] [walks=5]; BUNDLES=a.js,b.js alternates bundles (paths
// from the repository root) so that the machine's load affects them alike; NOFORCE=1 leaves layout to the frames.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize, extname } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { firstPaintPage } from '../test/fixtures/first-paint/page.mjs';
import { stressedDeskWorker } from '../test/support/visitors.mjs';
const root = new URL('../', import.meta.url).pathname;
mkdirSync(join(root, '.tmp/bench'), { recursive: true });
const rate = +(process.argv[2] ?? 1),
  width = +(process.argv[3] ?? 1280),
  runs = +(process.argv[4] ?? 5);
const bundles = (process.env.BUNDLES ?? 'dist/massage-selector.js').split(',');
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const path = normalize(decodeURIComponent(url.pathname));
  if (path === '/p.html') {
    res.writeHead(200, { 'content-type': 'text/html' });
    return res.end(firstPaintPage('classic').replace('/dist/massage-selector.js', '/' + url.searchParams.get('b')));
  }
  try {
    const b = readFileSync(join(root, path));
    res.writeHead(200, { 'content-type': extname(path) === '.js' ? 'text/javascript' : 'text/plain' });
    res.end(b);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
const results = Object.fromEntries(bundles.map((b) => [b, []]));
try {
  for (let run = 0; run < runs; run++)
    for (const bundle of bundles) {
      const tab = await browser.newPage();
      await tab.setViewport({ width, height: width < 500 ? 844 : 800 });
      if (process.env.REDUCE) await tab.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      const cdp = await tab.createCDPSession();
      await tab.goto(`${origin}/p.html?b=${bundle}`);
      await tab.waitForFunction(() => window.probe.done, { timeout: 10000 });
      await tab.evaluate((answers) => {
        document.querySelector('massage-selector').answers = answers;
        window.lt = [];
        new PerformanceObserver((l) => l.getEntries().forEach((e) => window.lt.push(Math.round(e.duration)))).observe({ type: 'longtask' });
      }, stressedDeskWorker);
      for (;;) {
        const last = await tab.evaluate(async () => {
          const el = document.querySelector('massage-selector');
          await el.updateComplete;
          const b = el.shadowRoot.querySelector('button[type="submit"]');
          if (b.textContent.includes('See my')) return true;
          b.click();
          await el.updateComplete;
          return false;
        });
        if (last) break;
      }
      if (process.env.PREWARM)
        await tab.evaluate((html) => {
          const root = document.querySelector('massage-selector').shadowRoot;
          const d = document.createElement('section');
          d.style.cssText = 'position:absolute;left:-9999px;top:0;width:600px';
          d.innerHTML = html;
          root.append(d);
          d.getBoundingClientRect();
          return new Promise((r) =>
            requestAnimationFrame(() =>
              setTimeout(() => {
                d.remove();
                r();
              }, 50),
            ),
          );
        }, process.env.PREWARM);
      await tab.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await tab.evaluate(() => (window.lt = []));
      const events = [];
      cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
      const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
      await cdp.send('Tracing.start', {
        categories: process.env.CATS ?? 'devtools.timeline,toplevel,blink.user_timing',
        transferMode: 'ReportEvents',
      });
      await tab.evaluate(() => new Promise((r) => setTimeout(r, 50)));
      const page = await tab.evaluate(async (noforce) => {
        const el = document.querySelector('massage-selector');
        performance.mark('click');
        const t = performance.now();
        el.shadowRoot.querySelector('button[type="submit"]').click();
        await null; // the render queued by the click has run (a microtask before this one)
        if (!noforce) el.shadowRoot.querySelector('section').getBoundingClientRect();
        const first = performance.now() - t;
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 200))));
        const h = el.shadowRoot.activeElement;
        return {
          first,
          focused: h?.getAttribute('part'),
          top: Math.round(h?.getBoundingClientRect().top),
          nodes: el.shadowRoot.querySelectorAll('*').length,
        };
      }, !!process.env.NOFORCE);
      await cdp.send('Tracing.end');
      await done;
      const lt = await tab.evaluate(() => window.lt);
      await tab.close();
      if (run === 0)
        writeFileSync(join(root, `.tmp/bench/trace-${rate}x-${width}-${bundle.replace(/\W/g, '_')}.json`), JSON.stringify(events));
      const count = {};
      for (const e of events)
        if (e.name === 'Layout' || e.name === 'FunctionCall' || e.name === 'Paint')
          count[e.pid + ':' + e.tid] = (count[e.pid + ':' + e.tid] ?? 0) + 1;
      const key = Object.entries(count).sort((a, b) => b[1] - a[1])[0][0];
      const main = events.filter((e) => e.pid + ':' + e.tid === key);
      const mark = main.find((e) => e.name === 'click')?.ts ?? events.find((e) => e.name === 'click')?.ts;
      const tasks = main.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
      const clickTask = tasks.find((t) => t.ts <= mark && mark <= t.ts + t.dur);
      const after = tasks.filter((t) => t.ts >= clickTask.ts);
      const paint = main.filter((e) => e.name === 'Paint' && e.ts > mark).sort((a, b) => a.ts - b.ts)[0];
      const paintTask = after.find((t) => t.ts <= paint.ts && paint.ts <= t.ts + t.dur);
      const upToPaint = after.filter((t) => t.ts <= paintTask.ts);
      const ms = (x) => x / 1000;
      const sum = (xs, f = 'dur') => ms(xs.reduce((s, t) => s + (t[f] ?? 0), 0));
      results[bundle].push({
        inPage: page.first,
        painted: sum(upToPaint),
        paintedCpu: sum(upToPaint, 'tdur'),
        longest: ms(Math.max(...after.map((t) => t.dur))),
        longestCpu: ms(Math.max(...after.map((t) => t.tdur ?? 0))),
        total: sum(after.filter((t) => t.dur > 0)),
        totalCpu: sum(after, 'tdur'),
        lt: lt.length,
        ltMax: Math.max(0, ...lt),
        focused: page.focused,
        top: page.top,
        nodes: page.nodes,
        big: after
          .filter((t) => t.dur > (rate > 1 ? 8000 : 2000))
          .map((t) => `${ms(t.ts - clickTask.ts).toFixed(0)}:${ms(t.dur).toFixed(1)}`)
          .join(' '),
      });
    }
} finally {
  await browser.close();
  server.close();
}
const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const f = (x) => (typeof x === 'number' ? x.toFixed(1) : x);
for (const [b, rows] of Object.entries(results)) {
  if (process.env.VERBOSE)
    for (const r of rows)
      console.log(
        b,
        JSON.stringify(r, (k, v) => (typeof v === 'number' ? +v.toFixed(1) : v)),
      );
  const keys = ['inPage', 'painted', 'paintedCpu', 'longest', 'longestCpu', 'total', 'totalCpu', 'ltMax'];
  console.log(
    `${rate}x ${width} ${b}: ` +
      keys
        .map(
          (k) =>
            `${k} ${f(med(rows.map((r) => r[k])))} [${f(Math.min(...rows.map((r) => r[k])))}-${f(Math.max(...rows.map((r) => r[k])))}]`,
        )
        .join(', ') +
      `; long tasks ${rows.map((r) => r.lt).join('/')}; focused ${[...new Set(rows.map((r) => r.focused + '@' + r.top))]} nodes ${rows[0].nodes}`,
  );
}
