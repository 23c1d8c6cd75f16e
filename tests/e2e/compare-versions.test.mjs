// What a reader compares, in Kazakh, on the demo page at a 390 px phone width and in a script
// embed (shadow root, strict CSP, another origin) at 390 px and in a 680 px article column:
// each side of an open pair says which version of its edition it shows (the Kazakh 1995 text
// copied from the 17.09.2022 redaction, in the wording of 01.01.2023, with the points taken
// from that redaction's own notes named; the 2026 text as adopted at the referendum), and the
// legal database's notes sit under the side's text, labelled as not constitutional text, never
// in the text itself. The reviewers' reasons are not in the index: they are fetched when a pair
// first opens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, screenshot, assertNoPageErrors } from './harness.mjs';
import { CONTEXTS, useCompareReaders } from './compare-readers.mjs';

const WAIT = 15_000;
const read = (f) => JSON.parse(readFileSync(path.join(REPO_ROOT, 'content/compare', f), 'utf8'));
const index = read('index.json');
const kk = read('texts.kk.json');
const reasons = read('reasons.json');
// 1995 Art. 4: point 1 worded from the notes of the 17.09.2022 redaction; 2026 Art. 43: the
// database refers to Constitutional Court resolution No 89-НҚ.
const FROM_NOTES = 'o4-n5';
const REFERENCE = 'o41-n43';
const squash = (s) => s.replace(/\s+/g, ' ').trim();

const readers = useCompareReaders();
const open = (ctx) => readers.open(ctx);

async function openPair(page, ctx, id) {
  const btn = page.locator(`nav.qe-articles .qe-article-btn[data-pair="${id}"]`);
  await btn.scrollIntoViewIfNeeded();
  await (ctx.width < 500 ? btn.tap() : btn.click());
  await page.waitForFunction((id) => window.__qe.q('article.qe-pair')?.getAttribute('aria-labelledby') === `qe-pair-${id}`, id, { timeout: WAIT });
}

/** One side's version lines, database notes (opened) and text. */
async function side(page, ctx, ed) {
  const sel = `article.qe-pair .qe-texts.is-side .qe-text:has(> .qe-text-version[data-edition="${ed}"])`;
  const notes = page.locator(`${sel} > details.qe-db-notes > summary`);
  const hasNotes = (await notes.count()) > 0;
  if (hasNotes) {
    assert.equal(await page.evaluate((s) => window.__qe.q(`${s} > details.qe-db-notes`).open, sel), false, 'notes start closed');
    await notes.scrollIntoViewIfNeeded();
    await (ctx.width < 500 ? notes.tap() : notes.click());
    await page.waitForFunction((s) => window.__qe.q(`${s} > details.qe-db-notes`)?.open === true, sel, { timeout: WAIT });
  }
  return page.evaluate((s) => {
    const el = window.__qe.q(s);
    const d = el.querySelector(':scope > details.qe-db-notes');
    return {
      lines: [...el.querySelectorAll(':scope > .qe-text-version > span')].map((x) => x.textContent),
      lineLang: el.querySelector(':scope > .qe-text-version').getAttribute('lang'),
      summary: d?.querySelector('summary').textContent ?? null,
      notes: d ? [...d.querySelectorAll('li > span[lang]')].map((x) => ({ lang: x.getAttribute('lang'), text: x.textContent, elements: x.childElementCount })) : [],
      notesHeight: d?.getBoundingClientRect().height ?? 0,
      body: el.querySelector(':scope > .qe-text-body').textContent,
    };
  }, sel);
}

const NOTES_LABEL = 'Құқықтық дерекқордың ескертпелері (Конституция мәтіні емес)';
const ADOPTED = '2026 жылғы 15 наурыздағы референдумда қабылданған мәтін';

