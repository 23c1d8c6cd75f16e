// Forced colours (Windows high contrast; issue 15, class 5): the browser replaces the page's
// colours with the reader's system colours. The legend must not turn into identical blank boxes
// while the map keeps its colours: each bin's swatch looks like its units and unlike every
// other bin, "not reported" is hatched unlike any bin, selected switches and focus rings show,
// and Compare's insertions and deletions differ without colour. Demo page and script embed
// (shadow root), axe on the main views, screenshots in target/screenshots/forced-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import path from 'node:path';
import { REPO_ROOT, startServer, launch, newPage, waitForWidget, screenshot, assertNoPageErrors, hostCsp } from './harness.mjs';

const AXE = path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const WAIT = { timeout: 20_000 };

let bundle;
let host;
let browser;

// A news page on another origin with the widget as a script embed; `?view=` picks its view.
const PAGE = (bundleUrl, view) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>News</title><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Kazakhstan votes</h1>
<script src="${bundleUrl}embed.js" data-view="${view}" data-lang="en"></script>
</main></body></html>`;

before(async () => {
  bundle = await startServer('dist');
  const server = http.createServer((req, res) => {
    const view = new URL(req.url, 'http://x').searchParams.get('view') ?? 'map';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': hostCsp(bundle.url) }).end(PAGE(bundle.url, view));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  host = {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((r) => (server.closeAllConnections(), server.close(r))),
  };
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await host?.close();
  await bundle?.close();
});

// Queries inside the widget: through its shadow root in an embed, the document on the demo page.
const IN_WIDGET = `
  window.__qe = {
    root: () => document.querySelector('.qazaq-explainer')?.shadowRoot ?? document,
    q: (sel) => window.__qe.root().querySelector(sel),
    all: (sel) => [...window.__qe.root().querySelectorAll(sel)],
    // A system colour as the browser resolves it, from a probe in the widget's own tree.
    system: (name) => {
      const probe = document.createElement('span');
      probe.style.color = name;
      (window.__qe.q('.qe') ?? window.__qe.root().firstElementChild).append(probe);
      const c = getComputedStyle(probe).color;
      probe.remove();
      return c;
    },
  };`;

async function open(kind, hash, { width = 1280, height = 900 } = {}) {
  // The host page's strict CSP would refuse the injected axe script, not the widget.
  const page = await newPage(browser, { width, height, forcedColors: 'active', bypassCSP: kind === 'script' });
  await page.emulateMedia({ forcedColors: 'active' });
  await page.context().addInitScript(IN_WIDGET);
  const view = new URLSearchParams(hash.slice(1)).get('view') ?? 'map';
  await page.goto(kind === 'demo' ? `${bundle.url}${hash}` : `${host.url}?view=${view}${hash}`);
  if (kind === 'demo') await waitForWidget(page);
  await page.waitForFunction(() => !!window.__qe?.q('[data-qe-ready="true"]'), null, WAIT);
  // The build's first view (the same markup) has made way for the live widget.
  await page.locator('.qe-first').waitFor({ state: 'detached', ...WAIT });
  assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true, 'forced colours are on');
  return page;
}

async function axe(page, what, { disable = [] } = {}) {
  await page.evaluate(async () => {
    const frame = () => new Promise((ok) => requestAnimationFrame(() => ok()));
    await frame();
    const root = window.__qe.root();
    for (const a of root.getAnimations()) {
      const { iterations, duration } = a.effect.getComputedTiming();
      if (iterations !== Infinity && duration < 2000) a.finish();
    }
    await frame();
  });
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ path: AXE });
  const r = await page.evaluate(
    ([values, disable]) => window.axe.run(document, { runOnly: { type: 'tag', values }, rules: Object.fromEntries(disable.map((id) => [id, { enabled: false }])) }),
    [TAGS, disable],
  );
  const said = r.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.slice(0, 4).map((n) => JSON.stringify(n.target)).join(', ')}`);
  assert.deepEqual(said, [], `${what}: axe in forced colours`);
}

