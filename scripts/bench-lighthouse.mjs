#!/usr/bin/env node
// Lighthouse on the demo page: performance, accessibility and best-practices scores with the
// default mobile preset (simulated slow 4G and 4x CPU slowdown, Moto G Power screen), and the
// key metrics (FCP, LCP, TBT, CLS, Speed Index). Serves the existing dist/ on 127.0.0.1 as a
// CDN would (gzip, caching headers: the harness's `startServer(dir, { asCdn: true })`) and runs npm `lighthouse` (pinned
// 12.2.3, Node 20) with Debian's /usr/bin/chromium headless.
//
//   node scripts/bench-lighthouse.mjs [--dir dist] [--runs 1] [--json out.json] [--report report.html]
//
// With --runs N > 1 the run with the median performance score is reported. If Lighthouse
// cannot run, it says why and exits 0 (a benchmark never fails the caller).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_PATH, REPO_ROOT, startServer } from '../tests/e2e/harness.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '1' },
    json: { type: 'string' },
    report: { type: 'string' },
  },
});
const runs = Math.max(1, Number.parseInt(values.runs, 10) || 1);
const LIGHTHOUSE = path.join(REPO_ROOT, 'node_modules/.bin/lighthouse');
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
};

function runLighthouse(url, out) {
  const args = [
    url,
    `--chrome-path=${CHROMIUM_PATH}`,
    '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-dev-shm-usage',
    `--only-categories=${CATEGORIES.join(',')}`,
    '--output=json',
    '--output=html',
    `--output-path=${out}`,
    '--quiet',
  ];
  return new Promise((resolve) => {
    const child = spawn(LIGHTHOUSE, args, { cwd: REPO_ROOT, env: { ...process.env, CHROME_PATH: CHROMIUM_PATH } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', () => {});
    const timer = setTimeout(() => child.kill('SIGTERM'), 300_000);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ code: -1, stderr: String(err.message) });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

function summarise(lhr) {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]),
  );
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([id, name]) => [name, { value: lhr.audits[id]?.numericValue ?? null, display: lhr.audits[id]?.displayValue ?? '-' }]),
  );
  // What keeps a category below 100: its failing audits with weight.
  const failing = {};
  for (const c of CATEGORIES) {
    const cat = lhr.categories[c];
    if (!cat) continue;
    failing[c] = cat.auditRefs
      .filter((r) => r.weight > 0 && lhr.audits[r.id] && lhr.audits[r.id].score != null && lhr.audits[r.id].score < 1)
      .map((r) => ({ id: r.id, title: lhr.audits[r.id].title, score: lhr.audits[r.id].score, display: lhr.audits[r.id].displayValue ?? '' }));
  }
  // Which element Lighthouse took for the LCP (the demo page's text, or the widget's, which
  // waits for the wasm: the score swings with it).
  const lcpItems = lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
  const lcpNode = lcpItems.flatMap((i) => i.items ?? [i]).find((i) => i.node)?.node;
  return {
    scores,
    metrics,
    lcpElement: lcpNode ? `${lcpNode.nodeLabel ?? ''} (${lcpNode.selector ?? lcpNode.snippet ?? ''})`.slice(0, 160) : null,
    failing,
    lighthouseVersion: lhr.lighthouseVersion,
    userAgent: lhr.environment?.hostUserAgent,
    formFactor: lhr.configSettings?.formFactor,
    throttling: lhr.configSettings?.throttling,
    runWarnings: lhr.runWarnings ?? [],
  };
}

async function main() {
  if (!existsSync(LIGHTHOUSE)) throw new Error('node_modules/.bin/lighthouse is missing: run `npm ci` (scripts/install-deps)');
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing`);
  const server = await startServer(path.resolve(REPO_ROOT, values.dir), { asCdn: true });
  const tmp = await mkdtemp(path.join(tmpdir(), 'qe-lighthouse-'));
  const reports = [];
  try {
    for (let i = 0; i < runs; i++) {
      const base = path.join(tmp, `run${i}`);
      const r = await runLighthouse(server.url, base);
      const jsonFile = `${base}.report.json`;
      if (r.code !== 0 || !existsSync(jsonFile)) {
        const why = r.stderr.trim().split('\n').filter(Boolean).slice(-3).join(' | ') || `exit ${r.code}`;
        throw new Error(`lighthouse failed: ${why}`);
      }
      const lhr = JSON.parse(await readFile(jsonFile, 'utf8'));
      if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      reports.push({ summary: summarise(lhr), html: `${base}.report.html` });
      const sum = reports.at(-1).summary;
      process.stderr.write(`  lighthouse run ${i + 1}/${runs}: performance ${sum.scores.performance}, LCP ${sum.metrics.LCP.display}${sum.lcpElement ? ` on ${sum.lcpElement}` : ''}\n`);
    }
    reports.sort((a, b) => (a.summary.scores.performance ?? 0) - (b.summary.scores.performance ?? 0));
    const pick = reports[Math.floor(reports.length / 2)];
    if (values.report) await copyFile(pick.html, values.report);
    return {
      runs,
      allPerformance: reports.map((r) => r.summary.scores.performance),
      allLcp: reports.map((r) => r.summary.metrics.LCP.display),
      ...pick.summary,
    };
  } finally {
    await server.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

let result;
try {
  result = await main();
  const s = result.scores;
  console.log(`\nLighthouse ${result.lighthouseVersion} on the demo page, ${result.formFactor} preset${runs > 1 ? `, median of ${runs} runs by performance (${result.allPerformance.join(', ')})` : ''}`);
  console.log(`performance ${s.performance}   accessibility ${s.accessibility}   best practices ${s['best-practices']}`);
  console.log(Object.entries(result.metrics).map(([k, v]) => `${k} ${v.display}`).join('   '));
  if (result.lcpElement) console.log(`LCP element: ${result.lcpElement}`);
  for (const [c, list] of Object.entries(result.failing)) {
    for (const f of list) console.log(`  ${c}: ${f.id} (${f.title}) score ${f.score}${f.display ? `, ${f.display}` : ''}`);
  }
  for (const w of result.runWarnings) console.log(`  warning: ${w}`);
} catch (err) {
  result = { error: String(err.message || err).split('\n')[0] };
  console.log(`\nLighthouse could not run: ${result.error}`);
}
if (values.json) await writeFile(values.json, JSON.stringify(result, null, 2));
process.exit(0);
