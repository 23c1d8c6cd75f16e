// Hostile networks, host pages and start-up (issue 15): a pack or a bundle file that never
// answers or trickles bytes ends in a message naming it within the deadline, on the demo page
// and in embeds; a missing or corrupt wasm gives the same message on every page; a kiosk
// retries its boot until it comes up; the widget mounts only where it is asked to and never
// writes a host page's hash; a broken IntersectionObserver does not keep it waiting. Time is
// Playwright's clock: no test waits out a deadline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { startServer, launch, newPage, waitForWidget, assertNoPageErrors, REPO_ROOT } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await startServer();
  news = http.createServer((req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(newsPage));
  await new Promise((r) => news.listen(0, '127.0.0.1', r));
  HOST = `http://127.0.0.1:${news.address().port}/news.html`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  news?.closeAllConnections();
  await new Promise((r) => (news ? news.close(r) : r()));
});

// Seconds every fetch may take (src/net.rs, embed/embed.js).
const DEADLINE_MS = 20_000;
// A news site on another origin than the bundle's (another port, a real server: Chromium lets
// only those reach the loopback bundle), serving the page `host` gives it.
let news;
let HOST;
let newsPage = '';
const FAILED_KK = 'Интерактивті түсіндірме жүктелмеді.';

/** Polls a condition of the test process (e.g. a request reaching the server). */
async function until(cond, what, timeout = 10_000) {
  const end = Date.now() + timeout;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const asked = (path) => server.requests.includes(path);

/** A fresh page (no service worker, so that routes see every request), with the clock faked. */
async function open({ init, ...options } = {}) {
  const page = await newPage(browser, { width: 1280, height: 900, serviceWorkers: 'block', ...options });
  if (init) await page.addInitScript(init);
  await page.clock.install();
  return page;
}

/** Makes `body` the host page at HOST (another origin than the bundle's). */
function host(page, body) {
  newsPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`;
}

const state = (page, i = 0) => page.evaluate((i) => document.querySelectorAll('.qazaq-explainer')[i]?.getAttribute('data-qe-state'), i);

for (const [kind, prefix] of [
  ['never answers', '__hang'],
  ['trickles bytes and never finishes', '__trickle'],
]) {
  test(`a pack URL that ${kind}: a message naming it after ${DEADLINE_MS / 1000} s, then the built-in figures (demo page and embed)`, async () => {
    for (const where of ['demo', 'embed']) {
      const path = `/${prefix}/pack-${where}.json`;
      const url = `${server.url}${path.slice(1)}`;
      const page = await open();
      if (where === 'demo') {
        await page.goto(`${server.url}index.html?pack=${encodeURIComponent(url)}`);
      } else {
        host(page, `<p>Before.</p><script src="${server.url}embed.js" data-view="map" data-lang="ru" data-pack="${url}"></script>`);
        await page.goto(HOST);
      }
      await until(() => asked(path), `${path} to be asked for`);
      const notice = page.locator('.qe-error-notice');
      await page.clock.runFor(DEADLINE_MS - 1000);
      assert.equal(await notice.count(), 0, `${where}: no message before the deadline`);
      await page.clock.runFor(1000);
      await notice.waitFor({ timeout: 2000 });
      const expected = where === 'demo' ? `${url} файлы 20 секунд ішінде жүктелмеді.` : `Файл ${url} не загрузился за 20 с.`;
      assert.equal(await notice.innerText(), expected, where);
      await waitForWidget(page);
      assert.ok((await page.locator('svg path[data-id]').count()) >= 17, `${where}: the map is drawn from the built-in pack`);
      assertNoPageErrors(page, [new RegExp(`${prefix}/pack-${where}\\.json did not load within 20 s`)]);
      await page.context().close();
    }
  });
}

test('Compare data and the on-demand module that never answer: a message naming the file, not "Loading…" for ever', async () => {
  for (const file of ['compare/index.json', 'extras/qazaq-extras.js']) {
    const page = await open();
    let seen = false;
    // Never answered.
    await page.route(`**/${file}`, () => {
      seen = true;
    });
    await page.goto(`${server.url}index.html#view=compare&lang=en`);
    await until(() => seen, `${file} to be asked for`);
    await page.clock.runFor(DEADLINE_MS);
    const error = page.locator('.qe-error');
    await error.waitFor({ timeout: 2000 });
    assert.match(await error.innerText(), new RegExp(`${file.replace('.', '\\.')} did not load within 20 s`), file);
    assert.equal(await page.locator('.qe-loading').count(), 0, `${file}: nothing is left loading`);
    assertNoPageErrors(page, [/did not load within 20 s/]);
    await page.context().close();
  }
});

