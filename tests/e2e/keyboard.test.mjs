// Keyboard only: a walkthrough of the demo page with Tab, Shift+Tab, arrows, Enter and Escape
// (views, languages, metrics, the map, a region's panel, the table, Compare with its search and
// an article, the Embed panel), and a sweep that Tab reaches every control of each view. At
// every stop the focused element must be inside the widget and show a focus indicator at least
// 2 px wide that nothing clips (the `.qe :focus-visible` outline of styles/app.css, or on the
// map the ring drawn over the focused unit).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoPageErrors, screenshot, useDemo } from './harness.mjs';

const demo = useDemo();
const WAIT = { timeout: 10_000 };
const DETAIL = 'aside.qe-detail:not(.is-empty)';

/**
 * What has focus (through open shadow roots) and how its focus shows, computed in the page.
 * `ring.ok` is false with `ring.why` when the indicator is missing, too thin or clipped.
 */
function focusState(page, { offScreen = false } = {}) {
  return page.evaluate((offScreen) => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || el === document.documentElement) return { none: true, what: '<body>' };
    const widget = el.closest('.qe');
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    const what = `<${el.tagName.toLowerCase()}${el.getAttribute('class') ? ` class="${el.getAttribute('class')}"` : ''}> "${text}"`;

    const transparent = (c) => c === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(c);
    /** The ancestors (crossing shadow roots) that clip what overflows them, and how. */
    function clippers(node) {
      const out = [];
      for (let a = node.parentElement ?? node.getRootNode().host; a; a = a.parentElement ?? a.getRootNode().host) {
        const cs = getComputedStyle(a);
        const x = cs.overflowX !== 'visible';
        const y = cs.overflowY !== 'visible';
        if (x || y) out.push({ a, x, y });
      }
      return out;
    }
    function ring() {
      if (!el.matches(':focus-visible')) return { ok: false, why: 'not :focus-visible' };
      const r = el.getBoundingClientRect();
      if (r.width === 0 || (!offScreen && (r.bottom <= 0 || r.top >= innerHeight))) return { ok: false, why: `not on screen (${JSON.stringify(r.toJSON())})` };
      // A map unit: its ring is drawn over the map, in screen pixels.
      if (el.matches('svg [data-focus]')) {
        const ring = el.ownerSVGElement.querySelector(`.qe-outline.is-focus[data-for="${el.dataset.focus}"]`);
        if (!ring) return { ok: false, why: 'no ring drawn over the focused map unit' };
        const cs = getComputedStyle(ring);
        const scale = cs.vectorEffect === 'non-scaling-stroke' ? 1 : ring.getScreenCTM().a;
        const width = parseFloat(cs.strokeWidth) * scale;
        const ok = cs.stroke !== 'none' && !transparent(cs.stroke) && width >= 2 && cs.display !== 'none' && cs.visibility === 'visible';
        return { ok, kind: 'map ring', width, why: ok ? '' : `map ring ${cs.stroke} ${width}px` };
      }
      const cs = getComputedStyle(el);
      const width = parseFloat(cs.outlineWidth) || 0;
      if (cs.outlineStyle !== 'none' && width >= 2 && !transparent(cs.outlineColor)) {
        // The outline's outer edge, which an overflow-clipping ancestor must not cut off.
        const grow = (parseFloat(cs.outlineOffset) || 0) + width;
        const edge = { left: r.left - grow, right: r.right + grow, top: r.top - grow, bottom: r.bottom + grow };
        for (const { a, x, y } of clippers(el)) {
          const b = a.getBoundingClientRect();
          const box = { left: b.left + a.clientLeft, top: b.top + a.clientTop };
          box.right = box.left + a.clientWidth;
          box.bottom = box.top + a.clientHeight;
          const cut = (x && (edge.left < box.left - 0.5 || edge.right > box.right + 0.5)) || (y && (edge.top < box.top - 0.5 || edge.bottom > box.bottom + 0.5));
          if (cut) return { ok: false, why: `outline clipped by <${a.tagName.toLowerCase()} class="${a.getAttribute('class') ?? ''}"> (overflow ${getComputedStyle(a).overflow})` };
        }
        return { ok: true, kind: 'outline', width };
      }
      if (cs.boxShadow !== 'none' && !cs.boxShadow.includes('inset')) return { ok: true, kind: 'box-shadow' };
      return { ok: false, why: `outline ${cs.outlineStyle} ${cs.outlineWidth}, box-shadow ${cs.boxShadow}` };
    }
    return {
      none: false,
      inWidget: !!widget,
      what,
      tag: el.tagName.toLowerCase(),
      text,
      id: el.dataset?.id ?? null,
      ring: ring(),
    };
  }, offScreen);
}

