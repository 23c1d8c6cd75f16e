// The kiosk's one screen, as a passer-by sees it on a 55-inch screen: every text a visitor reads
// at least 24 px on 1080p (and scaled up on 4K), no page scroll in landscape or portrait,
// "Clean screen" and the QR code in the first screen, the attract loop as a poster whose caption
// and prompt never cover the featured unit, and a QR code that follows the view. Time is
// Playwright's fake clock; every test starts once the kiosk takes input and its loop is whole
// (data-qe-kiosk-ready).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, screenshot, assertNoPageErrors, useDemo } from './harness.mjs';

/** Opens a unit as a visitor's tap on it would: through its label when it has one (the
 * kiosk's large labels cover the middle of their region, and a label opens its unit), else on
 * its shape. This file measures the screens, not the taps (kiosk.test.mjs taps). */
async function tapUnit(page, id) {
  const label = page.locator(`svg .qe-label[data-label="${id}"] .qe-label-box`);
  await ((await label.count()) ? label.dispatchEvent('click') : page.locator(`svg [data-id="${id}"]`).click());
}

const demo = useDemo();

const SCREENS = [
  ['landscape', 1920, 1080],
  ['portrait', 1080, 1920],
];

async function openKiosk(query, { width, height, reducedMotion = 'no-preference' }) {
  const page = await newPage(demo.browser, { width, height, hasTouch: true, reducedMotion });
  await page.clock.install();
  await page.goto(`${demo.server.url}kiosk.html${query}`);
  await page.locator('[data-qe-kiosk-ready="true"]').waitFor({ timeout: 30_000 });
  return page;
}

// Finishes the short entrance animations (they run on real time, not the fake clock).
async function settle(page) {
  await page.evaluate(() => {
    for (const a of document.querySelector('.qazaq-explainer').shadowRoot.getAnimations()) {
      const { iterations, duration } = a.effect.getComputedTiming();
      if (iterations !== Infinity && duration < 2000) a.finish();
    }
  });
}

/**
 * Every rendered text node in the widget smaller than `min` px as drawn (SVG text scaled by
 * its transform), except text kept for screen readers only (.qe-sr).
 */
function smallTexts(page, min) {
  return page.evaluate((min) => {
    const root = document.querySelector('.qazaq-explainer').shadowRoot;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const small = [];
    let seen = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!n.textContent.trim() || !el || el.closest('style, .qe-sr')) continue;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      if (![...range.getClientRects()].some((r) => r.width > 1 && r.height > 1)) continue;
      let px = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGElement) {
        const m = el.getScreenCTM();
        if (m) px *= Math.hypot(m.a, m.b);
      }
      seen += 1;
      if (px < min - 0.05) small.push(`${px.toFixed(1)} px: "${n.textContent.trim().slice(0, 50)}"`);
    }
    return { seen, small };
  }, min);
}

async function assertOneScreen(page, what) {
  const m = await page.evaluate(() => ({
    h: document.documentElement.scrollHeight,
    w: document.documentElement.scrollWidth,
    vh: innerHeight,
    vw: innerWidth,
  }));
  assert.equal(m.h, m.vh, `${what}: the page is exactly one screen tall (${m.h} vs ${m.vh})`);
  assert.ok(m.w <= m.vw, `${what}: no sideways scroll (${m.w} vs ${m.vw})`);
  for (const sel of ['.qe-kiosk-bar .qe-btn', '.qe-kiosk-qr']) {
    const box = await page.locator(sel).boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= m.vh + 0.5, `${what}: ${sel} is in the first screen`);
  }
}

async function assertLegible(page, what, min) {
  const { seen, small } = await smallTexts(page, min);
  assert.ok(seen > 10, `${what}: ${seen} texts measured`);
  assert.deepEqual(small, [], `${what}: text below ${min} px`);
}

