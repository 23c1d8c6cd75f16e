// The bad content packs of tests/bad_packs/ (see its README), end to end: each loaded into the
// demo page by ?pack=URL from another origin must give its precise error in the widget and fall
// back to the built-in figures, or, when only its text is hostile, render that text inertly.
// No file may leave a blank widget, throw, open a dialog or run a script. The comparison's bad
// files stand in for the real ones on the way to the Compare view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT, startServer, launch, newPage, waitForWidget, assertNoPageErrors } from './harness.mjs';

const CORPUS = path.join(REPO_ROOT, 'tests', 'bad_packs');
let app;
let packs;
let browser;
let manifest;
let compareManifest;

before(async () => {
  app = await startServer('dist');
  packs = await startServer(CORPUS);
  browser = await launch();
  manifest = JSON.parse(await readFile(path.join(CORPUS, 'manifest.json'), 'utf8'));
  compareManifest = JSON.parse(await readFile(path.join(CORPUS, 'compare', 'manifest.json'), 'utf8'));
});

after(async () => {
  await browser?.close();
  await packs?.close();
  await app?.close();
});

/** A page that records dialogs and any script the payloads might have run. */
async function open(url, onPage) {
  const page = await newPage(browser, { width: 1200, height: 900 });
  page.qeDialogs = [];
  page.on('dialog', (d) => {
    page.qeDialogs.push(d.message());
    d.dismiss();
  });
  await onPage?.(page);
  await page.goto(url);
  await waitForWidget(page);
  return page;
}

async function assertInert(page, file) {
  assert.deepEqual(page.qeDialogs, [], `${file}: no dialog opened`);
  const injected = await page.evaluate(() => ({
    scripts: document.querySelectorAll('.qe script').length,
    images: document.querySelectorAll('.qe img').length,
    handlers: [...document.querySelectorAll('.qe *')].filter((e) =>
      [...e.attributes].some((a) => a.name.startsWith('on')),
    ).length,
    jsLinks: [...document.querySelectorAll('.qe a')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') || '')).length,
  }));
  assert.deepEqual(injected, { scripts: 0, images: 0, handlers: 0, jsLinks: 0 }, `${file}: nothing from the pack became markup`);
}

test('every bad content pack: its precise error, the built-in figures, nothing run', async () => {
  for (const { file, expect } of manifest) {
    const page = await open(`${app.url}?pack=${encodeURIComponent(packs.url + file)}#lang=en`);
    assert.ok((await page.locator('svg [data-id]').count()) >= 20, `${file}: the map is drawn`);
    if (expect) {
      const banner = page.locator('.qe-error');
      await banner.waitFor();
      const text = await banner.innerText();
      assert.ok(text.includes(expect), `${file}: the banner says ${JSON.stringify(expect)}; it says ${text}`);
      assertNoPageErrors(page, [/Qazaq Explainer/], [/Failed to load resource/]);
    } else {
      assert.equal(await page.locator('.qe-error').count(), 0, `${file}: valid, no banner`);
      // Open a unit's panel too, where most of the pack's texts are shown.
      await page.locator('svg [data-id="KZ-55"]').click();
      await page.locator('.qe-detail:not(.is-empty)').waitFor();
      assertNoPageErrors(page);
    }
    await assertInert(page, file);
    await page.context().close();
  }
});

test('every bad comparison file: its precise error in the Compare view, nothing run', async () => {
  for (const { file, replaces, expect } of compareManifest) {
    const body = await readFile(path.join(CORPUS, 'compare', file));
    const page = await open(`${app.url}#view=compare&lang=en`, (p) =>
      p.route(`**/compare/${replaces}`, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body }),
      ),
    );
    if (expect) {
      const box = page.locator('.qe-compare-host .qe-error');
      await box.waitFor({ timeout: 20_000 });
      const text = await box.innerText();
      assert.ok(text.includes(expect), `${file}: the message says ${JSON.stringify(expect)}; it says ${text}`);
      assertNoPageErrors(page, [/Qazaq Explainer/]);
    } else {
      await page.locator('.qe-compare').waitFor({ timeout: 20_000 });
      assertNoPageErrors(page);
    }
    await assertInert(page, file);
    await page.context().close();
  }
});

