// The Compare view: the lazily loaded comparison module (nothing fetched before the view opens),
// change counts, topic and kind filters, search, article pairs side by side and inline, moved
// text, languages, links to a pair, the phone layout and the keyboard.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT, assertNoPageErrors, screenshot, useDemo } from './harness.mjs';

const COMPARE_DIR = path.join(REPO_ROOT, 'content', 'compare');
/** The Compare view once its module has loaded and drawn the data (not the loading note). */
const LOADED = '.qe-compare .qe-kinds';
const PAIR = 'article.qe-pair';
const WAIT = { timeout: 10_000 };

const demo = useDemo();
let index;
/** texts.ru.json: the only language with both editions; texts.en.json has the 1995 one. */
let ru;
let en;

before(async () => {
  index = JSON.parse(await readFile(path.join(COMPARE_DIR, 'index.json'), 'utf8'));
  ru = JSON.parse(await readFile(path.join(COMPARE_DIR, 'texts.ru.json'), 'utf8'));
  en = JSON.parse(await readFile(path.join(COMPARE_DIR, 'texts.en.json'), 'utf8'));
});

// ---------------------------------------------------------------------------------------------
// Expectations computed from the content files, not copied from the screen.

const pairById = (id) => {
  const p = index.pairs.find((x) => x.id === id);
  assert.ok(p, `index.json has no pair ${id}`);
  return p;
};

/** The pair's kind the way src/compare/kind.rs decides it (texts compared in Russian). */
function kindOf(pair) {
  const { old: o, new: n } = pair;
  if (!o.length && !n.length) return 'changed';
  if (!o.length) return 'added';
  if (!n.length) return 'removed';
  if (o.length === 1 && n.length === 1) {
    const norm = (s) => (s ?? '').split(/\s+/).filter(Boolean).join(' ');
    const a = ru.old.articles[o[0]];
    const b = ru.new.articles[n[0]];
    if (a != null && b != null && norm(a) === norm(b)) return o[0] === n[0] ? 'unchanged' : 'renumbered';
    return 'changed';
  }
  return o.length === 1 ? 'split' : 'merged';
}

/** Non-overlapping, case-insensitive occurrences of `needle` in `text`. */
function occurrences(text, needle) {
  const hay = text.toLowerCase();
  const n = needle.toLowerCase();
  let count = 0;
  for (let at = hay.indexOf(n); at >= 0; at = hay.indexOf(n, at + n.length)) count++;
  return count;
}

/** Whitespace runs made one space, ends trimmed. */
const squash = (s) => s.replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------------------------------------
// Page helpers.

/** A fresh page on the demo page with `hash`, the widget ready (and the Compare view loaded if
 *  the hash opens it). `requests` collects every request URL from the start. */
async function open(hash = '', { width = 1280, height = 900, ...options } = {}) {
  const page = await demo.open(hash, {
    width,
    height,
    ...options,
    onPage: (p) => {
      p.qeRequests = [];
      p.on('request', (r) => p.qeRequests.push(r.url()));
    },
  });
  if (/view=compare/.test(hash)) await page.waitForSelector(LOADED, WAIT);
  return page;
}

/** The request paths relative to the server root. */
const requested = (page) => page.qeRequests.map((u) => u.replace(demo.server.url, '/'));