// Issue 15: what a late file says is the reader's, not the English detail under it.
test('a Compare data file that never answers: its message in the reader\'s language (ru, kk), the detail apart', async () => {
  for (const [lang, file, sentence] of [
    ['ru', 'compare/index.json', (url) => `Файл ${url} не загрузился за 20 с.`],
    ['kk', 'compare/texts.kk.json', (url) => `${url} файлы 20 секунд ішінде жүктелмеді.`],
  ]) {
    const page = await open();
    let seen = false;
    await page.route(`**/${file}`, () => {
      seen = true;
    });
    await page.goto(`${server.url}index.html#view=compare&lang=${lang}`);
    await until(() => seen, `${file} to be asked for`);
    await page.clock.runFor(DEADLINE_MS);
    const error = page.locator('.qe-error');
    await error.waitFor({ timeout: 2000 });
    const said = await error.locator('p:not([lang="en"])').allInnerTexts();
    assert.ok(said.includes(sentence(`${server.url}${file}`)), `${lang} ${file}: ${JSON.stringify(said)}`);
    // The English detail stays, marked as English, for whoever reports it.
    assert.match(await error.locator('[lang="en"]').innerText(), /did not load within 20 s/);
    assertNoPageErrors(page, [/did not load within 20 s/]);
    await page.context().close();
  }
});

test('the widget\'s own wasm that never answers: the loader\'s message names it after the deadline', async () => {
  const page = await open();
  let seen = false;
  await page.route('**/qazaq-explainer-*_bg.wasm', () => {
    seen = true;
  });
  host(page, `<script src="${server.url}embed.js" data-view="map" data-lang="en"></script>`);
  await page.goto(HOST);
  await until(() => seen, 'the wasm to be asked for');
  // The glue downloads beside the wasm: once it has loaded (the page's module map holds one
  // copy), only the wasm is late when the clock reaches the deadline.
  const glue = readdirSync(path.join(REPO_ROOT, 'dist')).find((f) => /^qazaq-explainer-[0-9a-f]+\.js$/.test(f));
  await page.evaluate((u) => import(u).then(() => true), server.url + glue);
  await page.clock.runFor(DEADLINE_MS);
  const alert = page.locator('.qe-failed');
  await alert.waitFor({ timeout: 2000 });
  assert.match(await alert.innerText(), /^The interactive explainer could not be loaded\. http:\S+_bg\.wasm did not load within 20 s\.\s+Open it on its own page\.$/);
  assertNoPageErrors(page, [/could not load the widget/]);
  await page.context().close();
});

