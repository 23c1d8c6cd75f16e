#!/usr/bin/env node
// Runs every benchmark on a built bundle and prints one table. `scripts/bench` builds the
// release bundle, copies it and calls this on the copy; run this directly only on a bundle
// you already have:
//
//   node scripts/bench.mjs --dir <bundle> [--runs 7] [--reps 20] [--lighthouse-runs 5]
//                          [--no-lighthouse] [--no-native] [--no-wasm] [--out table.md] [--json all.json]
//
// The parts, each a script of its own that can also be run alone:
//   sizes         python3 scripts/size-report.py <bundle>
//   map painted   node scripts/bench-paint.mjs (demo page and a script embed against the floor:
//                 the static SVG alone; 4x CPU, loopback and slow 4G)
//   first draw    node scripts/bench-first-draw.mjs (demo page and embed.html?view=map, 1x and 4x)
//   interactions  node scripts/bench-interactions.mjs (hover, metric, region, article pair, search,
//                 Back; 1x, 4x)
//   comparison    cargo run --release --example bench_compare (native), target/release/align --check
//                 (native alignment), node scripts/bench-compare-wasm.mjs (the same pure work as
//                 wasm in Chromium), node scripts/bench-compare.mjs (the Compare view: open it, open
//                 every pair, with rendering)
//   lighthouse    node scripts/bench-lighthouse.mjs (demo page, mobile preset)
// A part that fails is reported in the table as not measured, with the reason; the run goes on
// and exits 0. Progress and each part's own output go to stderr, the table to stdout.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_PATH, REPO_ROOT } from '../tests/e2e/harness.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    runs: { type: 'string', default: '7' },
    reps: { type: 'string', default: '20' },
    'lighthouse-runs': { type: 'string', default: '5' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-native': { type: 'boolean', default: false },
    'no-wasm': { type: 'boolean', default: false },
    out: { type: 'string' },
    json: { type: 'string' },
  },
});
if (!values.dir) {
  console.error('usage: node scripts/bench.mjs --dir <built bundle> [options] (scripts/bench builds one)');
  process.exit(2);
}
const DIR = path.resolve(values.dir);
const FRAME_MS = 1000 / 60;
// embedKb: scripts/test's EMBED_BUDGET_KB (embed.js holds the heights table).
const TARGET = { firstViewKb: 120, embedKb: 9, drawMs: 300, frameMs: FRAME_MS, a11y: 100, perf: 95 };

const log = (s) => process.stderr.write(`${s}\n`);
/** Runs a command, echoing its output to stderr; resolves with its stdout and exit code. */
function run(cmd, args, { timeoutMs = 900_000, env } = {}) {
  return new Promise((resolve) => {
    log(`\n=== ${cmd} ${args.join(' ')}`);
    const t0 = Date.now();
    const child = spawn(cmd, args, { cwd: REPO_ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    child.stdout.on('data', (d) => {
      stdout += d;
      process.stderr.write(d);
    });
    child.stderr.on('data', (d) => process.stderr.write(d));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ code: -1, stdout, error: err.message, ms: Date.now() - t0 });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, stdout, error: signal ? `killed (${signal}) after ${timeoutMs / 1000} s` : null, ms: Date.now() - t0 });
    });
  });
}
const readJson = async (file) => JSON.parse(await readFile(file, 'utf8'));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const firstLine = (s) => String(s ?? '').trim().split('\n')[0];

function machine() {
  const text = (cmd, args) => {
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : null;
  };
  const chromium = (text(CHROMIUM_PATH, ['--version']) ?? '?').replace(/\s+built on.*/, '');
  const rev = text('git', ['-C', REPO_ROOT, 'rev-parse', '--short', 'HEAD']);
  const dirty = text('git', ['-C', REPO_ROOT, 'status', '--porcelain', '--untracked-files=no']);
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu: `${os.cpus().length} x ${os.cpus()[0]?.model ?? '?'}`,
    ramGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    os: text('uname', ['-sr']) ?? os.platform(),
    chromium,
    rustc: text('rustc', ['--version']) ?? '?',
    node: process.version,
    commit: rev ? `${rev}${dirty ? ' + uncommitted changes' : ''}` : '?',
    loadStart: os.loadavg()[0].toFixed(2),
  };
}

// --- the parts -------------------------------------------------------------------------------

