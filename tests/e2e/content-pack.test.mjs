// Content packs named by ?pack=URL, served cross-origin as a news site's CDN would: a valid
// one is used; a broken one is reported precisely and the embedded pack is shown instead;
// markup in a pack's texts stays text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  REPO_ROOT,
  assertNoPageErrors,
  launch,
  newPage,
  screenshot,
  startServer,
  waitForWidget,
} from './harness.mjs';

const FIXTURES = path.join(REPO_ROOT, 'tests', 'e2e', 'fixtures');
const DETAIL = 'aside.qe-detail:not(.is-empty)';
const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';
// Chromium's own report of a non-2xx response; the test asserts the widget's message instead.
const RESOURCE_404 = /Failed to load resource: .*404/;

let app;
let packs;
let browser;
let packDir;
let shymkent; // { region: index in regions, figure: index of its members figure }

/** A deep copy of the real pack, changed by `edit`, written as `name` for the pack server. */
async function writePack(name, base, edit) {
  const pack = structuredClone(base);
  edit(pack);
  await writeFile(path.join(packDir, name), JSON.stringify(pack, null, 2));
}

before(async () => {
  const base = JSON.parse(await readFile(path.join(REPO_ROOT, 'content', 'pack.json'), 'utf8'));
  const region = base.regions.findIndex((r) => r.id === 'KZ-79');
  assert.ok(region >= 0, 'content/pack.json has Shymkent');
  const figure = base.regions[region].figures.findIndex((f) => f.metric === 'members');
  assert.equal(base.regions[region].figures[figure].value, 150, 'the tests assume Shymkent reports 150 members');
  shymkent = { region, figure };

  packDir = await mkdtemp(path.join(os.tmpdir(), 'qe-packs-'));
  for (const f of await readdir(FIXTURES)) {
    if (f.endsWith('.json')) await copyFile(path.join(FIXTURES, f), path.join(packDir, f));
  }
  await writePack('shymkent-151.json', base, (p) => {
    p.regions[region].figures[figure].value = 151;
  });
  await writePack('negative.json', base, (p) => {
    p.regions[region].figures[figure].value = -150;
  });
  await writePack('markup.json', base, (p) => {
    const members = p.metrics.find((m) => m.id === 'members');
    for (const l of ['kk', 'ru', 'en']) members.label[l] = `Members ${IMG} ${SCRIPT}`;
    for (const l of ['kk', 'ru', 'en']) p.regions[region].composition.text[l] = `Composition ${IMG}${SCRIPT} end`;
  });

  app = await startServer();
  packs = await startServer(packDir); // another port: a cross-origin fetch, as from a CDN
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await app?.close();
  await packs?.close();
  if (packDir) await rm(packDir, { recursive: true, force: true });
});

async function openWithPack(file, hash = '') {
  const page = await newPage(browser, { width: 1280, height: 900 });
  page.qeRequests = [];
  page.on('request', (r) => page.qeRequests.push(r.url()));
  await page.goto(`${app.url}?pack=${encodeURIComponent(packs.url + file)}${hash}`);
  await waitForWidget(page);
  return page;
}

/** Console messages arrive asynchronously: wait until one matches. */
async function waitForError(page, re) {
  const until = Date.now() + 5000;
  while (!page.qeErrors.some((e) => re.test(e))) {
    if (Date.now() > until) throw new Error(`no console error matching ${re}; got:\n  ${page.qeErrors.join('\n  ') || '(none)'}`);
    await page.waitForTimeout(25);
  }
}

const cityLabel = (page, id) => page.getAttribute(`g.qe-city[data-id="${id}"]`, 'aria-label');

async function errorBanner(page) {
  const banner = page.locator('.qe-error[role="alert"]');
  assert.equal(await banner.count(), 1, 'one error banner');
  return banner.innerText();
}

/** The embedded pack is in use: Shymkent shows its real 150 members. */
async function assertEmbeddedFallback(page) {
  assert.equal(await page.locator('svg path[data-id]').count(), 17);
  assert.equal(await page.locator('svg g.qe-city[data-id]').count(), 3);
  const label = await cityLabel(page, 'KZ-79');
  assert.match(label, /: 150$/, label);
}

test('a valid pack by URL replaces the embedded figures', async () => {
  const page = await openWithPack('shymkent-151.json', '#region=KZ-79');

  const label = await cityLabel(page, 'KZ-79');
  assert.match(label, /^Шымкент қаласы\. \u2068Коалиция мүшелері\u2069: 151$/, label);
  await page.waitForSelector(`${DETAIL} h3`);
  const values = await page.locator(`${DETAIL} .qe-fig-value`).allInnerTexts();
  assert.ok(values.includes('151'), `panel figures: ${values}`);
  assert.equal(await page.locator('.qe-error').count(), 0, 'no error banner');
  assert.ok(page.qeRequests.includes(packs.url + 'shymkent-151.json'), 'the pack was fetched');

  assertNoPageErrors(page);
  await page.context().close();
});

