// The desk's notes in the Compare view, in Kazakh, where readers meet them: on the demo page
// at a 390 px phone width, and in a script embed (shadow root, strict CSP, another origin) at
// 390 px and in a 680 px article column. The list says what each pair is about; an open pair
// shows the desk's editorial summary with the points it cites, and "also draws on" the 1995
// text that moved into it from another article, which the reader can read in place and follow
// to that article's own pair.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, newPage, screenshot, assertNoPageErrors, waitForWidget } from './harness.mjs';
import { CONTEXTS, IN_WIDGET, useCompareReaders } from './compare-readers.mjs';

const WAIT = 15_000;
const WAIT_OPTS = { timeout: WAIT };
const index = JSON.parse(readFileSync(path.join(REPO_ROOT, 'content/compare/index.json'), 'utf8'));
const kk = JSON.parse(readFileSync(path.join(REPO_ROOT, 'content/compare/texts.kk.json'), 'utf8'));
// A pair with a secondary source: 2026 Art. 2 also draws on 1995 Art. 91, point 2.
const PAIR_ID = 'o2-n2';
const pair = index.pairs.find((p) => p.id === PAIR_ID);
const also = pair.also.find((a) => a.old === '91');
const target = index.pairs.find((p) => p.old.includes('91'));
const squash = (s) => s.replace(/\s+/g, ' ').trim();

const readers = useCompareReaders();
const open = (ctx) => readers.open(ctx);

/** The first sentence of a summary, as the list cuts it. */
const firstSentence = (text) => {
  const m = text.match(/^.*?[.!?](?=\s+[\p{Lu}«"'“])/su);
  return (m ? m[0] : text).trim();
};

/** The text of point `n` of an article: its line and the lines up to the next point. */
function pointText(text, n) {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${n}.`));
  assert.ok(start >= 0, `point ${n} in ${text.slice(0, 40)}`);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^\d[\d-]*\./.test(l));
  return [lines[start], ...(end < 0 ? rest : rest.slice(0, end))].join('\n');
}

for (const ctx of CONTEXTS) {
  test(`desk notes in ${ctx.name}: subjects in the list, the summary and "also draws on" in the pair`, async () => {
    const page = await open(ctx);
    const shot = (name) => screenshot(page, `compare-notes-${ctx.name}-${name}`);
    if (ctx.name.endsWith('column')) {
      const width = await page.evaluate(() => window.__qe.q('.qe-compare').getBoundingClientRect().width);
      assert.ok(width <= 680, `in the column: ${width} px`);
    }

    // The list: every item says what it is about in Kazakh, and summarised ones their gist.
    const items = await page.evaluate(() =>
      window.__qe.all('nav.qe-articles .qe-article-btn').map((b) => ({
        id: b.dataset.pair,
        subject: b.querySelector('.qe-article-subject')?.textContent ?? null,
        gist: b.querySelector('.qe-article-gist')?.textContent ?? null,
      })),
    );
    assert.equal(items.length, index.pairs.length);
    for (const item of items) {
      const p = index.pairs.find((x) => x.id === item.id);
      assert.equal(item.subject, p.subject.kk, `${item.id}: the Kazakh subject`);
      assert.equal(item.gist, p.summary ? firstSentence(p.summary.text.kk) : null, `${item.id}: the summary's first sentence`);
    }
    const btn = page.locator(`nav.qe-articles .qe-article-btn[data-pair="${PAIR_ID}"]`);
    await btn.scrollIntoViewIfNeeded();
    await shot('list');

    // The pair: the desk's summary, labelled as the desk's, with the points it cites.
    await (ctx.width < 500 ? btn.tap() : btn.click());
    await page.waitForFunction((id) => window.__qe.q('article.qe-pair')?.getAttribute('aria-labelledby') === `qe-pair-${id}`, PAIR_ID, { timeout: WAIT });
    const box = await page.evaluate(() => {
      const b = window.__qe.q('article.qe-pair .qe-summary-box');
      const text = b?.querySelector('p:not(.qe-desk-label):not(.qe-desk-cites)');
      return {
        label: b?.querySelector('.qe-desk-label')?.textContent,
        // In the reader's language: unmarked, its language the widget's.
        text: text?.closest('[lang]')?.lang === 'kk' && !text.querySelector('.qe-lang-shown') ? text.textContent : null,
        cites: b?.querySelector('.qe-desk-cites')?.textContent,
      };
    });
    assert.match(box.label, /Qazaq Explainer редакциясының екі мәтін бойынша жазған шолуы/);
    assert.equal(box.text, pair.summary.text.kk);
    assert.equal(squash(box.cites), squash('Шолуда қамтылғаны: 1995, 2‑бап, 1, 3, 3-1‑тармақтар; 2026, 2‑бап, 1, 3, 4, 6, 7‑тармақтар'));

    // "Also draws on": closed at first, it opens on the 1995 point in Kazakh.
    const sel = `article.qe-pair .qe-also-item[data-old="${also.old}"]`;
    const summary = page.locator(`${sel} > summary`);
    assert.equal(squash(await summary.innerText()), squash('2026, 2‑бап, 7‑тармақ сондай-ақ мына мәтінге сүйенеді: 1995, 91‑бап, 2‑тармақ'));
    assert.equal(await page.evaluate((s) => window.__qe.q(s).open, sel), false);
    await summary.scrollIntoViewIfNeeded();
    await (ctx.width < 500 ? summary.tap() : summary.click());
    await page.waitForFunction((s) => window.__qe.q(s)?.open === true, sel, { timeout: WAIT });
    const shown = await page.evaluate((s) => {
      const body = window.__qe.q(`${s} .qe-text-body`);
      return { text: body?.textContent, lang: body?.getAttribute('lang'), height: body?.getBoundingClientRect().height };
    }, sel);
    assert.equal(shown.lang, 'kk');
    assert.equal(
      await page.evaluate((s) => window.__qe.q(`${s} .qe-desk-label`)?.textContent, sel),
      index.old.title.kk,
      'the text is labelled as the 1995 Constitution',
    );
    assert.equal(shown.text, pointText(kk.old.articles['91'], '2'), 'the 1995 point as the Kazakh text has it');
    assert.ok(shown.height > 0, 'the point is drawn');
    await page.locator(`${sel} .qe-also-open`).scrollIntoViewIfNeeded();
    await shot('also');

    // Following it opens the 1995 article's own pair, its heading on screen.
    const follow = page.locator(`${sel} .qe-also-open`);
    assert.match(squash(await follow.innerText()), /^Ашу: 1995, 91‑бап → 2026, 92, 93‑баптар$/);
    await (ctx.width < 500 ? follow.tap() : follow.click());
    await page.waitForFunction((id) => window.__qe.q('article.qe-pair')?.getAttribute('aria-labelledby') === `qe-pair-${id}`, target.id, { timeout: WAIT });
    await page.waitForFunction(
      (id) => {
        const r = window.__qe.q(`[id="qe-pair-${id}"]`).getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
      },
      target.id,
      { timeout: WAIT },
    );
    // There, the reader sees where else the old article's points went: each pair recording
    // them as a secondary source, with a way back.
    const went = await page.evaluate(() =>
      window.__qe.all('article.qe-pair .qe-also-out-item').map((li) => ({ pair: li.dataset.pair, text: li.querySelector('p').textContent })),
    );
    const expected = index.pairs.filter((p) => p.also?.some((a) => a.old === '91')).map((p) => p.id);
    assert.deepEqual(went.map((w) => w.pair), expected);
    assert.ok(expected.includes(PAIR_ID) && expected.length >= 2, 'old 91 feeds several new articles');
    assert.equal(squash(went.find((w) => w.pair === PAIR_ID).text), squash('1995, 91‑бап, 2‑тармақ мына жерде де жалғасады: 2026, 2‑бап, 7‑тармақ'));
    await shot('followed');
    assertNoPageErrors(page);
    await page.context().close();
  });
}

