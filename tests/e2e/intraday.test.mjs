// Referendum day on the map: the intraday turnout metric, its time control (radios and Play,
// from the on-demand day module),
// the time and "not final" on every label, "not reported" at 20:00, the URL state, reduced
// motion, on the demo page and inside a script embed's shadow root on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { launch, newPage, screenshot, startServer, waitForWidget, assertNoPageErrors } from './harness.mjs';

const METRIC = 'turnout_intraday';
const TIMES = ['10:00', '12:00', '16:00', '18:00', '20:00'];
// Mangystau, Pavlodar, North Kazakhstan and Ulytau have no 20:00 figure in the sources.
const MISSING_AT_20 = ['KZ-47', 'KZ-55', 'KZ-59', 'KZ-62'];

let bundle;
let host;
let browser;

before(async () => {
  bundle = await startServer();
  browser = await launch();
  // A news site on another port that embeds the widget with one script tag.
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Referendum day</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"></head>
<body style="margin:0 8px"><h1>Referendum day</h1>
<script src="${bundle.url}embed.js" data-view="map" data-lang="en" data-metric="${METRIC}"></script>
</body></html>`);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  host = {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((r) => (server.closeAllConnections(), server.close(r))),
  };
});

after(async () => {
  await browser?.close();
  await bundle?.close();
  await host?.close();
});

/** The time radio that is checked, inside `scope` (a page or an embed's host element). */
const checkedTime = (scope) => scope.locator('.qe-time [role="radio"][aria-checked="true"]').getAttribute('data-time');

/** Ids of the units whose accessible name says "not reported". */
async function notReported(scope) {
  const units = scope.locator('.qe-map [role="button"][data-id]');
  const out = [];
  for (const el of await units.all()) {
    if (/not reported/.test(await el.getAttribute('aria-label'))) out.push(await el.getAttribute('data-id'));
  }
  return out.sort();
}

/** The state at `time`: its radio checked, four units not reported at 20:00, every label timed. */
async function assertAt(scope, time) {
  // The module answers a time with the pack as of it; the widget draws that a render later.
  await scope.locator('.qe-legend-title').filter({ hasText: `as of ${time}` }).waitFor();
  assert.equal(await checkedTime(scope), time);
  const legend = await scope.locator('.qe-legend-title').innerText();
  assert.match(legend, new RegExp(`not final.*as of ${time}`), legend);
  const summary = await scope.locator('.qe-summary').innerText();
  assert.match(summary, new RegExp(time), summary);
  const map = await scope.locator('.qe-map svg').getAttribute('aria-label');
  assert.match(map, new RegExp(`Intraday turnout.*not final.*${time}`), map);
  assert.doesNotMatch(`${legend} ${summary} ${map}`, /73\.12/, 'never the final result');
  const missing = await notReported(scope);
  assert.deepEqual(missing, time === '20:00' ? MISSING_AT_20 : []);
  // Hatched, and counted on the map.
  for (const id of missing) {
    assert.match(await scope.locator(`path[data-id="${id}"]`).getAttribute('class'), /qe-nr/);
  }
  if (missing.length) {
    assert.match(await scope.locator('.qe-map-note').textContent(), /4/);
    assert.match(await scope.locator('.qe-legend').innerText(), /Not reported\s*\(4\)/);
  }
}

test('demo page: choose the metric, step to 20:00, labels and the URL say the time', async () => {
  const page = await newPage(browser, { width: 1280, height: 900 });
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${bundle.url}#lang=en`);
  await waitForWidget(page);
  // The map still opens with the coalition metric, and no time control: the first view
  // fetches none of referendum day.
  assert.equal(await page.locator('button.qe-chip[aria-checked="true"]').getAttribute('data-metric'), 'members');
  assert.equal(await page.locator('.qe-time').count(), 0);
  assert.deepEqual(requested.filter((p) => p.startsWith('/day/')), []);
  await page.locator(`button.qe-chip[data-metric="${METRIC}"]`).click();
  await page.locator('.qe-time').waitFor();
  assert.ok(requested.includes('/day/qazaq-day_bg.wasm'), requested.join('\n'));
  assert.deepEqual(await page.locator('.qe-time [role="radio"]').evaluateAll((b) => b.map((x) => x.dataset.time)), TIMES);
  await assertAt(page, '20:00');
  // Keyboard: the radios move with the arrow keys.
  await page.locator('.qe-time [role="radio"][aria-checked="true"]').focus();
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => document.activeElement?.dataset.time === '18:00');
  await assertAt(page, '18:00');
  assert.match(await page.locator('.qe-time-national').innerText(), /Nationwide as of 18:00: 70\.98%.*not final/);
  await page.locator('.qe-time [data-time="20:00"]').click();
  await assertAt(page, '20:00');
  assert.match(await page.locator('.qe-time-national').innerText(), /as of 20:30: 73\.24%/);
  await page.waitForFunction(() => location.hash.includes('time=20%3A00'));
  assert.match(await page.evaluate(() => location.hash), new RegExp(`metric=${METRIC}`));
  // The panel says the time and "not final" too.
  await page.locator('path[data-id="KZ-43"]').click({ force: true });
  const panel = page.locator('aside.qe-detail:not(.is-empty) .qe-fig.is-lead');
  assert.match(await panel.innerText(), /not final, as of 20:00[\s\S]*93\.04%/);
  await screenshot(page, 'intraday-demo-1280');
  assertNoPageErrors(page);
  await page.context().close();
});

