// Every view fits the narrowest phones (320 px) and the widest screens (1920 px) without
// sideways scrolling of the page; wide content (chips, the table) scrolls inside itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoPageErrors, screenshot, useDemo } from './harness.mjs';

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
