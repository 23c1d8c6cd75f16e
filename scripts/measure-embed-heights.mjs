#!/usr/bin/env node
// Measures the embedded widget's height on the built bundle for every option that changes it
// (sections and view, language, width on both sides of each layout breakpoint, metric, a unit
// or an article opened, inline mode) and writes the table that embed/embed.js reserves before
// the widget draws, in place between its `HEIGHTS` markers. Rerun after content or layout
// changes, then rebuild. About 3 minutes on a quiet 2-core machine.
//
//   node scripts/measure-embed-heights.mjs [--dist dist] [--dry-run] [--from target/embed-heights.json]
//
// The table is compositional, as the widget stacks its parts: the height of an embed is the
// height of its main part (map, map with panel, table, list, open article, or none), plus a
// row for its tabs, one for the nationwide figures / result / timeline it shows, and deltas
// for the metric and an opened unit. Each row holds one height per width of `w`, in px; the
// loader interpolates between widths. Rows are measured as whole embeds and differences of
// embeds (see ROWS), per language.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startServer, launch, REPO_ROOT } from '../tests/e2e/harness.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const dist = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : 'dist';
// The raw heights of the last run, kept to rework the table without measuring again (--from).
const RAW = path.join(REPO_ROOT, 'target/embed-heights.json');
const from = args.includes('--from') ? args[args.indexOf('--from') + 1] : null;

// Widths of the embed's element: phones, article columns, wide pages, and both sides of every
// container breakpoint in styles/ (read from the CSS, so a new breakpoint is measured too). The
// widget's own box is the container of most rules, 32 px narrower than the embed (its padding);
// the embed itself is the container of the rules at 420 px and below, so both are measured.
const BASE_WIDTHS = [320, 340, 360, 375, 390, 480, 680, 1100, 1280];
const css = (await Promise.all(
  (await readdir(path.join(REPO_ROOT, 'styles'))).filter((f) => f.endsWith('.css')).map((f) => readFile(path.join(REPO_ROOT, 'styles', f), 'utf8')),
)).join('\n');
const edges = new Set();
for (const [, kind, n] of css.matchAll(/@container\s*\((min|max)-width:\s*(\d+)px\)/g)) {
  const first = kind === 'max' ? Number(n) + 1 : Number(n); // the first width past the edge
  for (const pad of first <= 421 ? [0, 32] : [32]) edges.add(first + pad);
}
const ALL_WIDTHS = [...new Set([...BASE_WIDTHS, ...[...edges].flatMap((e) => [e - 1, e])])]
  .filter((w) => w >= 320 && w <= 1280)
  .sort((a, b) => a - b);
const LANGS = ['kk', 'ru', 'en'];
const METRICS = ['members', 'events', 'proposals', 'attendance', 'parties'];
// The units of the pack, and one of those it has nothing on (they all draw alike).
const PACKED = JSON.parse(await readFile(path.join(REPO_ROOT, 'content/pack.json'), 'utf8')).regions.map((r) => r.id);
const GEO = JSON.parse(await readFile(path.join(REPO_ROOT, 'content/regions.geo.json'), 'utf8')).units.map((u) => u.id);
const UNITS = [...PACKED, ...GEO.filter((u) => !PACKED.includes(u)).slice(0, 1)];
const PAIRS = JSON.parse(await readFile(path.join(REPO_ROOT, 'content/compare/index.json'), 'utf8')).pairs.map((p) => p.id);
// Open articles vary with their text: the row is the median of a spread of them.
const SAMPLE = PAIRS.filter((_, i) => i % Math.ceil(PAIRS.length / 7) === 3);
// Every article, opened, at a phone's, a column's and a wide page's width: its difference from
// the typical article (the pair row), interpolated between these.
const ARTICLE_WIDTHS = [375, 680, 1100];
const ARTICLES = PAIRS.map((a) => [`a:${a}`, { view: 'compare', article: a }]);
const CONTEXT = { n: 'national', r: 'result', t: 'timeline' };
const CONTEXT_KEYS = ['n', 'r', 't', 'nr', 'nt', 'rt', 'nrt'];

// The embeds measured on each page: [name, data-* options].
const EMBEDS = [
  ['map', { sections: 'map,panel' }],
  ['map1', { sections: 'map' }],
  ['view-map', { view: 'map' }],
  ['tabs3', { sections: 'map,panel,table,compare' }],
  ['table', { sections: 'table' }],
  ['list', { view: 'compare' }],
  ...SAMPLE.map((a) => [`pair:${a}`, { view: 'compare', article: a }]),
  ...SAMPLE.map((a) => [`inline:${a}`, { view: 'compare', article: a, mode: 'inline' }]),
  ...CONTEXT_KEYS.map((k) => [`x:${k}`, { sections: ['map,panel', ...[...k].map((c) => CONTEXT[c])].join(',') }]),
  ['only:n', { sections: 'national' }],
  ...METRICS.slice(1).map((m) => [`m:${m}`, { sections: 'map,panel', metric: m }]),
  ...UNITS.map((u) => [`r:${u}`, { sections: 'map,panel', region: u }]),
  ...UNITS.map((u) => [`p:${u}`, { sections: 'panel', region: u }]),
];

