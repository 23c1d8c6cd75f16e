// Shared helpers for the end-to-end tests (node:test + playwright-core + Debian chromium).
// Not a test file itself: node --test only picks up *.test.mjs here.
import http from 'node:http';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const READY_SELECTOR = '[data-qe-ready="true"]';
export const READY_TIMEOUT_MS = 20_000;

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};
// What a CDN compresses, and the files that keep their name from build to build (README: a
// short cache lifetime); the rest carry a content hash or sit in a folder replaced as a whole.
const COMPRESS = new Set(['.html', '.htm', '.js', '.mjs', '.wasm', '.json', '.css', '.svg', '.txt', '.md', '.map']);
const SHORT_LIVED = /^(index\.html|embed\.js|demo\.js|embed\.html|example\.html|kiosk\.html|sw\.js|fallback\/.*)$/;

/**
 * Serves `dir` (relative to the repo root unless absolute) on 127.0.0.1 with a free port.
 * With `asCdn`, it serves the way README's "What the host server needs" asks a CDN to: gzip
 * (-9, made once per file) when the browser accepts it, and caching headers. The benchmarks
 * need that (Lighthouse's simulated slow 4G would otherwise charge the raw wasm); the tests do
 * not.
 * Paths under /__hang/ never answer and paths under /__trickle/ never finish (hostile
 * networks); `requests` lists the paths asked for.
 * @returns {Promise<{url: string, port: number, requests: string[], close: () => Promise<void>}>}
 *          url ends with '/', e.g. http://127.0.0.1:43121/
 */
export async function startServer(dir = 'dist', { asCdn = false } = {}) {
  const gzipped = new Map();
  const root = path.resolve(REPO_ROOT, dir);
  const rootStat = await stat(root).catch(() => null);
  if (!rootStat || !rootStat.isDirectory()) {
    throw new Error(`startServer: ${root} is not a directory (run \`trunk build --release\` first?)`);
  }

  // The paths asked for, in order, for tests that wait on a request reaching the server.
  const requests = [];
  const trickles = new Set();
  const server = http.createServer(async (req, res) => {
    // Lets a page on another test server fetch from this one (content packs by ?pack=URL, embeds).
    res.setHeader('Access-Control-Allow-Origin', '*');
    requests.push(new URL(req.url, 'http://x').pathname);
    // A hostile network: /__hang/… never answers; /__trickle/… answers, then sends a byte
    // every quarter second and never finishes.
    if (req.url.startsWith('/__hang/')) return;
    if (req.url.startsWith('/__trickle/')) {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{');
      const t = setInterval(() => res.write(' '), 250);
      trickles.add(t);
      res.on('close', () => clearInterval(t));
      return;
    }
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      let pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (pathname.endsWith('/')) pathname += 'index.html';
      const file = path.resolve(root, '.' + pathname);
      if (file !== root && !file.startsWith(root + path.sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      const st = await stat(file).catch(() => null);
      if (!st || !st.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`not found: ${pathname}`);
        return;
      }
      const ext = path.extname(file).toLowerCase();
      const headers = { 'Content-Type': MIME[ext] || 'application/octet-stream' };
      if (asCdn) {
        const rel = path.relative(root, file).split(path.sep).join('/');
        headers['Cache-Control'] = SHORT_LIVED.test(rel) ? 'public, max-age=300' : 'public, max-age=31536000, immutable';
        headers.Vary = 'Accept-Encoding';
        // As CDNs send it: a page of another origin may read the transfer sizes (the benches).
        headers['Timing-Allow-Origin'] = '*';
        if (COMPRESS.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
          const key = `${file}:${st.mtimeMs}:${st.size}`;
          if (!gzipped.has(key)) gzipped.set(key, gzipSync(await readFile(file), { level: 9 }));
          const body = gzipped.get(key);
          res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length });
          res.end(req.method === 'HEAD' ? undefined : body);
          return;
        }
      }
      res.writeHead(200, { ...headers, 'Content-Length': st.size });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      createReadStream(file).on('error', () => res.destroy()).pipe(res);
    } catch (err) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(err));
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const t of trickles) clearInterval(t);
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/**
 * The CPU slowdowns of a benchmark's `--cpu-slowdown 1,4`; exits with a message when none is
 * usable.
 */
export function cpuRates(list) {
  const rates = list
    .split(',')
    .map((s) => Number.parseFloat(s.trim()))
    .filter((n) => Number.isFinite(n) && n >= 1);
  if (rates.length === 0) {
    console.error('--cpu-slowdown needs a number >= 1 (or a comma-separated list)');
    process.exit(2);
  }
  return rates;
}

/** Launches Debian's chromium through playwright-core (never downloads a browser). */
export async function launch(options = {}) {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    ...options,
  });
}