/** The legend's swatches and the map's fills, as drawn. */
const legendAndMap = (page) =>
  page.evaluate(() => {
    const { q, all } = window.__qe;
    const swatches = all('.qe-legend-bins > li').map((li) => {
      const sw = li.querySelector('.qe-swatch');
      const hatched = sw.tagName.toLowerCase() === 'svg';
      const cls = [...sw.classList].find((c) => /^qe-c\d$/.test(c)) ?? null;
      const cs = getComputedStyle(sw);
      return { cls, hatched, background: cs.backgroundColor, border: `${cs.borderTopWidth} ${cs.borderTopStyle} ${cs.borderTopColor}`, fill: hatched ? sw.querySelector('rect').getAttribute('fill') : null };
    });
    const fills = {};
    for (const p of all('.qe-map svg .qe-unit')) {
      const cls = [...p.classList].find((c) => /^qe-c\d$/.test(c)) ?? (p.classList.contains('qe-nr') ? 'nr' : 'other');
      (fills[cls] ??= new Set()).add(getComputedStyle(p).fill);
    }
    const pattern = q('svg pattern');
    const hatch = pattern && { bg: getComputedStyle(pattern.querySelector('rect')).fill, line: getComputedStyle(pattern.querySelector('line')).stroke };
    return { swatches, fills: Object.fromEntries(Object.entries(fills).map(([k, v]) => [k, [...v]])), hatch, canvas: window.__qe.system('Canvas'), text: window.__qe.system('CanvasText') };
  });

/** Pictures of each legend swatch as drawn: identical boxes would give identical pictures. */
async function swatchPictures(page) {
  const items = await page.evaluateHandle(() => window.__qe.all('.qe-legend-bins > li .qe-swatch'));
  const n = await items.evaluate((a) => a.length);
  const out = [];
  for (let i = 0; i < n; i++) {
    const el = await items.evaluateHandle((a, i) => a[i], i);
    out.push((await el.asElement().screenshot()).toString('base64'));
  }
  return out;
}

/**
 * The contrast between the lightest and darkest pixels drawn where the words of the element at
 * `selector` are: letters that do not show leave one flat colour there (1:1). Selected switches
 * in HighlightText once vanished so, on the Canvas-coloured plate the browser puts behind text,
 * with every computed colour still "right".
 */
async function wordsContrast(page, selector) {
  // Each text's own box, 1 px in from its edges: the plate, if there is one, covers it all.
  const clips = await page.evaluate((sel) => {
    const el = window.__qe.q(sel);
    el.scrollIntoView({ block: 'center' });
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const out = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) {
        if (r.width > 4 && r.height > 4) out.push({ x: r.x + 1, y: r.y + 1, width: r.width - 2, height: r.height - 2 });
      }
    }
    return out;
  }, selector);
  assert.ok(clips.length, `${selector} has words on screen`);
  let least = Infinity;
  for (const clip of clips) {
    const png = (await page.screenshot({ clip })).toString('base64');
    const ratio = await page.evaluate(async (png) => {
      const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
      const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const g = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d');
      g.drawImage(bmp, 0, 0);
      const d = g.getImageData(0, 0, bmp.width, bmp.height).data;
      const lin = (v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
      let [lo, hi] = [1, 0];
      for (let i = 0; i < d.length; i += 4) {
        const l = 0.2126 * lin(d[i]) + 0.7152 * lin(d[i + 1]) + 0.0722 * lin(d[i + 2]);
        [lo, hi] = [Math.min(lo, l), Math.max(hi, l)];
      }
      return (hi + 0.05) / (lo + 0.05);
    }, png);
    least = Math.min(least, ratio);
  }
  return least;
}

/** A focus ring as drawn: outline (HTML) or the map's focus outline path (SVG). */
const ring = (page, selector) =>
  page.evaluate((selector) => {
    const el = window.__qe.q(selector);
    const cs = getComputedStyle(el);
    return { style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), color: cs.outlineColor, highlight: window.__qe.system('Highlight') };
  }, selector);

