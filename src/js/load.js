// Text fetches and on-demand wasm modules, each within a deadline, and URLs relative to the
// bundle. Bound by src/web.rs; served four folders below the module (`snippets/<id>/src/js/`).
const base = new URL('../../../../', import.meta.url);
export function resolve(rel) { return new URL(rel, base).href; }
function within(url, secs, work) {
  const ctl = new AbortController();
  let timer;
  const late = new Promise((_, no) => {
    timer = setTimeout(() => {
      const e = new Error(`${url} did not load within ${secs} s`);
      e.name = 'TimeoutError';
      ctl.abort(e);
      no(e);
    }, secs * 1000);
  });
  return Promise.race([work(ctl.signal), late]).finally(() => clearTimeout(timer));
}
const texts = new Map();
export function fetch_once(url, secs) {
  let p = texts.get(url);
  if (!p) {
    p = within(url, secs, (signal) => fetch(url, { signal }).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status} ${r.statusText}`.trim());
      return r.text();
    }));
    p.catch(() => texts.delete(url));
    texts.set(url, p);
  }
  return p;
}
export function load_module(url, secs) {
  return within(url, secs, async () => {
    const m = await import(url);
    await m.default();
    return m;
  });
}
