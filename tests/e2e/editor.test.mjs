// The content pack editor (issue 14, editor.html), as a newsroom editor uses it: change
// Pavlodar's coalition members with a new source, make the usual mistakes and see the widget's
// own messages at their fields, export, and load the export into the widget with ?pack=; a CSV
// round trip that loses nothing and a bad row named by row and column; a loaded pack's unknown
// qualifier at its field; work kept over a reload and a start over that asks first; axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT, assertNoPageErrors, launch, newPage, screenshot, startServer, waitForWidget } from './harness.mjs';

const AXE = path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const PREVIEW = '.ed-widget [data-qe-ready="true"]';
const CELL = '[data-cell="KZ-55/members"]';
const WAIT = { timeout: 15_000 };

let app;
let browser;
let real;

before(async () => {
  real = JSON.parse(await readFile(path.join(REPO_ROOT, 'content', 'pack.json'), 'utf8'));
  const pavlodar = real.regions.find((r) => r.id === 'KZ-55');
  const members = pavlodar.figures.find((f) => f.metric === 'members');
  assert.deepEqual([members.value, members.qualifier], [130, 'at_least'], 'the test assumes Pavlodar reports 130+ members');
  app = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await app?.close();
});

async function openEditor() {
  const page = await newPage(browser, { width: 1400, height: 950, acceptDownloads: true });
  await page.goto(`${app.url}editor.html`);
  await page.waitForSelector(CELL, WAIT);
  await page.waitForSelector(PREVIEW, { state: 'attached', ...WAIT });
  return page;
}

/** An accessible name as read aloud: the first-strong isolates around pack texts are silent. */
const spoken = (label) => label?.replace(/[\u2066-\u2069]/g, '') ?? null;

/** The preview's map label of Pavlodar (as read aloud), once it satisfies `ok`. */
async function previewLabel(page, ok, what) {
  const sel = '.ed-widget path[data-id="KZ-55"]';
  try {
    await page.waitForFunction(
      ([sel, src]) => {
        const el = document.querySelector(sel);
        return el && new Function('l', `return ${src}`)(el.getAttribute('aria-label').replace(/[\u2066-\u2069]/g, ''));
      },
      [sel, ok],
      WAIT,
    );
  } catch (e) {
    const label = spoken(await page.getAttribute(sel, 'aria-label').catch(() => null));
    throw new Error(`preview: ${what}; Pavlodar reads ${JSON.stringify(label)}`, { cause: e });
  }
  return spoken(await page.getAttribute(sel, 'aria-label'));
}

async function text(page, sel) {
  return (await page.locator(sel).innerText()).trim();
}

/**
 * The text of `sel` once it reads `want` (a string, or a RegExp it matches). After an edit
 * the page may not be drawn yet: Yew yields to the browser after 16 ms of rendering and
 * finishes in a later task, as the whole pack's checks can make it on a loaded machine.
 */
async function reads(page, sel, want) {
  const [source, flags] = want instanceof RegExp ? [want.source, want.flags] : [null, ''];
  try {
    await page.waitForFunction(
      ([sel, want, source, flags]) => {
        const t = document.querySelector(sel)?.innerText.trim();
        return t !== undefined && (source === null ? t === want : new RegExp(source, flags).test(t));
      },
      [sel, want instanceof RegExp ? null : want, source, flags],
      WAIT,
    );
  } catch (e) {
    const now = await page.locator(sel).innerText().catch(() => '(absent)');
    throw new Error(`${sel} should read ${want}; it reads ${JSON.stringify(now.trim())}`, { cause: e });
  }
  return text(page, sel);
}

/** Waits until `sel` is gone, as a message is once its mistake is fixed. */
const gone = (page, sel) => page.waitForSelector(sel, { state: 'detached', ...WAIT });
/** Waits until the JSON export can (or cannot) be taken. */
const exportable = (page, yes) => page.waitForSelector(`#ed-export-json:${yes ? 'enabled' : 'disabled'}`, WAIT);

