// Every view fits the narrowest phones (320 px) and the widest screens (1920 px) without
// sideways scrolling of the page; wide content (chips, the table) scrolls inside itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT, assertNoPageErrors, screenshot, useDemo } from './harness.mjs';

const demo = useDemo();

const VIEWS = [
  ['map', '#lang=ru'],
  ['map-panel', '#region=KZ-27&lang=kk'],
  ['table', '#view=table&lang=en'],
  ['compare-list', '#view=compare&lang=kk'],
  ['compare-pair', '#view=compare&article=o3-n4&mode=inline&lang=ru'],
];

for (const width of [320, 1920]) {
  test(`no sideways page scroll at ${width} px in any view`, async () => {
    for (const [name, hash] of VIEWS) {
      const page = await demo.open(hash, { width, height: 800 });
      if (name.startsWith('compare')) {
        await page.waitForSelector(name === 'compare-pair' ? 'article.qe-pair' : '.qe-article-btn', { timeout: 20_000 });
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${name} at ${width} px overflows the page by ${overflow} px`);
      if (width === 320) await screenshot(page, `width-320-${name}`);
      assertNoPageErrors(page);
      await page.close();
    }
  });
}

// Figures are read as one word: none may wrap ("12,482,61 / 3") or stick out of its box, at a
// desktop, an article column and a phone, in every language. Checked on the real geometry:
// the line boxes of each figure's text, and its extent against its box's content edges.
const FIGURE_WIDTHS = [1440, 680, 390];
const FIGURES = '.qe-card-value, .qe-fig-value, .qe-cell-value';

/** A screenshot of one element, in target/screenshots/ beside the harness's. */
async function shotOf(locator, name) {
  const dir = path.join(REPO_ROOT, 'target', 'screenshots');
  await mkdir(dir, { recursive: true });
  await locator.screenshot({ path: path.join(dir, `${name}.png`) });
}

async function figureProblems(page) {
  return page.evaluate((sel) => {
    const problems = [];
    const els = [...document.querySelectorAll(sel)];
    for (const el of els) {
      const range = document.createRange();
      range.selectNodeContents(el);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      const lh = parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.5;
      const text = el.textContent.trim();
      if (lines.size !== 1 || el.getBoundingClientRect().height > lh * 1.5) {
        problems.push(`"${text}" spans ${lines.size} lines (${el.getBoundingClientRect().height.toFixed(1)} px, line ${lh} px)`);
        continue;
      }
      const box = el.closest('.qe-card-report, .qe-fig, td');
      const b = box.getBoundingClientRect();
      const cs = getComputedStyle(box);
      const left = b.left + parseFloat(cs.paddingLeft) - 0.5;
      const right = b.right - parseFloat(cs.paddingRight) + 0.5;
      const t = range.getBoundingClientRect();
      if (t.left < left || t.right > right) {
        problems.push(`"${text}" sticks out of its box (${t.left.toFixed(1)}–${t.right.toFixed(1)} in ${left.toFixed(1)}–${right.toFixed(1)})`);
      }
    }
    for (const card of document.querySelectorAll('.qe-card')) {
      if (card.scrollWidth > card.clientWidth + 0.5) problems.push(`card "${card.textContent.slice(0, 40)}" overflows`);
    }
    return { problems, count: els.length };
  }, FIGURES);
}

for (const width of FIGURE_WIDTHS) {
  test(`figures never wrap or overflow at ${width} px in kk, ru and en`, async () => {
    for (const lang of ['kk', 'ru', 'en']) {
      for (const [view, hash] of [
        ['panel', `#region=KZ-27&lang=${lang}`],
        ['table', `#view=table&lang=${lang}`],
      ]) {
        const page = await demo.open(hash, { width, height: 900 });
        const { problems, count } = await figureProblems(page);
        assert.deepEqual(problems, [], `${view} at ${width} px in ${lang}`);
        // Panel figures, 12 nationwide cards' values, the table's cells: all were checked.
        assert.ok(count >= (view === 'panel' ? 14 : 20), `${view} ${lang} ${width}: only ${count} figures`);
        if (view === 'panel') {
          await shotOf(page.locator('.qe-national'), `nationwide-${width}-${lang}`);
          await shotOf(page.locator('.qe-outcome'), `outcome-${width}-${lang}`);
          await shotOf(page.locator('aside.qe-detail'), `panel-${width}-${lang}`);
        }
        assertNoPageErrors(page);
        await page.close();
      }
    }
  });
}
