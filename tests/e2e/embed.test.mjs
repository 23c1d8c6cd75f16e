// Embedding on a news site we do not control: the bundle served from one 127.0.0.1 port, host
// pages from another, with hostile CSS and a strict Content-Security-Policy. Two widgets on
// one page, the iframe variant resizing itself, the fallbacks, the codes the widget hands out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { startServer, launch, newPage, screenshot, assertNoPageErrors } from './harness.mjs';

let bundle; // the CDN
let host; // the news site
let browser;
const pages = new Map(); // path -> html the host serves

const HOSTILE_CSS = `
* { box-sizing: content-box !important; font: 30px/1 serif; letter-spacing: 2px; }
html { font-size: 30px; }
svg { display: none; }
div { padding: 40px; border: 3px dashed red; }
button { all: unset; color: red; }
p { color: purple; text-transform: uppercase; }
a { color: lime !important; }
`;

const csp = () =>
  [
    "default-src 'self'",
    `script-src 'self' ${bundle.url} 'wasm-unsafe-eval'`,
    `style-src 'self' ${bundle.url}`,
    `connect-src 'self' ${bundle.url}`,
    `img-src 'self' ${bundle.url} data: blob:`,
    `frame-src ${bundle.url}`,
  ].join('; ');

function startHost() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/hostile.css') {
      res.writeHead(200, { 'Content-Type': 'text/css' }).end(HOSTILE_CSS);
      return;
    }
    const html = pages.get(url.pathname);
    if (!html) {
      res.writeHead(404).end('not found');
      return;
    }
    res
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp() })
      .end(html);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        close: () => new Promise((r) => (server.closeAllConnections(), server.close(r))),
      }),
    ),
  );
}

const article = (body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A news article</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<link rel="stylesheet" href="/hostile.css"></head>
<body><h1>Kazakhstan votes on a new constitution</h1>
<p>The article text before the widget, as a newsroom would publish it.</p>
${body}
</body></html>`;

const filler = '<p>More article text.</p>'.repeat(40);

before(async () => {
  bundle = await startServer('dist');
  host = await startHost();
  browser = await launch();
  pages.set(
    '/two',
    article(`
<script src="${bundle.url}embed.js" data-view="map" data-lang="kk" data-metric="events" data-zoom="3" async></script>
${filler}
<div class="qazaq-explainer" data-view="compare" data-lang="en" data-article="o3-n4" data-heading="3" data-theme="dark">
  <a href="${bundle.url}index.html"><img src="${bundle.url}fallback/map-en.svg" alt="Map"></a>
</div>
<script src="${bundle.url}embed.js" async></script>
<p>The end of the article.</p>`),
  );
  pages.set(
    '/frame',
    article(`
<iframe src="${bundle.url}embed.html?view=map&amp;lang=ru" title="Коалиции по регионам" width="100%" height="300" frameborder="0"></iframe>
<script src="${bundle.url}embed.js" async></script>
<p>After the frame.</p>`),
  );
  pages.set(
    '/nojump',
    article(`
<script src="${bundle.url}embed.js" data-view="map" data-lang="ru"></script>
<p>Text right under the widget, which must not move when it draws.</p>`),
  );
  pages.set(
    '/badpack',
    article(`<script src="${bundle.url}embed.js" data-lang="en" data-pack="${bundle.url}no-such-pack.json" async></script>`),
  );
});

after(async () => {
  await browser?.close();
  await host?.close();
  await bundle?.close();
});

/** Opens a host page recording CSP violations, ready events and requests. */
async function openHost(path, options = {}) {
  const page = await newPage(browser, { width: 1100, height: 900, ...options });
  page.qeRequests = [];
  page.on('request', (r) => page.qeRequests.push(r.url()));
  await page.addInitScript(() => {
    window.__csp = [];
    window.__ready = 0;
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} on ${e.target?.nodeName}`),
    );
    document.addEventListener('qazaq-explainer:ready', () => (window.__ready += 1));
  });
  await page.goto(host.url + path.slice(1));
  return page;
}

const state = (page, i) => page.locator('.qazaq-explainer').nth(i).getAttribute('data-qe-state');

async function waitReady(page, i) {
  const el = page.locator('.qazaq-explainer').nth(i);
  await el.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (i) => document.querySelectorAll('.qazaq-explainer')[i]?.getAttribute('data-qe-state') === 'ready',
    i,
    { timeout: 20_000 },
  );
  return el;
}