for (const [name, width, height] of SCREENS) {
  test(`kiosk ${name}: one screen, nothing to read under 24 px, in use, idle and looping`, async () => {
    const page = await openKiosk('?lang=kk&idle=60', { width, height });
    await assertOneScreen(page, `${name}, map`);
    await assertLegible(page, `${name}, map`, 24);
    // A unit with the longest panel: it scrolls inside its cell, never the page.
    await tapUnit(page, 'KZ-61');
    await page.locator('.qe-detail:not(.is-empty)').waitFor();
    await assertOneScreen(page, `${name}, Turkestan's panel`);
    await assertLegible(page, `${name}, Turkestan's panel`, 24);
    for (const tab of [1, 2]) {
      await page.locator('.qe-seg').nth(tab).click();
      if (tab === 2) await page.locator('.qe-article-btn').first().waitFor({ timeout: 20_000 });
      await assertOneScreen(page, `${name}, tab ${tab}`);
      await assertLegible(page, `${name}, tab ${tab}`, 24);
    }
    // Back on the map, the comparison has left the screen and the map's legend is in it.
    await page.locator('.qe-seg').nth(0).click();
    await page.locator('.qe-legend').waitFor();
    const back = await page.evaluate(() => {
      const root = document.querySelector('.qazaq-explainer').shadowRoot;
      const legend = root.querySelector('.qe-legend').getBoundingClientRect();
      return {
        compare: [...root.querySelectorAll('.qe-compare-intro, .qe-compare-tools')].filter((e) => e.getClientRects().length > 0).length,
        legendBottom: legend.bottom,
        height: innerHeight,
      };
    });
    assert.equal(back.compare, 0, `${name}: the comparison's intro and tools stay drawn under the map`);
    assert.ok(back.legendBottom <= back.height, `${name}: the legend ends at ${back.legendBottom} px, below the ${back.height} px screen`);
    await assertOneScreen(page, `${name}, map again`);
    await page.clock.runFor(61_000);
    await page.locator('.qe-kiosk-overlay.is-warning').waitFor();
    await settle(page);
    await assertLegible(page, `${name}, "Still there?"`, 24);
    await screenshot(page, `kiosk-${name}-kk-still-there`);
    await page.clock.runFor(11_000);
    await page.locator('.qe-kiosk-poster').waitFor();
    await assertOneScreen(page, `${name}, attract loop`);
    await assertLegible(page, `${name}, attract loop`, 24);
    assertNoPageErrors(page);
    await page.context().close();
  });
}

test('kiosk 4K: the type scales with the screen', async () => {
  const page = await openKiosk('?lang=en', { width: 3840, height: 2160 });
  await tapUnit(page, 'KZ-61');
  await page.locator('.qe-detail:not(.is-empty)').waitFor();
  await assertOneScreen(page, '4K');
  await assertLegible(page, '4K', 48);
  assertNoPageErrors(page);
  await page.context().close();
});

/** The screen boxes of the poster, its caption, its prompt and the featured unit. */
function boxes(page, id) {
  return page.evaluate((id) => {
    const root = document.querySelector('.qazaq-explainer').shadowRoot;
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    };
    return {
      poster: box(root.querySelector('.qe-kiosk-poster')),
      caption: box(root.querySelector('.qe-kiosk-caption')),
      prompt: box(root.querySelector('.qe-kiosk-prompt')),
      unit: id ? box(root.querySelector(`svg [data-id="${id}"]`)) : null,
    };
  }, id);
}

const overlaps = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

// Walks the loop until its caption is `want` (a unit's) or an article change's.
async function stepTo(page, done) {
  for (let i = 0; i < 20; i++) {
    const text = await page.locator('.qe-kiosk-caption').innerText();
    if (done(text)) return text;
    await page.clock.runFor(7_000);
    await page.locator('.qe-kiosk-caption').filter({ hasNotText: text }).first().waitFor();
  }
  throw new Error('the loop never showed the step');
}

