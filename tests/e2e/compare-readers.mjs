// The Kazakh Compare view where readers meet it, for the tests of what a pair shows: the demo
// page at a 390 px phone width, and a script embed (shadow root, strict CSP, another origin) at
// 390 px and in a news article's 680 px column. `useCompareReaders()` starts the bundle, the
// news site and the browser for a test file; `open(ctx)` gives a page with the article list
// drawn, its requests recorded in `page.qeAsked`.
import { before, after } from 'node:test';
import http from 'node:http';
import { startServer, launch, newPage, waitForWidget } from './harness.mjs';

const COLUMN_CSS = 'body { margin: 0; font: 18px/1.6 Georgia, serif; } main { max-width: 680px; margin: 0 auto; padding: 0 16px; }';
const PAGE = (bundleUrl) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A news article</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<style>${COLUMN_CSS}</style></head>
<body><main><h1>Kazakhstan votes on a new constitution</h1><p>Text before the widget.</p>
<script src="${bundleUrl}embed.js" data-view="compare" data-lang="kk"></script>
<p>Text after the widget.</p></main></body></html>`;

/** The news site: `/script` is the article with the script embed, under a strict CSP. */
function startHost(bundle) {
  const server = http.createServer((req, res) => {
    if (new URL(req.url, 'http://x').pathname !== '/script') return res.writeHead(404).end();
    const csp = [
      "default-src 'self'",
      `script-src 'self' ${bundle.url} 'wasm-unsafe-eval'`,
      `style-src 'self' 'unsafe-inline' ${bundle.url}`,
      `connect-src 'self' ${bundle.url}`,
      `img-src 'self' ${bundle.url} data: blob:`,
    ].join('; ');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp }).end(PAGE(bundle.url));
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

/** Queries inside the widget: through its shadow root in an embed, the document on the demo page. */
export const IN_WIDGET = `
  window.__qe = {
    root: () => document.querySelector('.qazaq-explainer')?.shadowRoot ?? document,
    q: (sel) => window.__qe.root().querySelector(sel),
    all: (sel) => [...window.__qe.root().querySelectorAll(sel)],
  };`;

export const CONTEXTS = [
  { name: 'demo-phone', kind: 'demo', width: 390, height: 844 },
  { name: 'script-phone', kind: 'script', width: 390, height: 844 },
  { name: 'script-column', kind: 'script', width: 1440, height: 900 },
];

export function useCompareReaders() {
  const it = {};
  before(async () => {
    it.bundle = await startServer('dist');
    it.host = await startHost(it.bundle);
    it.browser = await launch();
  });
  after(async () => {
    await it.browser?.close();
    await it.host?.close();
    await it.bundle?.close();
  });
  it.open = async (ctx) => {
    const phone = ctx.width < 500;
    const page = await newPage(it.browser, {
      width: ctx.width,
      height: ctx.height,
      ...(phone ? { deviceScaleFactor: 2, isMobile: true, hasTouch: true } : {}),
    });
    page.qeAsked = [];
    page.on('request', (r) => page.qeAsked.push(new URL(r.url()).pathname));
    await page.context().addInitScript(IN_WIDGET);
    if (ctx.kind === 'demo') {
      await page.goto(`${it.bundle.url}#view=compare&lang=kk`);
      await waitForWidget(page);
    } else {
      await page.goto(it.host.url + 'script');
    }
    await page.waitForFunction(() => !!window.__qe?.q('nav.qe-articles .qe-article-btn'), null, { timeout: 20_000 });
    return page;
  };
  return it;
}