// When the widget's wasm fails, page times of the failure (its response, or the loader asking
// for it if a preload had it already) and of the message.
const timeFailure = () => {
  window.__failedAt = null;
  const fetch = window.fetch;
  window.fetch = (...args) => {
    if (String(args[0]).endsWith('_bg.wasm')) window.__askedAt = performance.now();
    return fetch(...args);
  };
  new MutationObserver(() => {
    if (window.__failedAt == null && document.querySelector('[data-qe-state="failed"]')) window.__failedAt = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-qe-state'] });
};

test('a missing or corrupt wasm: the same clear message on the demo, iframe and kiosk pages within 200 ms, nothing uncaught', async () => {
  const results = [];
  for (const [fault, reply] of [
    ['missing', { status: 404, contentType: 'text/plain', body: 'not found' }],
    ['corrupt', { status: 200, contentType: 'application/wasm', body: Buffer.from('this is not a wasm module') }],
  ]) {
    for (const file of ['index.html', 'embed.html', 'kiosk.html']) {
      const page = await newPage(browser, { width: 1280, height: 900, serviceWorkers: 'block' });
      await page.addInitScript(timeFailure);
      await page.route('**/qazaq-explainer-*_bg.wasm', (r) => r.fulfill(reply));
      await page.goto(`${server.url}${file}`);
      const alert = page.locator('.qe-failed');
      await alert.waitFor({ timeout: 10_000 });
      const text = await alert.innerText();
      const late = await page.evaluate(() => {
        const ends = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('_bg.wasm')).map((e) => e.responseEnd);
        return window.__failedAt - Math.max(window.__askedAt, ...ends);
      });
      results.push(`${file} ${fault}: ${JSON.stringify(text)} ${Math.round(late)} ms after the wasm's response`);
      assert.ok(text.startsWith(FAILED_KK), `${file} ${fault}: ${text}`);
      assert.ok(late < 200, `${file} ${fault}: the message came ${late} ms after the failure`);
      // A kiosk has no link to follow; the others point to the standalone page.
      assert.equal(await alert.locator('a').count(), file === 'kiosk.html' ? 0 : 1, `${file} ${fault}: links`);
      assertNoPageErrors(page, [/could not load the widget/], [/Failed to load resource/]);
      await page.context().close();
    }
  }
  console.log(results.join('\n'));
});

test('kiosk: a failed boot retries with growing delays, unattended and without links, until it comes up', async () => {
  const page = await open();
  // Time moves only when the test says, from before the page loads: every wait is exact, and
  // no pause can land after a running clock has passed it.
  await page.clock.pauseAt(Date.now() + 1000);
  let tries = 0;
  await page.route('**/qazaq-explainer-*_bg.wasm', (r) => (++tries <= 3 ? r.fulfill({ status: 503, body: 'busy' }) : r.continue()));
  await page.goto(`${server.url}kiosk.html`);
  for (const [n, delay] of [[1, 1000], [2, 2000], [3, 4000]]) {
    await until(() => tries === n, `try ${n}`);
    await page.waitForSelector('.qazaq-explainer[data-qe-state="failed"]', { state: 'attached' });
    const alert = page.locator('.qe-failed');
    assert.equal(await alert.count(), 1, 'one message at a time');
    assert.equal(await alert.innerText(), `${FAILED_KK} Қайта жүктеп көреміз…`);
    assert.equal(await alert.locator('a').count(), 0, 'no link on a kiosk');
    await page.clock.runFor(delay - 10);
    assert.equal(await state(page), 'failed', `try ${n + 1} waits ${delay} ms`);
    await page.clock.runFor(10);
  }
  await page.clock.resume();
  await waitForWidget(page);
  assert.equal(tries, 4);
  assert.equal(await page.locator('.qe-failed').count(), 0, 'the message is gone');
  assertNoPageErrors(page, [/could not load the widget/], [/Failed to load resource/]);
  await page.context().close();
});

test('a host element with id="qazaq-explainer" is the host\'s: the embed beside it leaves it and the hash alone', async () => {
  const page = await open();
  const own = '<p>The host’s own box.</p>';
  host(page, `<div id="qazaq-explainer" class="host-box">${own}</div><script src="${server.url}embed.js" data-view="map" data-lang="en"></script>`);
  await page.goto(`${HOST}#comments`);
  await waitForWidget(page);
  // The embed's state changes (its table view, then Russian): still nothing written to the URL.
  const views = page.locator('.qazaq-explainer .qe-segmented').first().locator('button');
  await views.nth(1).click();
  await page.waitForSelector('.qazaq-explainer table', { state: 'attached' });
  await page.locator('.qazaq-explainer button[lang="ru"]').click();
  await page.waitForSelector('.qazaq-explainer .qe[lang="ru"]', { state: 'attached' });
  const after = await page.evaluate(() => ({
    hash: location.hash,
    html: document.getElementById('qazaq-explainer').innerHTML,
    shadow: !!document.getElementById('qazaq-explainer').shadowRoot,
    widgets: document.querySelectorAll('[data-qe-ready]').length + [...document.querySelectorAll('*')].filter((e) => e.shadowRoot?.querySelector('[data-qe-ready]')).length,
  }));
  assert.deepEqual(after, { hash: '#comments', html: own, shadow: false, widgets: 1 });
  assertNoPageErrors(page);
  await page.context().close();
});

test('an IntersectionObserver that never reports: the widget starts anyway after 3 s', async () => {
  const page = await open({
    init: () => {
      window.IntersectionObserver = class {
        observe() {}
        unobserve() {}
        disconnect() {}
        takeRecords() {
          return [];
        }
      };
    },
  });
  // Far below the fold: a widget near the viewport starts at once, without the observer.
  host(page, `<div style="height: 4000px"></div><script src="${server.url}embed.js" data-view="map" data-lang="en"></script>`);
  // Time moves only when the test says, from before the page loads, so the 3 s are exact.
  await page.clock.pauseAt(Date.now() + 1000);
  await page.goto(HOST);
  await page.waitForSelector('.qazaq-explainer[data-qe-state="waiting"]', { state: 'attached' });
  await page.clock.runFor(2990);
  assert.equal(await state(page), 'waiting', 'it waits for the observer first');
  await page.clock.runFor(10);
  await page.clock.resume();
  await waitForWidget(page);
  assertNoPageErrors(page);
  assert.ok(page.qeWarnings.some((w) => /IntersectionObserver never reported/.test(w)), 'the console says why');
  await page.context().close();
});