for (const kind of ['demo', 'script']) {
  test(`${kind}: the map and its legend in forced colours: every bin its own swatch, like its units; "not reported" hatched unlike any; chips and focus`, async () => {
    const page = await open(kind, '#view=map&metric=members&lang=en');
    await page.locator('.qe-legend-bins .qe-swatch').first().waitFor(WAIT);
    const seen = await legendAndMap(page);
    const bins = seen.swatches.filter((s) => !s.hatched);
    const nr = seen.swatches.filter((s) => s.hatched);
    assert.ok(bins.length >= 2, `several bins: ${JSON.stringify(seen.swatches)}`);
    assert.equal(nr.length, 1, 'one not-reported swatch');
    const colours = bins.map((b) => b.background);
    assert.equal(new Set(colours).size, colours.length, `each bin's swatch has its own colour, not a blank box: ${colours}`);
    assert.ok(!colours.includes(seen.canvas) && !colours.some((c) => c === 'rgba(0, 0, 0, 0)'), `no swatch is the page's colour: ${colours} vs ${seen.canvas}`);
    for (const b of bins) {
      assert.deepEqual(seen.fills[b.cls], [b.background], `the ${b.cls} units are filled like their swatch`);
      assert.match(b.border, /^1px solid /, 'a swatch keeps its border');
      assert.equal(b.border.split(' ').slice(2).join(' '), seen.text, 'in the text colour');
    }
    // "Not reported": the hatching, in the reader's text colour on the page's, unlike any bin.
    assert.match(nr[0].fill, /^url\(#/, 'the not-reported swatch is hatched');
    assert.deepEqual(seen.hatch, { bg: seen.canvas, line: seen.text }, 'hatching in system colours');
    assert.ok(seen.fills.nr?.every((f) => f.startsWith('url(')), `the unreported units are hatched: ${JSON.stringify(seen.fills.nr)}`);
    const pictures = await swatchPictures(page);
    assert.equal(new Set(pictures).size, pictures.length, 'every swatch, the hatched one included, looks different from the others');

    // The chosen metric stands out from the others.
    const chips = await page.evaluate(() =>
      window.__qe.all('.qe-chip[role="radio"], .qe-metrics .qe-chip').map((c) => ({ on: c.getAttribute('aria-checked') === 'true', bg: getComputedStyle(c).backgroundColor })),
    );
    const on = chips.filter((c) => c.on);
    assert.equal(on.length, 1, `one chosen chip: ${JSON.stringify(chips)}`);
    assert.ok(chips.filter((c) => !c.on).every((c) => c.bg !== on[0].bg), `the chosen chip looks chosen: ${JSON.stringify(chips)}`);
    assert.equal(on[0].bg, await page.evaluate(() => window.__qe.system('Highlight')), 'in the selection colour');
    for (const sel of ['.qe-metrics .qe-chip[aria-checked="true"]', '.qe-seg[aria-pressed="true"]']) {
      const c = await wordsContrast(page, sel);
      assert.ok(c >= 4.5, `the words of ${sel} show: ${c.toFixed(2)}:1`);
    }

    // The map's focus ring, from the keyboard: drawn, in the system's highlight colour.
    await page.evaluate(() => window.__qe.q('svg [data-id][tabindex="0"]').focus());
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => !!window.__qe.q('.qe-outline.is-focus'), null, { timeout: 2000 });
    const focus = await page.evaluate(() => {
      const cs = getComputedStyle(window.__qe.q('.qe-outline.is-focus'));
      return { stroke: cs.stroke, width: parseFloat(cs.strokeWidth), highlight: window.__qe.system('Highlight') };
    });
    assert.ok(focus.width > 0 && focus.stroke === focus.highlight, `map focus ring: ${JSON.stringify(focus)}`);
    await screenshot(page, `forced-map-${kind}`);
    await axe(page, `${kind} map`);

    // A region's panel, its not-reported figures hatched too.
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !!window.__qe.q('aside.qe-detail:not(.is-empty)'), null, WAIT);
    await screenshot(page, `forced-panel-${kind}`);
    await axe(page, `${kind} panel`);
    assertNoPageErrors(page);
    await page.context().close();
  });

  test(`${kind}: the table, nationwide figures and Compare in forced colours: focus rings, the open article, insertions and deletions`, async () => {
    let page = await open(kind, '#view=table&lang=en');
    await page.waitForFunction(() => !!window.__qe.q('.qe-table tbody tr'), null, WAIT);
    await screenshot(page, `forced-table-${kind}`, { fullPage: true });
    await axe(page, `${kind} table`);
    // A pressed view switch stands out from the others.
    const segs = await page.evaluate(() => window.__qe.all('.qe-seg').map((s) => ({ on: s.getAttribute('aria-pressed') === 'true', bg: getComputedStyle(s).backgroundColor })));
    const pressed = segs.filter((s) => s.on);
    assert.ok(pressed.length >= 1 && segs.filter((s) => !s.on).every((s) => !pressed.some((p) => p.bg === s.bg)), `the pressed switch looks pressed: ${JSON.stringify(segs)}`);
    await page.context().close();

    // English readers have no 2026 text to compare with: the Russian texts, as a redline.
    page = await open(kind, '#view=compare&article=o3-n4&mode=inline&lang=en&texts=ru');
    if (kind === 'script') {
      // An embed keeps no state in the page's URL: the reader gets there by hand.
      await page.locator('nav.qe-articles .qe-article-btn[data-pair="o3-n4"]').click(WAIT);
      await page.locator('.qe-texts-lang .qe-seg[data-texts="ru"]').click(WAIT);
      await page.waitForFunction(() => !!window.__qe.q('article.qe-pair .qe-texts.is-side'), null, WAIT);
      await page.locator('article.qe-pair > .qe-segmented .qe-seg[aria-pressed="false"]').click(WAIT);
    }
    await page.waitForFunction(() => !!window.__qe.q('.qe-texts.is-inline ins') && !!window.__qe.q('.qe-texts.is-inline del'), null, WAIT);
    const marks = await page.evaluate(() => {
      const deco = (sel) => getComputedStyle(window.__qe.q(sel)).textDecorationLine;
      return { ins: deco('.qe-texts ins'), del: deco('.qe-texts del'), keyIns: deco('.qe-key-ins'), keyDel: deco('.qe-key-del') };
    });
    assert.deepEqual(marks, { ins: 'underline', del: 'line-through', keyIns: 'underline', keyDel: 'line-through' }, 'insertions and deletions differ without colour');
    // The open article in the list, in the selection colours.
    const current = await page.evaluate(() => {
      const cur = window.__qe.q('.qe-article-btn[aria-current="true"]');
      const other = window.__qe.q('.qe-article-btn:not([aria-current="true"])');
      return { cur: getComputedStyle(cur).backgroundColor, other: getComputedStyle(other).backgroundColor, highlight: window.__qe.system('Highlight') };
    });
    assert.ok(current.cur === current.highlight && current.other !== current.cur, `the open article stands out: ${JSON.stringify(current)}`);
    const words = await wordsContrast(page, '.qe-article-btn[aria-current="true"]');
    assert.ok(words >= 4.5, `the open article's words show: ${words.toFixed(2)}:1`);
    // A Compare button's focus ring, from the keyboard: visible, in the highlight colour.
    await page.evaluate(() => window.__qe.q('article.qe-pair > .qe-segmented .qe-seg[aria-pressed="true"]').focus());
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const r = await ring(page, 'article.qe-pair > .qe-segmented .qe-seg[aria-pressed="true"]:focus-visible');
    assert.ok(r.style !== 'none' && r.width > 0 && r.color !== 'rgba(0, 0, 0, 0)', `Compare button focus ring: ${JSON.stringify(r)}`);
    assert.ok([r.highlight, await page.evaluate(() => window.__qe.system('HighlightText'))].includes(r.color), `in a system colour: ${JSON.stringify(r)}`);
    await screenshot(page, `forced-compare-${kind}`);
    await axe(page, `${kind} compare pair`);
    assertNoPageErrors(page);
    await page.context().close();
  });
}

