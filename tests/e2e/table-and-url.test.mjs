// The table view (sorting, back to the map) and the view state kept in the URL hash.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT, assertNoPageErrors, screenshot, useDemo } from './harness.mjs';

const DETAIL = 'aside.qe-detail:not(.is-empty)';

const demo = useDemo();
let pack;

before(async () => {
  pack = JSON.parse(await readFile(path.join(REPO_ROOT, 'content', 'pack.json'), 'utf8'));
});

const open = (hash = '', options) => demo.open(hash, options);

async function waitForHash(page, predicate, what, arg = null) {
  try {
    await page.waitForFunction(predicate, arg, { timeout: 5000 });
  } catch (err) {
    const h = await page.evaluate(() => location.hash);
    throw new Error(`URL hash never ${what}; it is ${JSON.stringify(h)}`, { cause: err });
  }
}

/** "130+" → 130, "about 1,000" → 1000, "not reported" → null. */
const numberIn = (text) => {
  const m = text.replace(/[,\u00a0 ]/g, '').match(/\d+(\.\d+)?/);
  return m ? Number(m[0]) : null;
};

/** The table as [{id, cell}] for the column whose header starts with `label`. */
async function column(page, label) {
  return page.evaluate((label) => {
    const heads = [...document.querySelectorAll('table.qe-table thead th')];
    const i = heads.findIndex((th) => th.textContent.trim().startsWith(label));
    if (i < 0) throw new Error(`no column ${label}`);
    return [...document.querySelectorAll('table.qe-table tbody tr[data-id]')].map((tr) => ({
      id: tr.dataset.id,
      reported: !tr.children[i].classList.contains('qe-nr-cell'),
      value: tr.children[i].querySelector('.qe-cell-value')?.textContent ?? tr.children[i].textContent,
    }));
  }, label);
}

