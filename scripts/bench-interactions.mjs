#!/usr/bin/env node
// Benchmark: interaction latency on the demo page, measured in the page with the Performance
// API, at each CPU slowdown. Serves the existing dist/ (run `trunk build --release` first).
// Prints median and worst per interaction; never fails on timing.
//
//   node scripts/bench-interactions.mjs [--reps 20] [--cpu-slowdown 1,4] [--dir dist] [--json out.json]
//                                       [--parts map,compare,phone]   (a subset, to try a change)
//
// Each interaction is real input from playwright (mouse or keyboard through CDP, so :hover,
// focus and event order are the browser's own). For each repetition the page is armed first;
// a capture-phase listener then takes the timestamp of the interaction's input event
// (event.timeStamp: pointermove for hover, click for clicks, keydown or text input for keys) as
// performance.mark('qe:bench:<kind>:start'); a MutationObserver waits until the DOM shows the
// result, then one requestAnimationFrame and one task later (the frame with the change has
// been produced) performance.measure('qe:bench:<kind>') ends. One frame at 60 Hz = 16.7 ms.
// The Event Timing API's worst duration for the same input events (rounded to 8 ms, only
// reported by the browser from 16 ms up) is printed beside it as a cross-check.
//
// Interactions (one warm-up each, not counted):
//   hover   pointer onto a map unit (cycling through all 20) -> its outline and tooltip show
//   metric  click a metric chip (cycling) -> chip checked, legend retitled
//   pair    Compare view (Russian), click an article in the list (spread over the whole
//           list) -> the pair's heading and texts are shown
//   search  Compare view, type one letter into the empty search box -> the list is filtered
//   search-clear  Backspace back to the empty box -> the full list is back (not in the issue's
//           list, printed for completeness)
//   region  click a map unit (cycling through all 20, from none open) -> it is pressed and its
//           panel is open, headed by its name
//   back    Compare view at phone width (412 px, where "Back to the list" shows), an open pair,
//           click Back -> the list alone
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { cpuRates, launch, newPage, startServer, waitForWidget } from '../tests/e2e/harness.mjs';

const { values } = parseArgs({
  options: {
    reps: { type: 'string', default: '20' },
    'cpu-slowdown': { type: 'string', default: '1,4' },
    dir: { type: 'string', default: 'dist' },
    json: { type: 'string' },
    parts: { type: 'string', default: 'map,compare,phone' },
  },
});
const parts = new Set(values.parts.split(',').map((s) => s.trim()));
const reps = Math.max(1, Number.parseInt(values.reps, 10) || 20);
const rates = cpuRates(values['cpu-slowdown']);
const FRAME_MS = 1000 / 60;
const LETTERS = [...'пскнтаоервдмзгбуилчя'];

