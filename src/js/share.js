// The footer's SVG and PNG downloads, the export module's map and the clipboard. Bound by
// src/components/share.rs.
function save(blob, name) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.rel = 'noopener';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
export function save_svg(text, name) {
  save(new Blob([text], { type: 'image/svg+xml' }), name);
}
export async function save_png(text, name) {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth * 2;
    c.height = img.naturalHeight * 2;
    const g = c.getContext('2d');
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, c.width, c.height);
    g.drawImage(img, 0, 0, c.width, c.height);
    const png = await new Promise((ok, no) =>
      c.toBlob((b) => (b ? ok(b) : no(new Error('the browser made no PNG'))), 'image/png'));
    save(png, name);
  } finally {
    URL.revokeObjectURL(url);
  }
}
export function draw_map(m, pack, metric, lang) {
  return m.map_svg(pack, metric, lang);
}
export function copy_text(text) {
  if (!navigator.clipboard) return Promise.reject(new Error('no clipboard'));
  return navigator.clipboard.writeText(text);
}