// Issue 15, class 8: a Compare title, label or summary the data has no text for in the reader's
// language is shown in the nearest one and says so, as the pack's texts do ("… (орыс тілінде)"),
// in an element in its language.
test('Compare texts missing in the reader\'s language are marked with the language shown (demo and script embed)', async () => {
  const drop = (l) => (delete l.kk, l);
  const partial = structuredClone(index);
  drop(partial.old.title);
  partial.sections.forEach((s) => drop(s.title));
  partial.topics.forEach((t) => drop(t.label));
  drop(partial.pairs.find((p) => p.id === PAIR_ID).summary.text);
  const MARK = ' (орыс тілінде)';
  for (const kind of ['demo', 'script']) {
    // No service worker, so that the route sees the data's request.
    const page = await newPage(readers.browser, { width: 1440, height: 900, serviceWorkers: 'block' });
    await page.context().addInitScript(IN_WIDGET);
    await page.context().route('**/compare/index.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(partial) }));
    if (kind === 'demo') {
      await page.goto(`${readers.bundle.url}#view=compare&article=${PAIR_ID}&mode=inline&lang=kk`);
      await waitForWidget(page);
    } else {
      // The embed keeps no state in the page's URL: the reader opens the pair and the redline.
      await page.goto(readers.host.url + 'script');
      const btn = page.locator(`nav.qe-articles .qe-article-btn[data-pair="${PAIR_ID}"]`);
      await btn.click(WAIT_OPTS);
      await page.locator('article.qe-pair .qe-seg[aria-pressed="false"]').first().click(WAIT_OPTS);
    }
    await page.waitForFunction(() => !!window.__qe?.q('.qe-summary-box') && !!window.__qe.q('.qe-key-del'), null, { timeout: WAIT });
    const seen = await page.evaluate(() => {
      const marked = (el) => el && { text: el.textContent, lang: el.querySelector('[lang]')?.getAttribute('lang'), marker: el.querySelector('.qe-lang-shown')?.textContent };
      const { q, all } = window.__qe;
      return {
        section: marked(q('.qe-group :is(h2, h3, h4, h5)')),
        summary: marked(q('.qe-summary-box p:not(.qe-desk-label):not(.qe-desk-cites)')),
        key: marked(all('.qe-text-status').find((p) => p.querySelector('.qe-key-del'))),
        struck: q('.qe-key-del')?.textContent,
        topic: all('.qe-compare-tools select option').map((o) => o.textContent)[1],
        // The new edition kept its Kazakh title: no marker there.
        newKey: all('.qe-text-status').find((p) => p.querySelector('.qe-key-ins'))?.querySelector('.qe-lang-shown') ?? null,
      };
    });
    for (const part of ['section', 'summary', 'key']) {
      assert.equal(seen[part]?.marker, MARK, `${kind} ${part}: ${JSON.stringify(seen[part])}`);
      assert.equal(seen[part].lang, 'ru', `${kind} ${part}: the text says its language`);
    }
    assert.equal(seen.struck, partial.old.title.ru, `${kind}: the redline key strikes the title only, not the marker`);
    assert.ok(seen.topic.endsWith(MARK), `${kind}: a topic in the list box: ${seen.topic}`);
    assert.equal(seen.newKey, null, `${kind}: a text in the reader's language is not marked`);
    await screenshot(page, `compare-marked-${kind}`);
    assertNoPageErrors(page);
    await page.context().close();
  }
});
