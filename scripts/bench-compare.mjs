#!/usr/bin/env node
// Benchmark: in the browser, how long the Compare view takes to load (module, data, model,
// moved-text index) and to open each article pair (diff + render), with and without CPU
// slowdown. Serves the existing dist/ (run `trunk build --release` first). Prints figures;
// never fails on timing. The native counterpart is `cargo run --release --example bench_compare`
// (and scripts/bench-compare-wasm.mjs runs that same example's pure work as wasm in the page).
//
//   node scripts/bench-compare.mjs [--cpu-slowdown 1,4] [--dir dist] [--lang ru] [--json out.json]
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { cpuRates, launch, newPage, startServer, waitForWidget } from '../tests/e2e/harness.mjs';

const { values } = parseArgs({
  options: {
    'cpu-slowdown': { type: 'string', default: '1,4' },
    dir: { type: 'string', default: 'dist' },
    lang: { type: 'string', default: 'ru' },
    json: { type: 'string' },
  },
});
const rates = cpuRates(values['cpu-slowdown']);
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, median: q(0.5), p90: q(0.9), max: s[s.length - 1], total: s.reduce((a, b) => a + b, 0) };
};
const fmt = (x) => x.toFixed(1).padStart(8);

const server = await startServer(values.dir);
const browser = await launch();
const rows = [];
try {
  for (const rate of rates) {
    const page = await newPage(browser, { width: 1280, height: 900, url: `${server.url}#lang=${values.lang}` });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await waitForWidget(page, { timeout: 20_000 * rate });
    // Open the view (the module, the index and this language's texts are fetched now), in the
    // page: from the click to the list drawn and the next frame.
    const load = await page.evaluate(async () => {
      const t = performance.now();
      document.querySelector('.qe-header .qe-seg:nth-child(3)').click();
      while (!document.querySelector('.qe-article-btn[data-pair]')) {
        if (performance.now() - t > 60_000) throw new Error('the Compare view did not open');
        await new Promise((r) => setTimeout(r, 0));
      }
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t;
    });
    // Open every pair in turn: click, wait until its texts are in the DOM (the state goes
    // up to the app and back down to the module), then for the next frame to be painted.
    const times = await page.evaluate(async () => {
      const ids = [...document.querySelectorAll('.qe-article-btn[data-pair]')].map((b) => b.dataset.pair);
      const open = (id) =>
        document.querySelector(`.qe-article-btn[data-pair="${id}"][aria-current="true"]`) &&
        document.querySelector(`.qe-pair [id="qe-pair-${id}"]`);
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
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`\nCompare view in Chromium (lang ${values.lang}, all pairs opened one by one: diff + render + next frame)`);
console.log('cpu   open view ms  pairs  open pair: median ms   p90 ms   max ms   all pairs ms');
for (const r of rows) {
  console.log(
    `x${r.rate}  ${r.load.toFixed(0).padStart(12)}  ${String(r.n).padStart(5)}  ${fmt(r.median)}${' '.repeat(13)}${fmt(r.p90)} ${fmt(r.max)} ${r.total.toFixed(0).padStart(14)}`,
  );
}
if (values.json) await writeFile(values.json, JSON.stringify({ lang: values.lang, results: rows }, null, 2));