test('table view: 20 rows, sorting by members keeps not-reported rows last, a row opens the map', async () => {
  const page = await open('#lang=en');

  await page.click('.qe-segmented .qe-seg:not([lang]):text-is("Table")');
  await page.waitForSelector('table.qe-table');
  assert.equal(await page.locator('.qe-map').count(), 0, 'the map is replaced by the table');
  assert.equal(await page.getAttribute('.qe-seg:not([lang]):text-is("Table")', 'aria-pressed'), 'true');
  await waitForHash(page, () => location.hash.includes('view=table'), 'gained view=table');

  const ids = await page.$$eval('table.qe-table tbody tr[data-id]', (trs) => trs.map((tr) => tr.dataset.id));
  assert.equal(ids.length, 20);
  assert.equal(new Set(ids).size, 20, 'each unit once');
  // Default order: by name, A to Z.
  const nameSort = page.locator('table.qe-table thead th').first();
  assert.equal(await nameSort.getAttribute('aria-sort'), 'ascending');
  const names = await page.$$eval('table.qe-table tbody th .qe-rowlink', (bs) => bs.map((b) => b.textContent.trim()));
  assert.deepEqual(names, [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

  const reported = pack.regions.filter((r) => (r.figures ?? []).some((f) => f.metric === 'members')).length;
  const membersTh = page.locator('table.qe-table thead th', { has: page.locator('button.qe-sort', { hasText: 'Coalition members' }) });
  assert.equal(await membersTh.count(), 1);
  assert.equal(await membersTh.getAttribute('aria-sort'), 'none');

  const checkOrder = async (direction) => {
    await page.waitForFunction(
      (d) => [...document.querySelectorAll('table.qe-table thead th')].some((th) => th.textContent.includes('Coalition members') && th.getAttribute('aria-sort') === d),
      direction,
      { timeout: 5000 },
    );
    assert.equal(await page.locator('table.qe-table thead th[aria-sort]:not([aria-sort="none"])').count(), 1, 'one sorted column');
    const col = await column(page, 'Coalition members');
    assert.equal(col.length, 20);
    const firstMissing = col.findIndex((c) => !c.reported);
    assert.equal(firstMissing, reported, `${direction}: the ${reported} reporting units come first`);
    assert.ok(col.slice(firstMissing).every((c) => !c.reported), `${direction}: not-reported rows are all last`);
    const values = col.slice(0, reported).map((c) => numberIn(c.value));
    const sorted = [...values].sort((a, b) => (direction === 'descending' ? b - a : a - b));
    assert.deepEqual(values, sorted, `${direction} order of values`);
    return col;
  };

  await membersTh.locator('button.qe-sort').click();
  const desc = await checkOrder('descending');
  assert.equal(desc[0].id, 'KZ-61', 'Turkestan first');
  assert.equal(numberIn(desc[0].value), 457);
  assert.equal(await nameSort.getAttribute('aria-sort'), 'none');
  await screenshot(page, 'table-en');

  await membersTh.locator('button.qe-sort').click();
  const asc = await checkOrder('ascending');
  assert.equal(asc[0].id, 'KZ-55', 'Pavlodar (130+) first when ascending');
  assert.equal(asc[reported - 1].id, 'KZ-61');

  await page.click('table.qe-table tr[data-id="KZ-61"] .qe-rowlink');
  await page.waitForSelector(`${DETAIL} h3`);
  assert.equal((await page.locator(`${DETAIL} h3`).innerText()).trim(), 'Turkestan Region');
  assert.equal(await page.locator('table.qe-table').count(), 0);
  assert.equal(await page.getAttribute('.qe-seg:not([lang]):text-is("Map")', 'aria-pressed'), 'true');
  assert.equal(await page.getAttribute('path[data-id="KZ-61"]', 'aria-pressed'), 'true');
  await waitForHash(page, () => location.hash.includes('region=KZ-61') && !location.hash.includes('view='), 'became region=KZ-61 on the map');

  assertNoPageErrors(page);
  await page.context().close();
});

test('keyboard: choosing a table row keeps focus in the widget, so Escape closes the panel', async () => {
  const page = await open('#view=table&lang=en');

  await page.focus('table.qe-table tr[data-id="KZ-61"] .qe-rowlink');
  await page.keyboard.press('Enter');
  await page.waitForSelector(`${DETAIL} h3`);
  const focus = await page.evaluate(() => {
    const a = document.activeElement;
    return { inWidget: !!a?.closest('.qe'), what: `<${a?.tagName.toLowerCase()}${a?.getAttribute('class') ? ` class="${a.getAttribute('class')}"` : ''}>` };
  });
  assert.ok(focus.inWidget, `focus fell out of the widget to ${focus.what} when the table was replaced by the map`);
  await page.keyboard.press('Escape');
  await page.waitForSelector(DETAIL, { state: 'detached', timeout: 5000 });

  assertNoPageErrors(page);
  await page.context().close();
});

test('URL: #view=table&metric=events&lang=ru opens the Russian table', async () => {
  const page = await open('#view=table&metric=events&lang=ru');

  assert.equal(await page.getAttribute('.qe', 'lang'), 'ru');
  assert.equal(await page.locator('table.qe-table tbody tr[data-id]').count(), 20);
  assert.equal(await page.locator('.qe-map').count(), 0);
  assert.equal(await page.getAttribute('.qe-seg[lang="ru"]', 'aria-pressed'), 'true');
  assert.equal(await page.getAttribute('.qe-seg:not([lang]):text-is("Таблица")', 'aria-pressed'), 'true');
  assert.equal(await page.locator('table.qe-table tr[data-id="KZ-55"] th').innerText(), 'Павлодарская область');
  // The state survives in the URL, and the metric comes back with the map.
  assert.equal(await page.evaluate(() => location.hash), '#view=table&metric=events&lang=ru');
  await page.click('.qe-seg:not([lang]):text-is("Карта")');
  await page.waitForSelector('button.qe-chip[data-metric="events"][aria-checked="true"]');

  assert.deepEqual(page.qeWarnings, []);
  assertNoPageErrors(page);
  await page.context().close();
});

test('URL: #region=KZ-79&lang=en opens Shymkent; editing the hash follows', async () => {
  const page = await open('#region=KZ-79&lang=en');

  await page.waitForSelector(`${DETAIL} h3`);
  assert.equal(await page.getAttribute('.qe', 'lang'), 'en');
  assert.equal((await page.locator(`${DETAIL} h3`).innerText()).trim(), 'Shymkent (city)');
  assert.ok((await page.locator(`${DETAIL} .qe-fig-value`).allInnerTexts()).includes('150'));
  assert.equal(await page.getAttribute('g.qe-city[data-id="KZ-79"]', 'aria-pressed'), 'true');

  // A hash edited by hand (or the back button) is followed.
  await page.evaluate(() => {
    location.hash = '#metric=events&region=KZ-61&lang=en';
  });
  await page.waitForFunction(() => document.querySelector('aside.qe-detail h3')?.textContent.trim() === 'Turkestan Region', null, {
    timeout: 5000,
  });
  await page.waitForSelector('button.qe-chip[data-metric="events"][aria-checked="true"]');

  assert.deepEqual(page.qeWarnings, []);
  assertNoPageErrors(page);
  await page.context().close();
});

test('URL: unknown metric and region fall back to defaults with warnings, and leave the URL', async () => {
  const page = await open('#metric=gdp&region=KZ-99');

  assert.equal(await page.getAttribute('.qe', 'lang'), 'kk');
  assert.equal(await page.getAttribute('button.qe-chip[data-metric="members"]', 'aria-checked'), 'true');
  assert.equal(await page.locator('button.qe-chip[aria-checked="true"]').count(), 1);
  assert.equal(await page.locator(DETAIL).count(), 0, 'no panel for an unknown region');
  assert.equal(await page.locator('svg [aria-pressed="true"]').count(), 0, 'nothing selected');
  // Console messages arrive asynchronously: give them a moment, then name what is missing.
  const warned = (s) => page.qeWarnings.some((w) => w.includes(s));
  for (let t = Date.now(); !(warned('gdp') && warned('KZ-99')) && Date.now() - t < 5000; ) await page.waitForTimeout(25);
  assert.ok(warned('gdp'), `a warning names "gdp": ${page.qeWarnings}`);
  assert.ok(warned('KZ-99'), `a warning names "KZ-99": ${page.qeWarnings}`);
  await waitForHash(page, () => !location.hash.includes('gdp') && !location.hash.includes('KZ-99'), 'dropped the unknown values');
  assert.equal(await page.evaluate(() => location.hash), '');
  assert.equal(await page.evaluate(() => location.pathname), '/');

  assertNoPageErrors(page);
  await page.context().close();
});

const PHONE = { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/**
 * Words of table cells split across two lines ("Kazakhstansk / aya"), and a number parted from
 * the word after it ("2026 / г."): the widget joins those with a no-break space, so here they
 * count as one word. A compound may break after its hyphen ("Восточно- / Казахстанская"), as
 * typesetters do.
 */
async function brokenWords(page) {
  return page.evaluate(() => {
    const broken = [];
    const cells = document.querySelectorAll('table.qe-table tbody :is(th, td)');
    for (const cell of cells) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement.closest('.qe-sr, [aria-hidden="true"]')) continue;
        const text = node.textContent;
        for (const m of text.matchAll(/[^ \t\n-]+-?/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(m[0]);
        }
      }
    }
    return broken;
  });
}

test('phone table: the unit column stays at the left edge, opaque and edged, while the figures scroll', async () => {
  const page = await open('#view=table&lang=ru', PHONE);
  const wrap = page.locator('.qe-table-wrap');
  const { scrolls } = await wrap.evaluate((w) => ({ scrolls: w.scrollWidth - w.clientWidth }));
  assert.ok(scrolls > 200, `the table is wider than the phone (${scrolls} px to scroll)`);

  const measure = () =>
    wrap.evaluate((w) => {
      const edge = w.getBoundingClientRect().left + w.clientLeft;
      const firsts = [...w.querySelectorAll('table.qe-table tr')].map((tr) => tr.firstElementChild);
      return {
        scrollLeft: w.scrollLeft,
        offsets: firsts.map((c) => Math.abs(c.getBoundingClientRect().left - edge)),
        // What a reader sees at the middle of each unit cell: the cell itself, not a figure under it.
        covered: firsts
          .filter((c) => c.getBoundingClientRect().bottom <= window.innerHeight)
          .map((c) => {
            const r = c.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return c.contains(hit) ? null : `${c.textContent.trim()} shows ${hit?.tagName} ${hit?.textContent.trim().slice(0, 20)}`;
          })
          .filter(Boolean),
        background: getComputedStyle(firsts[1]).backgroundColor,
        edge: getComputedStyle(firsts[1]).borderRightWidth,
        edgeColour: getComputedStyle(firsts[1]).borderRightColor,
        rows: [...w.querySelectorAll('tbody tr')].map((tr) => tr.getBoundingClientRect().height),
      };
    });

  const before = await measure();
  assert.ok(before.offsets.every((o) => o < 1), `unit column at the edge before scrolling: ${before.offsets}`);
  await wrap.evaluate((w) => {
    w.scrollLeft = 320;
  });
  const after = await measure();
  assert.ok(after.scrollLeft >= 300, `scrolled: ${after.scrollLeft}`);
  assert.ok(after.offsets.every((o) => o < 1), `unit column stays at the table's left edge: ${after.offsets}`);
  assert.deepEqual(after.covered, [], 'unit cells cover the figures scrolled under them');
  assert.notEqual(after.background, 'rgba(0, 0, 0, 0)', 'opaque');
  assert.ok(parseFloat(after.edge) >= 1 && after.edgeColour !== 'rgba(0, 0, 0, 0)', `a visible edge: ${after.edge} ${after.edgeColour}`);
  // Rows as tall as a figure with its outlet and date, not a column of one-word lines.
  const tallest = Math.max(...after.rows);
  assert.ok(tallest <= 96, `tallest row ${tallest.toFixed(0)} px`);
  await screenshot(page, 'table-phone-ru-scrolled');

  // The note about sorting and dashes is whole on screen, not clipped inside the scroller.
  const note = await page.locator('.qe-table-note').evaluate((n) => {
    const r = n.getBoundingClientRect();
    return { right: r.right, clipped: n.scrollWidth > n.clientWidth, vw: window.innerWidth, text: n.textContent };
  });
  assert.ok(!note.clipped && note.right <= note.vw, `note fits the screen: ${JSON.stringify(note)}`);
  assert.match(note.text, /«—»/);

  assert.deepEqual(await brokenWords(page), [], 'words split inside table cells');
  assertNoPageErrors(page);
  await page.context().close();
});

test('table: outlet names and dates wrap between words only, at a desktop and a phone', async () => {
  for (const [lang, options] of [
    ['ru', { width: 1440, height: 900 }],
    ['kk', PHONE],
    ['en', PHONE],
  ]) {
    const page = await open(`#view=table&lang=${lang}`, options);
    assert.deepEqual(await brokenWords(page), [], `${lang} at ${options.width} px`);
    if (options.width === 1440) await screenshot(page, `table-${lang}-1440`);
    assertNoPageErrors(page);
    await page.context().close();
  }
});
