// The widget's ready event, and the error box that replaces it after a panic. Bound by
// src/web.rs (`dispatch_ready`, the panic hook).
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