/** Clicks `sel` and gives the text of the file it downloads. */
async function download(page, sel) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(sel)]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('an editor updates Pavlodar with a new source; mistakes get the widget’s messages; the export is what the widget shows', async () => {
  const page = await openEditor();
  const started = Date.now();
  assert.equal(await text(page, CELL), '130+');
  await page.click(CELL);
  assert.equal(await text(page, '#ed-form-title'), 'Pavlodar Region: Coalition members');
  assert.match(await previewLabel(page, "/^Pavlodar Region\\. Coalition members: /.test(l)", 'shows Pavlodar'), /130/);

  // A negative number: the validator's message at the value, and no export.
  await page.fill('#ed-f-value', '-5');
  await reads(page, '#ed-f-value-msg', 'must be a number of zero or more, found -5');
  assert.equal(await page.getAttribute('#ed-f-value', 'aria-invalid'), 'true');
  await exportable(page, false); // a pack with errors cannot be exported
  await reads(page, '#ed-export-why', /fix them first/);
  await reads(page, '#ed-checks-title', /^1 error$/);

  await page.fill('#ed-f-value', '150');
  await page.selectOption('#ed-f-qualifier', 'exact');
  await page.fill('#ed-f-as-of', '2026-03-01');
  await gone(page, '#ed-f-value-msg'); // the message goes with the mistake
  await reads(page, CELL, '150');
  assert.equal(await page.inputValue('#ed-f-as-of'), '2026-03-01', 'no field filled in a row is lost');

  // A new source without a URL: the message at the source's URL field.
  await page.click('button:text("Add a source")');
  await page.fill('#ed-n-outlet', 'Kazinform');
  await page.fill('#ed-n-date', '2026-03-01');
  await page.selectOption('#ed-n-language', 'ru');
  await page.fill('#ed-n-headline', 'Павлодарская коалиция');
  await page.fill('#ed-n-tr-en', 'The Pavlodar coalition');
  await page.click('button:text("Add the source and cite it")');
  await reads(page, '#ed-s-url-msg', 'expected an http(s) URL, found ""');
  assert.equal(await page.inputValue('#ed-f-source'), 'kazinform-2026-03-01');
  await exportable(page, false);
  await page.fill('#ed-s-url', 'https://www.inform.kz/ru/pavlodar-coalition');
  await gone(page, '#ed-s-url-msg');
  await exportable(page, true); // fixed, the pack can be exported
  await reads(page, '#ed-checks-title', 'No errors: the pack can be exported.');

  // The live widget shows the new figure; the list of changes has it, before and after.
  assert.match(await previewLabel(page, "l.endsWith(': 150')", 'shows 150'), /: 150$/);
  const changes = await page.locator('.ed-change-list li').allInnerTexts();
  assert.deepEqual(changes, ['Pavlodar Region, Coalition members: 130+ (13 February 2026, AstanaTV) → 150 (1 March 2026, Kazinform)']);
  assert.match(await text(page, '.ed-changes'), /New sources: kazinform-2026-03-01/);
  console.log(`editor: Pavlodar's figure with a new source, from the first click to an exportable pack, in ${Date.now() - started} ms of scripted input`);

  const exported = await download(page, '#ed-export-json');
  assert.equal(exported.name, 'pack.json');
  const pack = JSON.parse(exported.text);
  const members = pack.regions.find((r) => r.id === 'KZ-55').figures.find((f) => f.metric === 'members');
  assert.deepEqual(members, { metric: 'members', value: 150, qualifier: 'exact', as_of: '2026-03-01', source: 'kazinform-2026-03-01' });
  const source = pack.sources.find((s) => s.id === 'kazinform-2026-03-01');
  assert.deepEqual(source, {
    id: 'kazinform-2026-03-01', outlet: 'Kazinform', date: '2026-03-01', language: 'ru',
    url: 'https://www.inform.kz/ru/pavlodar-coalition',
    title: { ru: 'Павлодарская коалиция', en: 'The Pavlodar coalition' },
  });

  // The export in the widget, by ?pack=: the map shows the new figure, the panel its source.
  const reader = await newPage(browser, { width: 1280, height: 900 });
  await reader.route('**/edited/pack.json', (r) => r.fulfill({ contentType: 'application/json', body: exported.text }));
  await reader.goto(`${app.url}index.html?lang=en&pack=edited/pack.json#region=KZ-55&metric=members`);
  await waitForWidget(reader);
  assert.equal(spoken(await reader.getAttribute('path[data-id="KZ-55"]', 'aria-label')), 'Pavlodar Region. Coalition members: 150');
  await reader.waitForSelector('aside.qe-detail:not(.is-empty)');
  const panel = await text(reader, 'aside.qe-detail:not(.is-empty)');
  assert.ok(panel.includes('150') && panel.includes('Kazinform'), panel);
  assert.equal(await reader.locator('.qe-error').count(), 0, 'the widget accepts the export');
  assertNoPageErrors(reader);
  await reader.context().close();

  // CSV: out and back in loses nothing; a bad row is named by row and column.
  const csv = await download(page, '#ed-export-csv');
  assert.equal(csv.name, 'figures.csv');
  await page.setInputFiles('#ed-import-csv', { name: 'figures.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.text) });
  await page.waitForSelector('.ed-notice:text("Imported the figures of figures.csv.")', WAIT);
  assert.deepEqual(JSON.parse((await download(page, '#ed-export-json')).text), pack, 'the CSV round trip is lossless');
  const lines = csv.text.split('\r\n');
  const at = lines.findIndex((l) => l.startsWith('KZ-55,members,'));
  lines[at] = lines[at].replace(',exact,', ',around,');
  await page.setInputFiles('#ed-import-csv', { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n')) });
  await page.waitForSelector('.ed-csv-errors', WAIT);
  assert.deepEqual(await page.locator('.ed-csv-errors li').allInnerTexts(), [
    `row ${at + 1}, column \`qualifier\`: unknown variant \`around\`, expected one of \`exact\`, \`approx\`, \`at_least\`, \`almost\``,
  ]);
  assert.equal(await text(page, CELL), '150', 'a refused CSV changes nothing');

  // The work survives a reload; start over asks, and only a yes discards it.
  await page.reload();
  await page.waitForSelector(`${CELL}:text("150")`, WAIT);
  assert.equal(await text(page, '.ed-notice'), 'Your unsaved changes were restored.');
  page.once('dialog', (d) => d.dismiss());
  await page.click('button:text("Start over")');
  assert.equal(await text(page, CELL), '150', 'no: the work stays');
  page.once('dialog', (d) => {
    assert.match(d.message(), /Discard every change/);
    d.accept();
  });
  await page.click('button:text("Start over")');
  await page.waitForSelector(`${CELL}:text("130+")`, WAIT);
  assert.equal(await text(page, '.ed-change-list, .ed-changes p'), 'No figure has changed.');

  await screenshot(page, 'editor');
  assertNoPageErrors(page);
  await page.context().close();
});

test('an editor adds a person with their words to Pavlodar, sees the widget’s message for a missing source, and the widget shows them', async () => {
  const page = await openEditor();
  await page.click(CELL);
  await page.waitForSelector('#ed-people-title', WAIT);
  assert.equal(await text(page, '#ed-people-title'), 'Pavlodar Region: People named');
  const before = await page.locator('.ed-person').count();
  await page.fill('#ed-p-name-kk', 'Асқар Серікұлы');
  await page.fill('#ed-p-name-ru', 'Аскар Серикулы');
  await page.fill('#ed-p-name-en', 'Askar Serikuly');
  await page.fill('#ed-p-role-en', 'Member of the regional coalition');
  await page.fill('#ed-p-role-ru', 'Член областной коалиции');
  await page.fill('#ed-p-role-kk', 'Облыстық коалиция мүшесі');
  await page.fill('#ed-p-quote', 'Біз әр ауылға барамыз.');
  await page.selectOption('#ed-p-quote-lang', 'kk');
  // Added without a source: the widget's message under the person, and no export.
  await page.click('button:text("Add a person")');
  await page.waitForFunction((n) => document.querySelectorAll('.ed-person').length === n, before + 1, WAIT);
  const added = page.locator('.ed-person').last();
  assert.match(await added.innerText(), /Askar Serikuly · Member of the regional coalition/);
  assert.equal(await added.locator('blockquote').getAttribute('lang'), 'kk');
  assert.equal((await added.locator('blockquote').innerText()).trim(), 'Біз әр ауылға барамыз.');
  assert.match(await added.locator('.ed-messages').innerText(), /source/);
  await exportable(page, false);
  // Removed and added again with a source from the pack's list, the pack exports clean.
  await added.locator('button:text("Remove")').click();
  await page.waitForFunction((n) => document.querySelectorAll('.ed-person').length === n, before, WAIT);
  await exportable(page, true);
  await page.fill('#ed-p-name-en', 'Askar Serikuly');
  await page.fill('#ed-p-role-en', 'Member of the regional coalition');
  await page.fill('#ed-p-quote', 'Біз әр ауылға барамыз.');
  await page.selectOption('#ed-p-source', 'baq-2026-02-13');
  await page.click('button:text("Add a person")');
  await page.waitForFunction((n) => document.querySelectorAll('.ed-person').length === n, before + 1, WAIT);
  assert.equal(await page.locator('.ed-person .ed-messages').count(), 0);
  await exportable(page, true);
  const pack = JSON.parse((await download(page, '#ed-export-json')).text);
  const people = pack.regions.find((r) => r.id === 'KZ-55').people;
  assert.deepEqual(people.at(-1), {
    name: { en: 'Askar Serikuly' },
    role: { en: 'Member of the regional coalition' },
    quote: { kk: 'Біз әр ауылға барамыз.' },
    source: 'baq-2026-02-13',
  });
  await screenshot(page, 'editor-people');

  // In the widget, by ?pack=: Pavlodar's panel names them, with their words.
  const reader = await newPage(browser, { width: 1280, height: 900 });
  await reader.route('**/edited/pack.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(pack) }));
  await reader.goto(`${app.url}index.html?lang=en&pack=edited/pack.json#region=KZ-55`);
  await waitForWidget(reader);
  const panel = reader.locator('aside.qe-detail:not(.is-empty)');
  await panel.waitFor(WAIT);
  const person = panel.locator('.qe-person').filter({ hasText: 'Askar Serikuly' });
  assert.match(await person.innerText(), /Member of the regional coalition[\s\S]*Біз әр ауылға барамыз/);
  assertNoPageErrors(reader);
  await reader.context().close();
  assertNoPageErrors(page);
  await page.context().close();
});

test('a loaded pack’s unknown qualifier is named at the qualifier field, in every interface language', async () => {
  const page = await openEditor();
  const typo = structuredClone(real);
  typo.regions.find((r) => r.id === 'KZ-55').figures.find((f) => f.metric === 'members').qualifier = 'around';
  await page.setInputFiles('#ed-open-file', { name: 'typo.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(typo)) });
  await page.waitForSelector('.ed-notice:text("Opened typo.json.")', WAIT);
  await exportable(page, false);
  await page.click(CELL);
  const expected = 'unknown variant `around`, expected one of `exact`, `approx`, `at_least`, `almost`';
  await reads(page, '#ed-f-qualifier-msg', expected);
  assert.equal(await page.inputValue('#ed-f-qualifier'), 'around');
  // The interface changes language; the validator's message stays the widget's own.
  await page.selectOption('#ed-ui-lang', 'kk');
  await reads(page, 'h1', 'Деректер пакетінің редакторы');
  assert.equal(await text(page, '#ed-f-qualifier-msg'), expected);
  await page.selectOption('#ed-f-qualifier', 'at_least');
  await gone(page, '#ed-f-qualifier-msg');
  await exportable(page, true);
  assertNoPageErrors(page);
  await page.context().close();
});

test('axe: the editor with a figure’s form and a new source open has no violations', async () => {
  const page = await openEditor();
  await page.click(CELL);
  await page.click('button:text("Add a source")');
  await page.fill('#ed-f-value', '-1');
  await page.waitForSelector('#ed-f-value-msg');
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }),
  );
  const failures = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(failures, []);
  assertNoPageErrors(page);
  await page.context().close();
});

test('the editor is keyboard-operable: Tab reaches a cell, Enter opens its form', async () => {
  const page = await openEditor();
  await page.focus(CELL);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#ed-f-value');
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.activeElement.closest('.ed') !== null));
  await page.focus('#ed-f-value');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('131');
  await reads(page, CELL, '131+');
  assert.equal(await page.inputValue('#ed-f-value'), '131');
  assertNoPageErrors(page);
  await page.context().close();
});

test('the widget’s first view does not load the editor', async () => {
  const page = await newPage(browser, { width: 1280, height: 900 });
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.goto(app.url);
  await waitForWidget(page);
  assert.deepEqual(asked.filter((p) => p.includes('editor')), []);
  await page.context().close();
});

test('offline: after one online visit the editor opens with no network, its preview too', async () => {
  const page = await openEditor();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => {}));
  // The worker takes charge of the open page once it has cached the bundle (clients.claim).
  await page.waitForFunction(() => navigator.serviceWorker.controller, null, WAIT);
  await page.context().setOffline(true);
  await page.reload();
  await page.waitForSelector(CELL, WAIT);
  await page.waitForSelector(PREVIEW, { state: 'attached', ...WAIT });
  const probe = await page.evaluate(() => fetch(`no-such-file-${Date.now()}.json`).then((r) => `answered ${r.status}`, () => 'failed'));
  assert.equal(probe, 'failed', 'the network is really gone');
  // It edits as online: a figure changes in the table and in the preview.
  await page.click(CELL);
  await page.fill('#ed-f-value', '140');
  await page.selectOption('#ed-f-qualifier', 'exact');
  await reads(page, CELL, '140');
  assert.match(await previewLabel(page, "l.endsWith(': 140')", 'shows 140 offline'), /: 140$/);
  assertNoPageErrors(page, [], [/Failed to load resource: .*no-such-file-/]);
  await page.context().close();
});
