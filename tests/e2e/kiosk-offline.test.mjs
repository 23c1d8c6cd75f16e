// The kiosk offline: after one online load the service worker (dist/sw.js, made by
// scripts/build-embed) has cached everything, so the kiosk reloads and works with the network
// gone; a changed bundle is picked up on the next online reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  REPO_ROOT,
  startServer,
  launch,
  newPage,
  waitForWidget,
  screenshot,
  assertNoPageErrors,
} from './harness.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The version and precache list that build-embed wrote into DIR/sw.js. */
async function swInfo(dir) {
  const sw = await readFile(path.join(dir, 'sw.js'), 'utf8');
  const version = sw.match(/const VERSION = '([0-9a-f]{16})';/)?.[1];
  const list = sw.match(/const PRECACHE = (\[[^\]]*\]);/)?.[1];
  assert.ok(version && list, 'sw.js has its version and precache list filled in');
  return { version, files: JSON.parse(list) };
}

/** Opens the kiosk and waits until the service worker controls it (one reload if needed). */
async function openKiosk(server) {
  const page = await newPage(browser, { width: 1280, height: 900 });
  await page.goto(`${server.url}kiosk.html`);
  await waitForWidget(page);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => {}));
  const controlled = () => page.evaluate(() => !!navigator.serviceWorker.controller);
  if (!(await controlled())) {
    await page.waitForFunction(() => navigator.serviceWorker.controller, null, { timeout: 3000 }).catch(async () => {
      await page.reload();
      await waitForWidget(page);
    });
  }
  assert.ok(await controlled(), 'the service worker controls the kiosk');
  return page;
}

const cacheKeys = (page) => page.evaluate(() => caches.keys());
const cacheName = (server, version) => `qazaq-explainer ${server.url} ${version}`;

test('offline: after one online load the kiosk reloads and works without the network', async () => {
  const t0 = Date.now();
  const server = await startServer('dist');
  const { version, files } = await swInfo(path.join(REPO_ROOT, 'dist'));
  try {
    const page = await openKiosk(server);
    // Everything the kiosk needs is in the cache of this version, and nothing else.
    const cached = await page.evaluate(async (name) => {
      const cache = await caches.open(name);
      return (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1)).sort();
    }, cacheName(server, version));
    assert.deepEqual(cached, [...files].sort(), 'the precache holds exactly the list');
    assert.ok(!files.some((f) => /^(index|embed|example)\.html$|REVIEW\.md$/.test(f)), `demo files stay out: ${files}`);

    // The Compare view once online: its module and data are requested.
    const shadow = page.locator('.qazaq-explainer');
    await shadow.locator('.qe-seg').nth(2).click();
    await shadow.locator('.qe-article-btn').first().waitFor({ timeout: 15_000 });
    // Every request so far was one of the list: nothing had to go to the runtime cache.
    assert.deepEqual(
      (await cacheKeys(page)).filter((k) => k.startsWith('qazaq-explainer ')),
      [cacheName(server, version)],
      'the precache list covers all the kiosk loads',
    );

    // The venue's network drops; the kiosk is reloaded (a power cut, a crash, the idle reset).
    await page.context().setOffline(true);
    await page.reload();
    await waitForWidget(page);
    assert.ok((await shadow.locator('svg [data-id]').count()) >= 20, 'the map is drawn offline');
    const probe = await page.evaluate(() =>
      fetch(`no-such-file-${Date.now()}.json`).then((r) => `answered ${r.status}`, () => 'failed'),
    );
    assert.equal(probe, 'failed', 'the network is really gone, also for the service worker');

    // The Compare view works offline: the article list, then an article pair.
    await shadow.locator('.qe-seg').nth(2).click();
    const article = shadow.locator('.qe-article-btn').first();
    await article.waitFor({ timeout: 15_000 });
    assert.ok((await shadow.locator('.qe-article-btn').count()) >= 5, 'the article list is drawn offline');
    await article.click();
    await shadow.locator('.qe-pair').first().waitFor({ timeout: 10_000 });
    assert.match(await shadow.locator('.qe-pair').first().innerText(), /\S{3,}/, 'the pair has its text');

    // Only the probe above may fail: every file the kiosk uses came from the cache.
    assertNoPageErrors(page, [], [/Failed to load resource: .*no-such-file-/]);
    const shot = await screenshot(page, 'kiosk-offline');
    console.log(`screenshot: ${shot}; ${Date.now() - t0} ms`);
    await page.context().close();
  } finally {
    await server.close();
  }
});