test('a panic replaces the widget with a readable error and a reload button', async () => {
  const page = await open(`${app.url}#lang=ru`);
  // The module embed.js loaded (it loads the widget on the demo page too).
  await page.evaluate(() => window[Symbol.for('qazaq-explainer')].module.then((m) => m.panic_for_tests())).catch(() => {});
  const box = page.locator('#qazaq-explainer .qe-error[role="alert"]');
  await box.waitFor();
  assert.match(await box.innerText(), /ошибка/);
  assert.match(await box.innerText(), /a test asked for a panic/);
  assert.ok(page.qeErrors.some((e) => /internal error:[\s\S]*a test asked for a panic/.test(e)), 'logged');
  await Promise.all([page.waitForNavigation(), box.locator('button').click()]);
  await waitForWidget(page);
  await page.context().close();
});

const packUrl = (file) => `${app.url}?pack=${encodeURIComponent(packs.url + file)}#lang=en`;

async function openUnit(page, id) {
  await page.locator(`svg [data-id="${id}"]`).click();
  await page.locator('.qe-detail:not(.is-empty)').waitFor();
}

test('a right-to-left outlet name never reorders the date after it', async () => {
  // Arabic letters are text (the validator refuses only the controls); without isolation the
  // digits of "13 February 2026" after "الجزيرة, " would join the right-to-left run and be
  // drawn to the left of the name.
  const page = await open(packUrl('text_rtl_outlet.json'));
  assert.equal(await page.locator('.qe-error').count(), 0, 'valid, no banner');
  await openUnit(page, 'KZ-55');
  const lines = await page.evaluate(() =>
    [...document.querySelectorAll('.qe-detail .qe-source')]
      .filter((line) => line.querySelector('.qe-outlet')?.textContent === '\u0627\u0644\u062c\u0632\u064a\u0631\u0629')
      .map((line) => {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let found = null;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = n.data.indexOf('13 February 2026');
          if (i >= 0) found = [n, i];
        }
        if (!found) return null;
        const range = document.createRange();
        range.setStart(found[0], found[1]);
        range.setEnd(found[0], found[1] + 2);
        const digits = range.getClientRects()[0];
        const outlet = line.querySelector('.qe-outlet').getBoundingClientRect();
        return { text: line.textContent, outlet: [outlet.left, outlet.right, outlet.bottom], digits: [digits.left, digits.top] };
      }),
  );
  assert.ok(lines.length >= 1 && lines.every(Boolean), `the outlet's source lines with their date: ${JSON.stringify(lines)}`);
  for (const { text, outlet, digits } of lines) {
    const sameLine = digits[1] < outlet[2];
    assert.ok(!sameLine || digits[0] >= outlet[1] - 1, `"13" after the outlet, not before it: ${text} ${JSON.stringify({ outlet, digits })}`);
  }
  assertNoPageErrors(page);
  await page.context().close();
});

test('a label the pack has in Russian only is shown marked so, with a warning naming it', async () => {
  const page = await open(packUrl('text_label_only_in_russian.json'));
  assert.equal(await page.locator('.qe-error').count(), 0, 'accepted');
  await openUnit(page, 'KZ-55');
  const label = page.locator('.qe-detail .qe-fig-label').filter({ hasText: 'Члены коалиции' }).first();
  await label.waitFor();
  assert.equal(await label.innerText(), 'Члены коалиции (in Russian)');
  assert.equal(await label.locator('[lang="ru"]').innerText(), 'Члены коалиции');
  assert.ok(
    page.qeWarnings.some((w) => w.includes('metrics[0].label: no "en" text: readers in "en" are shown the "ru" one')),
    `warned: ${page.qeWarnings.join('\n')}`,
  );
  assertNoPageErrors(page);
  await page.context().close();
});
