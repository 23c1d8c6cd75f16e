// The map view on the demo page: drawing, selection, language and metric switch, keyboard,
// hover tooltip, and the phone layout.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT, assertNoPageErrors, newPage, screenshot, useDemo, waitForWidget } from './harness.mjs';

const CITY_IDS = ['KZ-71', 'KZ-75', 'KZ-79'];
const DETAIL = 'aside.qe-detail:not(.is-empty)';

const demo = useDemo();
let pack;

before(async () => {
  pack = JSON.parse(await readFile(path.join(REPO_ROOT, 'content', 'pack.json'), 'utf8'));
});

const openMap = (options = {}, hash = '') => demo.open(hash, options);

/** Ids of the units the pack gives a figure for `metric`. */
function reporting(metric) {
  return new Set(pack.regions.filter((r) => (r.figures ?? []).some((f) => f.metric === metric)).map((r) => r.id));
}

/**
 * A viewport point inside the unit's painted shape that hit-tests to the shape itself (not a
 * neighbour, marker or tooltip), as close to the middle of its box as possible.
 */
async function pointIn(page, selector) {
  const pt = await page.$eval(selector, (el) => {
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const r = el.getBoundingClientRect();
    const toUser = el.getScreenCTM().inverse();
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    let best = null;
    for (let i = 1; i < 24; i++) {
      for (let j = 1; j < 24; j++) {
        const x = r.left + (r.width * i) / 24;
        const y = r.top + (r.height * j) / 24;
        if (!el.isPointInFill(new DOMPoint(x, y).matrixTransform(toUser))) continue;
        // The root the unit is in: the page, or an embed's shadow root.
        if (el.getRootNode().elementFromPoint(x, y) !== el) continue;
        const d = (x - cx) ** 2 + (y - cy) ** 2;
        if (!best || d < best.d) best = { x, y, d };
      }
    }
    return best;
  });
  assert.ok(pt, `no clickable point inside ${selector}`);
  return pt;
}

async function clickUnit(page, id) {
  const { x, y } = await pointIn(page, `svg path[data-id="${id}"]`);
  await page.mouse.click(x, y);
}

const hash = (page) => page.evaluate(() => location.hash);

async function waitForHash(page, predicate, what, arg = null) {
  try {
    await page.waitForFunction(predicate, arg, { timeout: 5000 });
  } catch (err) {
    throw new Error(`URL hash never ${what}; it is ${JSON.stringify(await hash(page))}`, { cause: err });
  }
}