/**
 * Opens the demo page at `hash` in a new document. A hash-only goto would be a same-document
 * navigation, raced by the live widget: its day module answers a moment after the widget is
 * ready and the widget then writes its own time into the hash (replaceState), over the hash
 * the test just set, so a hashchange and a reload could read the widget's hash instead.
 */
async function load(page, hash) {
  await page.goto('about:blank');
  await page.goto(`${bundle.url}${hash}`);
  await waitForWidget(page);
}

test('demo page: the URL state round-trips and a bad time falls back with a warning', async () => {
  const page = await newPage(browser, { width: 390, height: 844 });
  await page.goto(`${bundle.url}#metric=${METRIC}&time=12:00&lang=en`);
  await waitForWidget(page);
  await assertAt(page, '12:00');
  await page.reload();
  await waitForWidget(page);
  await assertAt(page, '12:00');
  await page.locator('.qe-time [data-time="20:00"]').click();
  await assertAt(page, '20:00');
  await screenshot(page, 'intraday-demo-390');
  // Nothing widens the page on a phone: the nationwide cards' times wrap, in Kazakh too.
  for (const lang of ['kk', 'en']) {
    await load(page, `#metric=${METRIC}&lang=${lang}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `${lang}: the page is ${width} px wide`);
  }
  await load(page, `#metric=${METRIC}&time=07:00&lang=en`);
  await assertAt(page, '20:00');
  assert.ok(page.qeWarnings.some((w) => /time: unknown time "07:00"/.test(w)), page.qeWarnings.join('\n'));
  // Mangystau's preliminary result, with its standing and source, never called final.
  await load(page, `#metric=${METRIC}&time=18:00&region=KZ-47&lang=en`);
  const result = page.locator('aside.qe-detail:not(.is-empty)');
  await result.filter({ hasText: 'Preliminary result' }).waitFor();
  const text = await result.innerText();
  assert.match(text, /Preliminary result, 16 March 2026/);
  assert.match(text, /93\.4%[\s\S]*345,554[\s\S]*322,732[\s\S]*9,303[\s\S]*7,844[\s\S]*5,675/);
  assert.match(text, /infohub\.kz/);
  assert.doesNotMatch(text, /Final result/);
  await result.locator('.qe-fig', { hasText: '345,554' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'intraday-mangystau-390');
  assertNoPageErrors(page);
  await page.context().close();
});

test('Play steps through the day on a timer and stops at its end', async () => {
  const page = await newPage(browser, { width: 1280, height: 900 });
  await page.clock.install();
  await page.goto(`${bundle.url}#metric=${METRIC}&time=16:00&lang=en`);
  await waitForWidget(page);
  const play = page.locator('.qe-time .qe-play');
  await play.click();
  assert.equal(await play.getAttribute('aria-pressed'), 'true');
  assert.equal(await play.innerText(), 'Pause');
  await page.clock.runFor(1700);
  await page.locator('.qe-time [data-time="18:00"][aria-checked="true"]').waitFor();
  await page.clock.runFor(1700);
  await page.locator('.qe-time [data-time="20:00"][aria-checked="true"]').waitFor();
  await assertAt(page, '20:00');
  await page.clock.runFor(1700);
  await page.locator('.qe-time .qe-play[aria-pressed="false"]').waitFor();
  assert.equal(await checkedTime(page), '20:00');
  // From the end of the day, Play starts it again; Pause holds the time.
  await play.click();
  await page.locator('.qe-time [data-time="10:00"][aria-checked="true"]').waitFor();
  await play.click();
  await page.clock.runFor(5000);
  assert.equal(await checkedTime(page), '10:00');
  // Colours fade between the steps without a motion preference.
  const duration = () => page.locator('path.qe-unit[data-id="KZ-43"]').evaluate((e) => getComputedStyle(e).transitionDuration);
  assert.equal(await duration(), '0.6s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  assert.equal(await duration(), '0s');
  // With reduced motion, Play still steps when pressed; the colours change at once.
  await play.click();
  await page.clock.runFor(1700);
  await page.locator('.qe-time [data-time="12:00"][aria-checked="true"]').waitFor();
  assertNoPageErrors(page);
  await page.context().close();
});

test('inside a script embed on a phone: the time control works in the shadow root', async () => {
  const page = await newPage(browser, { width: 390, height: 844, reducedMotion: 'reduce' });
  await page.clock.install();
  await page.goto(host.url);
  const embed = page.locator('.qazaq-explainer');
  await embed.locator('[data-qe-ready="true"]').waitFor({ timeout: 20_000 });
  assert.equal(await embed.locator(`button.qe-chip[data-metric="${METRIC}"]`).getAttribute('aria-checked'), 'true');
  await assertAt(embed, '20:00');
  await embed.locator('.qe-time [data-time="10:00"]').click();
  await assertAt(embed, '10:00');
  await embed.locator('.qe-time .qe-play').click();
  await page.clock.runFor(1700);
  await embed.locator('.qe-time [data-time="12:00"][aria-checked="true"]').waitFor();
  await embed.locator('.qe-time .qe-play').click();
  // The host page's URL is the host's: an embed never writes its hash.
  assert.equal(await page.evaluate(() => location.hash), '');
  const state = await embed.getAttribute('data-qe-state');
  assert.ok(state === null || !/time=/.test(state) || /time=12/.test(state), state);
  await embed.locator('.qe-time').scrollIntoViewIfNeeded();
  await screenshot(page, 'intraday-embed-390');
  // The controls fit the phone's width.
  const overflow = await embed.locator('.qe-time').evaluate((e) => e.scrollWidth - e.clientWidth);
  assert.ok(overflow <= 0, `time control overflows by ${overflow}px`);
  assertNoPageErrors(page);
  await page.context().close();
});

test("a newsroom's pack by URL: referendum day shows that pack's figures, not the built-in ones", async () => {
  const pack = JSON.parse(readFileSync(new URL('../../content/pack.json', import.meta.url), 'utf8'));
  const kyzylorda = pack.regions.find((r) => r.id === 'KZ-43').figures.find((f) => f.metric === METRIC && f.time === '18:00');
  assert.equal(kyzylorda.value, 91.8);
  kyzylorda.value = 90.5;
  const page = await newPage(browser, { width: 1280, height: 900 });
  await page.route('**/newsroom/pack.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(pack) }));
  await page.goto(`${bundle.url}index.html?lang=en&pack=newsroom/pack.json#metric=${METRIC}&time=18:00`);
  await waitForWidget(page);
  await assertAt(page, '18:00');
  await page.waitForFunction(() => /90\.5%/.test(document.querySelector('path[data-id="KZ-43"]')?.getAttribute('aria-label')));
  assert.match(await page.getAttribute('path[data-id="KZ-43"]', 'aria-label'), /not final.*18:00.*90\.5%/);
  assertNoPageErrors(page);
  await page.context().close();
});

test('inside an iframe embed in a 680 px column: the time control steps the map', async () => {
  const page = await newPage(browser, { width: 680, height: 900 });
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head>
<body style="margin:0"><iframe src="${bundle.url}embed.html?lang=en&amp;metric=${METRIC}" title="Referendum day"
  width="100%" height="1400" frameborder="0"></iframe></body></html>`);
  const embed = page.frameLocator('iframe').locator('.qazaq-explainer');
  await embed.locator('[data-qe-ready="true"]').waitFor({ timeout: 20_000 });
  assert.equal(await embed.locator(`button.qe-chip[data-metric="${METRIC}"]`).getAttribute('aria-checked'), 'true');
  await assertAt(embed, '20:00');
  await embed.locator('.qe-time [data-time="16:00"]').click();
  await assertAt(embed, '16:00');
  await embed.locator('.qe-time [role="radio"][aria-checked="true"]').focus();
  await page.keyboard.press('ArrowRight');
  await assertAt(embed, '18:00');
  await screenshot(page, 'intraday-iframe-680');
  assertNoPageErrors(page);
  await page.context().close();
});