// Installed in the page: arm(kind, arg) before the input, then wait() for the measurement.
function installProbe() {
  if (window.__qeBench) return;
  const q = (s) => document.querySelector(s);
  const done = {
    // The hovered unit's outline and a tooltip other than before (data-for, where the build
    // sets it, names the unit).
    hover: (id, before) => {
      const outline = q('.qe-outline.is-hover');
      const tip = q('.qe-tooltip');
      if (!outline || !tip || tip.textContent === before) return false;
      const f = outline.getAttribute('data-for');
      return f == null || f === id;
    },
    metric: (id) => {
      const chip = q(`.qe-chip[data-metric="${id}"][aria-checked="true"]`);
      const title = q('.qe-legend-title');
      // A timed metric's title goes on with the time shown ("…, as of 20:00").
      return chip && title && title.textContent.trim().startsWith(chip.textContent.trim());
    },
    pair: (id) => q(`.qe-article-btn[data-pair="${id}"][aria-current="true"]`) && q(`.qe-pair [id="qe-pair-${id}"]`),
    // The status says how many hits, and the list shows hit counts (or is empty).
    search: () => q('.qe-search-status')?.textContent.trim() && (q('.qe-article-hits') || q('.qe-articles .qe-empty')),
    'search-clear': () => !q('.qe-article-hits') && !q('.qe-search-status')?.textContent.trim(),
    region: (id) => {
      const unit = q(`.qe-map svg [data-id="${id}"][aria-pressed="true"]`);
      const heading = q('.qe-detail:not(.is-empty) .qe-detail-head [id]');
      return unit && heading && unit.getAttribute('aria-label')?.includes(heading.textContent.trim());
    },
    back: () => !q('.qe-pair') && q('.qe-article-btn[data-pair]'),
  };
  // The first of these events after arming starts the clock. Playwright types letters outside
  // the US layout as text input (no keydown), hence beforeinput.
  const keys = ['keydown', 'beforeinput', 'input'];
  const inputType = {
    hover: ['pointermove'],
    metric: ['click'],
    pair: ['click'],
    search: keys,
    'search-clear': keys,
    region: ['click'],
    back: ['click'],
  };
  const events = [];
  try {
    new PerformanceObserver((list) => events.push(...list.getEntries())).observe({
      type: 'event',
      durationThreshold: 16,
      buffered: false,
    });
  } catch {
    // No Event Timing: the cross-check column stays empty.
  }
  let armed = null;
  const nextFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve();
        ch.port2.postMessage(0);
      }),
    );
  const check = () => {
    const a = armed;
    if (!a || a.start == null || a.finishing || !done[a.kind](a.arg, a.before)) return;
    a.finishing = true;
    nextFrame().then(() => {
      const end = performance.now();
      const m = performance.measure(`qe:bench:${a.kind}`, { start: a.start, end });
      a.resolve(m.duration);
    });
  };
  const onInput = (e) => {
    const a = armed;
    if (a && a.start == null && inputType[a.kind].includes(e.type)) {
      a.start = e.timeStamp;
      performance.mark(`qe:bench:${a.kind}:start`, { startTime: a.start });
      // The change may come in this same task; the observer sees it either way.
      queueMicrotask(check);
    }
  };
  for (const t of new Set(Object.values(inputType).flat())) addEventListener(t, onInput, { capture: true });
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  window.__qeBench = {
    arm(kind, arg) {
      const before = q('.qe-tooltip')?.textContent ?? null;
      if (done[kind](arg, before)) throw new Error(`${kind} ${arg ?? ''}: already in the final state before the input`);
      let resolve;
      const promise = new Promise((r) => (resolve = r));
      armed = { kind, arg, before, start: null, finishing: false, resolve, promise };
      events.length = 0;
    },
    async wait(timeoutMs) {
      const a = armed;
      const timeout = new Promise((r) => setTimeout(() => r(null), timeoutMs));
      const ms = await Promise.race([a.promise, timeout]);
      armed = null;
      // Event Timing entries of this input (reported after the frame is presented).
      await new Promise((r) => setTimeout(r, 50));
      const mine = events.filter((e) => a.start != null && e.startTime >= a.start - 1);
      const et = mine.length ? Math.max(...mine.map((e) => e.duration)) : null;
      return { ms, started: a.start != null, eventTiming: et };
    },
  };
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return { n: 0, median: null, max: null };
  const m = Math.floor(s.length / 2);
  return { n: s.length, median: s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2, max: s[s.length - 1] };
};

async function measure(page, kind, arg, act, timeoutMs) {
  await page.evaluate(([k, a]) => window.__qeBench.arm(k, a), [kind, arg]);
  await act();
  return page.evaluate((t) => window.__qeBench.wait(t), timeoutMs);
}

async function openPage(browser, url, rate, viewport = { width: 1280, height: 900 }) {
  const page = await newPage(browser, viewport);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(url);
  await waitForWidget(page, { timeout: 20_000 * rate });
  await page.evaluate(installProbe);
  return page;
}

/** A point inside each map unit that hits that unit (not a neighbour or a city marker). */
async function unitPoints(page) {
  return page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('.qe-map svg [data-id]')) {
      const id = el.dataset.id;
      const r = el.getBoundingClientRect();
      const hits = (x, y) => document.elementFromPoint(x, y)?.closest('[data-id]') === el;
      let found = null;
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      if (hits(cx, cy)) found = [cx, cy];
      for (let n = 4; !found && n <= 16; n *= 2) {
        for (let i = 1; !found && i < n; i++) {
          for (let j = 1; !found && j < n; j++) {
            const x = r.left + (r.width * i) / n;
            const y = r.top + (r.height * j) / n;
            if (hits(x, y)) found = [x, y];
          }
        }
      }
      if (found) out.push({ id, x: found[0], y: found[1] });
    }
    return out;
  });
}