async function sizes() {
  const r = await run('python3', ['scripts/size-report.py', DIR]);
  if (r.code !== 0 && !/first view, demo page/.test(r.stdout)) throw new Error(`size-report failed: ${firstLine(r.error ?? r.stdout)}`);
  const s = r.stdout;
  const num = (re) => {
    const m = s.match(re);
    return m ? Number.parseFloat(m[1]) : null;
  };
  const wasm = s.match(/^qazaq-explainer-[0-9a-f]+_bg\.wasm\s+(\d+)\s+(\d+)/m);
  const compare = {};
  for (const m of s.matchAll(/compare view, (\w+) reader: module ([\d.]+) KB \+ index ([\d.]+) KB \+ texts ([\d.]+) KB = ([\d.]+) KB/g)) {
    compare[m[1]] = { module: +m[2], index: +m[3], texts: +m[4], total: +m[5] };
  }
  return {
    demo: num(/first view, demo page: ([\d.]+) KB gzipped/),
    demoRaw: num(/first view, demo page: [\d.]+ KB gzipped \(raw ([\d.]+) KB/),
    embed: num(/first view, embed: ([\d.]+) KB gzipped/),
    embedJs: num(/of which embed\.js ([\d.]+) KB/),
    wasm: wasm ? Number(wasm[2]) / 1000 : null,
    exportModule: num(/map download: export module ([\d.]+) KB/),
    compare,
  };
}

async function jsonPart(tmp, name, script, args, timeoutMs) {
  const file = path.join(tmp, `${name}.json`);
  const r = await run('node', [script, '--dir', DIR, ...args, '--json', file], { timeoutMs });
  if (!existsSync(file)) throw new Error(`${script}: ${r.error ?? `exit ${r.code}`}, no results`);
  const data = await readJson(file);
  if (data.error) throw new Error(data.error);
  return data;
}

async function nativeCompare() {
  const r = await run('cargo', ['run', '--release', '--quiet', '--example', 'bench_compare']);
  if (r.code !== 0) throw new Error(`bench_compare: ${r.error ?? `exit ${r.code}`}`);
  const times = {};
  for (const m of r.stdout.matchAll(/^\s{2}(.+?):\s+([\d.]+)\s*$/gm)) times[m[1]] = Number(m[2]);
  const pairs = r.stdout.match(/^pairs: (\d+)/m)?.[1];
  return { pairs: pairs ? Number(pairs) : null, times };
}

async function nativeAlign(runs) {
  const b = await run('cargo', ['build', '--release', '--quiet', '-p', 'align']);
  if (b.code !== 0) throw new Error(`cargo build -p align: ${b.error ?? `exit ${b.code}`}`);
  const bin = path.join(REPO_ROOT, 'target/release/align');
  const samples = [];
  let status = null;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(bin, ['--check'], { cwd: REPO_ROOT, encoding: 'utf8' });
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.error) throw new Error(`align: ${r.error.message}`);
    status = r.status === 0 ? 'up to date' : firstLine(r.stderr) || `exit ${r.status}`;
  }
  log(`align --check, ${runs} runs: ${samples.map((x) => x.toFixed(1)).join(', ')} ms (${status})`);
  return { samples, median: median(samples), min: Math.min(...samples), status };
}

// --- the table -------------------------------------------------------------------------------

