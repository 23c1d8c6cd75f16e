// Mounts, updates and destroys the views of an on-demand module (Compare, referendum day,
// kiosk mode). Bound by src/components/compare_loader.rs; kiosk_loader.rs uses the kiosk's.
export function mount_compare(m, el, lang, hash, heading, kiosk, on_change, pack) {
  return m.mount(el, lang, hash, heading, kiosk, on_change, pack);
}
export function mount_kiosk(m, el, root, lang, idle, regions, captions, title, hash, articles, on_step, on_reset) {
  return m.mount_kiosk(el, root, lang, idle, regions, captions, title, hash, articles, on_step, on_reset);
}
export function update_kiosk(h, lang, captions, title, hash) { h.update(lang, captions, title, hash); }
export function destroy_kiosk(h) { h.destroy(); }
export function update_compare(h, lang, hash, epoch) { h && h.update(lang, hash, epoch); }
export function destroy_compare(h) { h && h.destroy(); }