/**
 * Asserts the focused element is in the widget with a visible ring; returns its state.
 * `offScreen`: it may be scrolled out of the viewport (see the search step).
 */
async function assertFocus(page, step, selector, options) {
  // The map's focus ring is drawn when the widget re-renders after the focus event, which on a
  // loaded machine can come a frame or more after the key press: wait for rendered frames until
  // the ring is there (or 2 s have passed), then judge.
  let s = await focusState(page, options);
  const deadline = Date.now() + 2000;
  while (!s.none && s.inWidget && !s.ring.ok && Date.now() < deadline) {
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    s = await focusState(page, options);
  }
  assert.ok(!s.none, `${step}: focus fell to ${s.what}`);
  assert.ok(s.inWidget, `${step}: focus left the widget, to ${s.what}`);
  assert.ok(s.ring.ok, `${step}: ${s.what} has no visible focus indicator: ${s.ring.why}`);
  if (selector) assert.ok(await matches(page, selector), `${step}: focus is on ${s.what}, not ${selector}`);
  return s;
}

/** Whether the focused element (through shadow roots) matches `selector`. */
function matches(page, selector) {
  return page.evaluate((sel) => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return !!el?.matches(sel);
  }, selector);
}

/**
 * Presses Tab (or Shift+Tab) until the focus is on `selector`, checking every stop on the way.
 * Fails after `max` presses, naming the stops it went through.
 */
async function tabTo(page, selector, { back = false, max = 60, step = selector } = {}) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const s = await assertFocus(page, `${step} (stop ${i + 1})`);
    seen.push(s.what);
    if (await matches(page, selector)) return s;
  }
  assert.fail(`${step}: ${back ? 'Shift+Tab' : 'Tab'} never reached ${selector} in ${max} presses; stops:\n  ${seen.join('\n  ')}`);
}

async function press(page, key, step, selector, options) {
  await page.keyboard.press(key);
  return assertFocus(page, `${step} (${key})`, selector, options);
}

