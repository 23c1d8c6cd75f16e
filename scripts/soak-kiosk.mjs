#!/usr/bin/env node
// Soak benchmark for kiosk mode (not a test): drives thousands of random taps with idle resets
// and attract loops in between on the built kiosk page in headless Chromium, and prints the JS
// heap, DOM nodes and event listeners at the start, along the way and at the end, each after a
// forced garbage collection. Growth that keeps climbing means a leak.
//
//   node scripts/soak-kiosk.mjs [--interactions 10000] [--reset-every 250] [--dist dist]
//
// Time runs on Playwright's fake clock, so each idle reset (idle + countdown + loop steps)
// takes no real time.
import { parseArgs } from 'node:util';
import { startServer, launch, newPage } from '../tests/e2e/harness.mjs';

const { values: args } = parseArgs({
  options: {
    interactions: { type: 'string', default: '10000' },
    'reset-every': { type: 'string', default: '250' },
    dist: { type: 'string', default: 'dist' },
    seed: { type: 'string', default: '1' },
  },
});
const total = Number(args.interactions);
const resetEvery = Number(args['reset-every']);

const server = await startServer(args.dist);
const browser = await launch();
const page = await newPage(browser, { width: 1920, height: 1080, hasTouch: true });
await page.clock.install();
await page.goto(`${server.url}kiosk.html?lang=ru&idle=10${process.env.SOAK_QUERY || ""}`);
// Kiosk mode takes input once its on-demand module has attached its listeners.
await page.locator('[data-qe-kiosk-ready="true"]').waitFor({ timeout: 30_000 });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');

// Every sample is taken in the same state: the first screen of the attract loop, just after a
// reset (a touch wakes the kiosk, then it idles through the countdown).
async function sample(label, done) {
  await page.evaluate(() =>
    document
      .querySelector('.qazaq-explainer')
      .shadowRoot.querySelector('.qe-kiosk-overlay')
      ?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true })),
  );
  await page.clock.runFor(21_000);
  await page.locator('.qe-kiosk-poster').waitFor();
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const wasm = await page.evaluate(() => window[Symbol.for('qazaq-explainer')]?.wasm?.memory?.buffer.byteLength ?? 0);
  const row = {
    label,
    interactions: done,
    heapMB: (m.JSHeapUsedSize / 1e6).toFixed(2),
    wasmMB: (wasm / 1e6).toFixed(2),
    nodes: m.Nodes,
    listeners: m.JSEventListeners,
    documents: m.Documents,
  };
  console.log(
    `${row.label.padEnd(8)} ${String(row.interactions).padStart(6)}  JS heap ${row.heapMB.padStart(6)} MB` +
      `  wasm memory ${row.wasmMB.padStart(6)} MB` +
      `  DOM nodes ${String(row.nodes).padStart(6)}  listeners ${String(row.listeners).padStart(5)}` +
      `  documents ${row.documents}`,
  );
  return row;
}

// One batch of random taps inside the page: units, metric chips, tabs, languages, article
// pairs, kind filters, the close button; a deterministic generator so runs can be compared.
async function taps(n, seed) {
  return page.evaluate(
    async ([n, seed]) => {
      let s = seed >>> 0;
      const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
      const root = document.querySelector('.qazaq-explainer').shadowRoot;
      const pick = () => {
        const all = root.querySelectorAll(
          'svg [data-id], .qe-chip, .qe-seg, .qe-close, .qe-article-btn, .qe-kiosk-overlay, .qe-kiosk-poster',
        );
        return all[Math.floor(rnd() * all.length)];
      };
      for (let i = 0; i < n; i++) {
        const el = pick();
        if (!el) continue;
        const opts = { bubbles: true, composed: true, cancelable: true, pointerType: 'touch', isPrimary: true };
        el.dispatchEvent(new PointerEvent('pointerdown', opts));
        el.dispatchEvent(new PointerEvent('pointerup', opts));
        el.dispatchEvent(new MouseEvent('click', opts));
        await new Promise((r) => setTimeout(r, 0));
      }
    },
    [n, seed],
  );
}

console.log(`kiosk soak: ${total} random taps, an idle reset and attract loop every ${resetEvery}`);
// Warm-up, not counted: every view once (the comparison loads its module on first use).
for (const tab of [2, 1, 0]) {
  await page.locator('.qe-seg').nth(tab).click();
  if (tab === 2) await page.locator('.qe-article-btn').first().waitFor({ timeout: 30_000 });
}
await taps(100, 0);
const start = await sample('start', 0);
let done = 0;
let resets = 0;
const t0 = Date.now();
while (done < total) {
  const n = Math.min(resetEvery, total - done);
  for (let k = 0; k < n; k += 50) await taps(Math.min(50, n - k), Number(args.seed) + done + k);
  done += n;
  // Idle through "Still there?" into the loop, a few steps of it, then a touch stops it.
  await page.clock.runFor(21_000 + 7_000 * (1 + (resets % 5)));
  resets += 1;
  if (done % (total / 5) < resetEvery || done === total) await sample('', done);
}
const end = await sample('end', done);
console.log(
  `\n${done} taps and ${resets} idle resets in ${((Date.now() - t0) / 1000).toFixed(0)} s; ` +
    `JS heap ${start.heapMB} → ${end.heapMB} MB, wasm memory ${start.wasmMB} → ${end.wasmMB} MB, ` +
    `DOM nodes ${start.nodes} → ${end.nodes}, ` +
    `listeners ${start.listeners} → ${end.listeners}`,
);
await browser.close();
await server.close();
