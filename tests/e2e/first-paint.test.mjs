// The build's first view (scripts/prerender.mjs): the map on screen before the module has
// loaded, on the demo page (in the page itself) and in a script embed and an iframe (fetched
// by embed.js), then the live widget in its place with nothing moving and nothing changing
// on screen; and never a first view that is not the reader's (another URL state, options it
// was not made for, a kiosk).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { startServer, launch, newPage, screenshot, assertNoPageErrors, hostCsp, waitForWidget } from './harness.mjs';

let bundle;
let host;
let browser;
const pages = new Map();

before(async () => {
  bundle = await startServer('dist');
  host = await new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      const url = new URL(req.url, 'http://x');
      // An article column of an exact width (the host's CSP refuses inline styles).
      const col = /^\/column-(\d+)\.css$/.exec(url.pathname);
      if (col) return res.writeHead(200, { 'Content-Type': 'text/css' }).end(`body { margin: 0 8px; } main { width: ${col[1]}px; }`);
      const html = pages.get(url.pathname);
      if (!html) return res.writeHead(404).end('not found');
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': hostCsp(bundle.url) }).end(html);
    });
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => (server.closeAllConnections(), server.close(r))) }),
    );
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await bundle?.close();
});

// An article page holding `body`, in a column `width` px wide.
const column = (body, width = 680) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A news article</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<link rel="stylesheet" href="/column-${width}.css"></head>
<body><main><h1>Kazakhstan votes on a new constitution</h1>${body}<p id="after">The text after the widget.</p></main></body></html>`;

// Installed before any script of the page: counts, at each frame, the map units on screen in
// the build's first view and in the live widget (in the page or a shadow root), and the
// layout shifts.
function recordFrames() {
  // gap: frames without a map label on screen after one had been (while the page's HTML is
  // parsed, a frame may show the units before their labels, as on any static page; after
  // that, a frame without them would be the hand-over's).
  window.__frames = { first: 0, live: 0, both: 0, gap: 0, labelled: false, cls: 0 };
  const roots = () => [document, ...[...document.querySelectorAll('.qazaq-explainer')].map((e) => e.shadowRoot).filter(Boolean)];
  const shown = (sel) =>
    roots().some((r) =>
      [...r.querySelectorAll(sel)].some((e) => {
        const b = e.getBoundingClientRect();
        return b.width > 0 && b.height > 0 && getComputedStyle(e).visibility === 'visible';
      }),
    );
  const tick = () => {
    const f = shown('.qe-first svg [data-id]');
    const l = shown('.qe-host:not(.qe-first) svg [data-id]');
    window.__frames.first += f;
    window.__frames.live += l;
    window.__frames.both += f && l;
    const labels = shown('svg .qe-label');
    if (window.__frames.labelled && !labels) window.__frames.gap += 1;
    window.__frames.labelled ||= labels;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__frames.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

// Holds the widget's wasm until `release()`: the page shows what it paints without it.
async function holdWasm(page) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/qazaq-explainer-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

// Whether two PNG screenshots show the same pixels (decoded by the browser itself), and where
// they differ if not.
async function samePixels(a, b) {
  // On a blank page of its own: a host page's CSP would refuse the data: URLs.
  const page = await browser.newPage();
  const differ = await page.evaluate(
    async ([a, b]) => {
      const load = async (s) => {
        const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${s}`)).blob());
        const c = new OffscreenCanvas(img.width, img.height);
        const g = c.getContext('2d');
        g.drawImage(img, 0, 0);
        return g.getImageData(0, 0, img.width, img.height);
      };
      const [x, y] = await Promise.all([load(a), load(b)]);
      if (x.width !== y.width || x.height !== y.height) return `sizes differ: ${x.width}×${x.height} and ${y.width}×${y.height}`;
      let n = 0;
      let box = null;
      for (let i = 0; i < x.data.length; i += 4) {
        if (x.data[i] !== y.data[i] || x.data[i + 1] !== y.data[i + 1] || x.data[i + 2] !== y.data[i + 2]) {
          n += 1;
          const px = (i / 4) % x.width;
          const py = Math.floor(i / 4 / x.width);
          box = box ? [Math.min(box[0], px), Math.min(box[1], py), Math.max(box[2], px), Math.max(box[3], py)] : [px, py, px, py];
        }
      }
      return n === 0 ? null : `${n} pixels differ, within x ${box[0]}–${box[2]}, y ${box[1]}–${box[3]}`;
    },
    [a.toString('base64'), b.toString('base64')],
  );
  await page.close();
  return differ;
}

/** The first view painted with the wasm held, then the live widget: the same pixels, no shift,
 * no frame with both or neither. `shot` is the element to photograph. */
async function handOver(page, url, { name, shot, ready }) {
  await page.addInitScript(recordFrames);
  const release = await holdWasm(page);
  await page.goto(url);
  await page.waitForFunction(() => window.__frames.first > 0, null, { timeout: 20_000 });
  const el = page.locator(shot);
  const before = await el.screenshot({ animations: 'disabled' });
  await screenshot(page, `first-paint-${name}-first`);
  release();
  await ready();
  await page.waitForFunction(() => window.__frames.live > 0 && !document.querySelector('.qe-first'), null, { timeout: 20_000 });
  // The pointer away from the map, as it was: the live widget answers hover, the first view not.
  await page.mouse.move(0, 0);
  const drawn = await el.screenshot({ animations: 'disabled' });
  await screenshot(page, `first-paint-${name}-live`);
  const frames = await page.evaluate(() => window.__frames);
  assert.equal(frames.both, 0, `${name}: a frame showed the first view and the live widget`);
  assert.equal(frames.gap, 0, `${name}: a frame showed the map without its labels`);
  assert.ok(frames.cls < 0.01, `${name}: layout shift ${frames.cls}`);
  assert.equal(await samePixels(before, drawn), null, `${name}: the live widget looks different from the first view`);
  assertNoPageErrors(page);
}