test('two widgets on a hostile page under a strict CSP: both draw, work and fit', async () => {
  const page = await openHost('/two');
  const first = await waitReady(page, 0);
  // The second widget is far below: nothing of it has started before it scrolls near.
  assert.equal(await state(page, 1), 'waiting', 'the second widget waits for the viewport');
  const second = await waitReady(page, 1);

  // The map is drawn in spite of `svg { display: none }` and 30px serif everywhere.
  const map = first.locator('.qe-map svg');
  const box = await map.boundingBox();
  assert.ok(box && box.height > 200, `the map is visible: ${JSON.stringify(box)}`);
  const font = await first.locator('.qe-title').evaluate((e) => getComputedStyle(e).fontFamily);
  assert.ok(!font.startsWith('serif'), `the widget keeps its own font: ${font}`);
  const size = await first.locator('.qe-metric-desc, .qe-summary').first().evaluate((e) => getComputedStyle(e).fontSize);
  assert.ok(parseFloat(size) <= 17, `the host's 30px does not leak in: ${size}`);
  // Options: Kazakh, the events metric, no compare tab in a map embed.
  assert.equal(await first.locator('.qe').getAttribute('lang'), 'kk');
  assert.equal(await first.locator('button.qe-chip[data-metric="events"]').getAttribute('aria-checked'), 'true');
  assert.equal(await first.locator('.qe-seg').filter({ hasText: /салыстыру/i }).count(), 0);

  // Interactive inside the shadow root: a click selects a region in this widget only.
  await first.locator('path[data-id="KZ-55"]').click();
  await first.locator('.qe-detail:not(.is-empty)').waitFor();
  assert.equal(await second.locator('.qe-detail').count(), 0);

  // The compare widget: its article open, in English, dark, headings below the host's h2.
  await second.locator('.qe-pair').first().waitFor({ timeout: 20_000 });
  assert.equal(await second.locator('.qe').getAttribute('data-theme'), 'dark');
  assert.equal(await second.locator('.qe-title').evaluate((e) => e.tagName), 'H3');
  assert.match(await second.locator('.qe-pair-head').first().innerText(), /3/);

  // Heights: the host element is exactly as tall as the widget, with no inner scrollbar.
  for (const el of [first, second]) {
    const fit = await el.evaluate((h) => {
      const qe = h.shadowRoot.querySelector('.qe');
      return { host: h.getBoundingClientRect().height, qe: qe.getBoundingClientRect().height, scroll: h.scrollHeight - h.clientHeight };
    });
    assert.ok(Math.abs(fit.host - fit.qe) < 2 && fit.scroll <= 0, `fits: ${JSON.stringify(fit)}`);
  }

  // Fetched once for the page: the module, the wasm, the stylesheet.
  const count = (re) => page.qeRequests.filter((u) => re.test(u)).length;
  assert.equal(count(/qazaq-explainer-[0-9a-f]+_bg\.wasm$/), 1, 'one wasm fetch');
  assert.equal(count(/qazaq-explainer-[0-9a-f]+\.js$/), 1, 'one module fetch');
  assert.equal(count(/widget-[0-9a-f]+\.css$/), 1, 'one stylesheet fetch');
  assert.equal(await page.evaluate(() => window.__ready), 2, 'a ready event per widget');
  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation');
  assert.ok(page.qeWarnings.some((w) => w.includes('data-zoom')), `the unknown attribute is named: ${page.qeWarnings}`);
  assertNoPageErrors(page);

  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'embed-host-top');
  await second.scrollIntoViewIfNeeded();
  await screenshot(page, 'embed-host-compare-widget', { clip: await second.boundingBox().then((b) => ({ ...b, y: b.y + (b.height > 1200 ? 0 : 0), height: Math.min(b.height, 1200) })) });
  await page.context().close();
});

test('iframe embed: reads its options from the query and fits its height by postMessage', async () => {
  const page = await openHost('/frame');
  const frame = page.frameLocator('iframe');
  await frame.locator('[data-qe-ready="true"]').waitFor({ timeout: 20_000 });
  assert.equal(await frame.locator('.qe').getAttribute('lang'), 'ru');
  const fitted = async () => {
    await page.waitForTimeout(300);
    return page.locator('iframe').evaluate((f) => ({
      frame: f.getBoundingClientRect().height,
      content: f.contentDocument ? null : null,
    }));
  };
  let h = (await fitted()).frame;
  assert.ok(h > 500, `the iframe grew from 300 px to its content: ${h}`);
  // Switching to the table changes the content's height; the iframe follows.
  await frame.locator('.qe-seg').nth(1).click();
  await frame.locator('table.qe-table').waitFor();
  const h2 = (await fitted()).frame;
  const content = await frame.locator('html').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
  assert.ok(Math.abs(h2 - content) <= 8, `iframe ${h2} px fits content ${content} px`);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assertNoPageErrors(page);
  await screenshot(page, 'embed-iframe', { fullPage: true });
  await page.context().close();
});

