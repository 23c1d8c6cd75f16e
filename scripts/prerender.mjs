#!/usr/bin/env node
// The widget's first view, drawn by the live widget itself at build time (scripts/build-embed
// runs this on Trunk's staging dir): so the page paints the map with its HTML, as a static map
// would, and there is one implementation of the markup. For each language, each set of
// options below and each width, it opens the bundle in headless Chromium (Debian's, through
// playwright-core), waits until the widget has drawn and settled, and keeps its markup:
//   first/<hash>/<lang>[-<option>-<value>]-<width>.html, fetched by embed.js for an embed
//   with those options (and demo-kk-<width>.html for the demo page on a wider screen), <hash>
//   that of them all;
//   the demo page's phone view, for build-embed to put into index.html.
// stdout: {"first": {"dir", "o": options, "w": widths, "demo": widths}, "inline": markup}, the
// first part for embed.js's MANIFEST.
// The markup is made inert for its short life: no ids shared with the live widget, no state
// attributes the tests or a host page wait on, no style attributes (a strict CSP refuses them).
import { createHash } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launch, startServer } from '../tests/e2e/harness.mjs';

const staging = path.resolve(process.argv[2] || 'dist');
const LANGS = ['kk', 'ru', 'en'];
// Embeds as README's codes write them: the default, the map with its panel and table as a tab,
// and the map alone.
const OPTIONS = [{}, { view: 'map' }, { sections: 'map' }];
// Widths of the element: phones' columns (360, 390 and 412 px screens less 16 px), an article
// column, a wide page.
const WIDTHS = [344, 374, 396, 680, 1100];
// The demo page's viewports (a phone's view goes into the page itself).
const DEMO = [412, 800, 1280];
const PHONE = 412;

// The options as embed.js writes them (firstFile there), and a file's name.
const optionsOf = (opts) => Object.entries(opts).map(([k, v]) => `${k}=${v}`).sort().join('&');
const nameOf = (demo, lang, opts, width) => [demo && 'demo', lang, optionsOf(opts).replace(/[=&]/g, '-'), width].filter(Boolean).join('-');

// In the page: waits for the widget under `sel` (in `host`'s shadow root if given) to draw its
// map, then for its DOM to stay still for 300 ms (the map's labels follow its measured width a
// frame later), then returns its markup made inert.
async function take(page, host) {
  return page.evaluate(async (host) => {
    const scope = host ? document.querySelector(host).shadowRoot : document;
    const mountOf = () => (host ? scope?.querySelector('.qe-host:not(.qe-first)') : scope.getElementById('qazaq-explainer'));
    const drawn = () => mountOf()?.querySelector('[data-qe-ready="true"] svg [data-id]') && !mountOf().querySelector('.qe-loading');
    const until = (ok, what) =>
      new Promise((resolve, reject) => {
        const t0 = performance.now();
        const tick = () => (ok() ? resolve() : performance.now() - t0 > 20000 ? reject(new Error(`${what}: not within 20 s`)) : requestAnimationFrame(tick));
        tick();
      });
    await until(drawn, 'the widget never drew its map');
    const mount = mountOf();
    let last = performance.now();
    const watch = new MutationObserver(() => (last = performance.now()));
    watch.observe(mount, { subtree: true, childList: true, attributes: true, characterData: true });
    await until(() => performance.now() - last > 300, 'the widget never settled');
    watch.disconnect();
    const clone = mount.cloneNode(true);
    // The widget's adjacent text nodes stay apart when parsed again (an empty comment between
    // them, as Yew's own server renderer does): text is shaped per node, so merged ones would
    // draw a hair differently from the live widget's.
    const walker = document.createTreeWalker(clone, NodeFilter.SHOW_TEXT);
    const joined = [];
    for (let t = walker.nextNode(); t; t = walker.nextNode()) if (t.previousSibling?.nodeType === Node.TEXT_NODE) joined.push(t);
    for (const t of joined) t.before(document.createComment(''));
    const all = [...clone.querySelectorAll('*')];
    const ids = new Set(all.filter((e) => e.id).map((e) => e.id));
    const renamed = (id) => (ids.has(id) ? `${id}-first` : id);
    const LISTS = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'aria-details', 'headers', 'list'];
    const styled = [];
    for (const e of all) {
      if (e.hasAttribute('style')) styled.push(`${e.tagName.toLowerCase()}.${e.getAttribute('class') || ''}`);
      for (const a of ['style', 'data-qe-ready', 'data-qe-kiosk-ready', 'autofocus']) e.removeAttribute(a);
      for (const a of [...e.attributes]) {
        let v = a.value;
        if (a.name === 'id') v = renamed(v);
        else if (LISTS.includes(a.name)) v = v.split(/\s+/).map(renamed).join(' ');
        else v = v.replace(/#([\w-]+)/g, (m, id) => (ids.has(id) ? `#${id}-first` : m));
        if (v !== a.value) e.setAttribute(a.name, v);
      }
    }
    if (clone.querySelector('script, iframe, object, embed') || all.some((e) => [...e.attributes].some((a) => /^on/i.test(a.name)))) {
      throw new Error('the markup holds something that could run');
    }
    return { html: clone.innerHTML, styled };
  }, host);
}