test('a negative figure: the banner names the field, the console has it, the embedded pack is shown', async () => {
  const page = await openWithPack('negative.json');
  const field = `regions[${shymkent.region}].figures[${shymkent.figure}].value`;

  const text = await errorBanner(page);
  assert.ok(text.includes(field), `banner names ${field}: ${text}`);
  assert.match(text, /zero or more/);
  assert.match(text, /Деректер пакетін пайдалану мүмкін болмады/, 'title in the reader’s language');
  await assertEmbeddedFallback(page);
  await waitForError(page, /zero or more/);
  assert.ok(page.qeErrors.some((e) => e.includes(field)), 'the console error names the field too');

  await screenshot(page, 'pack-error');
  assertNoPageErrors(page, [/zero or more/]);
  await page.context().close();
});

test('truncated JSON is reported as not valid JSON', async () => {
  const page = await openWithPack('truncated.json');
  const text = await errorBanner(page);
  assert.match(text, /not valid JSON/);
  await assertEmbeddedFallback(page);
  await waitForError(page, /not valid JSON/);
  assertNoPageErrors(page, [/not valid JSON/]);
  await page.context().close();
});

test('a pack for schema version 2 is refused by name', async () => {
  const page = await openWithPack('schema-v2.json');
  const text = await errorBanner(page);
  assert.match(text, /unsupported schema version 2/);
  await assertEmbeddedFallback(page);
  await waitForError(page, /unsupported schema version 2/);
  assertNoPageErrors(page, [/unsupported schema version 2/]);
  await page.context().close();
});

test('a pack URL answering 404 is reported with its HTTP status', async () => {
  const page = await openWithPack('no-such-pack.json');
  const text = await errorBanner(page);
  assert.match(text, /HTTP 404/);
  assert.ok(text.includes('no-such-pack.json'), `the banner names the URL: ${text}`);
  await assertEmbeddedFallback(page);
  await waitForError(page, /Qazaq Explainer: .*HTTP 404/);
  assertNoPageErrors(page, [/Qazaq Explainer: .*HTTP 404/], [RESOURCE_404]);
  await page.context().close();
});

test('markup in pack texts is shown as text, never run', async () => {
  const page = await openWithPack('markup.json', '#region=KZ-79');
  await page.waitForSelector(`${DETAIL} h3`);

  assert.equal(await page.locator('.qe-error').count(), 0, 'the pack is valid');
  const chip = await page.locator('button.qe-chip[data-metric="members"]').innerText();
  assert.ok(chip.includes(IMG) && chip.includes(SCRIPT), `metric label shown literally: ${chip}`);
  const composition = await page.locator(`${DETAIL} p`, { hasText: 'Composition' }).innerText();
  assert.ok(composition.includes(IMG) && composition.includes(SCRIPT), `composition shown literally: ${composition}`);
  assert.ok((await cityLabel(page, 'KZ-79')).includes(IMG), 'the accessible name carries the text as text');
  const legend = await page.locator('.qe-legend-title').innerText();
  assert.ok(legend.includes(SCRIPT), legend);

  assert.equal(await page.locator('.qe img').count(), 0, 'no <img> element made from the pack');
  assert.equal(await page.locator('.qe script').count(), 0, 'no <script> element made from the pack');
  // Had an <img src=x> been created, it would request ./x and run its onerror: let the
  // network settle before looking.
  await page.waitForLoadState('networkidle');
  assert.ok(!page.qeRequests.some((u) => /\/x$/.test(new URL(u).pathname)), 'no request for the injected image');
  assert.equal(await page.evaluate(() => typeof window.__xss), 'undefined');

  assertNoPageErrors(page);
  await page.context().close();
});

/** The embedded pack, opened on `hash` (a panel and a language), with the panel drawn. */
async function openEmbedded(hash, width = 1280) {
  const page = await newPage(browser, { width, height: 900 });
  await page.goto(`${app.url}${hash}`);
  await waitForWidget(page);
  return page;
}

