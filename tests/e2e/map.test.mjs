// The map view on the demo page: drawing, selection, language and metric switch, keyboard,
// hover tooltip, and the phone layout.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT, assertNoPageErrors, newPage, screenshot, useDemo } from './harness.mjs';

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
    assert.match(u.label ?? '', /\. Коалиция мүшелері: /, `${u.id} accessible name`);
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
  assert.ok(tLabel.startsWith('Turkestan Region. Events planned: '), tLabel);
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
    const outline = [...document.querySelectorAll('svg .qe-outline.is-hover')].find((o) => o.getAttribute('d') === unit.getAttribute('d'));
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

test('phone: the city markers are touch targets of at least 44x44 px', async () => {
  const page = await openMap(PHONE);
  const sizes = await page.$$eval('svg g.qe-city[data-id]', (gs) =>
    gs.map((g) => {
      const r = g.getBoundingClientRect();
      return { id: g.dataset.id, w: Math.round(r.width * 10) / 10, h: Math.round(r.height * 10) / 10 };
    }),
  );
  assert.equal(sizes.length, 3);
  const small = sizes.filter((s) => s.w < 44 - 0.5 || s.h < 44 - 0.5).map((s) => `${s.id} ${s.w}x${s.h}`);
  assert.deepEqual(small, [], 'city markers (role=button) smaller than 44x44 px at 360 px width');
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