async function run(browser, base, rate, results) {
  const timeout = 5_000 * rate;
  const record = (kind, r) => {
    let entry = results.find((e) => e.kind === kind && e.rate === rate);
    if (!entry) results.push((entry = { kind, rate, samples: [], eventTiming: [], failures: 0 }));
    if (r.ms == null) entry.failures += 1;
    else entry.samples.push(r.ms);
    if (r.eventTiming != null) entry.eventTiming.push(r.eventTiming);
  };

  let page;
  // Map: hover and metric switch.
  if (parts.has('map')) page = await openPage(browser, base, rate);
  if (page) try {
    await page.evaluate(() => document.querySelector('.qe-map').scrollIntoView({ block: 'center' }));
    const points = await unitPoints(page);
    if (points.length < 2) throw new Error(`only ${points.length} map unit(s) could be hovered`);
    // Start off the map, so the first hover is a change.
    await page.mouse.move(2, 2);
    for (let i = 0; i <= reps; i++) {
      const p = points[i % points.length];
      const r = await measure(page, 'hover', p.id, () => page.mouse.move(p.x, p.y), timeout);
      if (i > 0) record('hover', r);
    }
    await page.mouse.move(2, 2);
    const metrics = await page.$$eval('button.qe-chip[data-metric]', (bs) => bs.map((b) => b.dataset.metric));
    const current = await page.$eval('button.qe-chip[aria-checked="true"]', (b) => b.dataset.metric);
    const order = [...metrics.filter((m) => m !== current), current];
    for (let i = 0; i <= reps; i++) {
      const m = order[i % order.length];
      const r = await measure(page, 'metric', m, () => page.click(`button.qe-chip[data-metric="${m}"]`), timeout);
      if (i > 0) record('metric', r);
    }
    // Back to the starting metric (a timed one adds its time control above the map, which
    // moves the units), then open a unit from none open: each one is closed again with
    // Escape, not timed.
    await page.click(`button.qe-chip[data-metric="${current}"]`);
    await page.waitForSelector(`.qe-chip[data-metric="${current}"][aria-checked="true"]`, { timeout });
    await page.waitForFunction(() => !document.querySelector('.qe-time'), null, { timeout });
    const targets = await unitPoints(page);
    for (let i = 0; i <= reps; i++) {
      const p = targets[i % targets.length];
      const r = await measure(page, 'region', p.id, () => page.mouse.click(p.x, p.y), timeout);
      if (i > 0) record('region', r);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('.qe-detail:not(.is-empty)'), null, { timeout });
    }
  } finally {
    await page.context().close();
  }

  // Compare view: open article pairs, search keystrokes.
  page = parts.has('compare') && (await openPage(browser, `${base}#view=compare&lang=ru`, rate));
  if (page) try {
    await page.waitForSelector('.qe-article-btn[data-pair]', { timeout: 60_000 });
    const ids = await page.$$eval('.qe-article-btn[data-pair]', (bs) => bs.map((b) => b.dataset.pair));
    const picks = Array.from({ length: reps + 1 }, (_, i) => ids[Math.floor((i * ids.length) / (reps + 1))]);
    for (let i = 0; i < picks.length; i++) {
      const id = picks[i];
      if (i > 0 && id === picks[i - 1]) continue;
      const r = await measure(page, 'pair', id, () => page.click(`.qe-article-btn[data-pair="${id}"]`), timeout);
      if (i > 0) record('pair', r);
    }
    // Search: from a closed pair (the list alone), so the measurement is the search and list.
    await page.evaluate(() => (location.hash = '#view=compare&lang=ru'));
    await page.waitForFunction(() => !document.querySelector('.qe-pair'), null, { timeout });
    await page.click('.qe-compare input[type=search]');
    for (let i = 0; i <= reps; i++) {
      const ch = LETTERS[i % LETTERS.length];
      const r = await measure(page, 'search', null, () => page.keyboard.type(ch), timeout);
      if (i > 0) record('search', r);
      const c = await measure(page, 'search-clear', null, () => page.keyboard.press('Backspace'), timeout);
      if (i > 0) record('search-clear', c);
    }
  } finally {
    await page.context().close();
  }

  // Back to the list from a pair, at phone width, where the button shows.
  page = parts.has('phone') && (await openPage(browser, `${base}#view=compare&lang=ru`, rate, { width: 412, height: 823 }));
  if (page) try {
    await page.waitForSelector('.qe-article-btn[data-pair]', { timeout: 60_000 });
    const ids = await page.$$eval('.qe-article-btn[data-pair]', (bs) => bs.map((b) => b.dataset.pair));
    for (let i = 0; i <= reps; i++) {
      const id = ids[Math.floor((i * ids.length) / (reps + 1))];
      await page.click(`.qe-article-btn[data-pair="${id}"]`);
      await page.waitForSelector('.qe-pair .qe-back', { timeout });
      const r = await measure(page, 'back', null, () => page.click('.qe-pair .qe-back'), timeout);
      if (i > 0) record('back', r);
    }
  } finally {
    await page.context().close();
  }
}