test('update: a changed bundle is picked up on the next online reload', async () => {
  const t0 = Date.now();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qe-kiosk-'));
  await cp(path.join(REPO_ROOT, 'dist'), dir, { recursive: true });
  const server = await startServer(dir);
  try {
    const old = await swInfo(dir);
    const page = await openKiosk(server);
    assert.ok((await cacheKeys(page)).includes(cacheName(server, old.version)), 'the first version is cached');

    // A new release on the server: kiosk.css changes, and the build makes a new sw.js.
    const marker = `/* release ${Date.now()} */`;
    await appendFile(path.join(dir, 'kiosk.css'), `\n${marker}\n`);
    execFileSync('python3', [path.join(REPO_ROOT, 'scripts', 'build-embed'), '--sw-only', dir], { stdio: 'pipe' });
    const next = await swInfo(dir);
    assert.notEqual(next.version, old.version, 'a changed file makes a new version');

    // One online reload: the new worker installs, takes over and drops the old cache.
    await page.reload();
    await waitForWidget(page);
    // Polled from here: waitForFunction would take a pending promise for a truthy answer.
    const fresh = cacheName(server, next.version);
    const stale = cacheName(server, old.version);
    const settled = () =>
      page.evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        return !reg.installing && !reg.waiting && reg.active?.state === 'activated';
      });
    const deadline = Date.now() + 15_000;
    let keys = [];
    for (;;) {
      keys = await cacheKeys(page);
      if (keys.includes(fresh) && !keys.includes(stale) && (await settled())) break;
      assert.ok(Date.now() < deadline, `the new version took over within 15 s; caches: ${keys}`);
      await page.waitForTimeout(200);
    }
    console.log(`new version in charge ${Date.now() - t0} ms after the start`);
    const served = await page.evaluate(() => fetch('kiosk.css').then((r) => r.text()));
    assert.ok(served.includes(marker), 'online, the page gets the new kiosk.css');

    // And the new version is what stays available offline.
    await page.context().setOffline(true);
    await page.reload();
    await waitForWidget(page);
    const css = await page.evaluate(() => fetch('kiosk.css').then((r) => r.text()));
    assert.ok(css.includes(marker), `offline, the cache serves the new kiosk.css: ${css.slice(-200)}`);
    assert.deepEqual(
      (await cacheKeys(page)).filter((k) => k.startsWith('qazaq-explainer ')),
      [cacheName(server, next.version)],
      'only the new version is cached (no runtime cache was needed)',
    );
    assertNoPageErrors(page);
    console.log(`update test: ${Date.now() - t0} ms`);
    await page.context().close();
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('offline: a content pack given by ?pack=URL (another origin) is kept after one online load', async () => {
  const t0 = Date.now();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qe-kiosk-pack-'));
  const pack = JSON.parse(await readFile(path.join(REPO_ROOT, 'content', 'pack.json'), 'utf8'));
  const shymkent = pack.regions.find((r) => r.id === 'KZ-79');
  const members = shymkent?.figures.find((f) => f.metric === 'members');
  assert.ok(members, 'content/pack.json has Shymkent’s members');
  members.value += 1;
  await writeFile(path.join(dir, 'pack.json'), JSON.stringify(pack));
  const server = await startServer('dist');
  const packs = await startServer(dir); // another port: the newsroom's CDN
  const label = (page) => page.getAttribute('g.qe-city[data-id="KZ-79"]', 'aria-label');
  try {
    // The very first load: the pack is fetched before the service worker is in charge.
    const page = await newPage(browser, { width: 1280, height: 900 });
    await page.goto(`${server.url}kiosk.html?pack=${encodeURIComponent(packs.url + 'pack.json')}`);
    await waitForWidget(page);
    assert.match(await label(page), new RegExp(`: ${members.value}$`), 'the pack is used online');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => {}));
    await page.waitForFunction(() => navigator.serviceWorker.controller, null, { timeout: 10_000 });
    const runtime = `qazaq-explainer ${server.url} runtime`;
    const deadline = Date.now() + 10_000;
    const kept = () =>
      page.evaluate(async (name) => {
        const pack = new URLSearchParams(location.search).get('pack');
        return !!(await (await caches.open(name)).match(pack));
      }, runtime);
    while (!(await kept())) {
      assert.ok(Date.now() < deadline, 'the pack was copied into the runtime cache');
      await page.waitForTimeout(100);
    }

    await page.context().setOffline(true);
    await page.reload();
    await waitForWidget(page);
    assert.match(await label(page), new RegExp(`: ${members.value}$`), 'offline, the kiosk still uses the pack');
    assert.equal(await page.locator('.qe-error').count(), 0, 'no pack error offline');
    assertNoPageErrors(page);
    console.log(`pack test: ${Date.now() - t0} ms`);
    await page.context().close();
  } finally {
    await server.close();
    await packs.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('only a kiosk on the bundle’s own origin registers the service worker', async () => {
  const t0 = Date.now();
  const server = await startServer('dist');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qe-kiosk-host-'));
  await writeFile(
    path.join(dir, 'index.html'),
    `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title><body>
<script src="${server.url}embed.js" data-kiosk async></script>`,
  );
  const host = await startServer(dir); // another origin: a news site
  const registered = async (url) => {
    const page = await newPage(browser, { width: 1100, height: 900 });
    await page.goto(url);
    await waitForWidget(page);
    await page.waitForTimeout(300);
    const n = await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length));
    assertNoPageErrors(page);
    const warnings = page.qeWarnings.filter((w) => /offline/.test(w));
    await page.context().close();
    assert.deepEqual(warnings, [], `no warning about offline mode on ${url}`);
    return n;
  };
  try {
    assert.equal(await registered(`${server.url}embed.html?kiosk=true`), 1, '?kiosk=true on the iframe page');
    assert.equal(await registered(`${server.url}embed.html`), 0, 'not a kiosk');
    assert.equal(await registered(`${server.url}kiosk.html?kiosk=false`), 0, 'the query turns kiosk mode off');
    assert.equal(await registered(`${server.url}kiosk.html?kiosk=maybe`), 1, 'an invalid value keeps the page’s');
    assert.equal(await registered(host.url), 0, 'a kiosk on another origin works without one');
    console.log(`registration test: ${Date.now() - t0} ms`);
  } finally {
    await server.close();
    await host.close();
    await rm(dir, { recursive: true, force: true });
  }
});