test('keyboard walkthrough: views, languages, metrics, map, panel, table, Compare, Embed', async () => {
  const page = await demo.open('#lang=en');
  // From the top of the page: nothing focused yet.
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true);

  // The view tabs and the language buttons, in order.
  await tabTo(page, '.qe-seg[aria-pressed="true"]:not([lang])', { max: 5, step: 'first stop: the Map tab' });
  assert.equal((await focusState(page)).text, 'Map');
  for (const label of ['Table', 'Compare articles', 'Қазақша', 'Русский', 'English']) {
    const s = await press(page, 'Tab', `view and language buttons: ${label}`, '.qe-seg');
    assert.equal(s.text, label);
  }

  // Metric chips: one tab stop, arrows move the choice.
  await press(page, 'Tab', 'metric chips', 'button.qe-chip[role="radio"][aria-checked="true"]');
  const firstMetric = await page.getAttribute('button.qe-chip[aria-checked="true"]', 'data-metric');
  await press(page, 'ArrowRight', 'next metric', 'button.qe-chip[aria-checked="true"]');
  assert.notEqual(await page.getAttribute('button.qe-chip[aria-checked="true"]', 'data-metric'), firstMetric, 'ArrowRight chose the next metric');
  await press(page, 'ArrowLeft', 'back to the first metric', `button.qe-chip[data-metric="${firstMetric}"][aria-checked="true"]`);

  // The map: one tab stop, arrows move between units.
  await press(page, 'Tab', 'the map', 'svg [data-focus][tabindex="0"]');
  assert.equal(await page.locator('svg [data-focus][tabindex="0"]').count(), 1, 'one tab stop in the map');
  const start = (await focusState(page)).id;
  await press(page, 'ArrowDown', 'map, arrow down', 'svg [data-focus]');
  const unit = await press(page, 'ArrowRight', 'map, arrow right', 'svg [data-focus]');
  assert.notEqual(unit.id, start, 'the arrows moved the focus to another unit');
  await screenshot(page, 'keyboard-map-focus');

  // Enter selects it and opens its panel; Tab goes into the panel, Escape closes it and
  // focus returns to the unit.
  await press(page, 'Enter', 'select the unit', `[data-focus="${unit.id}"]`);
  await page.waitForSelector(`${DETAIL} h3`, WAIT);
  assert.equal(await page.getAttribute(`[data-focus="${unit.id}"]`, 'aria-pressed'), 'true');
  await press(page, 'Tab', 'into the panel: its close button', `${DETAIL} .qe-close`);
  await screenshot(page, 'keyboard-panel-close');
  if (await page.locator(`${DETAIL} a, ${DETAIL} summary`).count()) {
    await press(page, 'Tab', 'a source in the panel', `${DETAIL} :is(a, summary)`);
  }
  await press(page, 'Escape', 'Escape closes the panel', `[data-focus="${unit.id}"]`);
  await page.waitForSelector(DETAIL, { state: 'detached', ...WAIT });

  // Again, closed with its close button this time.
  await press(page, 'Enter', 'select it again', `[data-focus="${unit.id}"]`);
  await page.waitForSelector(`${DETAIL} h3`, WAIT);
  await press(page, 'Tab', 'the close button', `${DETAIL} .qe-close`);
  await press(page, 'Enter', 'the close button closes the panel', `[data-focus="${unit.id}"]`);
  await page.waitForSelector(DETAIL, { state: 'detached', ...WAIT });

  // Back up to the view tabs and into the table; sort a column.
  await tabTo(page, '.qe-seg:not([lang]):nth-child(2)', { back: true, max: 10, step: 'back to the Table tab' });
  await press(page, 'Enter', 'open the table', '.qe-seg[aria-pressed="true"]:not([lang])');
  await page.waitForSelector('table.qe-table', WAIT);
  await tabTo(page, 'th.qe-num .qe-sort', { max: 10, step: 'a metric column header of the table' });
  const column = await page.evaluate(() => {
    const th = document.activeElement.closest('th');
    return [...th.parentElement.children].indexOf(th);
  });
  const sortOf = () => page.evaluate((i) => document.querySelectorAll('.qe-table thead th')[i].getAttribute('aria-sort'), column);
  const before = await sortOf();
  await press(page, 'Enter', 'sort the column', 'th .qe-sort');
  await page.waitForFunction(([i, b]) => document.querySelectorAll('.qe-table thead th')[i].getAttribute('aria-sort') !== b, [column, before], WAIT);
  assert.match(await sortOf(), /^(ascending|descending)$/);
  await press(page, 'Enter', 'sort it the other way', 'th .qe-sort');
  await tabTo(page, '.qe-rowlink', { max: 10, step: 'a row of the table' });

  // Compare: kind chips, topic, search; Enter in the search opens the first hit.
  await tabTo(page, '.qe-seg:not([lang]):nth-child(3)', { back: true, max: 30, step: 'back to the Compare tab' });
  await press(page, 'Enter', 'open Compare', '.qe-seg[aria-pressed="true"]:not([lang])');
  await page.waitForSelector('.qe-compare .qe-kinds', WAIT);
  await tabTo(page, '.qe-kinds .qe-chip', { max: 6, step: 'the first change kind' });
  await tabTo(page, '.qe-compare select', { max: 12, step: 'the topic filter' });
  await press(page, 'Tab', 'the search field', '.qe-compare input[type="search"]');
  // Each pair is searched in the language it is shown in: Russian, for English readers too.
  await page.keyboard.type('гражданин');
  await page.waitForFunction(() => /\d/.test(document.querySelector('.qe-search-status')?.textContent ?? ''), null, WAIT);
  // The hit is scrolled to the middle of the screen, which may take the search field out of
  // view; it keeps the focus for the next Enter.
  await press(page, 'Enter', 'Enter jumps to the first hit', '.qe-compare input[type="search"]', { offScreen: true });
  await page.waitForSelector('article.qe-pair', WAIT);

  // Open another article from the (filtered) list with Enter.
  const opened = await page.getAttribute('article.qe-pair', 'aria-labelledby');
  const other = await page.$$eval('nav.qe-articles .qe-article-btn', (bs, id) => bs.map((b) => b.dataset.pair).find((p) => `qe-pair-${p}` !== id), opened);
  assert.ok(other, 'the search lists more than one article');
  await tabTo(page, `.qe-article-btn[data-pair="${other}"]`, { max: 40, step: 'an article in the list' });
  await press(page, 'Enter', 'open the article', `.qe-article-btn[data-pair="${other}"]`);
  await page.waitForSelector(`article.qe-pair[aria-labelledby="qe-pair-${other}"]`, WAIT);
  assert.equal(await page.getAttribute(`.qe-article-btn[data-pair="${other}"]`, 'aria-current'), 'true');
  await screenshot(page, 'keyboard-article-list');

  // Side by side / inline.
  await tabTo(page, '.qe-seg[data-mode="inline"]', { max: 60, step: 'the inline mode button' });
  await press(page, 'Enter', 'switch to inline', '.qe-seg[data-mode="inline"][aria-pressed="true"]');
  await page.waitForSelector('.qe-texts.is-inline', WAIT);
  await press(page, 'Shift+Tab', 'the side-by-side button', '.qe-seg[data-mode="side"]');
  await press(page, 'Enter', 'back to side by side', '.qe-seg[data-mode="side"][aria-pressed="true"]');
  await page.waitForSelector('.qe-texts.is-side', WAIT);
  await screenshot(page, 'keyboard-mode-focus');

  // On to the Embed button; Enter opens its panel, whose codes and Copy buttons follow.
  await tabTo(page, '.qe-share button[aria-expanded]', { max: 40, step: 'the Embed button' });
  await press(page, 'Enter', 'open the embed codes', '.qe-share button[aria-expanded="true"]');
  await page.waitForSelector('.qe-embed textarea', WAIT);
  // The sections to embed come first, a checkbox each.
  await press(page, 'Tab', 'the first section to embed', '.qe-pick input[type="checkbox"]');
  await tabTo(page, '.qe-embed textarea', { max: 8, step: 'the script code' });
  await press(page, 'Tab', 'its Copy button', '.qe-embed .qe-btn');
  await screenshot(page, 'keyboard-embed');
  await tabTo(page, '.qe-share button[aria-expanded="true"]', { back: true, max: 10, step: 'back to the Embed button' });
  await press(page, 'Enter', 'close the embed codes', '.qe-share button[aria-expanded="false"]');
  await page.waitForSelector('.qe-embed', { state: 'detached', ...WAIT });

  assertNoPageErrors(page);
  await page.context().close();
});