test('kiosk in forced colours: the attract loop\'s progress and prompt stay visible, axe passes', async () => {
  const page = await newPage(browser, { width: 1920, height: 1080, hasTouch: true, forcedColors: 'active' });
  await page.emulateMedia({ forcedColors: 'active' });
  await page.context().addInitScript(IN_WIDGET);
  await page.clock.install();
  await page.goto(`${bundle.url}kiosk.html`);
  await page.locator('[data-qe-kiosk-ready="true"]').waitFor({ timeout: 30_000 });
  await page.clock.runFor(72_000);
  await page.locator('.qe-kiosk-poster').waitFor(WAIT);
  // The caption's entrance runs on real time, not the fake clock: finished for the picture.
  await page.evaluate(() => {
    for (const a of window.__qe.root().getAnimations()) {
      const { iterations, duration } = a.effect.getComputedTiming();
      if (iterations !== Infinity && duration < 2000) a.finish();
    }
  });
  const seen = await page.evaluate(() => {
    const { q, all } = window.__qe;
    const cs = (el) => getComputedStyle(el);
    return {
      steps: all('.qe-kiosk-progress li').map((li) => `${cs(li).borderTopWidth} ${cs(li).borderTopStyle} ${cs(li).borderTopColor}`),
      prompt: `${cs(q('.qe-kiosk-prompt')).borderTopWidth} ${cs(q('.qe-kiosk-prompt')).borderTopStyle}`,
      current: getComputedStyle(q('.qe-kiosk-progress li.is-current'), '::before').backgroundColor,
      text: window.__qe.system('CanvasText'),
    };
  });
  assert.ok(seen.steps.length > 1 && seen.steps.every((s) => s === `1px solid ${seen.text}`), `progress steps outlined: ${JSON.stringify(seen)}`);
  assert.equal(seen.current, seen.text, 'the current step fills in the text colour');
  assert.equal(seen.prompt, '2px solid', 'the prompt has an edge');
  await screenshot(page, 'forced-kiosk');
  // The kiosk page's own rules (no <main>, no <h1>, no zoom) are a11y.test.mjs's business.
  await axe(page, 'kiosk attract loop', { disable: ['landmark-one-main', 'page-has-heading-one', 'meta-viewport'] });
  assertNoPageErrors(page);
  await page.context().close();
});
