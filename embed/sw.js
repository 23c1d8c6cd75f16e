/* Qazaq Explainer service worker: keeps a kiosk working when the venue's network drops.
 *
 * embed.js registers it for kiosk widgets only, on a page of the bundle's own origin, with the
 * bundle's folder as its scope; editor.html registers it too, so the pack editor opens with no
 * network after one online visit. The build (scripts/build-embed) fills in PRECACHE, every file a
 * kiosk or the editor needs relative to this script, and VERSION, a hash of those files' names and contents:
 * any changed file makes a new sw.js, which the browser finds on the next online page load. It
 * then caches the new bundle, takes over at once and deletes the old cache.
 *
 * How requests are answered (GET only; everything else goes to the network untouched):
 * - page loads and the bundle's fixed-name entry files (FRESH): the network first, the cached
 *   copy when the network fails, errs or is slower than TIMEOUT;
 * - every other file of the bundle (content-hashed names, compare/, export/, fallback/): the
 *   cache first, as those change only together with VERSION;
 * - anything else (a content pack given by ?pack=URL, another site's file): the network first,
 *   a copy kept in a runtime cache, so a custom pack also works offline after one online load
 *   (the pack of an open kiosk page is copied on activation, as it was fetched before).
 * Error responses are never cached.
 */
'use strict';

const VERSION = '__QE_VERSION__';
const PRECACHE = __QE_PRECACHE__;
const FRESH = ['kiosk.html', 'editor.html', 'embed.js', 'frame.css', 'kiosk.css'];
const TIMEOUT = 3000;

const BASE = new URL('./', self.location);
// Cache names are shared by the whole origin: ours carry the bundle's address, so another copy
// of the bundle on the same origin keeps its own caches.
const PREFIX = `qazaq-explainer ${BASE.href} `;
const STATIC = PREFIX + VERSION;
const RUNTIME = PREFIX + 'runtime';

const usable = (res) => res && (res.ok || res.type === 'opaque');

self.addEventListener('install', (event) => {
  // 'reload': straight from the server, not from the HTTP cache. One failed file fails the
  // install, and the previous version stays in charge.
  const requests = PRECACHE.map((file) => new Request(new URL(file, BASE), { cache: 'reload' }));
  event.waitUntil(
    caches
      .open(STATIC)
      .then((cache) => cache.addAll(requests))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => k.startsWith(PREFIX) && k !== STATIC && k !== RUNTIME)
            .map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim())
      .then(keepPacks),
  );
});

// A kiosk's first load fetched its content pack (kiosk.html?pack=URL) before this worker was in
// charge: copy the packs of the open pages now, so that they too work offline from then on.
async function keepPacks() {
  const pages = await self.clients.matchAll({ type: 'window' });
  for (const page of pages) {
    const pack = new URL(page.url).searchParams.get('pack');
    if (pack) await caches.open(RUNTIME).then((c) => c.add(new URL(pack, page.url))).catch(() => {});
  }
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || !req.url.startsWith('http') || req.headers.has('range')) return;
  const url = new URL(req.url);
  const file =
    url.origin === BASE.origin && url.pathname.startsWith(BASE.pathname)
      ? url.pathname.slice(BASE.pathname.length)
      : null;
  if (!PRECACHE.includes(file)) {
    event.respondWith(networkFirst(event, RUNTIME, true));
  } else if (req.mode === 'navigate' || FRESH.includes(file)) {
    event.respondWith(networkFirst(event, STATIC, false));
  } else {
    event.respondWith(
      caches.match(req, { cacheName: STATIC, ignoreSearch: true }).then((hit) => hit || fetch(req)),
    );
  }
});

// The network's answer; the cached copy, if there is one, when the network fails, answers with
// an error or takes longer than TIMEOUT. `keep` stores good answers in the runtime cache.
function networkFirst(event, cacheName, keep) {
  const req = event.request;
  // Precached files are matched whatever their query (kiosk.html?lang=ru); the runtime cache
  // keeps each address apart.
  const cached = caches.match(req, { cacheName, ignoreSearch: !keep });
  const network = fetch(req).then((res) => {
    if (keep && usable(res)) {
      const copy = res.clone();
      event.waitUntil(caches.open(RUNTIME).then((c) => c.put(req, copy)));
    }
    return usable(res) ? res : cached.then((hit) => hit || res);
  });
  const slow = new Promise((resolve) => setTimeout(resolve, TIMEOUT));
  const fallback = () => cached.then((hit) => hit || network);
  return Promise.race([network, slow.then(fallback)]).catch(fallback);
}
