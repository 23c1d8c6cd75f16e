// The texts language of the Compare view, apart from the interface language (issue 12): the
// switch on the demo page and in a script embed at 390 px, its URL and data-texts forms, the
// texts fetched per language only when asked for, an English reader's 1995 English text beside
// the 2026 Russian one (labelled, never diffed across languages), a texts file that fails to
// load, Kazakh search (word forms, every Kazakh capital, stepping through the hits both ways),
// and screenshots of suffix-level diffs on real article pairs in both languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT, assertNoPageErrors, launch, newPage, screenshot, startServer, waitForWidget, hostCsp } from './harness.mjs';

const COMPARE_DIR = path.join(REPO_ROOT, 'content', 'compare');
const PAIR = 'article.qe-pair';
const WAIT = { timeout: 15_000 };
const PHONE = { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

let bundle;
let host;
let browser;
let kk;
let ru;
let en;
const pages = new Map();

// In the frame the widget is in: its root (the shadow root of a script embed, else the page).
const IN_WIDGET = `
  window.__qe = {
    root: () => document.querySelector('.qazaq-explainer')?.shadowRoot ?? document,
    q: (sel) => window.__qe.root().querySelector(sel),
    qa: (sel) => [...window.__qe.root().querySelectorAll(sel)],
  };`;

const csp = () => hostCsp(bundle.url, { frames: false });

const article = (body) => `<!doctype html>
<html lang="kk"><head><meta charset="utf-8"><title>Жаңалық</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"></head>
<body><main><h1>Жаңа Конституция</h1>${body}</main></body></html>`;

before(async () => {
  [kk, ru, en] = await Promise.all(
    ['kk', 'ru', 'en'].map(async (l) => JSON.parse(await readFile(path.join(COMPARE_DIR, `texts.${l}.json`), 'utf8'))),
  );
  bundle = await startServer('dist');
  host = await new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      const html = pages.get(new URL(req.url, 'http://x').pathname);
      if (!html) return res.writeHead(404).end('not found');
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp() }).end(html);
    });
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        close: () => new Promise((r) => (server.closeAllConnections(), server.close(r))),
      }),
    );
  });
  browser = await launch();
  const embed = (attrs) => article(`<script src="${bundle.url}embed.js" data-view="compare" ${attrs}></script>`);
  pages.set('/script', embed('data-lang="kk" data-article="o49-n52" data-texts="ru"'));
  pages.set('/script-bad', embed('data-lang="kk" data-texts="de"'));
});

after(async () => {
  await browser?.close();
  await host?.close();
  await bundle?.close();
});

/** A page on the demo (`hash`) or a host page (`/script`), the Compare view drawn. */
async function open(where, { size = PHONE, route } = {}) {
  const page = await newPage(browser, size);
  await page.context().addInitScript(IN_WIDGET);
  page.qeRequests = [];
  page.on('request', (r) => page.qeRequests.push(r.url()));
  if (route) await route(page);
  if (where.startsWith('#')) {
    await page.goto(bundle.url + where);
    await waitForWidget(page);
  } else {
    await page.goto(host.url + where.slice(1));
  }
  await page.waitForFunction(() => !!window.__qe.q('.qe-compare .qe-texts-lang'), null, WAIT);
  return page;
}