function table(m, res, opts) {
  const rows = [];
  const row = (area, measure, value, target = '', met = '') => rows.push([area, measure, value, target, met]);
  const missing = (area, what, err) => row(area, what, `not measured: ${firstLine(err)}`);
  const yes = (ok) => (ok == null ? '' : ok ? 'yes' : 'NO');
  const kb = (x) => (x == null ? '-' : `${x.toFixed(1)} KB`);
  const ms = (x, d = 1) => (x == null ? '-' : `${x.toFixed(d)} ms`);

  // Sizes.
  if (res.sizes.error) missing('size', 'gzipped bytes', res.sizes.error);
  else {
    const s = res.sizes.value;
    row('size', 'first view, demo page (gzip -9)', `${kb(s.demo)} (wasm ${kb(s.wasm)})`, `<= ${TARGET.firstViewKb} KB`, yes(s.demo <= TARGET.firstViewKb));
    row('size', 'first view, embed (gzip -9)', kb(s.embed), `<= ${TARGET.firstViewKb} KB`, yes(s.embed <= TARGET.firstViewKb));
    row('size', 'embed.js (gzip -9)', kb(s.embedJs), `<= ${TARGET.embedKb} KB (budget)`, yes(s.embedJs <= TARGET.embedKb));
    const langs = Object.entries(s.compare);
    if (langs.length) {
      const mod = langs[0][1].module;
      row('size', 'Compare view module, wasm + js + css (gzip, on demand)', kb(mod));
      for (const [lang, c] of langs) {
        row('size', `compare data, ${lang} reader: index + texts (gzip, on demand)`, `${kb(c.index + c.texts)} (index ${kb(c.index)} + texts ${kb(c.texts)})`);
      }
    }
    if (s.exportModule != null) row('size', 'map export module (gzip, on first download)', kb(s.exportModule));
  }

  // Map painted, against the floor (the static SVG alone), 4x CPU, loopback and slow 4G.
  if (res.paint.error) missing('map painted', 'ours / floor', res.paint.error);
  else {
    for (const r of res.paint.value.rows.filter((r) => r.page !== 'floor')) {
      const what = `${r.page}, ${r.rate}x CPU, ${r.net === 'slow4g' ? 'slow 4G' : 'loopback'}: painted / floor (median of ${r.painted.length})`;
      const v = r.ratio == null ? 'not measured' : `${r.ratio.toFixed(2)}x (${r.paintedMs.toFixed(0)} ms, ${r.bytesKb.toFixed(1)} KB before it)`;
      row('map painted', what, v, '<= 1.3x', r.ratio == null ? '' : yes(r.ratio <= 1.3));
      if (r.interactiveMs != null) {
        const k = r.interactiveMs / r.paintedMs;
        row('map painted', `${r.page}, ${r.rate}x CPU, ${r.net === 'slow4g' ? 'slow 4G' : 'loopback'}: interactive / painted`, `${k.toFixed(2)}x (${r.interactiveMs.toFixed(0)} ms)`, '<= 1.5x', yes(k <= 1.5));
      }
    }
  }
  // First draw.
  if (res.draw.error) missing('first draw', 'navigation -> map drawn', res.draw.error);
  else {
    for (const r of res.draw.value.results) {
      const name = r.page === 'demo' ? 'demo page' : r.page === 'embed' ? 'embed (embed.html?view=map)' : r.page;
      const v = r.median == null ? `failed: ${firstLine(r.failures[0])}` : `${ms(r.median, 0)} (${r.min.toFixed(0)}-${r.max.toFixed(0)})`;
      const target = r.rate === 4 ? `<= ${TARGET.drawMs} ms` : '';
      row('first draw', `${name}, ${r.rate}x CPU: median (min-max) of ${r.samples.length}`, v, target, r.rate === 4 && r.median != null ? yes(r.median <= TARGET.drawMs) : '');
    }
  }

  // Interactions.
  if (res.interactions.error) missing('interaction', 'latency', res.interactions.error);
  else {
    const LABEL = {
      hover: 'hover a map unit (outline + tooltip)',
      metric: 'switch the metric (map + legend)',
      pair: 'open an article pair (Compare, ru)',
      search: 'search keystroke (1 letter, list filtered)',
      'search-clear': 'search Backspace to empty (full list)',
      region: 'open a region (click a unit, its panel)',
      back: 'Back from a pair to the list (phone)',
    };
    for (const e of res.interactions.value.results) {
      // The issue's target: one frame at 1x, two on a CPU slowed down.
      const frames = e.rate > 1 ? 2 : 1;
      const v = e.n ? `${ms(e.median)} / ${ms(e.max)} (${e.withinFrame}/${e.n} within a frame)` : 'no sample';
      const fails = e.failures ? `, ${e.failures} timed out` : '';
      row('interaction', `${LABEL[e.kind] ?? e.kind}, ${e.rate}x CPU: median / worst of ${e.n}${fails}`, v, `<= ${(FRAME_MS * frames).toFixed(1)} ms (${frames} frame${frames > 1 ? 's' : ''})`, e.n ? yes(e.max <= FRAME_MS * frames && !e.failures) : '');
    }
    for (const err of res.interactions.value.errors ?? []) missing('interaction', 'latency', err);
  }

  // Comparison: align and diff.
  if (res.align) {
    if (res.align.error) missing('compare', 'native: align the whole constitution', res.align.error);
    else {
      const a = res.align.value;
      row('compare', `native: align the whole constitution (\`align --check\`, process, median of ${a.samples.length})`, `${ms(a.median)}${a.status === 'up to date' ? '' : ` (${a.status})`}`);
    }
  }
  if (res.native) {
    if (res.native.error) missing('compare', 'native: diff', res.native.error);
    else {
      const t = res.native.value.times;
      const whole = Object.keys(t).find((k) => k.startsWith('whole constitution'));
      const diff = Object.keys(t).find((k) => k.startsWith('diff every pair'));
      if (diff) row('compare', `native: diff every pair (${res.native.value.pairs} pairs, ru), median of 15`, ms(t[diff], 2));
      if (whole) row('compare', 'native: model + moved-text index + diff every pair (ru)', ms(t[whole], 2));
    }
  }
  if (res.wasm) {
    if (res.wasm.error) missing('compare', 'wasm in Chromium: diff', res.wasm.error);
    else {
      for (const r of res.wasm.value.results) {
        const t = Object.fromEntries(r.times.map((x) => [x.label, x.ms]));
        const whole = Object.keys(t).find((k) => k.startsWith('whole constitution'));
        const diff = Object.keys(t).find((k) => k.startsWith('diff every pair'));
        row('compare', `in Chromium, wasm, ${r.rate}x CPU: diff every pair / model + moved index + diff every pair`, `${ms(t[diff])} / ${ms(t[whole])}`);
      }
    }
  }
  if (res.compareView.error) missing('compare', 'in Chromium: Compare view', res.compareView.error);
  else {
    for (const r of res.compareView.value.results) {
      row('compare', `in Chromium, Compare view, ${r.rate}x CPU: open the view (module + data + model)`, ms(r.load, 0));
      row('compare', `in Chromium, Compare view, ${r.rate}x CPU: open all ${r.n} pairs one by one (diff + render): total; median / worst`, `${ms(r.total, 0)}; ${ms(r.median)} / ${ms(r.max)}`);
    }
  }

  // Lighthouse.
  if (opts.noLighthouse) row('lighthouse', 'demo page, mobile preset', 'skipped (--no-lighthouse)');
  else if (res.lighthouse.error) missing('lighthouse', 'demo page, mobile preset', res.lighthouse.error);
  else {
    const l = res.lighthouse.value;
    const n = l.runs > 1 ? ` (median of ${l.runs} runs: ${l.allPerformance.join(', ')})` : '';
    row('lighthouse', `performance, mobile preset, served gzip${n}`, String(l.scores.performance), `>= ${TARGET.perf}`, yes(l.scores.performance >= TARGET.perf));
    row('lighthouse', 'accessibility', String(l.scores.accessibility), `= ${TARGET.a11y}`, yes(l.scores.accessibility >= TARGET.a11y));
    row('lighthouse', 'best practices', String(l.scores['best-practices']));
    const mt = l.metrics;
    row('lighthouse', 'FCP / LCP / TBT / CLS (simulated slow 4G, 4x CPU)', `${mt.FCP.display} / ${mt.LCP.display} / ${mt.TBT.display} / ${mt.CLS.display}`);
  }

  const head = ['area', 'measure', 'value', 'target', 'met'];
  const lines = [
    `Benchmarks, ${m.date}: ${m.cpu}, ${m.ramGiB} GiB RAM, ${m.os}; ${m.chromium}; ${m.rustc}; node ${m.node}; commit ${m.commit}`,
    `load average (1 min) at start ${m.loadStart}, at end ${m.loadEnd}; 1 KB = 1000 B; 1 frame = 16.7 ms`,
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`),
  ];
  return lines.join('\n');
}

// --- main ------------------------------------------------------------------------------------

const m = machine();
const tmp = await mkdtemp(path.join(os.tmpdir(), 'qe-bench-results-'));
const res = {};
const part = async (name, fn) => {
  try {
    res[name] = { value: await fn() };
  } catch (err) {
    res[name] = { error: String(err.message || err) };
    log(`${name}: not measured: ${firstLine(res[name].error)}`);
  }
};
try {
  const cpu = '1,4';
  await part('sizes', sizes);
  await part('paint', () => jsonPart(tmp, 'paint', 'scripts/bench-paint.mjs', ['--runs', values.runs, '--cpu-slowdown', '4']));
  await part('draw', () => jsonPart(tmp, 'draw', 'scripts/bench-first-draw.mjs', ['--runs', values.runs, '--cpu-slowdown', cpu, '--pages', 'demo,embed']));
  await part('interactions', () => jsonPart(tmp, 'interactions', 'scripts/bench-interactions.mjs', ['--reps', values.reps, '--cpu-slowdown', cpu]));
  if (!values['no-native']) {
    await part('align', () => nativeAlign(Math.max(5, Number(values.runs) || 7)));
    await part('native', nativeCompare);
  }
  if (!values['no-wasm']) await part('wasm', () => jsonPart(tmp, 'wasm', 'scripts/bench-compare-wasm.mjs', ['--cpu-slowdown', cpu]));
  await part('compareView', () => jsonPart(tmp, 'compare', 'scripts/bench-compare.mjs', ['--cpu-slowdown', cpu]));
  if (!values['no-lighthouse']) {
    await part('lighthouse', () => jsonPart(tmp, 'lighthouse', 'scripts/bench-lighthouse.mjs', ['--runs', values['lighthouse-runs']]));
  }
  m.loadEnd = os.loadavg()[0].toFixed(2);
  const text = table(m, res, { noLighthouse: values['no-lighthouse'] });
  console.log(`\n${text}`);
  if (values.out) await writeFile(values.out, `${text}\n`);
  if (values.json) await writeFile(values.json, JSON.stringify({ machine: m, results: res }, null, 2));
} finally {
  await rm(tmp, { recursive: true, force: true });
}
process.exit(0);