const hash = (page) => page.evaluate(() => location.hash);
const hashParams = async (page) => new URLSearchParams((await hash(page)).replace(/^#/, ''));

async function waitForHash(page, predicate, what, arg = null) {
  try {
    await page.waitForFunction(predicate, arg, { timeout: 5000 });
  } catch (err) {
    throw new Error(`URL hash never ${what}; it is ${JSON.stringify(await hash(page))}`, { cause: err });
  }
}

/** Waits for the hash parameter `key` to be `value` (null: absent). */
function waitForParam(page, key, value) {
  return waitForHash(
    page,
    ([k, v]) => new URLSearchParams(location.hash.slice(1)).get(k) === v,
    value === null ? `lost ${key}` : `got ${key}=${value}`,
    [key, value],
  );
}

/** The pair ids of the article list, in order. */
const listed = (page) => page.$$eval('nav.qe-articles .qe-article-btn', (bs) => bs.map((b) => b.dataset.pair));

/** Waits until the list shows exactly the pairs `ids` (in any order: it is grouped by section). */
async function waitForList(page, ids, what) {
  try {
    await page.waitForFunction(
      (want) => {
        const got = [...document.querySelectorAll('nav.qe-articles .qe-article-btn')].map((b) => b.dataset.pair).sort();
        return got.length === want.length && got.every((id, i) => id === want[i]);
      },
      [...ids].sort(),
      { timeout: 5000 },
    );
  } catch (err) {
    const got = await listed(page);
    throw new Error(`${what}: the list never showed the ${ids.length} expected pairs; it shows ${got.length}: ${got.join(' ')}`, {
      cause: err,
    });
  }
}

/** Opens the pair `id` from the list and waits for its view. */
async function openPair(page, id) {
  await page.click(`nav.qe-articles .qe-article-btn[data-pair="${id}"]`);
  await page.waitForSelector(`${PAIR}[aria-labelledby="qe-pair-${id}"]`, WAIT);
}

/** Kind chips as [{kind, pressed, label, count}]. */
const chips = (page) =>
  page.$$eval('.qe-kinds button.qe-chip[data-kind]', (bs) =>
    bs.map((b) => ({
      kind: b.dataset.kind,
      pressed: b.getAttribute('aria-pressed'),
      count: Number(b.querySelector('.qe-kind-count')?.textContent.trim()),
      label: b.firstChild?.textContent.trim(),
    })),
  );

/**
 * One column of the open pair as the reader sees it: its text with the screen-reader brackets,
 * article headings and moved-text notes taken out, plus what it contains.
 */
const columnInfo = (page, selector) =>
  page.$eval(selector, (col) => {
    const body = col.querySelector('.qe-text-body');
    const clone = body?.cloneNode(true);
    clone?.querySelectorAll('.qe-sr, .qe-moved-note').forEach((e) => e.remove());
    // Article headings are blocks of their own: a line break between two articles' texts.
    clone?.querySelectorAll('.qe-heading-seg').forEach((e) => e.replaceWith('\n'));
    return {
      lang: col.getAttribute('lang'),
      text: clone?.textContent ?? '',
      headings: [...col.querySelectorAll('.qe-heading-seg')].map((h) => h.textContent.replace(/\s+/g, ' ').trim()),
      ins: col.querySelectorAll('ins').length,
      del: col.querySelectorAll('del').length,
      movedNotes: [...col.querySelectorAll('.qe-moved-note')].map((n) => n.textContent.replace(/\s+/g, ' ').trim()),
    };
  });

/** The notes of the open pair. */
const pairNotes = (page) => page.$$eval(`${PAIR} .qe-pair-note`, (ps) => ps.map((p) => p.textContent.trim()));

/** Horizontal overflow of the page, in px (0 when none). */
const overflowX = (page) =>
  page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);

/** Console errors, page errors, warnings and failed requests: none unless expected. */
function assertClean(page, { warnings = [] } = {}) {
  assertNoPageErrors(page);
  const unexpected = page.qeWarnings.filter((w) => !warnings.some((re) => re.test(w)));
  assert.deepEqual(unexpected, [], 'unexpected console warnings');
  assert.deepEqual(page.qeFailedRequests, [], 'failed requests');
}

// ---------------------------------------------------------------------------------------------

test('the first view fetches nothing of the comparison; the Compare tab loads module, index and Kazakh texts', async () => {
  const page = await open();
  await page.waitForLoadState('networkidle');
  assert.deepEqual(
    requested(page).filter((u) => u.includes('/compare/') || u.includes('/extras/')),
    [],
    'the map view must not request the comparison module or data',
  );

  const views = page.locator('.qe-header .qe-segmented').first().locator('.qe-seg');
  assert.equal(await views.count(), 3, 'three view buttons');
  const tab = views.nth(2);
  assert.equal((await tab.innerText()).trim(), 'Баптарды салыстыру');
  assert.equal(await tab.getAttribute('aria-pressed'), 'false');
  await tab.click();
  await page.waitForSelector(LOADED, WAIT);
  assert.equal(await tab.getAttribute('aria-pressed'), 'true');
  await waitForParam(page, 'view', 'compare');

  const compareRequests = requested(page).filter((u) => u.includes('/compare/') || u.includes('/extras/'));
  for (const file of ['extras/qazaq-extras.js', 'extras/qazaq-extras_bg.wasm', 'compare/index.json', 'compare/texts.kk.json']) {
    assert.ok(compareRequests.includes(`/${file}`), `requested ${file}; got ${compareRequests.join(', ')}`);
  }
  // Kazakh readers compare the Kazakh texts: neither the Russian nor the English file is needed.
  for (const file of ['texts.ru.json', 'texts.en.json']) {
    assert.ok(!compareRequests.includes(`/compare/${file}`), `Kazakh readers do not need ${file}`);
  }
  assert.equal(new Set(compareRequests).size, compareRequests.length, `nothing fetched twice: ${compareRequests.join(', ')}`);
  // The map (and its regional figures) is gone.
  assert.equal(await page.locator('svg path[data-id]').count(), 0, 'no map in the Compare view');

  // Counts per kind: read from the screen, checked against index.json.
  const cs = await chips(page);
  assert.equal(cs[0].kind, 'all');
  assert.equal(cs[0].pressed, 'true', '"All" is pressed by default');
  assert.ok(cs.slice(1).every((c) => c.pressed === 'false'));
  const all = cs[0].count;
  assert.equal(all, index.pairs.length, `"All" counts every pair of index.json (${index.pairs.length})`);
  const byKind = Object.fromEntries(cs.slice(1).map((c) => [c.kind, c.count]));
  assert.equal(
    Object.values(byKind).reduce((a, b) => a + b, 0),
    all,
    `kind counts ${JSON.stringify(byKind)} sum to All`,
  );
  const expected = {};
  for (const p of index.pairs) expected[kindOf(p)] = (expected[kindOf(p)] ?? 0) + 1;
  assert.deepEqual(byKind, expected, 'counts per kind match the pairs and texts');
  assert.ok(cs.slice(1).every((c) => c.count > 0), 'kinds with no pair get no chip');
  assert.equal((await listed(page)).length, all, 'the list shows every pair');
  assert.equal(new Set(await listed(page)).size, all, 'no pair listed twice');
  // No pair open yet: the placeholder asks for one.
  assert.equal(await page.locator(PAIR).count(), 0);
  assert.ok(await page.locator('.qe-compare .qe-detail.is-empty').isVisible(), 'a "select an article" hint');

  // Opening a pair: the Kazakh texts of both editions, with no note about another language.
  await openPair(page, 'o3-n4');
  const notes = await pairNotes(page);
  assert.ok(
    !notes.some((n) => /орыс тілінде/.test(n)),
    `no note that the texts are shown in Russian; notes: ${JSON.stringify(notes)}`,
  );
  assert.equal(await page.getAttribute(`${PAIR} .qe-text`, 'lang'), 'kk', 'the texts are marked as Kazakh');
  assert.ok((await page.locator(PAIR).innerText()).includes('Халық'), 'Kazakh text on screen');
  await screenshot(page, 'compare-pair-kk');
  assert.equal(
    requested(page).filter((u) => u.includes('/extras/qazaq-extras')).length,
    2,
    'the module (js + wasm) is fetched once',
  );
  assertClean(page);
  await page.context().close();
});

test('topic and kind filters narrow the list and are kept in the URL', async () => {
  const page = await open('#view=compare&lang=en');
  const everything = index.pairs.map((p) => p.id);
  await waitForList(page, everything, 'unfiltered');

  const topic = 'parliament';
  assert.ok(index.topics.some((t) => t.id === topic), `index.json has topic ${topic}`);
  const inTopic = index.pairs.filter((p) => p.topics.includes(topic)).map((p) => p.id);
  assert.ok(inTopic.length > 0 && inTopic.length < everything.length);
  const select = page.locator('.qe-compare-tools select');
  assert.deepEqual(
    await select.locator('option').evaluateAll((os) => os.map((o) => o.value)),
    ['', ...index.topics.map((t) => t.id)],
    'one option per topic, after "All topics"',
  );
  await select.selectOption(topic);
  await waitForParam(page, 'topic', topic);
  await waitForList(page, inTopic, `topic ${topic}`);
  for (const id of await listed(page)) {
    assert.ok(pairById(id).topics.includes(topic), `${id} is about ${topic}`);
  }
  // Section groups without a matching pair are left out.
  assert.equal(
    await page.locator('nav.qe-articles section.qe-group:not(:has(.qe-article-btn))').count(),
    0,
    'no empty section headings',
  );

  await select.selectOption('');
  await waitForParam(page, 'topic', null);
  await waitForList(page, everything, 'all topics again');

  // Kind "added": only pairs with no 1995 article.
  const added = index.pairs.filter((p) => p.old.length === 0).map((p) => p.id);
  await page.click('.qe-kinds button.qe-chip[data-kind="added"]');
  await waitForParam(page, 'kind', 'added');
  await waitForList(page, added, 'kind added');
  for (const id of await listed(page)) assert.deepEqual(pairById(id).old, [], `${id} is new`);
  assert.equal(await page.getAttribute('.qe-chip[data-kind="added"]', 'aria-pressed'), 'true');
  assert.equal(await page.getAttribute('.qe-chip[data-kind="all"]', 'aria-pressed'), 'false');
  assert.equal(await page.locator('.qe-chip[data-kind="added"] .qe-kind-count').innerText(), String(added.length));
  assert.ok(
    (await page.$$eval('nav.qe-articles .qe-badge', (bs) => bs.map((b) => b.className))).every((c) => /\bis-added\b/.test(c)),
    'every listed pair carries the "New" badge',
  );

  // Topic and kind together; a combination with no pair says so.
  const emptyTopic = index.topics.find((t) => !index.pairs.some((p) => p.old.length === 0 && p.topics.includes(t.id)));
  if (emptyTopic) {
    await select.selectOption(emptyTopic.id);
    await waitForParam(page, 'topic', emptyTopic.id);
    await page.waitForSelector('nav.qe-articles .qe-empty', WAIT);
    assert.equal((await listed(page)).length, 0);
    assert.match(await page.locator('nav.qe-articles .qe-empty').innerText(), /No articles match/);
    await select.selectOption('');
    await waitForParam(page, 'topic', null);
  }

  // The link restores the filters.
  await select.selectOption(topic);
  const both = index.pairs.filter((p) => p.old.length === 0 && p.topics.includes(topic)).map((p) => p.id);
  await waitForParam(page, 'topic', topic);
  await waitForList(page, both, 'topic and kind');
  await page.reload();
  await page.waitForSelector(LOADED, WAIT);
  await waitForList(page, both, 'topic and kind after reload');
  assert.equal(await select.inputValue(), topic, 'the topic select shows the linked topic');
  assert.equal(await page.getAttribute('.qe-chip[data-kind="added"]', 'aria-pressed'), 'true');

  // "All" clears the kind filter (the topic stays).
  await page.click('.qe-kinds button.qe-chip[data-kind="all"]');
  await waitForParam(page, 'kind', null);
  await waitForList(page, inTopic, 'all kinds');
  assert.equal(await page.getAttribute('.qe-chip[data-kind="all"]', 'aria-pressed'), 'true');
  assert.equal((await hashParams(page)).get('topic'), topic);
  assertClean(page);
  await page.context().close();
});

test('search lists only pairs with hits; Enter opens the first hit, then the next, in view', async () => {
  const word = 'Курултай';
  // The word is new in 2026: no hit in the 1995 text.
  assert.equal(Object.values(ru.old.articles).reduce((n, t) => n + occurrences(t, word), 0), 0, `${word} is not in the 1995 text`);
  // Hits per pair in index order (the texts in Russian; the 2026 side only has hits).
  const perPair = index.pairs
    .map((p) => ({ id: p.id, n: p.new.reduce((n, a) => n + occurrences(ru.new.articles[a] ?? '', word), 0) }))
    .filter((x) => x.n > 0);
  const total = perPair.reduce((n, x) => n + x.n, 0);
  assert.ok(perPair.length > 1 && total > 0);

  const page = await open('#view=compare&lang=en');
  const search = page.locator('.qe-compare-tools input[type="search"]');
  await search.fill(word);
  const status = page.locator('.qe-search-status');
  await page.waitForFunction(() => /\d/.test(document.querySelector('.qe-search-status')?.textContent ?? ''), null, WAIT);
  const m = (await status.innerText()).match(/(\d+) matches in (\d+) articles/);
  assert.ok(m, `status reports matches: ${await status.innerText()}`);
  assert.equal(Number(m[1]), total, 'number of matches');
  assert.equal(Number(m[2]), perPair.length, 'number of articles with matches');
  await waitForList(page, perPair.map((x) => x.id), 'search');
  const hitCounts = await page.$$eval('nav.qe-articles .qe-article-btn', (bs) =>
    Object.fromEntries(bs.map((b) => [b.dataset.pair, Number(b.querySelector('.qe-article-hits')?.textContent)])),
  );
  assert.deepEqual(hitCounts, Object.fromEntries(perPair.map((x) => [x.id, x.n])), 'each listed pair shows its number of hits');

  // Enter: the first hit, in the first pair with hits.
  await search.press('Enter');
  const first = perPair[0];
  await waitForParam(page, 'article', first.id);
  await page.waitForSelector(`${PAIR}[aria-labelledby="qe-pair-${first.id}"] mark.is-current`, WAIT);
  const marks = await page.$$eval(`${PAIR} mark`, (ms) => ms.map((m) => ({ text: m.textContent, current: m.classList.contains('is-current') })));
  assert.equal(marks.length, first.n, `one mark per hit in ${first.id}`);
  assert.ok(marks.every((mk) => mk.text.toLowerCase() === word.toLowerCase()), JSON.stringify(marks));
  assert.equal(marks.filter((mk) => mk.current).length, 1, 'one current hit');
  // Checked at the end, so the rest of the search is still tested if this fails.
  const firstCurrent = marks.findIndex((mk) => mk.current);
  const inView = () =>
    page.waitForFunction(
      () => {
        const m = document.querySelector('mark.is-current');
        if (!m) return false;
        const r = m.getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
      },
      null,
      WAIT,
    );
  await inView();
  await screenshot(page, 'compare-search');

  // Enter through the rest of the first pair's hits, then on to the second pair.
  for (let i = firstCurrent; i < first.n; i++) await search.press('Enter');
  await waitForParam(page, 'article', perPair[1].id);
  await page.waitForSelector(`${PAIR}[aria-labelledby="qe-pair-${perPair[1].id}"] mark.is-current`, WAIT);
  await inView();
  assert.equal(await page.locator('mark.is-current').count(), 1, 'one current hit');
  assert.equal(await page.getAttribute(`.qe-article-btn[data-pair="${perPair[1].id}"]`, 'aria-current'), 'true');

  // Shift+Enter goes back to the first pair's last hit.
  await search.press('Shift+Enter');
  await waitForParam(page, 'article', first.id);
  await page.waitForFunction(
    (n) => {
      const ms = [...document.querySelectorAll('article.qe-pair mark')];
      return ms.length === n && ms[n - 1].classList.contains('is-current');
    },
    first.n,
    WAIT,
  );

  // A word found nowhere.
  await search.fill('zzqqxx');
  await page.waitForFunction(() => /No matches/.test(document.querySelector('.qe-search-status')?.textContent ?? ''), null, WAIT);
  assert.equal((await listed(page)).length, 0, 'no pair listed');
  assertClean(page);
  await page.context().close();
  assert.equal(
    firstCurrent,
    0,
    `the first Enter after typing must make the FIRST hit current (hit 1 of ${first.n} in ${first.id}); ` +
      `it made hit ${firstCurrent + 1} current, so the first hit is skipped`,
  );
});

test('a changed, renumbered pair side by side and inline, restored from its link; a split pair', async () => {
  const id = 'o3-n4';
  const pair = pairById(id);
  assert.deepEqual([pair.old, pair.new], [['3'], ['4']], `${id} pairs 1995 Art. 3 with 2026 Art. 4`);
  // An English reader who chose the Russian texts, to see the word differences.
  const page = await open('#view=compare&lang=en&texts=ru');
  await openPair(page, id);
  await waitForParam(page, 'article', id);
  assert.equal(squash(await page.locator(`${PAIR} h3`).innerText()), '1995 Art. 3 → 2026 Art. 4');
  assert.equal(await page.getAttribute(`.qe-article-btn[data-pair="${id}"]`, 'aria-current'), 'true');
  assert.equal(await page.locator('.qe-article-btn[aria-current]').count(), 1);
  assert.equal(await page.getAttribute(`${PAIR} .qe-seg[data-mode="side"]`, 'aria-pressed'), 'true');
  assert.equal(await page.getAttribute(`${PAIR} .qe-seg[data-mode="inline"]`, 'aria-pressed'), 'false');

  // Two columns next to each other: the old text with deletions, the new with insertions.
  const cols = page.locator(`${PAIR} .qe-texts.is-side > .qe-text`);
  assert.equal(await cols.count(), 2, 'two columns');
  const [a, b] = [await cols.nth(0).boundingBox(), await cols.nth(1).boundingBox()];
  assert.ok(Math.abs(a.y - b.y) < 2 && b.x > a.x + a.width - 1, `side by side: ${JSON.stringify([a, b])}`);
  const oldCol = await columnInfo(page, `${PAIR} .qe-texts.is-side > .qe-text:nth-child(1)`);
  const newCol = await columnInfo(page, `${PAIR} .qe-texts.is-side > .qe-text:nth-child(2)`);
  assert.deepEqual(oldCol.headings, ['1995 Art. 3']);
  assert.deepEqual(newCol.headings, ['2026 Art. 4']);
  assert.ok(oldCol.del > 0, 'deletions in the 1995 column');
  assert.equal(oldCol.ins, 0, 'no insertions in the 1995 column');
  assert.ok(newCol.ins > 0, 'insertions in the 2026 column');
  assert.equal(newCol.del, 0, 'no deletions in the 2026 column');
  // Each column, with the markup taken away, is the whole article text.
  assert.equal(squash(oldCol.text), squash(ru.old.articles['3']), 'the 1995 column is old Art. 3');
  assert.equal(squash(newCol.text), squash(ru.new.articles['4']), 'the 2026 column is new Art. 4');
  await screenshot(page, 'compare-pair-side-en');

  // Inline: one column with both.
  await page.click(`${PAIR} .qe-seg[data-mode="inline"]`);
  await waitForParam(page, 'mode', 'inline');
  await page.waitForSelector(`${PAIR} .qe-texts.is-inline`, WAIT);
  assert.equal(await page.locator(`${PAIR} .qe-texts.is-side`).count(), 0);
  assert.equal(await page.getAttribute(`${PAIR} .qe-seg[data-mode="inline"]`, 'aria-pressed'), 'true');
  const inline = await columnInfo(page, `${PAIR} .qe-texts.is-inline > .qe-text`);
  assert.ok(inline.ins > 0 && inline.del > 0, `inline has ins and del: ${JSON.stringify(inline)}`);

  // The link brings the same pair back, inline.
  const link = await hash(page);
  assert.match(link, /article=o3-n4/);
  assert.match(link, /mode=inline/);
  await page.reload();
  await page.waitForSelector(`${PAIR}[aria-labelledby="qe-pair-${id}"] .qe-texts.is-inline`, WAIT);
  assert.equal(squash(await page.locator(`${PAIR} h3`).innerText()), '1995 Art. 3 → 2026 Art. 4');
  assert.equal(await page.getAttribute(`${PAIR} .qe-seg[data-mode="inline"]`, 'aria-pressed'), 'true');
  assert.equal(await page.getAttribute(`.qe-article-btn[data-pair="${id}"]`, 'aria-current'), 'true');
  assert.equal(await hash(page), link, 'the reloaded page keeps its link');

  // Back to side by side, then a split pair: 1995 Art. 1 became 2026 Art. 1 and 3.
  await page.click(`${PAIR} .qe-seg[data-mode="side"]`);
  await waitForParam(page, 'mode', null);
  const split = 'o1-n1+n3';
  assert.deepEqual(pairById(split).new, ['1', '3']);
  await openPair(page, split);
  await waitForParam(page, 'article', split);
  assert.match(await hash(page), /article=o1-n1%2Bn3/, 'the + of the id is escaped in the link');
  assert.equal(squash(await page.locator(`${PAIR} h3`).innerText()), '1995 Art. 1 → 2026 Art. 1, 3');
  assert.match(await page.locator(`${PAIR} .qe-badge`).innerText(), /Split/);
  const splitNew = await columnInfo(page, `${PAIR} .qe-texts.is-side > .qe-text:nth-child(2)`);
  assert.deepEqual(splitNew.headings, ['2026 Art. 1', '2026 Art. 3'], 'both new articles are headed');
  assert.equal(
    squash(splitNew.text),
    squash(ru.new.articles['1'] + ' ' + ru.new.articles['3']),
    'the 2026 column holds both new articles',
  );

  // A renumbered pair (same text, new number): no differences marked.
  const renumbered = index.pairs.find((p) => kindOf(p) === 'renumbered');
  if (renumbered) {
    await openPair(page, renumbered.id);
    assert.match(await page.locator(`${PAIR} .qe-pair-head .qe-badge`).innerText(), /Renumbered/);
    assert.equal(await page.locator(`${PAIR} .qe-texts ins, ${PAIR} .qe-texts del`).count(), 0, 'nothing marked');
  }
  assertClean(page);
  await page.context().close();
});

test('text moved from 1995 Art. 77 into 2026 Art. 5 is marked as moved, both ways', async () => {
  const into = index.pairs.find((p) => p.new.includes('5'));
  assert.ok(into, 'a pair with 2026 Art. 5');
  const from = index.pairs.find((p) => p.old.includes('77'));
  assert.ok(from, 'a pair with 1995 Art. 77');
  const page = await open(`#view=compare&article=${encodeURIComponent(into.id)}&lang=en&texts=ru`);
  await page.waitForSelector(`${PAIR}[aria-labelledby="qe-pair-${into.id}"]`, WAIT);
  const newCol = await columnInfo(page, `${PAIR} .qe-texts.is-side > .qe-text:nth-child(2)`);
  assert.ok((await page.locator(`${PAIR} .qe-texts.is-side > .qe-text:nth-child(2) ins.qe-moved`).count()) > 0, 'a moved-in insertion');
  assert.ok(
    newCol.movedNotes.some((n) => /moved from 1995 Art\. 77\b/.test(n)),
    `a note naming 1995 Art. 77; notes: ${JSON.stringify(newCol.movedNotes)}`,
  );
  // The moved sentence (maybe lightly reworded) is one of 1995 Art. 77's.
  const words = (s) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const movedText = await page.locator(`${PAIR} ins.qe-moved`).first().innerText();
  const source = words(from.old.map((n) => ru.old.articles[n]).join(' '));
  const moved = [...words(movedText.replace(/^\s*\d+[.)]\s*/, ''))];
  const shared = moved.filter((w) => source.has(w)).length;
  assert.ok(shared >= 0.9 * moved.length, `the moved text comes from 1995 Art. 77 (${shared}/${moved.length} words): ${movedText}`);

  // The other end: the 1995 Art. 77 pair says where the sentence went.
  await openPair(page, from.id);
  const oldCol = await columnInfo(page, `${PAIR} .qe-texts.is-side > .qe-text:nth-child(1)`);
  assert.ok((await page.locator(`${PAIR} .qe-texts.is-side > .qe-text:nth-child(1) del.qe-moved`).count()) > 0, 'a moved-out deletion');
  const nums = into.new.join(', ');
  assert.ok(
    oldCol.movedNotes.some((n) => n.includes('moved to') && n.includes(`2026 Art. ${nums}`)),
    `a note naming 2026 Art. ${nums}; notes: ${JSON.stringify(oldCol.movedNotes)}`,
  );
  assertClean(page);
  await page.context().close();
});