/** The texts files requested so far, in order. */
const textsRequested = (page) =>
  page.qeRequests.filter((u) => u.includes('/compare/texts.')).map((u) => u.replace(/^.*\/compare\//, ''));

const q = (page, fn, arg) => page.evaluate(fn, arg);
const waitIn = (page, fn, arg, what) =>
  page.waitForFunction(fn, arg, WAIT).catch((err) => {
    throw new Error(`never ${what}`, { cause: err });
  });

/** The switch: each button's language, label and state. */
const switchState = (page) =>
  q(page, () =>
    window.__qe.qa('.qe-texts-lang button.qe-seg').map((b) => ({
      texts: b.dataset.texts,
      lang: b.getAttribute('lang'),
      label: b.textContent.trim(),
      pressed: b.getAttribute('aria-pressed'),
    })),
  );

/** The open pair's columns: their language and plain text (screen-reader brackets left out). */
const columns = (page) =>
  q(page, () =>
    window.__qe.qa('article.qe-pair .qe-texts > .qe-text').map((c) => {
      const body = c.querySelector('.qe-text-body')?.cloneNode(true);
      body?.querySelectorAll('.qe-sr, .qe-moved-note, .qe-heading-seg').forEach((e) => e.remove());
      return {
        lang: c.getAttribute('lang'),
        said: c.querySelector('.qe-text-lang')?.textContent.trim() ?? null,
        text: (body?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        ins: c.querySelectorAll('ins').length,
        del: c.querySelectorAll('del').length,
      };
    }),
  );

const squash = (s) => s.replace(/\s+/g, ' ').trim();
const param = (page, key) => page.evaluate((k) => new URLSearchParams(location.hash.slice(1)).get(k), key);
const waitParam = (page, key, value) =>
  page.waitForFunction(([k, v]) => new URLSearchParams(location.hash.slice(1)).get(k) === v, [key, value], WAIT);
const waitColumnsIn = (page, lang) =>
  waitIn(page, (l) => { const c = window.__qe.qa('article.qe-pair .qe-texts > .qe-text'); return c.length === 2 && c.every((x) => x.getAttribute('lang') === l); }, lang, `showed the texts in ${lang}`);
const click = (page, sel) => page.evaluate((s) => window.__qe.q(s).click(), sel);

function assertClean(page, { warnings = [], errors = [] } = {}) {
  assertNoPageErrors(page, errors, [/Failed to load resource/]);
  const unexpected = page.qeWarnings.filter((w) => !warnings.some((re) => re.test(w)));
  assert.deepEqual(unexpected, [], 'unexpected console warnings');
}

// ---------------------------------------------------------------------------------------------

test('demo, 390 px: a Kazakh reader switches the texts to Russian and back; the URL keeps the choice', async () => {
  const page = await open('#view=compare&article=o49-n52&lang=kk');
  await waitColumnsIn(page, 'kk');
  assert.deepEqual(await switchState(page), [
    { texts: 'kk', lang: 'kk', label: 'Қазақша', pressed: 'true' },
    { texts: 'ru', lang: 'ru', label: 'Русский', pressed: 'false' },
    { texts: 'en', lang: 'en', label: 'English', pressed: 'false' },
  ]);
  assert.equal(await q(page, () => window.__qe.q('.qe-texts-lang [role="group"]').getAttribute('aria-label')), 'Мәтіндер тілі');
  assert.deepEqual(textsRequested(page), ['texts.kk.json'], 'a Kazakh reader fetches only the Kazakh texts');
  let [o, n] = await columns(page);
  assert.equal(o.text, squash(kk.old.articles['49']));
  assert.equal(n.text, squash(kk.new.articles['52']));

  await click(page, '.qe-texts-lang button[data-texts="ru"]');
  await waitParam(page, 'texts', 'ru');
  await waitColumnsIn(page, 'ru');
  [o, n] = await columns(page);
  assert.equal(o.text, squash(ru.old.articles['49']));
  assert.equal(n.text, squash(ru.new.articles['52']));
  assert.ok(n.ins > 0 && o.del > 0, 'the Russian texts are diffed');
  assert.equal(await param(page, 'lang'), 'kk', 'the interface stays Kazakh');
  assert.match(squash(await q(page, () => window.__qe.q('article.qe-pair h3').textContent)), /49\u2011бап/, 'the interface stays Kazakh');
  assert.equal((await switchState(page))[1].pressed, 'true');
  assert.deepEqual(textsRequested(page), ['texts.kk.json', 'texts.ru.json'], 'the Russian texts are fetched when asked for');
  await screenshot(page, 'compare-texts-kk-ui-ru-texts');

  await click(page, '.qe-texts-lang button[data-texts="kk"]');
  await waitParam(page, 'texts', null);
  await waitColumnsIn(page, 'kk');
  assert.deepEqual(textsRequested(page), ['texts.kk.json', 'texts.ru.json'], 'the Kazakh texts are not fetched again');

  // Round trip: the link with texts=ru opens on the Russian texts, and fetches only those.
  const linked = await open('#view=compare&article=o49-n52&lang=kk&texts=ru');
  await waitColumnsIn(linked, 'ru');
  assert.equal((await switchState(linked))[1].pressed, 'true');
  assert.deepEqual(textsRequested(linked), ['texts.ru.json']);
  // The Embed button's codes carry the choice.
  await linked.click('.qe-share-bar button[aria-expanded]');
  const script = await linked.locator('.qe-code textarea').nth(0).inputValue();
  const iframe = await linked.locator('.qe-code textarea').nth(1).inputValue();
  assert.match(script, /data-texts="ru"/, script);
  assert.match(iframe, /texts=ru/, iframe);
  assertClean(page);
  assertClean(linked);
  await page.context().close();
  await linked.context().close();
});

test('English readers: the 1995 English text beside the 2026 Russian one, each side labelled; diff in Russian on request', async () => {
  const page = await open('#view=compare&article=o49-n52&lang=en', { size: { width: 1280, height: 900 } });
  await waitIn(page, () => !!window.__qe.q('article.qe-pair .qe-texts.is-apart'), null, 'showed the two languages apart');
  assert.deepEqual(textsRequested(page).sort(), ['texts.en.json', 'texts.ru.json']);
  const [o, n] = await columns(page);
  assert.equal(o.lang, 'en');
  assert.equal(o.text, squash(en.old.articles['49']), 'the unofficial English text of 1995, whole');
  assert.equal(o.said, 'Text in English');
  assert.equal(n.lang, 'ru');
  assert.equal(n.text, squash(ru.new.articles['52']), 'the 2026 text in Russian, as published');
  assert.match(n.said, /^Text in Russian: this edition has no text in English/);
  assert.equal(o.ins + o.del + n.ins + n.del, 0, 'no word differences across two languages');
  const status = await q(page, () => window.__qe.qa('article.qe-pair .qe-text-status').map((s) => s.textContent));
  assert.match(status[0], /UNOFFICIAL English translation/);
  await screenshot(page, 'compare-texts-en-apart');

  // Search follows what is on screen: English words in the 1995 side.
  await page.fill('.qe-compare input[type="search"]', 'Parliament');
  await page.keyboard.press('Enter');
  await waitIn(page, () => !!window.__qe.q('article.qe-pair .qe-text[lang="en"] mark.is-current'), null, 'marked an English hit');

  await page.click('article.qe-pair button.qe-to-diff');
  await waitParam(page, 'texts', 'ru');
  await waitColumnsIn(page, 'ru');
  const [ro, rn] = await columns(page);
  assert.ok(ro.del > 0 && rn.ins > 0, 'diffed in Russian');
  assert.equal(await param(page, 'lang'), 'en');
  assertClean(page);
  await page.context().close();
});

test('script embed, 390 px: data-texts opens the Russian texts in a Kazakh widget; the switch goes back; a bad value warns', async () => {
  const page = await open('/script');
  await waitColumnsIn(page, 'ru');
  assert.equal((await switchState(page))[1].pressed, 'true');
  assert.deepEqual(textsRequested(page), ['texts.ru.json']);
  await click(page, '.qe-texts-lang button[data-texts="kk"]');
  await waitColumnsIn(page, 'kk');
  const [o] = await columns(page);
  assert.equal(o.text, squash(kk.old.articles['49']));
  const width = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(width <= 0, `no sideways scroll (${width} px)`);
  await screenshot(page, 'compare-texts-script-phone');
  assertClean(page);
  await page.context().close();

  const bad = await open('/script-bad');
  assert.equal((await switchState(bad))[0].pressed, 'true', 'falls back to the interface language');
  assert.ok(
    bad.qeWarnings.some((w) => w.includes('data-texts') && w.includes('"de"')),
    `a warning naming data-texts and "de": ${JSON.stringify(bad.qeWarnings)}`,
  );
  assertClean(bad, { warnings: [/data-texts/] });
  await bad.context().close();
});

test('a texts file that fails to load says so, with a way to retry and to fall back', async () => {
  let fail = true;
  const page = await open('#view=compare&article=o49-n52&lang=kk', {
    route: (p) =>
      p.route('**/compare/texts.ru.json', (r) => (fail ? r.fulfill({ status: 503, body: 'down' }) : r.continue())),
  });
  await waitColumnsIn(page, 'kk');
  await click(page, '.qe-texts-lang button[data-texts="ru"]');
  await waitIn(page, () => !!window.__qe.q('.qe-texts-error'), null, 'showed the texts error');
  const error = await q(page, () => window.__qe.q('.qe-texts-error').textContent);
  assert.match(error, /Мәтіндерді орыс тілінде жүктеу мүмкін болмады/);
  assert.match(error, /texts\.ru\.json/);
  assert.match(error, /503/);
  assert.ok((await columns(page)).every((c) => c.lang === 'kk'), 'the Kazakh texts stay on screen');
  await screenshot(page, 'compare-texts-error');
  // Fall back to the interface language.
  await click(page, '.qe-texts-error button[data-fallback="kk"]');
  await waitParam(page, 'texts', null);
  await waitIn(page, () => !window.__qe.q('.qe-texts-error'), null, 'cleared the error');
  // Try again once the file is back.
  await click(page, '.qe-texts-lang button[data-texts="ru"]');
  await waitIn(page, () => !!window.__qe.q('.qe-texts-error'), null, 'showed the error again');
  fail = false;
  await click(page, '.qe-texts-error button[data-retry]');
  await waitColumnsIn(page, 'ru');
  assertClean(page, { errors: [/the ru texts could not be loaded: could not fetch .*texts\.ru\.json: HTTP 503/] });
  await page.context().close();
});

test('Kazakh search: word forms, every Kazakh capital, highlighted, stepping on and back', async () => {
  // A pair whose Kazakh texts have "сайлауға" and one with "сайлаудың", from the content.
  const index = JSON.parse(await readFile(path.join(COMPARE_DIR, 'index.json'), 'utf8'));
  const has = (form) =>
    index.pairs.find((p) =>
      [...p.old.map((n) => kk.old.articles[n]), ...p.new.map((n) => kk.new.articles[n])].some((t) => t?.toLowerCase().includes(form)),
    );
  const page = await open('#view=compare&lang=kk');
  const status = () => q(page, () => window.__qe.q('.qe-search-status').textContent.trim());
  const count = async (query) => {
    // Cleared first, so the count read is the new query's.
    await page.fill('.qe-compare input[type="search"]', '');
    await waitIn(page, () => window.__qe.q('.qe-search-status')?.textContent.trim() === '', null, 'cleared the search');
    await page.fill('.qe-compare input[type="search"]', query);
    await waitIn(page, () => /\d+ сәйкестік/.test(window.__qe.q('.qe-search-status')?.textContent ?? ''), null, `counted ${query}`);
    return Number((await status()).match(/\d+/)[0]);
  };
  const lower = await count('сайлау');
  assert.equal(await count('САЙЛАУ'), lower, 'case-insensitive');
  // Every Kazakh capital the texts have (none has Һ: the native tests cover it).
  const pairs = [['құқық', 'ҚҰҚЫҚ'], ['әкімшілік', 'ӘКІМШІЛІК'], ['ішінде', 'ІШІНДЕ'], ['үкіметтің', 'ҮКІМЕТТІҢ'],
    ['ғылыми', 'ҒЫЛЫМИ'], ['ұлттық', 'ҰЛТТЫҚ'], ['өкілеттігі', 'ӨКІЛЕТТІГІ']];
  for (const [a, b] of pairs) {
    const n = await count(a);
    assert.ok(n > 0, `${a} is found`);
    assert.equal(await count(b), n, `${b} finds what ${a} does`);
  }
  for (const form of ['сайлауға', 'сайлаудың']) {
    const pair = has(form);
    assert.ok(pair, `a pair has "${form}"`);
    await count('сайлау');
    await page.click(`nav.qe-articles .qe-article-btn[data-pair="${pair.id}"]`);
    await waitIn(page, () => window.__qe.qa('article.qe-pair mark').length > 0, null, `highlighted in ${pair.id}`);
    const marks = await q(page, () => window.__qe.qa('article.qe-pair mark').map((m) => m.textContent.toLowerCase()));
    assert.ok(marks.includes(form), `"сайлау" finds "${form}" in ${pair.id}: ${marks.join(', ')}`);
    await page.click('article.qe-pair .qe-back');
  }

  // Enter steps through the hits, Shift+Enter back; the current hit is a form of the word.
  await count('сайлау');
  const input = page.locator('.qe-compare input[type="search"]');
  const current = () => q(page, () => {
    const m = window.__qe.q('article.qe-pair mark.is-current');
    const all = window.__qe.qa('article.qe-pair mark');
    return m && { text: m.textContent, at: all.indexOf(m), pair: window.__qe.q('article.qe-pair').getAttribute('aria-labelledby') };
  });
  const step = async (key, prev) => {
    await input.press(key);
    await page.waitForFunction((p) => {
      const m = document.querySelector('article.qe-pair mark.is-current');
      if (!m) return false;
      const all = [...document.querySelectorAll('article.qe-pair mark')];
      const pair = document.querySelector('article.qe-pair').getAttribute('aria-labelledby');
      return !p || p.at !== all.indexOf(m) || p.pair !== pair;
    }, prev, WAIT);
    return current();
  };
  const first = await step('Enter', null);
  assert.match(first.text.toLowerCase(), /^сайлау/);
  const second = await step('Enter', first);
  assert.match(second.text.toLowerCase(), /^сайлау/);
  const back = await step('Shift+Enter', second);
  assert.deepEqual(back, first, 'Shift+Enter goes back to the first hit');
  await screenshot(page, 'compare-texts-search-kk');
  assertClean(page);
  await page.context().close();
});

// Suffix-level word diffs on real pairs, at a 680 px column: the screenshots are for the
// reader's eye (target/screenshots/diff-*.png); the checks are that a word whose stem stays
// is split at its ending, and that a different word is replaced whole.
const DIFFS = [
  // "Парламенттің" → "Құрылтайдың" (another word, whole); "басталып" → "басталады" (ending).
  { lang: 'kk', id: 'o49-n52', stem: 'бастал', whole: ['Парламенттің', 'Құрылтайдың'] },
  // "танылуына" → "танылуға", "қорғалуына" → "қорғауға".
  { lang: 'kk', id: 'o13-n12', stem: 'танылу' },
  // "хақысы жоқ" → "құқығы жоқ", "тиісті" → "тиіс", "ұсыныспен" → "ұсынумен".
  { lang: 'kk', id: 'o78-n79', stem: 'ұсын' },
  // "Парламента" → "Курултая"; "в случаях и порядке" → "в случаях и в порядке".
  { lang: 'ru', id: 'o49-n52', stem: 'высши', whole: ['Парламента', 'Курултая'] },
  // "защищать свои права" → "защищать свои права" in a new sentence; "правосубъектности".
  { lang: 'ru', id: 'o13-n12' },
];

for (const d of DIFFS) {
  test(`diff ${d.lang} ${d.id} at 680 px: endings marked where the stem stays`, async () => {
    const page = await open(`#view=compare&article=${d.id}&lang=${d.lang}`, { size: { width: 680, height: 1400 } });
    await waitColumnsIn(page, d.lang);
    const cols = await q(page, () =>
      window.__qe.qa('article.qe-pair .qe-texts > .qe-text .qe-text-body').map((b) =>
        [...b.querySelectorAll('ins, del')].map((e) => ({
          tag: e.tagName.toLowerCase(),
          text: [...e.childNodes].filter((c) => !c.classList?.contains('qe-sr')).map((c) => c.textContent).join(''),
          before: e.previousSibling?.textContent ?? '',
        })),
      ),
    );
    const changes = cols.flat();
    if (d.stem) {
      assert.ok(
        changes.some((c) => c.before.endsWith(d.stem) && /^\p{L}/u.test(c.text)),
        `an ending after the stem "${d.stem}" is marked alone: ${JSON.stringify(changes.slice(0, 40))}`,
      );
    }
    for (const w of d.whole ?? []) {
      assert.ok(changes.some((c) => c.text.trim() === w), `"${w}" is changed whole: ${JSON.stringify(changes.slice(0, 40))}`);
    }
    const dir = path.join(REPO_ROOT, 'target', 'screenshots');
    await mkdir(dir, { recursive: true });
    await page.locator(`${PAIR} .qe-texts`).screenshot({ path: path.join(dir, `diff-${d.lang}-${d.id}.png`) });
    assertClean(page);
    await page.context().close();
  });
}