test('demo page on a phone: the map is in the page, and the live widget takes over pixel for pixel', async () => {
  const page = await newPage(browser, { width: 412, height: 823 });
  await handOver(page, bundle.url, {
    name: 'demo-412',
    shot: '.qe-stack',
    ready: () => waitForWidget(page),
  });
  // The page's HTML itself held the map: nothing was fetched for it.
  await page.context().close();
});

for (const width of [374, 680]) {
  test(`script embed in a ${width} px column under a strict CSP: the first view, then the live widget in its place`, async () => {
    pages.set(`/embed-${width}`, column(`<script src="${bundle.url}embed.js" data-view="map" data-lang="kk"></script>`, width));
    const page = await newPage(browser, { width: width + 40, height: 900 });
    const fetched = [];
    page.on('request', (r) => /\/first\//.test(r.url()) && fetched.push(r.url()));
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await handOver(page, `${host.url}embed-${width}`, {
      name: `embed-${width}`,
      shot: '.qazaq-explainer',
      ready: () => page.waitForFunction(() => document.querySelector('.qazaq-explainer')?.getAttribute('data-qe-state') === 'ready', null, { timeout: 20_000 }),
    });
    assert.equal(fetched.length, 1, `one first view fetched: ${fetched.join(', ')}`);
    assert.match(fetched[0], new RegExp(`/first/[0-9a-f]+/kk-view-map-${width}\\.html$`));
    assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation');
    await page.context().close();
  });
}

test('iframe embed in a 680 px column: its page fetches the first view for its query and hands over', async () => {
  pages.set('/frame', column(`<iframe src="${bundle.url}embed.html?lang=ru&amp;id=one" title="Коалиции по регионам" width="680" height="1200" frameborder="0"></iframe>`));
  const page = await newPage(browser, { width: 720, height: 900 });
  const fetched = [];
  page.on('request', (r) => /\/first\//.test(r.url()) && fetched.push(r.url()));
  await page.goto(`${host.url}frame`);
  const frame = page.frameLocator('iframe');
  await frame.locator('[data-qe-ready="true"] svg [data-id]').first().waitFor({ state: 'attached', timeout: 20_000 });
  assert.equal(fetched.length, 1, `one first view fetched: ${fetched.join(', ')}`);
  assert.match(fetched[0], /\/first\/[0-9a-f]+\/ru-680\.html$/, 'the Russian default view at 680 px (the frame is 680 wide)');
  await frame.locator('.qe-first').waitFor({ state: 'detached', timeout: 20_000 });
  assert.equal(await frame.locator('.qe-host').count(), 1, 'only the live widget is left');
  assertNoPageErrors(page);
  await page.context().close();
});

test('never a first view that is not the reader\'s: URL state, other options, a kiosk, a wide screen', async () => {
  const cases = [
    // The demo page with a state in its hash: its phone view in the page must not paint.
    { url: () => `${bundle.url}#region=KZ-55&lang=ru`, width: 412, fetch: 0 },
    // The demo page on a desktop: the phone view is hidden and the desktop one fetched.
    { url: () => bundle.url, width: 1280, fetch: 1, first: true },
    // Options no first view was made for, and a kiosk: nothing fetched, nothing painted early.
    { url: () => `${host.url}metric`, page: `<script src="${bundle.url}embed.js" data-lang="kk" data-metric="events"></script>`, width: 720, fetch: 0 },
    { url: () => `${bundle.url}kiosk.html?lang=kk`, width: 1280, fetch: 0 },
  ];
  for (const c of cases) {
    if (c.page) pages.set('/metric', column(c.page));
    const page = await newPage(browser, { width: c.width, height: 900 });
    const fetched = [];
    page.on('request', (r) => /\/first\//.test(r.url()) && fetched.push(r.url()));
    await page.addInitScript(recordFrames);
    // Where a first view is due, the wasm waits for it: on loopback the race is close.
    const release = c.first ? await holdWasm(page) : null;
    await page.goto(c.url());
    if (release) {
      await page.waitForFunction(() => window.__frames.first > 0, null, { timeout: 20_000 });
      release();
    }
    await page.waitForFunction(
      () => [document, ...[...document.querySelectorAll('.qazaq-explainer')].map((e) => e.shadowRoot)].some((r) => r?.querySelector('[data-qe-ready="true"]')),
      null,
      { timeout: 20_000 },
    );
    await page.waitForFunction(() => window.__frames.live > 0, null, { timeout: 20_000 });
    const frames = await page.evaluate(() => window.__frames);
    assert.equal(fetched.length, c.fetch, `${c.url()}: first views fetched: ${fetched.join(', ')}`);
    if (c.first) assert.ok(frames.first > 0, `${c.url()}: the fetched first view painted`);
    else assert.equal(frames.first, 0, `${c.url()}: a first view painted that was not the reader's`);
    assert.equal(frames.both, 0);
    assertNoPageErrors(page);
    await page.context().close();
  }
});