for (const [name, width, height] of SCREENS) {
  for (const lang of ['kk', 'en']) {
    test(`kiosk ${name} ${lang}: the attract loop is a poster that never covers the featured unit`, async () => {
      const page = await openKiosk(`?lang=${lang}&idle=10`, { width, height });
      await page.clock.runFor(21_000);
      await page.locator('.qe-kiosk-poster').waitFor();
      const steps = await page.locator('.qe-kiosk-progress li').count();
      assert.ok(steps >= 5, `one progress segment per step (${steps})`);
      assert.equal(await page.locator('.qe-kiosk-progress li.is-current').count(), 1);
      await settle(page);
      await screenshot(page, `kiosk-${name}-${lang}-attract-start`);

      // A unit's step: its name, its figure and what it counts, beside the unit itself.
      const turkestan = lang === 'kk' ? 'Түркістан облысы' : 'Turkestan Region';
      const text = await stepTo(page, (t) => t.includes(turkestan));
      assert.equal(
        text.replace(/\s+/g, ' ').trim(),
        lang === 'kk' ? 'Түркістан облысы 457 коалиция мүшесі' : 'Turkestan Region 457 coalition members',
      );
      await page.locator('.qe-detail:not(.is-empty)').waitFor();
      await settle(page);
      const b = await boxes(page, 'KZ-61');
      assert.ok(!overlaps(b.poster, b.unit), `the poster leaves the featured unit in view: ${JSON.stringify(b)}`);
      assert.ok(!overlaps(b.prompt, b.caption), 'the prompt never covers the caption');
      assert.ok(!overlaps(b.prompt, b.unit), 'the prompt never covers the featured unit');
      assert.ok((await page.locator('.qe-outline.is-selected').count()) >= 1, 'the featured unit is ringed on the map');
      const progress = await page.locator('.qe-kiosk-progress li.is-done').count();
      assert.ok(progress >= 1, 'the progress shows the steps done');
      await screenshot(page, `kiosk-${name}-${lang}-attract-region`);

      // An article change: the pair's numbers and what it is about, in the visitor's language.
      const article = await stepTo(page, (t) => t.includes('→'));
      assert.match(article, lang === 'kk' ? /1995,\s[\d,\s]+[-\u2011]бап(тар)?\s→\s2026,\s[\d,\s]+[-\u2011]бап(тар)?/ : /1995 Arts?\.\s[\d,\s]+ → 2026 Arts?\.\s[\d,\s]+/);
      const label = await page.locator('.qe-kiosk-caption-label').innerText();
      assert.ok(label.length > 3, `the article step says what it is about: ${label}`);
      if (lang === 'kk') assert.doesNotMatch(label, /[a-z]{4}/i, 'no English summary for a Kazakh visitor');
      await page.locator('.qe-pair').first().waitFor({ timeout: 20_000 });
      await settle(page);
      const a = await boxes(page, null);
      assert.ok(!overlaps(a.prompt, a.caption), 'the prompt never covers the caption');
      await assertOneScreen(page, `${name} ${lang}, article step`);
      await screenshot(page, `kiosk-${name}-${lang}-attract-article`);
      assertNoPageErrors(page);
      await page.context().close();
    });
  }
}

/**
 * What of the poster's caption is cut off or hidden: a part outside the poster or under its
 * prompt, whose own text overflows its box sideways (a figure kept on one line), or a label
 * squeezed below its text (a long summary is clamped at six lines on purpose, with its
 * ellipsis).
 */
function clippedCaption(page) {
  return page.evaluate(() => {
    const root = document.querySelector('.qazaq-explainer').shadowRoot;
    const poster = root.querySelector('.qe-kiosk-poster').getBoundingClientRect();
    const prompt = root.querySelector('.qe-kiosk-prompt').getBoundingClientRect();
    const bad = [];
    for (const el of root.querySelectorAll('.qe-kiosk-caption > *')) {
      const r = el.getBoundingClientRect();
      const outside = r.left < poster.left - 1 || r.right > poster.right + 1 || r.top < poster.top - 1 || r.bottom > prompt.top + 1;
      // Sideways: a line's box is shorter than its font's ascent and descent, so the figure
      // is judged sideways only. The label may be clamped at six lines, never squeezed below.
      const lines = el.matches('.qe-kiosk-caption-label') ? 6 * parseFloat(getComputedStyle(el).lineHeight) : 0;
      const overflows = el.scrollWidth > el.clientWidth + 1 || el.clientHeight + 1 < Math.min(el.scrollHeight, lines);
      if (outside || overflows) {
        bad.push(`${el.className} "${el.textContent}": [${Math.round(r.left)}, ${Math.round(r.top)}, ${Math.round(r.right)}, ${Math.round(r.bottom)}] in a poster [${Math.round(poster.left)}, ${Math.round(poster.top)}, ${Math.round(poster.right)}] above a prompt at ${Math.round(prompt.top)}`);
      }
    }
    return bad;
  });
}

for (const [name, width, height] of SCREENS) {
  test(`kiosk ${name}: every step's caption is whole, in every language (figures with a qualifier too)`, async () => {
    for (const lang of ['kk', 'ru', 'en']) {
      const page = await openKiosk(`?lang=${lang}&idle=10`, { width, height });
      await page.clock.runFor(21_000);
      await page.locator('.qe-kiosk-poster').waitFor();
      const steps = await page.locator('.qe-kiosk-progress li').count();
      const seen = [];
      for (let i = 0; i < steps; i++) {
        const text = await page.locator('.qe-kiosk-caption').innerText();
        await settle(page);
        seen.push(text.replace(/\s+/g, ' ').trim());
        assert.deepEqual(await clippedCaption(page), [], `${lang}, step ${i + 1}: ${seen.at(-1)}`);
        if (lang === 'kk' && text.includes('шамамен')) await screenshot(page, `kiosk-${name}-kk-attract-qualified`);
        await page.clock.runFor(7_000);
        if (i + 1 < steps) await page.locator('.qe-kiosk-caption').filter({ hasNotText: text }).first().waitFor();
      }
      const about = { kk: 'шамамен', ru: 'около', en: 'about' }[lang];
      assert.ok(seen.some((t) => t.includes(about)), `${lang}: a step with a qualified figure was checked: ${seen.join(' | ')}`);
      assertNoPageErrors(page);
      await page.context().close();
    }
  });
}

