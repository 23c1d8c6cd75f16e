#!/usr/bin/env node
// Benchmark: the comparison's pure work (build the model, diff every pair, moved-text index,
// search, and all of it together for the whole constitution) as wasm in Chromium: the very
// code of `cargo run --release --example bench_compare`, built for wasm32 with the release
// profile (opt-level z, LTO) and wasm-opt -Oz like the shipped Compare module, on the
// comparison data of the served bundle. No rendering: that is scripts/bench-compare.mjs.
//
//   node scripts/bench-compare-wasm.mjs [--dir dist] [--runs 7] [--cpu-slowdown 1,4]
//                                       [--no-build] [--json out.json]
//
// Builds the example first (`cargo build --release --target wasm32-unknown-unknown --example
// bench_compare`, under `flock /tmp/trunk.lock` so it never overlaps a Trunk build); --no-build
// uses the one in target/. Prints figures; never fails on timing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cpuRates, REPO_ROOT, launch, newPage, startServer } from '../tests/e2e/harness.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '7' },
    'cpu-slowdown': { type: 'string', default: '1,4' },
    'no-build': { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const runs = Math.max(1, Number.parseInt(values.runs, 10) || 7);
const rates = cpuRates(values['cpu-slowdown']);
const dist = path.resolve(REPO_ROOT, values.dir);
const WASM = path.join(REPO_ROOT, 'target/wasm32-unknown-unknown/release/examples/bench_compare.wasm');
const bin = (name) => {
  const local = path.join(REPO_ROOT, 'node_modules/.bin', name);
  return existsSync(local) ? local : name;
};
const sh = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`})`);
};

async function main() {
  if (!values['no-build']) {
    sh('flock', ['/tmp/trunk.lock', 'cargo', 'build', '--release', '--quiet', '--target', 'wasm32-unknown-unknown', '--example', 'bench_compare']);
  }
  if (!existsSync(WASM)) throw new Error(`${WASM} is missing: build it (or drop --no-build)`);
  const out = await mkdtemp(path.join(tmpdir(), 'qe-bench-wasm-'));
  try {
    sh('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', 'bench_compare', WASM]);
    const wasm = path.join(out, 'bench_compare_bg.wasm');
    let optimized = true;
    try {
      sh(bin('wasm-opt'), ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
        '--enable-reference-types', '--enable-mutable-globals', '--enable-multivalue', wasm, '-o', wasm]);
    } catch (err) {
      optimized = false;
      process.stderr.write(`bench-compare-wasm: ${err.message}; timing the unoptimised wasm\n`);
    }
    await writeFile(path.join(out, 'bench.html'), '<!doctype html><meta charset="utf-8"><title>bench</title>');
    const names = readdirSync(path.join(dist, 'compare')).filter((f) => /^texts\.[a-z]+\.json$/.test(f)).sort();

    const data = await startServer(dist);
    const page_ = await startServer(out);
    const browser = await launch();
    const results = [];
    try {
      for (const rate of rates) {
        const page = await newPage(browser, { width: 800, height: 600 });
        try {
          const cdp = await page.context().newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate });
          await page.goto(`${page_.url}bench.html`);
          const r = await page.evaluate(
            async ([base, names, runs]) => {
              const m = await import('./bench_compare.js');
              await m.default({ module_or_path: './bench_compare_bg.wasm' });
              const get = async (f) => (await fetch(base + 'compare/' + f)).text();
              const index = await get('index.json');
              const jsons = await Promise.all(names.map(get));
              return JSON.parse(m.bench_compare(index, names, jsons, runs));
            },
            [data.url, names, runs],
          );
          results.push({ rate, ...r });
          process.stderr.write(`  wasm cpu x${rate}: done\n`);
        } finally {
          await page.context().close();
        }
      }
    } finally {
      await browser.close();
      await data.close();
      await page_.close();
    }

    console.log(`\ncomparison work as wasm in Chromium (examples/bench_compare.rs, release${optimized ? ' + wasm-opt -Oz' : ''}), median of ${runs} runs, ms`);
    const labels = results[0]?.times.map((t) => t.label) ?? [];
    console.log(`${'step'.padEnd(64)} ${rates.map((r) => `x${r}`.padStart(9)).join(' ')}`);
    for (const label of labels) {
      const cells = results.map((r) => (r.times.find((t) => t.label === label)?.ms ?? NaN).toFixed(2).padStart(9));
      console.log(`${label.padEnd(64)} ${cells.join(' ')}`);
    }
    if (results[0]) console.log(`pairs: ${results[0].pairs}; text files: ${names.join(', ')}`);
    if (values.json) await writeFile(values.json, JSON.stringify({ runs, optimized, names, results }, null, 2));
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (err) {
  console.log(`bench-compare-wasm: could not run: ${String(err.message || err).split('\n')[0]}`);
  if (values.json) await writeFile(values.json, JSON.stringify({ error: String(err.message || err) }));
}