/**
 * Tabs from the first control of the widget to past its last, and returns the controls
 * reached (as `data-qe-kb` marks set on them) after checking each stop's focus ring; then
 * lists the widget's visible controls that Tab never reached (roving-tabindex members apart).
 */
async function sweep(page, what) {
  await page.evaluate(() => document.querySelectorAll('[data-qe-kb]').forEach((e) => e.removeAttribute('data-qe-kb')));
  // Tab starts from the page's heading, above the widget.
  await page.click('main.demo > h1');
  const reached = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el?.closest('.qe')) return null;
      el.setAttribute('data-qe-kb', '');
      return true;
    });
    if (!inside) {
      if (reached.length) break;
      continue;
    }
    reached.push((await assertFocus(page, `${what}, stop ${reached.length + 1}`)).what);
  }
  const missed = await page.evaluate(() =>
    [...document.querySelectorAll('.qe :is(a[href], button, input, select, textarea, summary, [tabindex])')]
      .filter((el) => !el.disabled && el.getAttribute('tabindex') !== '-1')
      .filter((el) => el.getClientRects().length && getComputedStyle(el).visibility === 'visible')
      .filter((el) => !el.closest('[hidden], details:not([open]) > :not(summary)'))
      .filter((el) => !el.hasAttribute('data-qe-kb'))
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> "${(el.getAttribute('aria-label') ?? el.textContent).trim().slice(0, 40)}"`),
  );
  assert.deepEqual(missed, [], `${what}: controls Tab never reached (after ${reached.length} stops)`);
  return reached;
}

test('Tab reaches every control of every view, each with a visible focus ring', async () => {
  for (const [hash, ready, min] of [
    ['#region=KZ-55&lang=ru', `${DETAIL} h3`, 30],
    ['#view=table&lang=kk', 'table.qe-table', 30],
    ['#view=compare&article=o3-n4&mode=inline&lang=en', 'article.qe-pair', 100],
    ['?theme=dark#view=compare&article=o1-n1%2Bn3&lang=ru', 'article.qe-pair', 100],
  ]) {
    const page = await demo.open(hash);
    await page.waitForSelector(ready, WAIT);
    // The embed codes too.
    await page.click('.qe-share button[aria-expanded]');
    await page.waitForSelector('.qe-embed textarea', WAIT);
    const reached = await sweep(page, hash);
    assert.ok(reached.length >= min, `${hash}: only ${reached.length} stops`);
    assertNoPageErrors(page);
    await page.context().close();
  }
});

test('map: Home and End move to the first and last unit without scrolling; focus and selection rings differ', async () => {
  const page = await demo.open('#lang=en', { width: 1440, height: 900 });
  await page.waitForSelector('svg .qe-labels');
  await tabTo(page, 'svg [data-focus]');
  const scrollY = () => page.evaluate(() => window.scrollY);
  const before = await scrollY();
  const focused = () => page.evaluate(() => document.activeElement?.dataset?.focus ?? null);

  await press(page, 'End', 'End in the map', 'svg [data-focus="KZ-75"]');
  assert.equal(await scrollY(), before, 'End did not scroll the page');
  await press(page, 'Home', 'Home in the map', 'svg [data-focus="KZ-27"]');
  assert.equal(await scrollY(), before, 'Home did not scroll the page');
  await page.waitForFunction(() => document.querySelector('.qe-sr[aria-live]')?.textContent.startsWith('West Kazakhstan Region.'), null, WAIT);

  await page.keyboard.press('Enter');
  await page.waitForSelector(`${DETAIL} h3`);
  assert.equal(await focused(), 'KZ-27', 'focus stays on the unit');
  const rings = await page.evaluate(() => {
    const pick = (sel) => {
      const el = document.querySelector(sel);
      if (!el) return null;
      const cs = getComputedStyle(el);
      return { stroke: cs.stroke, width: parseFloat(cs.strokeWidth), dash: cs.strokeDasharray };
    };
    return { selected: pick('.qe-outline.is-selected[data-for="KZ-27"]'), focus: pick('.qe-outline.is-focus[data-for="KZ-27"]') };
  });
  assert.ok(rings.selected && rings.focus, `both rings drawn: ${JSON.stringify(rings)}`);
  assert.equal(rings.selected.dash, 'none', 'the selection ring is solid');
  assert.notEqual(rings.focus.dash, 'none', 'the focus ring is dashed');
  assert.notEqual(rings.focus.stroke, rings.selected.stroke, 'in different colours');
  await screenshot(page, 'map-focus-and-selection');

  // A city marker: the same two rings, the focus ring outside the selection ring.
  await press(page, 'End', 'End again', 'svg [data-focus="KZ-75"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('aside.qe-detail h3')?.textContent.includes('Almaty'), null, WAIT);
  const city = await page.evaluate(() => {
    const r = (sel) => parseFloat(document.querySelector(sel)?.getAttribute('r') ?? 'NaN');
    return { selected: r('circle.qe-outline.is-selected[data-for="KZ-75"]'), focus: r('circle.qe-outline.is-focus[data-for="KZ-75"]') };
  });
  assert.ok(city.focus > city.selected, `focus ring ${city.focus} outside selection ring ${city.selected}`);
  assertNoPageErrors(page);
  await page.context().close();
});