const server = await startServer(staging);
const browser = await launch();
let inline = null;
const demoWidths = [];
const files = new Map();
const keep = (name, html) => files.set(`${name}.html`, html);
const note = (what, styled) => {
  if (styled.length) console.error(`prerender: ${what}: style attributes left out of ${styled.join(', ')}`);
};
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  // A host page for each embed, on the bundle's origin (served by a route, written nowhere).
  await page.route(/\/__first-host\.html/, (route) => {
    const q = new URL(route.request().url()).searchParams;
    const attrs = [...q].filter(([k]) => k !== 'w').map(([k, v]) => ` data-${k}="${v}"`).join('');
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      // The column sets the width (the widget's shadow stylesheet resets its own element's).
      body: `<!doctype html><html lang="en"><body style="margin:0"><main style="width:${q.get('w')}px"><div class="qazaq-explainer" id="w"${attrs}></div></main><script src="embed.js"></script></body></html>`,
    });
  });
  for (const lang of LANGS) {
    for (const opts of OPTIONS) {
      for (const width of WIDTHS) {
        const name = nameOf(false, lang, opts, width);
        await page.setViewportSize({ width: width + 40, height: 900 });
        const q = new URLSearchParams({ w: String(width), lang, ...opts });
        await page.goto(`${server.url}__first-host.html?${q}`);
        const { html, styled } = await take(page, '#w');
        note(name, styled);
        keep(name, html);
      }
    }
  }
  // The demo page as a reader opens it: no state in the URL, the page's language (Kazakh).
  for (const vw of DEMO) {
    await page.setViewportSize({ width: vw, height: 900 });
    await page.goto(server.url);
    const width = await page.evaluate(() => Math.round(document.getElementById('qazaq-explainer').getBoundingClientRect().width));
    const { html, styled } = await take(page, null);
    note(`the demo page at ${vw}`, styled);
    if (vw === PHONE) inline = html;
    else {
      demoWidths.push(width);
      keep(nameOf(true, 'kk', {}, width), html);
    }
  }
  await context.close();
  if (problems.length) throw new Error(`the widget reported errors:\n  ${problems.join('\n  ')}`);
} finally {
  await browser.close();
  await server.close();
}
// One folder named by the hash of all of them: a new build never mixes with a cached old one.
const hash = createHash('sha256');
for (const [name, html] of [...files].sort()) hash.update(`${name}\n${html}\n`);
const dir = `first/${hash.digest('hex').slice(0, 12)}`;
await rm(path.join(staging, 'first'), { recursive: true, force: true });
const tmp = path.join(staging, 'first.tmp');
await mkdir(tmp, { recursive: true });
for (const [name, html] of files) await writeFile(path.join(tmp, name), html);
await mkdir(path.join(staging, 'first'));
await rename(tmp, path.join(staging, dir));
const first = { dir, o: OPTIONS.map(optionsOf), w: WIDTHS, demo: demoWidths };
process.stdout.write(JSON.stringify({ first, inline }));