test('English shows 1995 in English beside 2026 in Russian, a new article compared in Russian with a note; Russian needs none', async () => {
  const page = await open('#view=compare&article=o3-n4&lang=en');
  await page.waitForSelector(`${PAIR} .qe-texts.is-apart`, WAIT);
  const langs = await page.$$eval(`${PAIR} .qe-texts > .qe-text`, (cs) => cs.map((c) => c.getAttribute('lang')));
  assert.deepEqual(langs, ['en', 'ru'], 'the 1995 side in English, the 2026 side in Russian');
  assert.equal(await page.getAttribute(`${PAIR} .qe-text h4`, 'lang'), 'en', 'headings stay in the reader language');
  const enRequests = requested(page).filter((u) => u.includes('/compare/texts.'));
  assert.ok(enRequests.includes('/compare/texts.en.json') && enRequests.includes('/compare/texts.ru.json'), enRequests.join(', '));

  // A new article has no English text to show: compared in Russian, with a note.
  const added = index.pairs.find((p) => p.old.length === 0);
  await openPair(page, added.id);
  const enNotes = await pairNotes(page);
  assert.ok(enNotes.some((n) => /Compared in Russian/.test(n)), `English note: ${JSON.stringify(enNotes)}`);
  assert.equal(await page.getAttribute(`${PAIR} .qe-text`, 'lang'), 'ru');

  // A removed article has an English text of its own: no note, English text.
  const removed = index.pairs.find((p) => p.new.length === 0 && p.old.every((n) => en.old.articles[n]));
  assert.ok(removed, 'a removed 1995 article with an English text');
  await openPair(page, removed.id);
  assert.ok(!(await pairNotes(page)).some((n) => /Compared in/.test(n)), `${removed.id}: English text, no note`);
  assert.equal(await page.getAttribute(`${PAIR} .qe-text`, 'lang'), 'en');
  assert.match(await page.locator(`${PAIR} .qe-missing`).innerText(), /No counterpart/);

  // Russian: the language switch in the header, the same pair, inline.
  await openPair(page, 'o3-n4');
  await page.click(`${PAIR} .qe-seg[data-mode="inline"]`);
  await waitForParam(page, 'mode', 'inline');
  await page.click('.qe-header .qe-seg[lang="ru"]');
  await waitForParam(page, 'lang', 'ru');
  await page.waitForFunction(() => /ст\.\s3/.test(document.querySelector('article.qe-pair h3')?.textContent ?? ''), null, WAIT);
  assert.equal(squash(await page.locator(`${PAIR} h3`).innerText()), '1995, ст. 3 → 2026, ст. 4');
  const ruNotes = await pairNotes(page);
  assert.ok(!ruNotes.some((n) => /Сравнение|на русском/.test(n)), `no language note in Russian: ${JSON.stringify(ruNotes)}`);
  assert.equal(await page.getAttribute(`${PAIR} .qe-text`, 'lang'), 'ru');
  assert.match(await page.locator('.qe-chip[data-kind="all"]').innerText(), /^Все/);
  assert.equal(
    requested(page).filter((u) => u.includes('/extras/qazaq-extras.js')).length,
    1,
    'switching language does not reload the module',
  );
  await screenshot(page, 'compare-pair-inline-ru');

  // A fresh Russian page fetches only the Russian texts.
  const fresh = await open('#view=compare&article=o3-n4&lang=ru');
  await fresh.waitForSelector(PAIR, WAIT);
  assert.ok(!(await pairNotes(fresh)).some((n) => /Тексты показаны/.test(n)));
  assert.deepEqual(requested(fresh).filter((u) => u.includes('/compare/texts.')), ['/compare/texts.ru.json']);
  assertClean(page);
  assertClean(fresh);
  await fresh.context().close();
  await page.context().close();
});

