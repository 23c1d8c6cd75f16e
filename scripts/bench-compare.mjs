#!/usr/bin/env node
// Benchmark: in the browser, how long the Compare view takes to load (module, data, model,
// moved-text index) and to open each article pair (diff + render), with and without CPU
// slowdown. Serves the existing dist/ (run `trunk build --release` first). Prints figures;
// never fails on timing. The native counterpart is `cargo run --release --example bench_compare`.
//
//   node scripts/bench-compare.mjs [--cpu-slowdown 1,4] [--dir dist]
import { parseArgs } from 'node:util';
import { launch, newPage, startServer, waitForWidget } from '../tests/e2e/harness.mjs';

const { values } = parseArgs({
  options: {
    'cpu-slowdown': { type: 'string', default: '1,4' },
    dir: { type: 'string', default: 'dist' },
  },
});
const rates = values['cpu-slowdown'].split(',').map(Number).filter((n) => n >= 1);
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, median: q(0.5), p90: q(0.9), max: s[s.length - 1] };
};
const fmt = (x) => x.toFixed(1).padStart(8);

const server = await startServer(values.dir);
const browser = await launch();
const rows = [];
try {
  for (const rate of rates) {
    const page = await newPage(browser, { width: 1280, height: 900, url: `${server.url}#lang=ru` });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await waitForWidget(page);
    const t0 = Date.now();
    await page.click('.qe-header .qe-seg:nth-child(3)');
    await page.waitForSelector('.qe-article-btn[data-pair]', { timeout: 60_000 });
    const load = Date.now() - t0;
    // Open every pair in turn: click, wait until its texts are in the DOM (the state goes
    // up to the app and back down to the module), then for the next frame to be painted.
    const times = await page.evaluate(async () => {
      const ids = [...document.querySelectorAll('.qe-article-btn[data-pair]')].map((b) => b.dataset.pair);
      const open = (id) =>
        document.querySelector(`.qe-article-btn[data-pair="${id}"][aria-current="true"]`) &&
        document.querySelector(`.qe-pair h3[id="qe-pair-${id}"]`);
      const out = [];
      for (const id of ids) {
        const t = performance.now();
        document.querySelector(`.qe-article-btn[data-pair="${id}"]`).click();
        while (!open(id)) {
          if (performance.now() - t > 5000) throw new Error(`pair ${id} did not open`);
          await new Promise((r) => setTimeout(r, 0));
        }
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        out.push(performance.now() - t);
      }
      return out;
    });
    rows.push({ rate, load, ...stats(times) });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log('\nCompare view in Chromium (Russian texts, all pairs opened one by one)');
console.log('cpu   open view ms  pairs  open pair: median ms   p90 ms   max ms');
for (const r of rows) {
  console.log(`x${r.rate}  ${String(r.load).padStart(12)}  ${String(r.n).padStart(5)}  ${fmt(r.median)}${' '.repeat(13)}${fmt(r.p90)} ${fmt(r.max)}`);
}