/**
 * Opens a page in a fresh browser context of the given viewport and records problems:
 *   page.qeErrors   - console.error messages and uncaught page errors (strings)
 *   page.qeWarnings - console.warn messages (strings)
 *   page.qeFailedRequests - requests that failed at the network level (strings)
 * If `url` is given the page navigates there before being returned.
 * Close it with `await page.context().close()` (or close the browser).
 */
export async function newPage(browser, { width = 1280, height = 800, url, deviceScaleFactor = 1, ...contextOptions } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, ...contextOptions });
  const page = await context.newPage();
  page.qeErrors = [];
  page.qeWarnings = [];
  page.qeFailedRequests = [];
  page.on('console', (msg) => {
    const where = msg.location()?.url ? ` (${msg.location().url}:${msg.location().lineNumber})` : '';
    if (msg.type() === 'error') page.qeErrors.push(`console.error: ${msg.text()}${where}`);
    else if (msg.type() === 'warning') page.qeWarnings.push(`console.warn: ${msg.text()}${where}`);
  });
  page.on('pageerror', (err) => {
    page.qeErrors.push(`pageerror: ${err?.stack || err?.message || String(err)}`);
  });
  page.on('requestfailed', (req) => {
    page.qeFailedRequests.push(`${req.method()} ${req.url()}: ${req.failure()?.errorText ?? 'failed'}`);
  });
  if (url) await page.goto(url);
  return page;
}

/**
 * Waits until the widget root carries data-qe-ready="true" (set once the map is drawn) and
 * the build's first view (.qe-first) has made way for it, in the page or a shadow root.
 * On timeout the error lists the page errors recorded so far.
 */
export async function waitForWidget(page, { timeout = READY_TIMEOUT_MS } = {}) {
  try {
    const ready = await page.waitForSelector(READY_SELECTOR, { state: 'attached', timeout });
    await page.waitForFunction(firstViewGone, null, { timeout });
    return ready;
  } catch (err) {
    const errors = page.qeErrors?.length ? `\npage errors:\n  ${page.qeErrors.join('\n  ')}` : '';
    const failed = page.qeFailedRequests?.length ? `\nfailed requests:\n  ${page.qeFailedRequests.join('\n  ')}` : '';
    throw new Error(`widget not ready: ${READY_SELECTOR} did not appear within ${timeout} ms${errors}${failed}`, {
      cause: err,
    });
  }
}

/** In the page: whether no build's first view is left, in the page or a widget's shadow root. */
export function firstViewGone() {
  const roots = [document, ...[...document.querySelectorAll('.qazaq-explainer')].map((e) => e.shadowRoot).filter(Boolean)];
  return roots.every((r) => !r.querySelector('.qe-first'));
}

/** Writes target/screenshots/<name>.png (repo-relative) and returns its path. */
export async function screenshot(page, name, options = {}) {
  const dir = path.join(REPO_ROOT, 'target', 'screenshots');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, ...options });
  return file;
}

/**
 * Fails with the recorded console errors and page errors, if any. `expected` lists regular
 * expressions for errors a test provokes on purpose; each must match at least one error.
 * `allowed` ones may appear but need not (e.g. the browser's own "Failed to load resource").
 */
export function assertNoPageErrors(page, expected = [], allowed = []) {
  const ok = [...expected, ...allowed];
  const unexpected = page.qeErrors.filter((e) => !ok.some((re) => re.test(e)));
  if (unexpected.length) {
    throw new Error(`unexpected console/page errors:\n  ${unexpected.join('\n  ')}`);
  }
  for (const re of expected) {
    if (!page.qeErrors.some((e) => re.test(e))) {
      throw new Error(`expected a console error matching ${re}, got:\n  ${page.qeErrors.join('\n  ') || '(none)'}`);
    }
  }
}

/**
 * One demo-page server and one browser for a test file, started before its tests and closed
 * after them. `open(hash, options)` gives a fresh page at the demo page with `hash`, the widget
 * drawn; `options.onPage(page)` runs before navigation (e.g. to record requests).
 */
/** A news site's strict Content-Security-Policy that allows only itself and the bundle at
 * `bundleUrl` (scripts, wasm, styles, data, images and, with `frames`, the iframe embed). */
export function hostCsp(bundleUrl, { frames = true } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' ${bundleUrl} 'wasm-unsafe-eval'`,
    `style-src 'self' ${bundleUrl}`,
    `connect-src 'self' ${bundleUrl}`,
    `img-src 'self' ${bundleUrl} data: blob:`,
    ...(frames ? [`frame-src ${bundleUrl}`] : []),
  ].join('; ');
}

export function useDemo() {
  const demo = {
    server: null,
    browser: null,
    async open(hash = '', { onPage, ...options } = {}) {
      const page = await newPage(demo.browser, { width: 1280, height: 900, ...options });
      onPage?.(page);
      await page.goto(demo.server.url + hash);
      await waitForWidget(page);
      return page;
    },
  };
  before(async () => {
    demo.server = await startServer();
    demo.browser = await launch();
  });
  after(async () => {
    await demo.browser?.close();
    await demo.server?.close();
  });
  return demo;
}