for (const ctx of CONTEXTS) {
  test(`versions and database notes in ${ctx.name}: each side says what it is; notes apart from the text; reasons fetched on opening`, async () => {
    const page = await open(ctx);
    const shot = (name) => screenshot(page, `compare-versions-${ctx.name}-${name}`);
    // The list needs no reasons: none is in the index, and the file is not fetched yet.
    assert.ok(!JSON.stringify(index).includes('"reason"'), 'no reason in index.json');
    assert.equal(index.reasons, 'reasons.json');
    assert.ok(page.qeAsked.some((p) => p.endsWith('/compare/index.json')), 'the index was fetched');
    assert.ok(!page.qeAsked.some((p) => p.endsWith('/reasons.json')), 'reasons.json is not fetched with the list');

    await openPair(page, ctx, FROM_NOTES);
    const old = await side(page, ctx, 'old');
    assert.equal(old.lineLang, 'kk');
    assert.deepEqual(old.lines.map(squash), [
      '2023 жылғы 1 қаңтарда қолданыста болған редакция',
      'Мәтін құқықтық дерекқордың 2022 жылғы 17 қыркүйектегі редакциясынан алынды',
      squash('1995, 4‑бап, 1‑тармақ: 2023 жылғы 1 қаңтардағы тұжырымы сол редакцияға дерекқордың өзі берген ескертпелерден алынды'),
    ]);
    assert.deepEqual(kk.old.from_notes['4'].points, ['1.'], 'the data says point 1 came from the notes');
    // The database's notes on 1995 Art. 4: all but the deferred wording already in the text,
    // in Kazakh, as text; none of them inside the text that is diffed.
    assert.equal(old.summary, NOTES_LABEL);
    const expected = kk.old.notes['4'].filter((n) => n.kind !== 'deferred').map((n) => n.text);
    assert.ok(expected.length >= 2 && kk.old.notes['4'].some((n) => n.kind === 'deferred'));
    assert.deepEqual(old.notes.map((n) => n.text), expected);
    assert.ok(old.notes.every((n) => n.lang === 'kk' && n.elements === 0));
    assert.ok(old.notesHeight > 0);
    for (const n of kk.old.notes['4']) assert.ok(!old.body.includes(n.text.slice(0, 30)), `note not in the text: ${n.text.slice(0, 30)}`);
    assert.ok(!/Ескерт(у|пе)\./.test(old.body), 'no database note in the 1995 text');
    const neu = await side(page, ctx, 'new');
    assert.deepEqual(neu.lines, [ADOPTED]);
    assert.equal(neu.summary, null, '2026 Art. 5 has no database note');
    await page.locator('article.qe-pair .qe-text-version[data-edition="old"]').scrollIntoViewIfNeeded();
    await shot('from-notes');

    // The reviewer's reason came when the pair opened, and reads in English, marked as such.
    await page.waitForFunction(() => !!window.__qe.q('article.qe-pair details.qe-reason p > [lang="en"]'), null, { timeout: WAIT });
    assert.equal(page.qeAsked.filter((p) => p.endsWith('/reasons.json')).length, 1);
    assert.equal(
      await page.evaluate(() => window.__qe.q('article.qe-pair details.qe-reason p > [lang="en"]').textContent),
      reasons.reasons[FROM_NOTES].en,
    );

    // 2026 Art. 43: the database's reference to resolution No 89-НҚ, under the 2026 text only.
    const next = await (async () => {
      const back = page.locator('article.qe-pair .qe-back');
      await (ctx.width < 500 ? back.tap() : back.click());
      await openPair(page, ctx, REFERENCE);
      return side(page, ctx, 'new');
    })();
    assert.deepEqual(next.lines, [ADOPTED]);
    assert.equal(next.summary, NOTES_LABEL);
    assert.deepEqual(next.notes.map((n) => n.text), kk.new.notes['43'].map((n) => n.text));
    assert.match(next.notes[0].text, /89-НҚ/);
    assert.ok(!next.body.includes('89-НҚ'), 'the reference is not in the 2026 text');
    const old41 = await side(page, ctx, 'old');
    assert.equal(old41.lines.length, 2, '1995 Art. 41 is alike in both redactions: dates only');
    await page.locator('article.qe-pair .qe-texts .qe-text:has(> .qe-text-version[data-edition="new"]) > details.qe-db-notes').scrollIntoViewIfNeeded();
    await shot('reference');
    // Fetched once, whatever pairs open after.
    assert.equal(page.qeAsked.filter((p) => p.endsWith('/reasons.json')).length, 1);
    assertNoPageErrors(page);
    await page.context().close();
  });
}