const LABELS = {
  hover: 'hover a map unit -> outline + tooltip',
  metric: 'switch metric -> map + legend',
  pair: 'open an article pair (Compare, ru)',
  search: 'search keystroke (1 letter, list filtered)',
  'search-clear': 'search Backspace (full list back)',
  region: 'open a region (click a unit -> its panel)',
  back: 'Back from a pair to the list (phone)',
};

const server = await startServer(values.dir);
const browser = await launch();
const results = [];
const errors = [];
try {
  for (const rate of rates) {
    try {
      await run(browser, server.url, rate, results);
    } catch (err) {
      errors.push(`x${rate}: ${String(err.message || err).split('\n')[0]}`);
      process.stderr.write(`  interactions x${rate}: FAILED (${errors.at(-1)})\n`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const out = results.map((e) => {
  const s = stats(e.samples);
  const et = e.eventTiming.length ? Math.max(...e.eventTiming) : null;
  const within = e.samples.filter((x) => x <= FRAME_MS).length;
  // The issue's target: one frame at 1x, two on a CPU slowed down.
  const withinTarget = e.samples.filter((x) => x <= FRAME_MS * (e.rate > 1 ? 2 : 1)).length;
  return { ...e, label: LABELS[e.kind], ...s, withinFrame: within, withinTarget, eventTimingMax: et };
});
console.log(`\ninteraction latency on the demo page (input event -> DOM updated -> next frame), ${reps} reps each;`);
console.log('target: one frame (16.7 ms) at 1x, two (33.3 ms) at a CPU slowdown');
const header = `${'interaction'.padEnd(44)} ${'cpu'.padEnd(4)} ${'median ms'.padStart(10)} ${'worst ms'.padStart(9)} ${'<=16.7ms'.padStart(9)} ${'<=target'.padStart(9)} ${'EventTiming max'.padStart(16)}`;
console.log(header);
console.log('-'.repeat(header.length));
for (const r of out) {
  const f = (x) => (x == null ? '-' : x.toFixed(1));
  console.log(
    `${r.label.padEnd(44)} ${`x${r.rate}`.padEnd(4)} ${f(r.median).padStart(10)} ${f(r.max).padStart(9)} ${`${r.withinFrame}/${r.n + r.failures}`.padStart(9)} ${`${r.withinTarget}/${r.n + r.failures}`.padStart(9)} ${(r.eventTimingMax == null ? '<16' : `${r.eventTimingMax}`).padStart(16)}`,
  );
}
if (errors.length) console.log(`\nfailed: ${errors.join('; ')}`);
if (values.json) await writeFile(values.json, JSON.stringify({ reps, frameMs: FRAME_MS, results: out, errors }, null, 2));
process.exit(0);
