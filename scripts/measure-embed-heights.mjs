#!/usr/bin/env node
// Measures the embedded widget's height at common widths, per view and language, on the built
// bundle, and prints the table embed/embed.js reserves before the widget draws (the mean of
// the languages). Rerun after content or layout changes that move the heights a lot.
//
//   node scripts/measure-embed-heights.mjs [dist]
import { startServer, launch, newPage } from '../tests/e2e/harness.mjs';

const WIDTHS = [320, 390, 480, 600, 768, 900, 1024, 1280, 1600];
const server = await startServer(process.argv[2] || 'dist');
const browser = await launch();
for (const view of ['map', 'compare']) {
  const rows = [];
  for (const lang of ['kk', 'ru', 'en']) {
    const row = [];
    for (const width of WIDTHS) {
      const page = await newPage(browser, { width, height: 900 });
      await page.goto(`${server.url}embed.html?view=${view}&lang=${lang}`);
      await page.waitForSelector('[data-qe-state="ready"]', { timeout: 20_000 });
      if (view === 'compare') await page.locator('.qe-compare').waitFor();
      await page.waitForTimeout(300);
      row.push(await page.locator('.qazaq-explainer').evaluate((e) => e.getBoundingClientRect().height));
      await page.context().close();
    }
    console.log(`${view} ${lang}: ${row.map(Math.round).join(' ')}`);
    rows.push(row);
  }
  const mean = WIDTHS.map((w, i) => [w, Math.round(rows.reduce((s, r) => s + r[i], 0) / rows.length / 10) * 10]);
  console.log(`${view}: ${JSON.stringify(mean)}`);
}
await browser.close();
await server.close();