test('kiosk: reduced motion stills the poster', async () => {
  const page = await openKiosk('?lang=en&idle=10', { width: 1920, height: 1080, reducedMotion: 'reduce' });
  await page.clock.runFor(21_000);
  await page.locator('.qe-kiosk-poster').waitFor();
  const running = await page.evaluate(() =>
    document.querySelector('.qazaq-explainer').shadowRoot.getAnimations().map((a) => a.animationName || a.transitionProperty),
  );
  assert.deepEqual(running, [], 'no animation or transition runs');
  assertNoPageErrors(page);
  await page.context().close();
});

test('kiosk: the QR code follows the view, and the kiosk still has no links', async () => {
  const page = await openKiosk('?lang=en&idle=10', { width: 1920, height: 1080 });
  const qr = page.locator('.qe-kiosk-qr');
  const code = () => page.locator('.qe-kiosk-qr-code').getAttribute('d');
  assert.equal(await page.locator('.qe-kiosk-scan').innerText(), 'Scan to open this on your phone');
  const box = await qr.boundingBox();
  assert.ok(box.width >= 190 && box.height >= 190, `large enough to scan from 1 m: ${box.width} px`);
  const map = await code();
  await tapUnit(page, 'KZ-55');
  await page.locator('.qe-detail:not(.is-empty)').waitFor();
  await page.waitForFunction((d) => document.querySelector('.qazaq-explainer').shadowRoot.querySelector('.qe-kiosk-qr-code').getAttribute('d') !== d, map);
  const pavlodar = await code();
  await page.locator('.qe-seg', { hasText: 'Русский' }).click();
  await page.waitForFunction((d) => document.querySelector('.qazaq-explainer').shadowRoot.querySelector('.qe-kiosk-qr-code').getAttribute('d') !== d, pavlodar);
  assert.equal(await page.locator('.qe-kiosk-scan').innerText(), 'Отсканируйте, чтобы открыть на телефоне');
  assert.equal(await page.locator('.qe a').count(), 0, 'no links to click');
  assertNoPageErrors(page);
  await page.context().close();
});

for (const [name, width, height] of SCREENS) {
  test(`kiosk ${name} kk: referendum day's time control and the map's every word reach the screen`, async () => {
    const page = await openKiosk('?lang=kk&idle=60', { width, height });
    await page.locator('button.qe-chip[data-metric="turnout_intraday"]').click();
    await page.locator('.qe-time [role="radio"]').first().waitFor({ timeout: 20_000 });
    await assertOneScreen(page, `${name}, referendum day`);
    // The map's column scrolls within its cell, as a visitor's swipe scrolls it: each part
    // below the chips (the time control, the legend, the map's summary) can be brought whole
    // onto the screen, with the header still in place above.
    const column = (sel) => page.evaluate((sel) => {
      const root = document.querySelector('.qazaq-explainer').shadowRoot;
      const col = root.querySelector('.qe-mapview');
      const el = sel && root.querySelector(sel);
      if (el) col.scrollTop += el.getBoundingClientRect().bottom - col.getBoundingClientRect().bottom;
      const r = el?.getBoundingClientRect();
      return { scrolled: col.scrollTop, page: root.querySelector('.qe').scrollTop, box: r && [r.top, r.bottom], header: root.querySelector('.qe-header').getBoundingClientRect().top };
    }, sel);
    for (const sel of ['.qe-time', '.qe-legend', '.qe-summary']) {
      const { box, page: scrolledPage, header } = await column(sel);
      assert.ok(box, `${name}: ${sel} is drawn`);
      assert.ok(box[0] >= 0 && box[1] <= height + 0.5, `${name}: ${sel} spans ${box} px of a ${height} px screen`);
      assert.ok(scrolledPage === 0 && header >= 0, `${name}: the header stays on screen`);
    }
    // In landscape the Kazakh chips and the time control need more than the screen's height.
    if (name === 'landscape') assert.ok((await column()).scrolled > 0, `${name}: the column scrolled`);
    await screenshot(page, `kiosk-day-kk-${width}`);
    const scrolled = async () => (await column()).scrolled;
    // The next visitor finds the column at its top again.
    await page.clock.runFor(61_000);
    await page.locator('.qe-kiosk-overlay.is-warning').waitFor();
    await page.clock.runFor(11_000);
    await page.locator('.qe-kiosk-poster').waitFor();
    assert.equal(await scrolled(), 0);
    assertNoPageErrors(page);
    await page.context().close();
  });
}
