/*! Qazaq Explainer embed loader: puts the widget into a news page. See README.md, "Embed it".
 *
 * Each widget lives in a shadow root, so the host page's CSS cannot reach it and its CSS
 * cannot leak out. Nothing heavy happens until a widget is near the viewport; the module and
 * content are fetched once however many widgets the page has. Errors stay inside the widget
 * and the console: this script never throws into the host page.
 *
 * The build (scripts/build-embed) fills in MANIFEST with the content-hashed file names; every
 * URL resolves against this script's own address, so the bundle can live on any CDN path.
 */
(() => {
  'use strict';
  const MANIFEST = __QE_MANIFEST__;
  const KEY = Symbol.for('qazaq-explainer');
  const script = document.currentScript;
  const base = new URL('.', (script && script.src) || location.href);
  const at = (file) => new URL(file, base).href;
  const warn = (msg) => console.warn(`Qazaq Explainer: ${msg}`);
  // Shared by every copy of this script on the page.
  const shared = (window[KEY] = window[KEY] || { seen: new WeakSet(), listening: false });

  const FAILED = {
    kk: ['Интерактивті түсіндірме жүктелмеді.', 'Оны жеке бетте ашыңыз.'],
    ru: ['Не удалось загрузить интерактивный материал.', 'Откройте его на отдельной странице.'],
    en: ['The interactive explainer could not be loaded.', 'Open it on its own page.'],
  };

  // Before the widget draws, it reserves the height it will take at its width, so the page
  // does not jump: heights of the built-in content measured by scripts/measure-embed-heights.mjs
  // (mean of kk, ru and en; the comparison switches to two columns at 932 px), [width, height]
  // in px, interpolated.
  const HEIGHTS = {
    map: [[320, 6040], [390, 4900], [480, 4440], [600, 4080], [768, 3850], [900, 3460], [1024, 3240], [1280, 3110], [1600, 3220]],
    compare: [[320, 7220], [390, 6090], [480, 5990], [600, 5960], [768, 5750], [931, 5790], [932, 1230], [1280, 1160], [1600, 1130]],
  };
  const reserve = (view, width) => {
    const t = HEIGHTS[view === 'compare' ? 'compare' : 'map'];
    const w = Math.max(t[0][0], Math.min(width || 640, t[t.length - 1][0]));
    const i = t.findIndex(([x]) => x >= w);
    if (i <= 0) return t[0][1];
    const [[x0, y0], [x1, y1]] = [t[i - 1], t[i]];
    return Math.round(y0 + ((y1 - y0) * (w - x0)) / (x1 - x0));
  };

  const options = (el) => {
    const pairs = [];
    for (const a of el.attributes) {
      if (a.name.startsWith('data-') && !a.name.startsWith('data-qe-')) {
        pairs.push([a.name.slice(5), a.value]);
      }
    }
    if (!el.hasAttribute('data-qe-query')) return { pairs, prefix: 'data-' };
    // The iframe and kiosk pages: options in the query string, over the page's own.
    return { pairs: [...pairs, ...new URLSearchParams(location.search)], prefix: '?' };
  };

  // The static map linking to the standalone page: for browsers without WebAssembly or
  // shadow DOM, and when loading fails. The container may already hold it (the embed code).
  const fallback = (el, lang) => {
    if (el.querySelector('img, a')) return;
    const a = document.createElement('a');
    a.href = at('index.html');
    const img = document.createElement('img');
    img.src = at(`fallback/map-${lang}.svg`);
    img.alt = 'Qazaq Explainer: map of Kazakhstan’s regions. Open the interactive explainer.';
    img.width = 960;
    img.style.maxWidth = '100%';
    img.style.height = 'auto';
    a.append(img);
    el.append(a);
  };

  // Kiosk mode keeps working offline: the build's service worker (sw.js) caches the bundle. A
  // page can only register one of its own origin, so kiosks served with the bundle get it.
  const offline = () => {
    try {
      if (shared.sw || base.origin !== location.origin || !navigator.serviceWorker) return;
      shared.sw = navigator.serviceWorker
        .register(at('sw.js'), { scope: base.href })
        .catch((e) => warn(`no offline mode: ${e.message}`));
    } catch (e) {
      warn(`no offline mode: ${e.message}`);
    }
  };

  const loadModule = () => {
    shared.module =
      shared.module ||
      import(at(MANIFEST.js)).then(async (m) => {
        // The instance's exports, kept for diagnostics (scripts/soak-kiosk.mjs reads its memory).
        shared.wasm = await m.default({ module_or_path: at(MANIFEST.wasm) });
        return m;
      });
    shared.module.catch(() => {
      shared.module = null;
    });
    return shared.module;
  };

  const styles = (root) =>
    new Promise((resolve) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = at(MANIFEST.css);
      link.onload = link.onerror = resolve;
      root.append(link);
    });

  const start = (el) => {
    if (shared.seen.has(el)) return;
    shared.seen.add(el);
    const { pairs, prefix } = options(el);
    // The last value of an option counts, as in the widget.
    const get = (k) => (pairs.filter(([n]) => n === k).pop() || [])[1];
    const lang = ['kk', 'ru', 'en'].includes(get('lang')) ? get('lang') : 'kk';
    // The last valid kiosk value counts, as in the widget: a bare attribute means on.
    let kiosk = false;
    for (const [k, v] of pairs) {
      const f = k === 'kiosk' && /^(?:(|true|1|yes|on)|false|0|no|off)$/i.exec(v.trim());
      if (f) kiosk = f[1] != null;
    }
    if (kiosk) offline();
    if (typeof WebAssembly !== 'object' || !el.attachShadow) {
      fallback(el, lang);
      return;
    }
    let root;
    try {
      root = el.attachShadow({ mode: 'open' });
    } catch (e) {
      warn(`cannot attach to ${el.tagName.toLowerCase()}: ${e.message}`);
      fallback(el, lang);
      return;
    }
    const css = styles(root);
    const mount = document.createElement('div');
    mount.className = 'qe-host';
    mount.style.minHeight = `${reserve(get('view'), el.getBoundingClientRect().width)}px`;
    root.append(mount);
    el.setAttribute('data-qe-state', 'waiting');
    el.addEventListener(
      'qazaq-explainer:ready',
      () => {
        mount.style.minHeight = '';
        el.setAttribute('data-qe-state', 'ready');
      },
      { once: true },
    );

    const go = async () => {
      el.setAttribute('data-qe-state', 'loading');
      try {
        const [m] = await Promise.all([loadModule(), css]);
        m.mount(mount, pairs.map(([k]) => k), pairs.map(([, v]) => v), prefix);
      } catch (e) {
        console.error(`Qazaq Explainer: could not load the widget from ${base.href}:`, e);
        el.setAttribute('data-qe-state', 'failed');
        mount.style.minHeight = '';
        const p = document.createElement('p');
        p.className = 'qe-loading';
        p.setAttribute('role', 'alert');
        const [msg, link] = FAILED[lang];
        p.textContent = `${msg} `;
        const a = document.createElement('a');
        a.href = at('index.html');
        a.textContent = link;
        p.append(a);
        mount.append(p);
      }
    };
    // Heavy work only when the widget comes near the viewport.
    if ('IntersectionObserver' in window) {
      const io = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            io.disconnect();
            go();
          }
        },
        { rootMargin: '600px 0px' },
      );
      io.observe(el);
    } else {
      go();
    }
  };

  // A script with options is an embed itself: the widget goes right after it.
  const own = () => {
    if (!script || script.hasAttribute('data-qe-done')) return;
    const attrs = [...script.attributes].filter((a) => a.name.startsWith('data-'));
    if (!attrs.length) return;
    script.setAttribute('data-qe-done', '');
    const el = document.createElement('div');
    el.className = 'qazaq-explainer';
    for (const a of attrs) el.setAttribute(a.name, a.value);
    el.removeAttribute('data-qe-done');
    script.after(el);
  };

  const scan = () => {
    for (const el of document.querySelectorAll('.qazaq-explainer')) start(el);
  };

  // In an iframe, tell the host page our height whenever it changes.
  const frame = () => {
    if (window.parent === window || shared.framed) return;
    shared.framed = true;
    const id = new URLSearchParams(location.search).get('id') || '';
    let last = 0;
    const post = () => {
      const h = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (h !== last) {
        last = h;
        window.parent.postMessage({ type: 'qazaq-explainer:height', height: h, id }, '*');
      }
    };
    new ResizeObserver(post).observe(document.documentElement);
  };

  // On a host page, fit each of our iframes to the height it reports.
  const listen = () => {
    if (shared.listening) return;
    shared.listening = true;
    window.addEventListener('message', (e) => {
      const d = e.data;
      if (e.origin !== base.origin || !d || d.type !== 'qazaq-explainer:height') return;
      const h = Number(d.height);
      if (!(h > 0 && h < 20000)) return;
      for (const f of document.querySelectorAll('iframe')) {
        if (f.contentWindow === e.source) f.style.height = `${h}px`;
      }
    });
  };

  try {
    own();
    scan();
    frame();
    listen();
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', scan, { once: true });
    }
  } catch (e) {
    console.error('Qazaq Explainer:', e);
  }
})();