test('demo page draws the Kazakh map with 17 regions, 3 cities and not-reported hatching', async () => {
  const page = await openMap();

  assert.equal(await page.getAttribute('html', 'lang'), 'kk');
  assert.equal(await page.getAttribute('.qe', 'lang'), 'kk', 'the widget follows the page language');
  assert.deepEqual(await page.$$eval('.qe-segmented .qe-seg:not([lang])', (bs) => bs.map((b) => b.textContent.trim())), [
    'Карта',
    'Кесте',
    'Баптарды салыстыру',
  ]);

  const regions = await page.$$eval('svg path[data-id]', (ps) =>
    ps.map((p) => ({ id: p.dataset.id, cls: p.getAttribute('class'), label: p.getAttribute('aria-label'), role: p.getAttribute('role'), fill: p.getAttribute('fill') })),
  );
  const cities = await page.$$eval('svg g.qe-city[data-id]', (gs) =>
    gs.map((g) => ({ id: g.dataset.id, cls: g.querySelector('circle.qe-unit')?.getAttribute('class'), label: g.getAttribute('aria-label'), role: g.getAttribute('role') })),
  );
  assert.equal(regions.length, 17, 'region shapes');
  assert.deepEqual(cities.map((c) => c.id).sort(), CITY_IDS, 'city markers');
  assert.equal(new Set([...regions, ...cities].map((u) => u.id)).size, 20, '20 distinct units');
  for (const u of [...regions, ...cities]) {
    assert.equal(u.role, 'button', `${u.id} role`);
    // The pack's label is isolated (FSI … PDI), so a right-to-left one cannot move the figure.
    assert.match(u.label ?? '', /\. \u2068Коалиция мүшелері\u2069: /, `${u.id} accessible name`);
  }
  assert.equal(await page.locator('[data-focus][tabindex="0"]').count(), 1, 'exactly one roving tab stop');

  // Every unit is coloured exactly when the pack reports a member count for it.
  const withMembers = reporting('members');
  for (const u of [...regions, ...cities]) {
    if (withMembers.has(u.id)) {
      assert.match(u.cls, /\bqe-c[0-4]\b/, `${u.id} has a figure, so a colour class`);
      assert.doesNotMatch(u.cls, /\bqe-nr\b/, `${u.id}`);
    } else {
      assert.match(u.cls, /\bqe-nr\b/, `${u.id} has no figure, so is marked not reported`);
      assert.doesNotMatch(u.cls, /\bqe-c\d\b/, `${u.id}`);
    }
  }

  const pavlodar = regions.find((r) => r.id === 'KZ-55');
  assert.match(pavlodar.cls, /\bqe-c[0-4]\b/);
  assert.ok(pavlodar.label.startsWith('Павлодар облысы.'), pavlodar.label);
  assert.ok(pavlodar.label.includes('130+'), pavlodar.label);

  const atyrau = regions.find((r) => r.id === 'KZ-23');
  assert.match(atyrau.cls, /\bqe-nr\b/);
  assert.ok(atyrau.label.includes('хабарланбаған'), atyrau.label);
  const hatch = atyrau.fill?.match(/^url\(#(.+)\)$/)?.[1];
  assert.ok(hatch, `not-reported fill is a pattern, got ${atyrau.fill}`);
  assert.equal(await page.locator(`pattern#${hatch}`).count(), 1, 'the hatch pattern exists');

  const legend = await page.locator('.qe-legend').innerText();
  const notReported = 20 - withMembers.size;
  assert.match(legend, /Коалиция мүшелері/);
  assert.match(legend, new RegExp(`Хабарланбаған\\s*\\(${notReported}\\)`), legend);
  const binCounts = await page.$$eval('.qe-legend-bins li:has(.qe-swatch[class*="qe-c"]) .qe-legend-count', (ss) =>
    ss.map((s) => Number(s.textContent.replace(/\D/g, ''))),
  );
  assert.equal(binCounts.reduce((a, b) => a + b, 0), withMembers.size, 'colour bins count every reporting unit');
  const summary = await page.locator('.qe-summary').innerText();
  assert.match(summary, /Түркістан облысы: 457/, summary);

  await screenshot(page, 'map-kk-desktop');
  assert.deepEqual(page.qeWarnings, [], 'no warnings for a plain page');
  assertNoPageErrors(page);
  await page.context().close();
});

test('clicking Pavlodar opens its panel; Escape and the close button close it', async () => {
  const page = await openMap();

  await clickUnit(page, 'KZ-55');
  await page.waitForSelector(`${DETAIL} h3`);
  assert.equal((await page.locator(`${DETAIL} h3`).innerText()).trim(), 'Павлодар облысы');
  const values = await page.locator(`${DETAIL} .qe-fig-value`).allInnerTexts();
  assert.ok(values.includes('130+'), `figures: ${values}`);
  const link = page.locator(`${DETAIL} .qe-source a[href*="astanatv.kz"]`).first();
  assert.equal(await link.count(), 1, 'a source link to astanatv.kz');
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.match(await link.getAttribute('rel'), /noopener/);
  assert.equal(await page.getAttribute('path[data-id="KZ-55"]', 'aria-pressed'), 'true');
  await waitForHash(page, () => location.hash.includes('region=KZ-55'), 'gained region=KZ-55');
  await screenshot(page, 'map-panel-pavlodar');

  await page.keyboard.press('Escape');
  await page.waitForSelector(DETAIL, { state: 'detached', timeout: 5000 });
  await waitForHash(page, () => !location.hash.includes('region='), 'lost region=');
  assert.equal(await page.getAttribute('path[data-id="KZ-55"]', 'aria-pressed'), 'false');

  await clickUnit(page, 'KZ-55');
  await page.waitForSelector(`${DETAIL} h3`);
  await waitForHash(page, () => location.hash.includes('region=KZ-55'), 'gained region=KZ-55 again');
  await page.click(`${DETAIL} .qe-close`);
  await page.waitForSelector(DETAIL, { state: 'detached', timeout: 5000 });
  await waitForHash(page, () => !location.hash.includes('region='), 'lost region= after the close button');

  assertNoPageErrors(page);
  await page.context().close();
});

test('keyboard: the close button returns focus to the unit whose panel it closes', async () => {
  const page = await openMap();

  await page.focus('g.qe-city[data-id="KZ-79"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector(`${DETAIL} h3`);
  await page.focus(`${DETAIL} .qe-close`);
  await page.keyboard.press('Enter');
  await page.waitForSelector(DETAIL, { state: 'detached', timeout: 5000 });
  const focus = await page.evaluate(() => {
    const a = document.activeElement;
    return { id: a?.dataset?.id ?? null, what: `<${a?.tagName.toLowerCase()}${a?.getAttribute('class') ? ` class="${a.getAttribute('class')}"` : ''}>` };
  });
  assert.equal(focus.id, 'KZ-79', `focus went to ${focus.what}, not back to the Shymkent marker`);

  assertNoPageErrors(page);
  await page.context().close();
});

test('English and the "events" metric: labels, hash and colours follow', async () => {
  const page = await openMap();

  await page.click('.qe-seg[lang="en"]');
  await page.waitForSelector('.qe[lang="en"]');
  assert.equal(await page.getAttribute('.qe-seg[lang="en"]', 'aria-pressed'), 'true');
  assert.equal(await page.getAttribute('.qe-seg[lang="kk"]', 'aria-pressed'), 'false');
  await page.click('button.qe-chip[data-metric="events"]');
  await page.waitForSelector('button.qe-chip[data-metric="events"][aria-checked="true"]');
  assert.equal(await page.getAttribute('button.qe-chip[data-metric="members"]', 'aria-checked'), 'false');
  assert.equal(await page.locator('button.qe-chip[role="radio"][aria-checked="true"]').count(), 1);
  await waitForHash(page, () => location.hash.includes('metric=events') && location.hash.includes('lang=en'), 'gained metric=events&lang=en');

  assert.deepEqual(await page.$$eval('.qe-segmented .qe-seg:not([lang])', (bs) => bs.map((b) => b.textContent.trim())), ['Map', 'Table', 'Compare articles']);
  const turkestan = page.locator('path[data-id="KZ-61"]');
  assert.match(await turkestan.getAttribute('class'), /\bqe-c[0-4]\b/);
  const tLabel = await turkestan.getAttribute('aria-label');
  assert.ok(tLabel.startsWith('Turkestan Region. \u2068Events planned\u2069: '), tLabel);
  assert.ok(tLabel.includes('1,959'), tLabel);
  const astana = await page.getAttribute('g.qe-city[data-id="KZ-71"]', 'aria-label');
  assert.ok(astana.includes('about 1,000'), astana);
  // Pavlodar reports members, not events: it must now read as not reported.
  const pavlodar = page.locator('path[data-id="KZ-55"]');
  assert.match(await pavlodar.getAttribute('class'), /\bqe-nr\b/);
  assert.ok((await pavlodar.getAttribute('aria-label')).includes('not reported'));
  assert.match(await page.locator('.qe-legend-title').innerText(), /Events planned/);

  await screenshot(page, 'map-en-events');
  assertNoPageErrors(page);
  await page.context().close();
});

test('keyboard: Tab reaches the map, arrows move the roving stop and announce, Enter opens', async () => {
  const page = await openMap();

  let active = null;
  for (let i = 0; i < 40 && !active; i++) {
    await page.keyboard.press('Tab');
    active = await page.evaluate(() => document.activeElement?.closest('svg [data-focus]')?.dataset.focus ?? null);
  }
  assert.ok(active, 'Tab never reached a map unit');

  const state = () =>
    page.evaluate(() => {
      const a = document.activeElement;
      const stops = [...document.querySelectorAll('svg [data-focus][tabindex="0"]')];
      return {
        id: a?.dataset?.id ?? null,
        label: a?.getAttribute('aria-label') ?? null,
        stops: stops.map((s) => s.dataset.id),
        live: document.querySelector('.qe-sr[aria-live]')?.textContent ?? '',
      };
    });
  const first = await state();
  assert.deepEqual(first.stops, [first.id], 'the focused unit is the one tab stop');

  const seen = [first.id];
  for (const key of ['ArrowDown', 'ArrowRight']) {
    const before = await state();
    await page.keyboard.press(key);
    await page.waitForFunction((id) => document.activeElement?.dataset?.id && document.activeElement.dataset.id !== id, before.id, {
      timeout: 5000,
    });
    const now = await state();
    assert.notEqual(now.id, before.id, `${key} moved focus`);
    assert.deepEqual(now.stops, [now.id], `${key}: still exactly one tabindex=0, on the focused unit`);
    assert.ok(now.label, `${now.id} has an accessible name`);
    // The live region announces the newly focused unit: its name and figure.
    await page.waitForFunction((label) => document.querySelector('.qe-sr[aria-live]')?.textContent === label, now.label, {
      timeout: 5000,
    });
    assert.notEqual(now.label, before.live, `${key}: the announcement changed`);
    seen.push(now.id);
  }
  assert.equal(new Set(seen).size, 3, `three different units: ${seen}`);

  // The focus indicator: an outline path over the focused unit, with a visible stroke.
  const focusedId = seen.at(-1);
  const ring = await page.evaluate((id) => {
    const unit = document.querySelector(`svg [data-id="${id}"]`);
    const outline = [...document.querySelectorAll('svg .qe-outline.is-focus')].find((o) => o.getAttribute('d') === unit.getAttribute('d'));
    if (!outline) return null;
    const cs = getComputedStyle(outline);
    return { stroke: cs.stroke, width: parseFloat(cs.strokeWidth), display: cs.display, visibility: cs.visibility };
  }, focusedId);
  assert.ok(ring, 'an outline is drawn over the focused region');
  assert.notEqual(ring.stroke, 'none');
  assert.ok(ring.width >= 1.5, `outline stroke width ${ring.width}`);
  assert.notEqual(ring.display, 'none');
  assert.equal(ring.visibility, 'visible');
  await screenshot(page, 'map-keyboard-focus');

  const { label } = await state();
  await page.keyboard.press('Enter');
  await page.waitForSelector(`${DETAIL} h3`);
  const name = (await page.locator(`${DETAIL} h3`).innerText()).trim();
  assert.ok(label.startsWith(`${name}. `), `panel "${name}" is for the focused unit "${label}"`);
  await waitForHash(page, (id) => location.hash.includes(`region=${id}`), `gained region=${focusedId}`, focusedId);

  assertNoPageErrors(page);
  await page.context().close();
});

test('hovering a region shows a tooltip with its name and figure', async () => {
  const page = await openMap();

  const { x, y } = await pointIn(page, 'path[data-id="KZ-61"]');
  await page.mouse.move(x, y);
  const tip = page.locator('.qe-tooltip');
  await tip.waitFor({ state: 'visible', timeout: 5000 });
  const text = await tip.innerText();
  assert.match(text, /Түркістан облысы/);
  assert.match(text, /Коалиция мүшелері:\s*457/);
  // It sits by the region (its anchor is inside the region's box), and inside the viewport.
  const [t, r, vw] = await page.evaluate(() => [
    document.querySelector('.qe-tooltip').getBoundingClientRect().toJSON(),
    document.querySelector('path[data-id="KZ-61"]').getBoundingClientRect().toJSON(),
    window.innerWidth,
  ]);
  assert.ok(t.left < r.right && t.right > r.left, 'tooltip overlaps the region horizontally');
  assert.ok(t.bottom > r.top - 40 && t.bottom < r.bottom, 'tooltip stands just above a point of the region');
  assert.ok(t.left >= 0 && t.right <= vw, 'tooltip within the viewport');

  // A region whose coalition started but reports no figure says so.
  const p2 = await pointIn(page, 'path[data-id="KZ-43"]');
  await page.mouse.move(p2.x, p2.y);
  await page.waitForFunction(() => document.querySelector('.qe-tooltip')?.textContent.includes('Қызылорда облысы'), null, { timeout: 5000 });
  const text2 = await tip.innerText();
  assert.match(text2, /хабарланбаған/);
  assert.match(text2, /Коалиция жұмысын бастады/);

  await page.mouse.move(2, 2);
  await tip.waitFor({ state: 'detached', timeout: 5000 });

  assertNoPageErrors(page);
  await page.context().close();
});

const PHONE = { width: 360, height: 780, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

test('phone: no sideways scroll, tapping Shymkent opens its panel, buttons are 44 px targets', async () => {
  const page = await openMap(PHONE);

  const overflow = () => page.evaluate(() => ({ sw: document.documentElement.scrollWidth, iw: window.innerWidth }));
  let o = await overflow();
  assert.ok(o.sw <= o.iw, `page scrolls sideways: scrollWidth ${o.sw} > ${o.iw}`);

  await page.tap('g.qe-city[data-id="KZ-79"]');
  await page.waitForSelector(`${DETAIL} h3`);
  assert.equal((await page.locator(`${DETAIL} h3`).innerText()).trim(), 'Шымкент қаласы');
  // The tap focused the marker, but the tooltip and the focus ring are the keyboard's: nothing
  // stays up over the map.
  assert.equal(await page.locator('.qe-tooltip').count(), 0, 'no tooltip after a tap');
  assert.equal(await page.locator('.qe-rings .is-focus').count(), 0, 'no focus ring after a tap');
  assert.ok((await page.locator(`${DETAIL} .qe-fig-value`).allInnerTexts()).includes('150'));
  o = await overflow();
  assert.ok(o.sw <= o.iw, `with the panel open the page scrolls sideways: ${o.sw} > ${o.iw}`);

  const small = await page.$$eval('.qe button', (bs) =>
    bs
      .map((b) => ({ b, r: b.getBoundingClientRect() }))
      .filter(({ b, r }) => r.width > 0 && r.height > 0 && getComputedStyle(b).visibility !== 'hidden')
      .filter(({ r }) => r.width < 44 - 0.5 || r.height < 44 - 0.5)
      .map(({ b, r }) => `${b.className} "${b.textContent.trim().slice(0, 30)}" ${r.width.toFixed(1)}x${r.height.toFixed(1)}`),
  );
  assert.deepEqual(small, [], 'buttons smaller than 44x44 px');
  assert.ok((await page.locator('.qe button').count()) >= 11, 'view, language, metric and close buttons are there');

  await screenshot(page, 'map-phone', { fullPage: true });
  assertNoPageErrors(page);
  await page.context().close();
});

test('the city markers are 44 px targets on desktop; on phones they never cover the region around them', async () => {
  const size = (page) =>
    page.$$eval('svg g.qe-city[data-id]', (gs) =>
      gs.map((g) => {
        const hit = g.querySelector('.qe-city-hit').getBoundingClientRect();
        const mark = g.querySelector('circle.qe-unit').getBoundingClientRect();
        return { id: g.dataset.id, hit: Math.round(hit.width * 10) / 10, mark: Math.round(mark.width * 10) / 10 };
      }),
    );
  const desk = await openMap();
  await desk.waitForSelector('svg .qe-labels');
  const big = await size(desk);
  assert.equal(big.length, 3);
  assert.deepEqual(big.filter((s) => s.hit < 44 - 0.5).map((s) => `${s.id} ${s.hit}`), [], 'desktop targets under 44 px');
  await desk.context().close();

  const phone = await openMap(PHONE);
  await phone.waitForSelector('svg .qe-labels');
  for (const s of await size(phone)) {
    assert.ok(s.hit <= s.mark + 2.5, `${s.id}: a ${s.hit} px target over a ${s.mark} px marker would take the region's taps`);
    assert.ok(s.mark >= 12, `${s.id}: the marker is ${s.mark} px`);
  }
  assertNoPageErrors(phone);
  await phone.context().close();
});

test('phone 390 px: a tap in Turkestan beside Shymkent opens Turkestan; a tap on the marker opens Shymkent', async () => {
  const page = await openMap({ width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  await page.waitForSelector('svg .qe-labels');
  // The point of Turkestan nearest to Shymkent's marker, just outside the marker.
  const pt = await page.evaluate(() => {
    const city = document.querySelector('g.qe-city[data-id="KZ-79"] circle.qe-unit');
    const region = document.querySelector('path[data-id="KZ-61"]');
    city.scrollIntoView({ block: 'center' });
    const c = city.getBoundingClientRect();
    const cx = c.left + c.width / 2;
    const cy = c.top + c.height / 2;
    const toUser = region.getScreenCTM().inverse();
    let best = null;
    for (let a = 0; a < 360; a += 10) {
      for (let d = c.width / 2 + 3; d < c.width / 2 + 12; d += 1) {
        const x = cx + d * Math.cos((a * Math.PI) / 180);
        const y = cy + d * Math.sin((a * Math.PI) / 180);
        if (!region.isPointInFill(new DOMPoint(x, y).matrixTransform(toUser))) continue;
        if (!best || d < best.d) best = { x, y, d };
        break;
      }
    }
    return { near: best, centre: { x: cx, y: cy } };
  });
  assert.ok(pt.near, 'Turkestan has a point beside Shymkent');
  await page.touchscreen.tap(pt.near.x, pt.near.y);
  await page.waitForSelector(`${DETAIL} h3`);
  assert.equal((await page.locator(`${DETAIL} h3`).innerText()).trim(), 'Түркістан облысы', `a tap ${pt.near.d.toFixed(1)} px from Shymkent's centre`);

  // Back to the map, then the marker itself.
  await page.evaluate(() => document.querySelector('g.qe-city[data-id="KZ-79"]').scrollIntoView({ block: 'center' }));
  const c = await page.evaluate(() => {
    const r = document.querySelector('g.qe-city[data-id="KZ-79"] circle.qe-unit').getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.touchscreen.tap(c.x, c.y);
  await page.waitForFunction(() => document.querySelector('aside.qe-detail h3')?.textContent.trim() === 'Шымкент қаласы', null, { timeout: 5000 });
  assertNoPageErrors(page);
  await page.context().close();
});

// A city's label lies over the region around the city (Shymkent's over Turkestan): only its
// painted words open the city; the rest of its box, between and around them, is the region's.
test('phone: a label opens its unit only on its words; the region under the rest of its box keeps its taps', async () => {
  for (const width of [320, 390]) {
    const page = await openMap({ width, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await page.waitForSelector('svg .qe-labels');
    await page.evaluate(() => document.querySelector('svg .qe-label[data-label="KZ-79"]').scrollIntoView({ block: 'center' }));
    // Over every label that takes taps, a grid of points: each hits the label's own text or
    // something that is not the label (never its empty box).
    const probe = await page.evaluate(() => {
      const out = { stolen: [], word: null, region: null };
      const turkestan = document.querySelector('path[data-id="KZ-61"]');
      const toUser = turkestan.getScreenCTM().inverse();
      for (const g of document.querySelectorAll('svg .qe-label.takes-taps')) {
        const r = g.querySelector('.qe-label-box').getBoundingClientRect();
        for (let i = 0; i <= 12; i++) {
          for (let j = 0; j <= 6; j++) {
            const x = r.left + (r.width * i) / 12;
            const y = r.top + (r.height * j) / 6;
            const hit = document.elementFromPoint(x, y);
            if (!hit || !g.contains(hit)) {
              const inTurkestan = turkestan.isPointInFill(new DOMPoint(x, y).matrixTransform(toUser));
              if (g.dataset.label === 'KZ-79' && hit === turkestan && inTurkestan && !out.region) out.region = { x, y };
              continue;
            }
            if (hit.tagName.toLowerCase() !== 'text') out.stolen.push(`${g.dataset.label} at ${i},${j}: ${hit.tagName}`);
            else if (g.dataset.label === 'KZ-79' && hit.classList.contains('qe-label-name') && !out.word) out.word = { x, y };
          }
        }
      }
      return out;
    });
    assert.deepEqual(probe.stolen, [], `${width} px: parts of a label's box that are not its words take taps`);
    assert.ok(probe.region, `${width} px: Shymkent's label box has a point over Turkestan between its words`);
    assert.ok(probe.word, `${width} px: Shymkent's name is hit somewhere`);

    await page.touchscreen.tap(probe.region.x, probe.region.y);
    await page.waitForFunction(() => document.querySelector('aside.qe-detail h3')?.textContent.trim() === 'Түркістан облысы', null, { timeout: 5000 });
    await page.evaluate(() => document.querySelector('svg .qe-label[data-label="KZ-79"]').scrollIntoView({ block: 'center' }));
    const word = await page.evaluate(() => {
      const t = document.querySelector('svg .qe-label[data-label="KZ-79"] .qe-label-name');
      const r = t.getBoundingClientRect();
      for (let i = 1; i < 20; i++) {
        const x = r.left + (r.width * i) / 20;
        const y = r.top + r.height / 2;
        if (document.elementFromPoint(x, y) === t) return { x, y };
      }
      return null;
    });
    assert.ok(word, `${width} px: Shymkent's name can be tapped`);
    await page.touchscreen.tap(word.x, word.y);
    await page.waitForFunction(() => document.querySelector('aside.qe-detail h3')?.textContent.trim() === 'Шымкент қаласы', null, { timeout: 5000 });
    assertNoPageErrors(page);
    await page.context().close();
  }
});

/** Every label's, marker's and note's box in CSS pixels, read from the real DOM. */
function mapBoxes(page) {
  return page.evaluate(() => {
    const box = (el) => el.getBoundingClientRect().toJSON();
    return {
      labels: [...document.querySelectorAll('svg .qe-label')].map((g) => ({
        id: g.dataset.label,
        name: g.querySelector('.qe-label-name').textContent,
        value: g.querySelector('.qe-label-value').textContent,
        texts: [...g.querySelectorAll('text')].map(box),
        size: parseFloat(getComputedStyle(g.querySelector('.qe-label-name')).fontSize) * g.ownerSVGElement.getScreenCTM().a,
      })),
      markers: [...document.querySelectorAll('svg g.qe-city circle.qe-unit')].map((c) => ({ id: c.parentElement.dataset.id, r: box(c) })),
      note: [...document.querySelectorAll('svg .qe-map-note text')].map((t) => ({ text: t.textContent, r: box(t) })),
      map: box(document.querySelector('.qe-map svg')),
    };
  });
}

const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

const EXPECTED = {
  kk: { 'KZ-61': ['Түркістан', '457'], 'KZ-71': ['Астана', 'шамамен 200'], note: 'Дерегі жоқ өңірлер мен қалалар: 15 (барлығы 20)' },
  ru: { 'KZ-61': ['Туркестанская обл.', '457'], 'KZ-71': ['Астана', 'около 200'], note: 'Нет данных: 15 из 20 регионов и городов' },
  en: { 'KZ-61': ['Turkestan', '457'], 'KZ-71': ['Astana', 'about 200'], note: 'Not reported: 15 of 20 regions and cities' },
};

for (const lang of ['kk', 'ru', 'en']) {
  test(`labels (${lang}): every unit with a figure named with its figure, readable and without overlaps at 320, 390 and 1440 px`, async () => {
    for (const [width, height] of [
      [320, 700],
      [390, 844],
      [1440, 900],
    ]) {
      const phone = width < 600;
      const page = await openMap(phone ? { width, height, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : { width, height }, `#lang=${lang}`);
      for (const metric of ['members', 'events', 'proposals', 'attendance', 'parties']) {
        if (metric !== 'members') await page.click(`button.qe-chip[data-metric="${metric}"]`);
        const want = reporting(metric);
        await page.waitForFunction(
          ([m, n]) =>
            document.querySelector(`button.qe-chip[data-metric="${m}"]`)?.getAttribute('aria-checked') === 'true' &&
            document.querySelectorAll('svg .qe-label').length === n,
          [metric, want.size],
          { timeout: 5000 },
        );
        const b = await mapBoxes(page);
        const what = `${lang} ${metric} at ${width} px`;
        assert.deepEqual(new Set(b.labels.map((l) => l.id)), want, `${what}: the labelled units`);
        const boxes = [
          ...b.labels.flatMap((l) => l.texts.map((r) => ({ who: `label ${l.id}`, r }))),
          ...b.markers.map((m) => ({ who: `marker ${m.id}`, r: m.r })),
          ...b.note.map((n) => ({ who: 'note', r: n.r })),
        ];
        for (let i = 0; i < boxes.length; i++) {
          const a = boxes[i];
          assert.ok(a.r.left >= b.map.left - 0.5 && a.r.right <= b.map.right + 0.5, `${what}: ${a.who} leaves the map`);
          for (const c of boxes.slice(i + 1)) {
            if (a.who !== c.who) assert.ok(!overlap(a.r, c.r), `${what}: ${a.who} overlaps ${c.who}`);
          }
        }
        // Type in screen pixels, whatever the map's scale (crate::map::labels::type_px).
        const px = b.map.width < 340 ? 10 : b.map.width < 480 ? 11 : b.map.width < 700 ? 12 : 13;
        for (const l of b.labels) assert.ok(Math.abs(l.size - px) < 0.3, `${what}: ${l.id}'s name is ${l.size.toFixed(1)} px, not ${px}`);
        if (metric === 'members') {
          const e = EXPECTED[lang];
          for (const id of ['KZ-61', 'KZ-71']) {
            const l = b.labels.find((x) => x.id === id);
            assert.deepEqual([l.name, l.value], e[id], `${what}: ${id}`);
          }
          assert.equal(b.note.map((n) => n.text).join(' '), e.note, `${what}: the note on the map`);
          if (lang === 'kk' || width !== 390) {
            await page.evaluate(() => document.querySelector('.qe-metric-desc').scrollIntoView());
            await screenshot(page, `map-labels-${lang}-${width}`);
          }
        }
      }
      assertNoPageErrors(page);
      await page.context().close();
    }
  });
}

test('labels in a 680 px article column (embed page) and in dark theme', async () => {
  for (const lang of ['kk', 'ru', 'en']) {
    const page = await newPage(demo.browser, { width: 680, height: 900, url: `${demo.server.url}embed.html?view=map&lang=${lang}` });
    // The live widget, not the build's first view (which has the same labels); playwright's
    // locators reach into the embed's shadow root.
    await waitForWidget(page);
    await page.locator('svg .qe-label').nth(4).waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('svg .qe-label').count(), 5);
    await page.locator('.qe-metric-desc').evaluate((el) => el.scrollIntoView());
    await screenshot(page, `map-column-680-${lang}`);
    await page.context().close();
  }
  for (const width of [390, 1440]) {
    const page = await openMap({ width, height: 900, colorScheme: 'dark', ...(width < 600 ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}) }, '#lang=kk');
    await page.waitForFunction(() => document.querySelectorAll('svg .qe-label').length === 5, null, { timeout: 5000 });
    const ink = await page.$eval('svg .qe-label-name', (t) => getComputedStyle(t).fill);
    assert.notEqual(ink, 'rgb(27, 31, 36)', 'dark theme labels are light');
    await page.evaluate(() => document.querySelector('.qe-metric-desc').scrollIntoView());
    await screenshot(page, `map-labels-dark-${width}`);
    await page.context().close();
  }
});

test('a metric only one unit reports is a labelled highlight and a list, not a choropleth', async () => {
  // Proposals: West Kazakhstan alone (four units report parties since the party counts came in).
  const page = await openMap({}, '#lang=en&metric=proposals');
  await page.waitForFunction(() => document.querySelectorAll('svg .qe-label').length === 1, null, { timeout: 5000 });
  assert.match(await page.locator('path[data-id="KZ-27"]').getAttribute('class'), /\bqe-few\b/);
  assert.equal(await page.locator('.qe-legend-bins').count(), 0, 'no colour bins');
  assert.match(await page.locator('.qe-legend-few').innerText(), /^Reported for 1 of 20 regions and cities/);
  const items = await page.locator('.qe-legend-list li').allInnerTexts();
  assert.deepEqual(items.map((t) => t.replace(/\s+/g, ' ').trim()), ['West Kazakhstan Region 100+', 'Not reported (19)']);
  assert.equal(await page.locator('.qe-legend-qualifiers').count(), 1, 'the qualifier note: 100+ is at least 100');
  await page.evaluate(() => document.querySelector('.qe-metric-desc').scrollIntoView());
  await screenshot(page, 'map-en-proposals');

  // Members: bins with units in each, the bin rule and the qualifier note.
  await page.click('button.qe-chip[data-metric="members"]');
  await page.waitForSelector('.qe-legend-bins');
  const bins = await page.locator('.qe-legend-bins li').allInnerTexts();
  assert.deepEqual(bins.map((t) => t.replace(/\s+/g, ' ').trim()), ['100–170 (2)', '170–300 (1)', '300–500 (2)', 'Not reported (15)']);
  assert.equal(await page.locator('.qe-legend-qualifiers').count(), 1);
  assert.match(await page.locator('.qe-legend').innerText(), /no figure lies on an edge/);
  assertNoPageErrors(page);
  await page.context().close();
});

// A news article on another origin (another port) with the map embedded in its 680 px column.
const articleWithMap = (bundle) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Article</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<style>body { margin: 0; font: 18px/1.6 Georgia, serif; } main { max-width: 680px; margin: 0 auto; }</style></head>
<body><main><h1>Kazakhstan votes on a new constitution</h1>
${'<p>The article text before the widget, as a newsroom would publish it.</p>'.repeat(6)}
<script src="${bundle}embed.js" data-view="map" data-lang="en"></script>
${'<p>More article text after the widget.</p>'.repeat(40)}
</main></body></html>`;

async function openArticle(viewport) {
  const html = articleWithMap(demo.server.url);
  const host = http.createServer((req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html));
  await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
  const page = await newPage(demo.browser, viewport);
  page.context().on('close', () => host.close());
  await page.goto(`http://127.0.0.1:${host.address().port}/article`);
  await page.locator('[data-qe-ready="true"]').waitFor({ state: 'attached', timeout: 20_000 });
  // The build's first view (the same markup) has made way for the live widget.
  await page.locator('.qe-first').waitFor({ state: 'detached', timeout: 20_000 });
  return page;
}

/** The map's and the panel head's boxes in the viewport, and the page's scroll. */
const geometry = (page) =>
  page.evaluate(() => {
    const root = [...document.querySelectorAll('*')].find((e) => e.shadowRoot)?.shadowRoot;
    const box = (el) => el && (({ top, bottom }) => ({ top, bottom }))(el.getBoundingClientRect());
    return {
      scrollY: window.scrollY,
      vh: window.innerHeight,
      map: box(root.querySelector('.qe-map svg')),
      head: box(root.querySelector('aside.qe-detail:not(.is-empty) .qe-detail-head')),
    };
  });

test('embed at a desktop: picking a region leaves the map in view and shows the panel head', async () => {
  const page = await openArticle({ width: 1440, height: 900 });
  // The reader has scrolled the map into the lower part of the screen.
  await page.evaluate(() => {
    const root = [...document.querySelectorAll('*')].find((e) => e.shadowRoot).shadowRoot;
    window.scrollBy(0, root.querySelector('.qe-map svg').getBoundingClientRect().top - 300);
  });
  const before = await geometry(page);
  assert.ok(before.map.bottom <= before.vh, `the map is in view before: ${JSON.stringify(before)}`);

  const { x, y } = await pointIn(page, 'svg path[data-id="KZ-55"]');
  await page.mouse.click(x, y);
  await page.locator(`${DETAIL} h3`).waitFor();
  const after = await geometry(page);
  assert.ok(after.map.top >= 0 && after.map.bottom <= after.vh, `the map stays in view: ${JSON.stringify(after)}`);
  assert.ok(after.head.top >= 0 && after.head.bottom <= after.vh, `the panel's head is in view: ${JSON.stringify(after)}`);
  assert.ok(after.scrollY - before.scrollY < 400, `scrolled only as far as needed: ${after.scrollY - before.scrollY} px`);
  await screenshot(page, 'embed-desktop-680-pavlodar');
  assertNoPageErrors(page);
  await page.context().close();
});

test('demo at a desktop: the panel beside the map never moves the page', async () => {
  const page = await openMap({ width: 1440, height: 900 });
  await page.evaluate(() => window.scrollTo(0, 120));
  const { x, y } = await pointIn(page, 'svg path[data-id="KZ-55"]');
  const before = await page.evaluate(() => window.scrollY);
  assert.ok(before > 0, 'the page is scrolled');
  await page.mouse.click(x, y);
  await page.waitForSelector(`${DETAIL} h3`);
  assert.equal(await page.evaluate(() => window.scrollY), before);
  assertNoPageErrors(page);
  await page.context().close();
});

test('phone: a tapped region brings in the head of its panel under the map', async () => {
  const page = await openMap(PHONE);
  await page.tap('g.qe-city[data-id="KZ-79"]');
  await page.locator(`${DETAIL} h3`).waitFor();
  const box = await page.locator(`${DETAIL} .qe-figs > li.is-lead`).boundingBox();
  const vh = await page.evaluate(() => window.innerHeight);
  assert.ok(box.y >= 0 && box.y + box.height <= vh + 1, `the panel's first figure is on screen: ${JSON.stringify(box)}`);
  assertNoPageErrors(page);
  await page.context().close();
});

test('the keyboard hint shows with a mouse, and on touch screens only to screen readers', async () => {
  const visible = (page) =>
    page.locator('.qe-hint-keys').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 2 && r.height > 2 && getComputedStyle(el).clipPath === 'none';
    });
  const desktop = await openMap({ width: 1280, height: 900 });
  assert.equal(await visible(desktop), true, 'shown where the pointer is a mouse');
  await desktop.context().close();

  const phone = await openMap(PHONE);
  assert.equal(
    await phone.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches),
    false,
    'the phone context has a touch pointer',
  );
  assert.equal(await visible(phone), false, 'not shown to touch users');
  // Still the map's description for screen readers.
  const described = await phone.evaluate(() => {
    const svg = document.querySelector('.qe-map svg');
    return document.getElementById(svg.getAttribute('aria-describedby')).textContent;
  });
  assert.match(described, /Tab/);
  // A keyboard on a tablet: the hint appears once it is used.
  await phone.keyboard.press('Tab');
  await phone.waitForFunction(() => document.querySelector('.qe :focus-visible'));
  assert.equal(await visible(phone), true, 'shown once the keyboard is used');
  assertNoPageErrors(phone);
  await phone.context().close();
});
