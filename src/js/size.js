// An element's size and font size, now and on every change. Bound by src/web.rs
// (`watch_size`, for the map).
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