const esc = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const hostPage = (lang, width, embeds) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>measure</title><link rel="icon" href="data:,">
<style>body{margin:0;padding:8px}.column{width:${width}px;margin-bottom:24px}</style></head><body>
${embeds.map(([name, o]) => `<div class="column"><div class="qazaq-explainer" data-qe-row="${esc(name)}" data-lang="${lang}"${Object.entries(o)
  .map(([k, v]) => ` data-${k}="${esc(v)}"`)
  .join('')}></div></div>`).join('\n')}
<script src="embed.js"></script></body></html>`;

const server = from ? null : await startServer(dist);
const browser = from ? null : await launch();
const started = Date.now();

/** Heights of every embed on one page, once all are drawn and stable. */
async function measure(lang, width, embeds = EMBEDS) {
  // The embed takes its column's width (its element's own size is shielded from the page).
  const context = await browser.newContext({ viewport: { width: 1320, height: 900 } });
  const page = await context.newPage();
  // Every widget starts at once, not when scrolled near.
  await page.addInitScript(() => {
    delete window.IntersectionObserver;
  });
  await page.route('**/__measure.html', (r) => r.fulfill({ contentType: 'text/html', body: hostPage(lang, width, embeds) }));
  await page.goto(`${server.url}__measure.html`);
  // Drawn, the comparison's texts in, and no height changing over three polls.
  await page.waitForFunction(
    () => {
      const els = [...document.querySelectorAll('.qazaq-explainer')];
      const done = els.every((e) => {
        if (e.getAttribute('data-qe-state') !== 'ready') return false;
        const root = e.shadowRoot;
        if (e.dataset.view !== 'compare') return true;
        return !!root.querySelector(e.dataset.article ? '.qe-pair' : '.qe-compare');
      });
      const key = els.map((e) => e.getBoundingClientRect().height).join();
      const w = window;
      w.__stable = done && key === w.__last ? (w.__stable || 0) + 1 : 0;
      w.__last = key;
      return w.__stable >= 3;
    },
    null,
    { polling: 150, timeout: 120_000 },
  );
  const heights = await page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('.qazaq-explainer')].map((e) => [e.dataset.qeRow, e.getBoundingClientRect().height])),
  );
  // A reservation still held would measure itself, not the widget.
  const held = await page.evaluate(() =>
    [...document.querySelectorAll('.qazaq-explainer')].filter((e) => e.shadowRoot.querySelector('.qe-host').style.minHeight).map((e) => e.dataset.qeRow),
  );
  if (held.length) throw new Error(`${lang} ${width} px: the reservation was never released in ${held.join(', ')}`);
  await context.close();
  return heights;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The rows of one language from the heights at each width. */
function rows(perWidth) {
  const row = (f) => perWidth.map((h) => Math.round(f(h)));
  const out = {
    map: row((h) => h.map),
    map1: row((h) => h.map1),
    table: row((h) => h.table),
    list: row((h) => h.list),
    pair: row((h) => median(SAMPLE.map((a) => h[`pair:${a}`]))),
    inline: row((h) => median(SAMPLE.map((a) => h[`inline:${a}`] - h[`pair:${a}`]))),
    tabs2: row((h) => h['view-map'] - h.map),
    tabs3: row((h) => h.tabs3 - h.map),
    // The chrome of an embed with neither map nor table: add the context row to it.
    none: row((h) => h['only:n'] - (h['x:n'] - h.map)),
  };
  for (const k of CONTEXT_KEYS) out[`x:${k}`] = row((h) => h[`x:${k}`] - h.map);
  for (const m of METRICS.slice(1)) out[`m:${m}`] = row((h) => h[`m:${m}`] - h.map);
  // A unit's rows only where they differ from the typical unit (the median) by more than 8 px.
  for (const p of ['r', 'p']) {
    const value = (h, u) => h[`${p}:${u}`] - (p === 'r' ? h.map : 0);
    // Typical: the row most units share (those the pack has nothing on draw alike).
    const all = UNITS.map((u) => row((h) => value(h, u)));
    const count = (r) => all.filter((x) => x.every((v, i) => Math.abs(v - r[i]) <= 8)).length;
    const typical = all.reduce((best, r) => (count(r) > count(best) ? r : best));
    out[`${p}:*`] = typical;
    for (const u of UNITS) {
      const r = row((h) => value(h, u));
      if (r.some((v, i) => Math.abs(v - typical[i]) > 8)) out[`${p}:${u}`] = r;
    }
  }
  // Rows of zeros are left out: the loader reads a missing row as 0.
  for (const [k, r] of Object.entries(out)) if (r.every((v) => v === 0)) delete out[k];
  return out;
}

// Two pages at a time: the browser's work per page is mostly one thread.
const jobs = [
  ...LANGS.flatMap((lang) => ALL_WIDTHS.map((width) => ({ lang, width }))),
  ...LANGS.flatMap((lang) => ARTICLE_WIDTHS.map((width) => ({ lang, width, embeds: ARTICLES, key: 'articles' }))),
];
const results = new Map();
let cursor = 0;
let done = 0;
const worker = async () => {
  while (cursor < jobs.length) {
    const { lang, width, embeds, key = '' } = jobs[cursor++];
    results.set(`${lang} ${width}${key}`, await measure(lang, width, embeds));
    done += 1;
    process.stderr.write(`\r${done}/${jobs.length} pages (${Math.round((Date.now() - started) / 1000)} s)   `);
  }
};
let measured = {};
if (from) {
  const raw = JSON.parse(await readFile(from, 'utf8'));
  if (raw.w.join() !== ALL_WIDTHS.join()) throw new Error(`${from} was measured at other widths: measure again`);
  measured = raw;
  delete measured.w;
} else {
  await Promise.all([worker(), worker()]);
  process.stderr.write('\n');
  for (const lang of LANGS) {
    measured[lang] = rows(ALL_WIDTHS.map((width) => results.get(`${lang} ${width}`)));
    // Each article's height less the pair row's, where that is more than 8 px at any width.
    measured[lang].a = {};
    for (const [name] of ARTICLES) {
      const d = ARTICLE_WIDTHS.map((width) => results.get(`${lang} ${width}articles`)[name] - measured[lang].pair[ALL_WIDTHS.indexOf(width)]);
      if (d.some((v) => Math.abs(v) > 8)) measured[lang].a[name.slice(2)] = d.map(Math.round);
    }
  }
}

await browser?.close();
await server?.close();
if (!from) await mkdir(path.dirname(RAW), { recursive: true });
if (!from) await writeFile(RAW, JSON.stringify({ w: ALL_WIDTHS, ...measured }));

// Compact for the loader (gzip likes small, repeated numbers): in units of 2 px, each value
// as the difference from the one at the previous width, and ru and en as differences from
// kk; trailing zeros cut, and rows that are all zero left out (a missing kk row is zeros, a
// missing ru or en row the same as kk).
const Q = 4;
const table = { q: Q, w: ALL_WIDTHS, aw: ARTICLE_WIDTHS };
// A unit's panel alone is the typical one plus what the unit adds under the map (the loader
// works that out): its own p: row is measured (to check that) but not kept.
const keys = [...new Set(LANGS.flatMap((l) => Object.keys(measured[l])))].filter((k) => k !== 'a' && !/^p:(?!\*)/.test(k));
const zeros = ALL_WIDTHS.map(() => 0);
for (const lang of LANGS) {
  table[lang] = {};
  for (const k of keys) {
    const r = (measured[lang][k] || zeros).map((v) => Math.round(v / Q));
    const base = lang === 'kk' ? zeros : (measured.kk[k] || zeros).map((v) => Math.round(v / Q));
    const rel = r.map((v, i) => v - base[i]);
    const d = rel.map((v, i) => (i ? v - rel[i - 1] : v));
    while (d.length && d[d.length - 1] === 0) d.pop();
    if (d.length) table[lang][k] = d;
  }
  // Articles: their difference from the pair row is much the same in every language (within
  // about 40 px), so kk's stands for all three (it costs 2 KB per language).
  if (lang === 'kk') {
    table.a = Object.fromEntries(Object.entries(measured.kk.a).map(([k, d]) => [k, d.map((v) => Math.round(v / Q))]));
  }
}
console.error(`map (kk): ${measured.kk.map.join(' ')}`);

const json = JSON.stringify(table).replace(/\],"(?!o|n)/g, '],\n    "').replace(/\},"/g, '},\n  "');
const file = path.join(REPO_ROOT, 'embed/embed.js');
const source = await readFile(file, 'utf8');
const re = /(\/\/ <heights>\n)[\s\S]*?(\n\s*\/\/ <\/heights>)/;
if (!re.test(source)) throw new Error('embed/embed.js has no // <heights> … // </heights> markers');
const next = source.replace(re, (_, a, b) => `${a}  const HEIGHTS = ${json};${b}`);
if (flag('--dry-run')) console.log(json);
else await writeFile(file, next);
console.error(`${flag('--dry-run') ? 'measured' : 'wrote embed/embed.js'}: ${keys.length} rows per language, ${ALL_WIDTHS.length} widths, in ${Math.round((Date.now() - started) / 1000)} s`);