test('a panel cites each report once, marks translated headlines and names outlets in the reader’s language', async () => {
  // Pavlodar once showed the same AstanaTV headline three times.
  const page = await openEmbedded('#region=KZ-55&lang=kk');
  await page.waitForSelector(`${DETAIL} h3`);
  const headline = 'Қазақстанның бірқатар өңірінде аймақтық коалициялар жұмысын бастады';
  const cites = await page.locator(`${DETAIL} cite`).allInnerTexts();
  assert.equal(cites.filter((c) => c === headline).length, 1, `the AstanaTV headline once: ${cites}`);
  assert.ok((await page.locator(`${DETAIL} .qe-source`).count()) >= 4, 'every section still names its source');
  // BAQ.kz published in Russian: the Kazakh reader gets our translation, marked outside the
  // quotation marks, and the headline as published, marked as Russian.
  const baq = page.locator(`${DETAIL} .qe-source`, { has: page.locator('a[href*="rus.baq.kz/v-pavlodarskoy"]') });
  const text = await baq.innerText();
  assert.match(text, /«Павлодар облысында жаңа Конституция жобасы талқыланды» \(біздің аудармамыз; түпнұсқасы: «В Павлодарской области обсудили проект новой Конституции»\)/, text);
  assert.equal(await baq.locator('cite[lang="ru"]').innerText(), 'В Павлодарской области обсудили проект новой Конституции');
  assert.equal(await baq.locator('cite[lang="kk"]').innerText(), 'Павлодар облысында жаңа Конституция жобасы талқыланды');
  await screenshot(page, 'panel-pavlodar-kk');
  assertNoPageErrors(page);
  await page.context().close();

  const ru = await openEmbedded('#region=KZ-61&lang=ru');
  await ru.waitForSelector(`${DETAIL} h3`);
  const outlets = await ru.locator(`${DETAIL} .qe-outlet`).allInnerTexts();
  assert.ok(outlets.includes('Казахстанская правда'), `outlets: ${outlets}`);
  assert.ok(!outlets.includes('Kazakhstanskaya Pravda'), `no Latin name where Russian has one: ${outlets}`);
  const values = (await ru.locator(`${DETAIL} .qe-fig-value`).allInnerTexts()).map((v) => v.replace(/[^\d+]/g, ''));
  for (const v of ['457', '5', '1959', '1000+']) assert.ok(values.includes(v), `Turkestan ${v}: ${values}`);
  await screenshot(ru, 'panel-turkestan-ru');
  assertNoPageErrors(ru);
  await ru.context().close();
});

test('units covered only by the nationwide report, and other reports, are shown as what they are', async () => {
  const page = await openEmbedded('#region=KZ-23&lang=en');
  await page.waitForSelector(`${DETAIL} h3`);
  const panel = await page.locator(DETAIL).innerText();
  assert.match(panel, /A nationwide report says regional coalitions started work in all regions/);
  assert.match(panel, /Other reports/i, "the heading, drawn in capitals");
  assert.match(panel, /3 March 2026/);
  assert.ok(await page.locator(`${DETAIL} a[href*="baq.kz/adiletti"]`).count() === 1, 'BAQ.kz of 13 February is the source');
  await page.context().close();

  const abai = await openEmbedded('#region=KZ-10&lang=en');
  await abai.waitForSelector(`${DETAIL} h3`);
  const text = await abai.locator(DETAIL).innerText();
  assert.match(text, /February or March 2026/, 'the date as the source has it');
  assert.match(text, /names no coalition/);
  await screenshot(abai, 'panel-abai-en');
  await abai.context().close();
});

test('the result is final, with its source, and adds up', async () => {
  for (const [lang, final, label] of [
    ['en', 'Final result', 'Ballots not counted'],
    ['ru', 'Окончательные итоги', 'Неучтённые бюллетени'],
    ['kk', 'Түпкілікті қорытынды', 'Есепке алынбаған бюллетеньдер'],
  ]) {
    const page = await openEmbedded(`#lang=${lang}`);
    const outcome = page.locator('section.qe-outcome');
    await outcome.scrollIntoViewIfNeeded();
    const text = await outcome.innerText();
    assert.ok(text.includes(final), `${lang}: ${text}`);
    assert.ok(text.includes(label), `${lang}: ${text}`);
    assert.equal(await outcome.locator('.qe-outcome-status + .qe-source a[href*="sn.kz"]').count(), 1, `${lang}: the final result's source`);
    const values = (await outcome.locator('.qe-card-value').allInnerTexts()).map((v) => v.replace(/\D/g, ''));
    for (const v of ['7954667', '898099', '146558', '127868', '9127192', '10388', '71']) assert.ok(values.includes(v), `${lang} ${v}: ${values}`);
    const timeline = await page.locator('section.qe-timeline').innerText();
    assert.ok(/Constitution Day|День Конституции|Конституция күні/.test(timeline), `${lang}: Constitution Day on the timeline`);
    await screenshot(page, `outcome-${lang}`);
    assertNoPageErrors(page);
    await page.context().close();
  }
});
