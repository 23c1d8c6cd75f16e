// The JS src/web.rs calls, in one module: the page fetches its snippets at once, and fewer of
// them means fewer connections opened together (wasm-bindgen-test-runner's server, tiny_http
// 0.12, can leave one of a burst of new connections unread for ever). Served four folders below
// the module (`snippets/<id>/src/js/`).

// Text fetches and on-demand wasm modules, each within a deadline, and URLs relative to the
// bundle.
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

// The widget's ready event, and the error box that replaces it after a panic
// (`dispatch_ready`, the panic hook).
export function ready(el) {
  el.dispatchEvent(new CustomEvent('qazaq-explainer:ready', { bubbles: true, composed: true }));
}
export function crashed(root, title, detail, label) {
  const p = document.createElement('p');
  p.textContent = title;
  const code = document.createElement('code');
  code.textContent = detail;
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'qe-btn';
  b.textContent = label;
  b.addEventListener('click', () => location.reload());
  const box = document.createElement('div');
  box.className = 'qe-error';
  box.setAttribute('role', 'alert');
  box.append(p, code, b);
  const qe = document.createElement('div');
  qe.className = 'qe';
  qe.append(box);
  root.replaceChildren(qe);
  root.dispatchEvent(new CustomEvent('qazaq-explainer:error', { bubbles: true, composed: true, detail }));
}

// An element's size and font size, now and on every change (`watch_size`, for the map).
export function observe_width(el, cb) {
  const font = () => parseFloat(getComputedStyle(el).fontSize) || 16;
  const r = el.getBoundingClientRect();
  cb(r.width, r.height, font());
  if (typeof ResizeObserver === 'undefined') return null;
  const ro = new ResizeObserver((entries) => { for (const e of entries) cb(e.contentRect.width, e.contentRect.height, font()); });
  ro.observe(el);
  return ro;
}
export function unobserve(ro) { if (ro) ro.disconnect(); }