test('no layout shift: the widget reserves its height before it draws', async () => {
  for (const width of [1100, 390]) {
    const page = await newPage(browser, { width, height: 900 });
    await page.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(host.url + 'nojump');
    await waitReady(page, 0);
    await page.waitForTimeout(500);
    const cls = await page.evaluate(() => window.__cls);
    assert.ok(cls < 0.05, `cumulative layout shift at ${width} px: ${cls}`);
    assertNoPageErrors(page);
    await page.context().close();
  }
});

test('a failing content pack URL: a compact message in the widget, the built-in figures, nothing thrown', async () => {
  const page = await openHost('/badpack');
  const w = await waitReady(page, 0);
  const banner = w.locator('.qe-error');
  await banner.waitFor();
  assert.match(await banner.innerText(), /no-such-pack\.json/);
  assert.ok((await w.locator('svg [data-id]').count()) >= 20, 'the map is drawn from the built-in pack');
  assertNoPageErrors(page, [/no-such-pack\.json/], [/Failed to load resource/]);
  await page.context().close();
});

test('without WebAssembly the embed keeps its static map and link', async () => {
  const page = await newPage(browser, { width: 900, height: 900 });
  await page.addInitScript(() => {
    delete window.WebAssembly;
  });
  await page.goto(host.url + 'two');
  const img = page.locator('.qazaq-explainer img').first();
  await img.waitFor();
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  const box = await img.boundingBox();
  assert.ok(box && box.height > 100, `the static map shows: ${JSON.stringify(box)}`);
  assert.equal(await page.locator('.qazaq-explainer').nth(1).locator('a').getAttribute('href'), `${bundle.url}index.html`);
  assertNoPageErrors(page);
  await page.context().close();
});

test('the Embed button hands out codes that work when pasted into a page', async () => {
  const page = await newPage(browser, { width: 1100, height: 900 });
  await page.goto(`${bundle.url}#view=map&metric=events&region=KZ-75&lang=en`);
  await page.locator('[data-qe-ready="true"]').waitFor();
  await page.locator('.qe-share-bar button[aria-expanded]').click();
  const script = await page.locator('.qe-code textarea').nth(0).inputValue();
  const iframe = await page.locator('.qe-code textarea').nth(1).inputValue();
  assert.match(script, /data-lang="en" data-metric="events" data-region="KZ-75"/);
  assert.match(iframe, /embed\.html\?lang=en&amp;metric=events&amp;region=KZ-75/);
  assert.match(iframe, /title="/);
  await page.context().close();

  pages.set('/pasted', article(script + '\n' + iframe));
  const host2 = await openHost('/pasted');
  const w = await waitReady(host2, 0);
  await w.locator('.qe-detail:not(.is-empty)').waitFor();
  assert.equal(await w.locator('button.qe-chip[data-metric="events"]').getAttribute('aria-checked'), 'true');
  await host2.locator('iframe').scrollIntoViewIfNeeded();
  await host2.frameLocator('iframe').locator('.qe-detail:not(.is-empty)').waitFor({ timeout: 20_000 });
  assert.deepEqual(await host2.evaluate(() => window.__csp), []);
  assertNoPageErrors(host2);
  await host2.context().close();
});

test('the map downloads as SVG and PNG, with title, legend and sources', async () => {
  const page = await newPage(browser, { width: 1100, height: 900, acceptDownloads: true });
  await page.goto(`${bundle.url}#metric=events&lang=ru`);
  await page.locator('[data-qe-ready="true"]').waitFor();
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.qe-share-bar button', { hasText: 'SVG' }).click(),
  ]);
  assert.equal(svg.suggestedFilename(), 'kazakhstan-events-ru.svg');
  const text = await readFile(await svg.path(), 'utf8');
  assert.match(text, /^(<\?xml[^>]*>\s*)?<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(text, /Источник|Источники/, 'the source line');
  assert.ok((text.match(/<path /g) || []).length >= 17, 'every region is drawn');
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.qe-share-bar button', { hasText: 'PNG' }).click(),
  ]);
  assert.equal(png.suggestedFilename(), 'kazakhstan-events-ru.png');
  const bytes = await readFile(await png.path());
  assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG file');
  assertNoPageErrors(page);
  await page.context().close();
});
