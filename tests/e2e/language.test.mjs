// Language in the built widget: names in each language's alphabetical order, Kazakh case
// endings after dates and numbers, and the credits in the reader's language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoPageErrors, screenshot, useDemo } from './harness.mjs';

const demo = useDemo();

const KK_ORDER = [
  'Абай облысы', 'Ақмола облысы', 'Ақтөбе облысы', 'Алматы қаласы', 'Алматы облысы', 'Астана қаласы',
  'Атырау облысы', 'Батыс Қазақстан облысы', 'Жамбыл облысы', 'Жетісу облысы', 'Қарағанды облысы',
  'Қостанай облысы', 'Қызылорда облысы', 'Маңғыстау облысы', 'Павлодар облысы',
  'Солтүстік Қазақстан облысы', 'Түркістан облысы', 'Ұлытау облысы', 'Шығыс Қазақстан облысы',
  'Шымкент қаласы',
];

const rowNames = (page) =>
  page.$$eval('table.qe-table tbody tr[data-id] th', (ths) => ths.map((th) => th.textContent.trim()));

test('the table sorts names in the Kazakh alphabet, in Russian without «город»/«область», and back', async () => {
  const page = await demo.open('#view=table&lang=kk');
  await page.waitForSelector('table.qe-table tbody tr[data-id]');
  assert.deepEqual(await rowNames(page), KK_ORDER);
  await screenshot(page, 'language-table-kk', { fullPage: true });
  // The name column again: Я to А.
  await page.click('table.qe-table thead th:first-child button');
  await page.waitForFunction(() => document.querySelector('table.qe-table tbody tr[data-id] th')?.textContent.trim() === 'Шымкент қаласы');
  assert.deepEqual(await rowNames(page), [...KK_ORDER].reverse());
  await page.close();

  const ru = await demo.open('#view=table&lang=ru');
  await ru.waitForSelector('table.qe-table tbody tr[data-id]');
  const names = await rowNames(ru);
  assert.equal(names[0], 'область Абай');
  assert.deepEqual(names.slice(3, 6), ['Алматинская область', 'город Алматы', 'город Астана']);
  assert.equal(names.indexOf('область Ұлытау'), names.indexOf('Туркестанская область') + 1);
  assert.equal(names.at(-1), 'город Шымкент');
  assertNoPageErrors(ru);
  await ru.close();
});

test('Kazakh dates and numbers take their case endings; nothing is glued', async () => {
  const page = await demo.open('#view=table&lang=kk');
  await page.waitForSelector('table.qe-table tbody tr[data-id]');
  const text = await page.evaluate(() => document.querySelector('[data-qe-ready]').textContent);
  // Every status line: «Жұмысын бастады (2026 жылғы 13 ақпанда хабарланды)».
  const statuses = [...text.matchAll(/Жұмысын бастады \(([^)]*)\)/g)].map((m) => m[1]);
  assert.ok(statuses.length > 0, 'status lines in the table');
  for (const s of statuses) assert.match(s, /^\d{4}[ \u00a0]жылғы[ \u00a0](\d{1,2}[ \u00a0])?\S+(да|де|та|те) хабарланды$/, s);
  // Every "as of" before «жағдай бойынша» is an attributive locative («… ақпандағы»).
  for (const m of text.matchAll(/(\S+) жағдай бойынша/g)) assert.match(m[1], /(да|де|та|те)(ғы|гі)$/, m[0]);
  for (const old of ['хабары)', 'деңгейіне жуық', ' с кейін']) assert.ok(!text.includes(old), old);

  // The screen-reader summary under the map: «20 өңір мен қаланың 5-і бойынша …».
  await page.click('.qe-segmented .qe-seg:not([lang]):text-is("Карта")');
  const summary = await page.locator('.qe-summary').innerText();
  // The tooltip's date: «2026 жылғы 13 ақпандағы жағдай бойынша».
  await page.locator('path[data-id="KZ-55"]').hover();
  const tip = page.locator('.qe-tooltip');
  await tip.waitFor({ state: 'visible', timeout: 5000 });
  assert.match(await tip.innerText(), /2026 жылғы 13 ақпандағы жағдай бойынша/);
  await screenshot(page, 'language-tooltip-kk');
  assert.match(summary, /20 өңір мен қаланың \d+-(і|ы|сы|сі) бойынша дерек бар; \d+-(і|ы|сы|сі) бойынша хабарланбаған\./, summary);
  assertNoPageErrors(page);
  await page.close();
});

test('the credits: a sentence of their own with the date, and the boundaries in the reader’s language', async () => {
  const expected = {
    kk: [/^Деректер соңғы рет \d{4} жылғы \d{1,2} \S+(да|де|та|те) тексерілді\.$/, /^Әкімшілік шекаралар: geokz/],
    ru: [/^Последняя проверка данных: \d{1,2} \S+ \d{4} г\.$/, /^Административные границы: geokz/],
    en: [/^Figures last checked: \d{1,2} [A-Z][a-z]+ \d{4}\.$/, /^Administrative boundaries: geokz/],
  };
  for (const [lang, [checked, boundaries]] of Object.entries(expected)) {
    const page = await demo.open(`#lang=${lang}`);
    const footer = page.locator('footer.qe-credits');
    await footer.scrollIntoViewIfNeeded();
    const [figures, bounds] = await footer.locator('p').allInnerTexts();
    const sentences = figures.split(/(?<=\.) (?=\p{Lu})/u);
    assert.equal(sentences.length, 2, figures);
    assert.match(sentences[1], checked, figures);
    assert.ok(!figures.includes('..'), figures);
    assert.match(bounds, boundaries, bounds);
    assert.match(bounds, /geokz · CC BY 4\.0$/, bounds);
    assert.equal(await footer.locator('[lang="en"]').count(), 0, 'nothing marked as English');
    await screenshot(page, `language-credits-${lang}`, { clip: await footer.boundingBox() });
    assertNoPageErrors(page);
    await page.close();
  }
});