test('an unknown article in the link is reported and dropped; the list is shown', async () => {
  const page = await open('#view=compare&article=zzz');
  await waitForParam(page, 'article', null);
  assert.equal(await hash(page), '#view=compare');
  assert.equal(await page.locator(PAIR).count(), 0, 'no pair view');
  assert.equal((await listed(page)).length, index.pairs.length, 'the whole list');
  assert.ok(await page.locator('nav.qe-articles').isVisible());
  assert.ok(
    page.qeWarnings.some((w) => /unknown article/.test(w) && w.includes('zzz')),
    `a console warning naming zzz; warnings: ${JSON.stringify(page.qeWarnings)}`,
  );
  assertClean(page, { warnings: [/unknown article "zzz"/] });
  await page.context().close();
});

test('phone: the list first, then the article alone with a way back, no sideways scroll', async () => {
  const page = await open('#view=compare&lang=en', { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const nav = page.locator('nav.qe-articles');
  assert.ok(await nav.isVisible(), 'the list is shown');
  assert.ok(await page.locator('.qe-compare-tools input[type="search"]').isVisible());
  assert.ok((await overflowX(page)) <= 0, `no horizontal scroll on the list (${await overflowX(page)} px)`);
  await screenshot(page, 'compare-phone-list');

  // A pair well down the list: the reader has scrolled to reach it.
  const id = index.pairs.find((p) => p.old.includes('77')).id;
  const item = page.locator(`.qe-article-btn[data-pair="${id}"]`);
  // Out of sight at first, below the end of the list's box.
  const below = await item.evaluate((b) => b.getBoundingClientRect().top - b.closest('nav').getBoundingClientRect().bottom);
  assert.ok(below > 0, `the pair is further down the list than its box shows (${below} px below it)`);
  await item.scrollIntoViewIfNeeded();
  // The list scrolls inside its own box, about a screen high, not the page.
  const scrolled = await nav.evaluate((n) => n.scrollTop);
  assert.ok(scrolled > 0, `the list scrolled inside itself (${scrolled} px)`);
  const listBox = await nav.boundingBox();
  assert.ok(listBox.height <= 0.7 * 844 + 1, `the list is a scroll region of its own (${listBox.height} px high)`);
  await item.tap();
  await page.waitForSelector(PAIR, WAIT);
  await waitForParam(page, 'article', id);
  assert.ok(!(await nav.isVisible()), 'the list is hidden while an article is open');
  const back = page.locator(`${PAIR} .qe-back`);
  assert.ok(await back.isVisible(), 'a "back to the list" button');
  // Where the reader lands: the list that was scrolled is gone, so the start of the article
  // (its back button and title) should be on screen. Checked at the end, after the rest.
  const inViewport = (sel) =>
    page.$eval(sel, (e) => {
      const r = e.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
  const landing = { back: await inViewport(`${PAIR} .qe-back`), title: await inViewport(`${PAIR} h3`) };
  const landingTop = await page.$eval(`${PAIR} h3`, (h) => Math.round(h.getBoundingClientRect().top));
  await back.scrollIntoViewIfNeeded();
  assert.match(await back.innerText(), /Back to the list/);
  const box = await back.boundingBox();
  assert.ok(box.height >= 44, `the back button is a touch target (${box.height} px high)`);
  assert.ok((await overflowX(page)) <= 0, `no horizontal scroll on the pair (${await overflowX(page)} px)`);
  // One column on a phone, even "side by side".
  const cols = page.locator(`${PAIR} .qe-texts > .qe-text`);
  const [a, b] = [await cols.nth(0).boundingBox(), await cols.nth(1).boundingBox()];
  assert.ok(b.y >= a.y + a.height - 1, 'the columns are stacked');
  await screenshot(page, 'compare-phone-pair');
  await page.tap(`${PAIR} .qe-seg[data-mode="inline"]`);
  await page.waitForSelector(`${PAIR} .qe-texts.is-inline`, WAIT);
  assert.ok((await overflowX(page)) <= 0, `no horizontal scroll inline (${await overflowX(page)} px)`);

  await back.tap();
  await waitForParam(page, 'article', null);
  await page.waitForSelector(PAIR, { state: 'detached', ...WAIT });
  assert.ok(await nav.isVisible(), 'the list is back');
  assert.equal((await listed(page)).length, index.pairs.length);
  assert.ok((await overflowX(page)) <= 0);
  assertClean(page);
  await page.context().close();
  assert.deepEqual(
    landing,
    { back: true, title: true },
    `after tapping a pair ${scrolled} px down the list, its back button and title must be on screen; ` +
      `the title is at ${landingTop} px (viewport 0–844)`,
  );
});

test('keyboard: Tab reaches the search box and the article buttons; Enter opens an article', async () => {
  const page = await open('#view=compare&lang=en');
  const active = () =>
    page.evaluate(() => {
      const e = document.activeElement;
      return { tag: e?.tagName.toLowerCase(), type: e?.getAttribute('type'), pair: e?.dataset?.pair ?? null };
    });
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    const a = await active();
    reached = a.tag === 'input' && a.type === 'search';
  }
  assert.ok(reached, 'Tab reaches the search box within 40 presses');
  // Then the texts-language switch, then the list itself, a scroll region that scrolls from
  // the keyboard.
  for (const l of ['kk', 'ru', 'en']) {
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset?.texts), l, `the texts switch: ${l}`);
  }
  await page.keyboard.press('Tab');
  assert.equal((await active()).tag, 'nav', 'the next Tab stop is the list');
  await page.keyboard.press('Tab');
  const firstPair = index.pairs[0].id;
  assert.equal((await active()).pair, firstPair, 'then the first article button');
  await page.keyboard.press('Tab');
  const second = (await active()).pair;
  assert.equal(second, index.pairs[1].id, 'then the second');

  await page.keyboard.press('Enter');
  await waitForParam(page, 'article', second);
  await page.waitForSelector(`${PAIR}[aria-labelledby="qe-pair-${second}"]`, WAIT);
  assert.equal(await page.getAttribute(`.qe-article-btn[data-pair="${second}"]`, 'aria-current'), 'true');
  assert.notEqual((await active()).tag, 'body', 'focus is not lost after opening');

  // Space works too, on the mode buttons.
  await page.focus(`${PAIR} .qe-seg[data-mode="inline"]`);
  await page.keyboard.press('Space');
  await waitForParam(page, 'mode', 'inline');
  await page.waitForSelector(`${PAIR} .qe-texts.is-inline`, WAIT);
  assertClean(page);
  await page.context().close();
});

test('the article list in English on a desktop', async () => {
  const page = await open('#view=compare&lang=en');
  assert.equal((await page.locator('.qe-header .qe-segmented').first().locator('.qe-seg').nth(2).innerText()).trim(), 'Compare articles');
  const labels = { all: 'All', changed: 'Changed', added: 'New', removed: 'Removed', split: 'Split', merged: 'Merged', renumbered: 'Renumbered', unchanged: 'Unchanged' };
  for (const c of await chips(page)) assert.equal(c.label, labels[c.kind], `chip ${c.kind}`);
  assert.match(await page.locator('.qe-compare-intro').innerText(), /article by article/);
  // The list sits beside the placeholder, not above it.
  const [nav, hint] = [await page.locator('nav.qe-articles').boundingBox(), await page.locator('.qe-compare .qe-detail.is-empty').boundingBox()];
  assert.ok(hint.x > nav.x + nav.width - 1, 'list and hint side by side on a desktop');
  await screenshot(page, 'compare-list-en');
  assertClean(page);
  await page.context().close();
});

test('Kazakh and Russian readers compare in their own language: the preambles, suffix-level changes, Kazakh search', async () => {
  const kk = JSON.parse(await readFile(path.join(COMPARE_DIR, 'texts.kk.json'), 'utf8'));
  for (const lang of ['kk', 'ru']) {
    const texts = lang === 'kk' ? kk : ru;
    const page = await open(`#view=compare&article=preamble&lang=${lang}`);
    await page.waitForSelector(`${PAIR}[aria-labelledby="qe-pair-preamble"]`, WAIT);
    const title = squash(await page.locator(`${PAIR} h3`).innerText());
    assert.equal(title, lang === 'kk' ? '1995, кіріспе → 2026, кіріспе' : '1995, преамбула → 2026, преамбула');
    assert.equal(await page.getAttribute(`${PAIR} .qe-text`, 'lang'), lang);
    const cols = `${PAIR} .qe-texts.is-side > .qe-text`;
    const oldCol = await columnInfo(page, `${cols}:nth-child(1)`);
    const newCol = await columnInfo(page, `${cols}:nth-child(2)`);
    assert.equal(squash(oldCol.text), squash(texts.old.articles.preamble), 'the 1995 preamble, whole');
    assert.equal(squash(newCol.text), squash(texts.new.articles.preamble), 'the 2026 preamble, whole');
    await page.locator(`${PAIR} .qe-texts`).scrollIntoViewIfNeeded();
    await screenshot(page, `compare-preamble-${lang}`);

    // Where only an ending changed, only the ending is marked: in Kazakh the President's
    // powers, in Russian the character of the state ("светским" → "светское").
    const id = lang === 'kk' ? 'o44-n46' : 'o1-n1+n3';
    await openPair(page, id);
    await page.waitForSelector(`${PAIR} ins`, WAIT);
    const endings = await page.locator(`${PAIR} .qe-texts.is-side > .qe-text:nth-child(2) ins`).evaluateAll((els) =>
      els.filter((e) => {
        const before = e.previousSibling?.textContent ?? '';
        const own = [...e.childNodes].filter((n) => !n.classList?.contains('qe-sr')).map((n) => n.textContent).join('');
        return /\p{L}$/u.test(before) && /^\p{L}/u.test(own);
      }).length,
    );
    assert.ok(endings > 0, `some insertions are endings of a word whose stem is unchanged (${lang})`);
    await page.locator(`${PAIR} .qe-texts`).scrollIntoViewIfNeeded();
    await screenshot(page, `compare-pair-suffix-${lang}`);
    assertClean(page);
    await page.context().close();
  }

  // A Kazakh reader searches the Kazakh texts, word forms included.
  const page = await open('#view=compare&lang=kk');
  await page.waitForSelector(LOADED, WAIT);
  await page.fill('.qe-compare input[type="search"]', 'сайлау');
  await page.waitForFunction(() => /\d+ сәйкестік/.test(document.querySelector('.qe-search-status')?.textContent ?? ''), null, WAIT);
  const status = await page.locator('.qe-search-status').innerText();
  assert.match(status, /\d+/, `a hit count: ${status}`);
  assert.ok((await listed(page)).length > 5, 'several articles mention elections');
  await page.keyboard.press('Enter');
  await page.waitForSelector(`${PAIR} mark.is-current`, WAIT);
  const current = await page.locator(`${PAIR} mark.is-current`).first().innerText();
  assert.match(current.toLowerCase(), /^сайлау/, `the hit is a form of "сайлау": ${current}`);
  await screenshot(page, 'compare-search-kk');
  assertClean(page);
  await page.context().close();
});
