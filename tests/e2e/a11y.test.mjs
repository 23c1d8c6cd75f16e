// Accessibility: axe-core (WCAG 2.0/2.1 A and AA plus best practices) on every main state of
// the widget (map with the hover tooltip, a region's panel, table, compare list, an article
// pair side by side and inline, kiosk and its overlays), light and dark, in kk, ru and en.
// Any violation fails, printed with its rule, impact, element and what to fix.
//
// No axe rule is turned off for the widget. The only exception is page-level rules on
// kiosk.html (see KIOSK_PAGE_RULES below), which are about that HTML page, not the widget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { REPO_ROOT, assertNoPageErrors, newPage, screenshot, waitForWidget, useDemo } from './harness.mjs';

const AXE = path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const LANGS = ['kk', 'ru', 'en'];
const WAIT = { timeout: 10_000 };

/**
 * Rules about the kiosk's HTML page itself (embed/kiosk.html), not the widget it holds: the
 * page has no <main> around the widget and no <h1> (the widget's title is an h2 unless
 * data-heading="1"), and its viewport meta disables zoom. They are checked on their own, in
 * the "kiosk page" test; every other rule, `region` included, must pass on the kiosk as
 * everywhere.
 */
const KIOSK_PAGE_RULES = ['landmark-one-main', 'page-has-heading-one', 'meta-viewport'];

// One demo-page server and one browser for the file.
const demo = useDemo();

/** An axe target (nested arrays for shadow DOM) as one string: `host >>> inner`. */
const target = (t) => t.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(', ');

/** Violations, one node per line group: rule, impact, help, element, snippet, what to fix. */
function describe(violations) {
  return violations
    .map(
      (v) =>
        `${v.id} [${v.impact}] ${v.help} (${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'})\n` +
        v.nodes
          .slice(0, 8)
          .map(
            (n) =>
              `    at ${target(n.target)}\n      ${n.html.replace(/\s+/g, ' ').slice(0, 200)}\n      ` +
              (n.failureSummary ?? '').replace(/\s*\n\s*/g, ' | '),
          )
          .join('\n') +
        (v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : ''),
    )
    .join('\n');
}

/**
 * Injects axe-core and runs it on the whole document (open shadow roots included), once every
 * short finite CSS animation has ended: a panel fading in is not a contrast failure. Long ones
 * (over 2 s: the kiosk's progress fill, a bar without text) are not waited for.
 */
async function axe(page, { disable = [] } = {}) {
  await page.evaluate(async () => {
    const frame = () => new Promise((ok) => requestAnimationFrame(() => ok()));
    const roots = () => [document, ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean)];
    for (let round = 0; round < 5; round++) {
      await frame();
      await frame();
      const running = roots()
        .flatMap((r) => r.getAnimations())
        .filter((a) => {
          const timing = a.effect?.getComputedTiming();
          return a.playState === 'running' && timing && timing.iterations !== Infinity && timing.duration < 2000;
        });
      if (!running.length) return;
      await Promise.all(running.map((a) => a.finished.catch(() => {})));
    }
  });
  return runAxe(page, { disable });
}

/** Injects axe-core (once) and runs it on the whole document as it is now. */
async function runAxe(page, { disable = [] } = {}) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ path: AXE });
  return page.evaluate(
    ([values, disable]) =>
      window.axe.run(document, {
        runOnly: { type: 'tag', values },
        rules: Object.fromEntries(disable.map((id) => [id, { enabled: false }])),
        resultTypes: ['violations', 'passes', 'incomplete'],
      }),
    [TAGS, disable],
  );
}

/**
 * Texts whose contrast axe could not decide, apart from the known and harmless kinds: a glyph
 * outside the Basic Multilingual Plane (the table's sort arrows, aria-hidden); text scrolled
 * partly out of its scroll box (the article list, the table; styled like the text in view,
 * which passes), and the article list's items out of its box, not rendered until they near it;
 * the tooltip's own text, on its opaque background, over the map; and the map's
 * labels, which axe cannot judge over the map's shapes: they count only if each is drawn on a
 * halo of at least 2.5 px that reaches 4.5:1 against its text (checked here). Anything else (a background
 * image, a gradient, text overlapping text) fails, to be looked at.
 */
async function undecidedContrast(page, results) {
  const nodes = (results.incomplete.find((r) => r.id === 'color-contrast')?.nodes ?? []).map((n) => ({
    target: n.target,
    html: n.html.slice(0, 120),
    key: [...n.any, ...n.all, ...n.none].map((c) => c.data?.messageKey ?? c.id).join('+'),
  }));
  const harmless = await page.evaluate(
    (nodes) =>
      nodes.map(({ target, key }) => {
        const el = target.reduce((root, part) => {
          const sel = Array.isArray(part) ? part : [part];
          return sel.reduce((r, s, i) => (i ? r?.shadowRoot : r)?.querySelector(s) ?? null, root);
        }, document);
        if (!el) return false;
        if (el.closest('svg .qe-labels') && el.tagName.toLowerCase() === 'text') {
          const cs = getComputedStyle(el);
          const rgb = (c) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
          const lum = (c) => {
            const [r, g, b] = rgb(c).map((v) => {
              const x = v / 255;
              return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          const [hi, lo] = [lum(cs.fill), lum(cs.stroke)].sort((a, b) => b - a);
          const ratio = (hi + 0.05) / (lo + 0.05);
          const halo = parseFloat(cs.strokeWidth) * el.ownerSVGElement.getScreenCTM().a;
          return cs.paintOrder.startsWith('stroke') && halo >= 2.5 && ratio >= 4.5;
        }
        if (key === 'nonBmp') return el.getAttribute('aria-hidden') === 'true';
        if (key === 'elmPartiallyObscuring') {
          // A change that wraps onto the next line has a bounding box as wide as the column,
          // so axe sees it "overlap" the marked words beside it; its text and background are
          // those of every other <ins>/<del>, whose contrast axe checked (see diffChecked).
          const wrapped = ['INS', 'DEL'].includes(el.tagName) && el.getClientRects().length > 1;
          if (el.closest('.qe-tooltip') || (wrapped && el.closest('.qe-texts'))) return true;
        }
        // The article list's items off screen are not rendered until they near the view
        // (content-visibility: auto, styles/compare.css), so axe finds their backgrounds
        // overlapped or obscured (axe-core#2768): outside the list's box they count as text
        // scrolled out of it, below.
        const unrendered = ['bgOverlap', 'elmPartiallyObscuring'].includes(key) && !!el.closest('.qe-articles');
        if (key !== 'elmPartiallyObscured' && !unrendered) return false;
        // Text scrolled partly out of its own scroll box (the article list, the wide table),
        // styled like the text in view, which passes.
        let box = el.parentElement;
        while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowX + getComputedStyle(box).overflowY)) {
          box = box.parentElement;
        }
        if (!box) return false;
        const [a, b] = [el.getBoundingClientRect(), box.getBoundingClientRect()];
        return a.top < b.top || a.bottom > b.bottom || a.left < b.left || a.right > b.right;
      }),
    nodes,
  );
  return nodes.filter((_, i) => !harmless[i]).map((n) => `color-contrast undecided (${n.key}) at ${target(n.target)}: ${n.html}`);
}

/** The nodes axe checked and passed for `rule` (html snippets and targets). */
const passed = (results, rule) => results.passes.find((r) => r.id === rule)?.nodes ?? [];

async function openDemo(query, hash) {
  const page = await newPage(demo.browser, { width: 1280, height: 900 });
  await page.goto(`${demo.server.url}${query}${hash}`);
  await waitForWidget(page);
  return page;
}

/** Moves the mouse over a point inside Turkestan Region and waits for the tooltip. */
async function hoverUnit(page, id = 'KZ-61') {
  const pt = await page.$eval(`svg path[data-id="${id}"]`, (el) => {
    const r = el.getBoundingClientRect();
    const toUser = el.getScreenCTM().inverse();
    for (let i = 6; i < 18; i++) {
      for (let j = 6; j < 18; j++) {
        const x = r.left + (r.width * i) / 24;
        const y = r.top + (r.height * j) / 24;
        if (el.isPointInFill(new DOMPoint(x, y).matrixTransform(toUser)) && document.elementFromPoint(x, y) === el) return { x, y };
      }
    }
    return null;
  });
  assert.ok(pt, `no point inside ${id} to hover`);
  await page.mouse.move(pt.x, pt.y);
  await page.locator('.qe-tooltip').waitFor({ state: 'visible', timeout: 5000 });
}

/** The demo page's states: hash, what to wait for, and checks that axe really looked. */
const DEMO_STATES = [
  {
    name: 'map with the hover tooltip',
    hash: (lang) => `#view=map&lang=${lang}`,
    prepare: hoverUnit,
    saw: (r) => {
      const contrast = passed(r, 'color-contrast').map((n) => n.html);
      assert.ok(contrast.some((h) => h.includes('qe-legend')), 'the legend was checked for contrast');
      assert.ok(passed(r, 'aria-toggle-field-name').length + passed(r, 'aria-command-name').length >= 17, 'the map units were checked');
    },
  },
  {
    name: 'map with a region selected',
    hash: (lang) => `#region=KZ-55&lang=${lang}`,
    prepare: (page) => page.locator('aside.qe-detail:not(.is-empty) h3').waitFor(WAIT),
    saw: (r) => assert.ok(passed(r, 'color-contrast').some((n) => /qe-fig-value/.test(n.html)), 'the panel was checked'),
  },
  {
    name: 'table',
    hash: (lang) => `#view=table&lang=${lang}`,
    prepare: (page) => page.locator('table.qe-table').waitFor(WAIT),
    saw: (r) => assert.ok(passed(r, 'th-has-data-cells').length + passed(r, 'td-headers-attr').length > 0, 'the table was checked'),
  },
  {
    name: 'compare list',
    hash: (lang) => `#view=compare&lang=${lang}`,
    prepare: (page) => page.locator('.qe-compare .qe-kinds').waitFor(WAIT),
    saw: (r) => assert.ok(passed(r, 'color-contrast').some((n) => /qe-article-btn|qe-badge/.test(n.html)), 'the list was checked'),
  },
  {
    name: 'article pair side by side',
    hash: (lang) => `#view=compare&article=o3-n4&lang=${lang}&texts=${diffLang(lang)}`,
    prepare: (page) => page.locator('article.qe-pair .qe-texts.is-side').waitFor(WAIT),
    saw: diffChecked,
  },
  {
    // An English reader's default: the 1995 English translation beside 2026 in Russian.
    name: 'article pair in English texts',
    hash: (lang) => `#view=compare&article=o3-n4&lang=${lang}&texts=en`,
    prepare: (page) => page.locator('article.qe-pair .qe-text[data-edition="old"][lang="en"]').waitFor(WAIT),
    saw: (r) => assert.ok(passed(r, 'color-contrast').some((n) => /qe-text-lang/.test(n.html)), 'the language labels were checked'),
  },
  {
    name: 'article pair inline',
    hash: (lang) => `#view=compare&article=o3-n4&mode=inline&lang=${lang}&texts=${diffLang(lang)}`,
    prepare: (page) => page.locator('article.qe-pair .qe-texts.is-inline').waitFor(WAIT),
    saw: diffChecked,
  },
  {
    // Kazakh 1995 text worded from the database's notes: the version lines, the database's
    // notes and the reviewer's reason, opened.
    name: 'article pair with its version and notes',
    hash: (lang) => `#view=compare&article=o4-n5&lang=${lang}&texts=kk`,
    prepare: async (page) => {
      await page.locator('article.qe-pair .qe-text-version[data-edition="old"]').waitFor(WAIT);
      await page.locator('article.qe-pair details.qe-reason p:not(.qe-reason-status)').waitFor({ ...WAIT, state: 'attached' });
      for (const summary of await page.locator('article.qe-pair :is(details.qe-db-notes, details.qe-reason) > summary').all()) await summary.click();
      await page.locator('article.qe-pair details.qe-db-notes[open] li').first().waitFor(WAIT);
    },
    saw: (r) => {
      const nodes = passed(r, 'color-contrast');
      assert.ok(nodes.some((n) => /qe-text-version/.test(JSON.stringify(n.target))), 'the version lines were checked');
      assert.ok(nodes.some((n) => /Ескерт/.test(n.html)), 'the database notes were checked');
    },
  },
];

/** The texts a diff is drawn in for a reader: their own, but Russian for English readers
 * (whose own texts, 1995 in English beside 2026 in Russian, are not diffed). */
function diffLang(lang) {
  return lang === 'en' ? 'ru' : lang;
}

/** The pair's insertions and deletions were in axe's contrast check (o3-n4 has both). */
function diffChecked(r) {
  const html = passed(r, 'color-contrast').map((n) => n.html);
  assert.ok(html.some((h) => h.startsWith('<ins')), 'an <ins> was checked for contrast');
  assert.ok(html.some((h) => h.startsWith('<del')), 'a <del> was checked for contrast');
}

for (const theme of ['light', 'dark']) {
  const query = theme === 'dark' ? '?theme=dark' : '';
  for (const state of DEMO_STATES) {
    test(`axe: ${state.name}, ${theme}, in kk, ru and en`, async () => {
      const failures = [];
      for (const lang of LANGS) {
        const page = await openDemo(query, state.hash(lang));
        assert.equal(await page.getAttribute('.qe', 'lang'), lang);
        if (theme === 'dark') assert.equal(await page.getAttribute('.qe', 'data-theme'), 'dark');
        await state.prepare?.(page);
        const results = await axe(page);
        if (results.violations.length) failures.push(`${state.hash(lang)}${query ? ` (${query})` : ''}:\n${describe(results.violations)}`);
        failures.push(...(await undecidedContrast(page, results)).map((u) => `${state.hash(lang)}${query ? ` (${query})` : ''}: ${u}`));
        state.saw(results);
        if (lang === 'en') await screenshot(page, `a11y-${state.name.replace(/\W+/g, '-')}-${theme}`, { fullPage: true });
        assertNoPageErrors(page);
        await page.context().close();
      }
      assert.equal(failures.length, 0, `axe violations:\n${failures.join('\n\n')}`);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The kiosk: the widget in an open shadow root on kiosk.html, idle overlays included.

async function openKiosk(query) {
  const page = await newPage(demo.browser, { width: 1920, height: 1080, hasTouch: true });
  await page.clock.install();
  await page.goto(`${demo.server.url}kiosk.html${query}`);
  await page.locator('[data-qe-ready="true"]').waitFor({ timeout: 20_000 });
  // The kiosk's idle clock comes with its on-demand module: wait until it takes input before
  // moving time.
  await page.locator('[data-qe-kiosk-ready="true"]').waitFor(WAIT);
  return page;
}

/**
 * Asserts axe looked inside the widget's shadow root: at least `min` texts checked for
 * contrast whose target is a shadow-DOM path ([host, inner]), and the metric chips' names.
 * (Under a dimming overlay only the overlay's own text can be checked.)
 */
function sawShadow(results, min, what) {
  const inside = passed(results, 'color-contrast').filter((n) => Array.isArray(n.target[0]) && n.target[0].length > 1);
  assert.ok(inside.length >= min, `${what}: axe checked ${inside.length} texts inside the shadow root, expected ${min}+`);
  // Under an overlay (min 1) the chips behind it need not be checkable.
  if (min > 1) {
    assert.ok(
      passed(results, 'button-name').some((n) => Array.isArray(n.target[0]) && /qe-chip/.test(n.html)),
      `${what}: the metric chips inside the shadow root were checked`,
    );
  }
}

/** What the attract poster covers in the kiosk's grid: the panel's column below the header. */
const UNDER_THE_POSTER = '.qe-detail, .qe-kiosk-bar, .qe-credits';

/** Sets (in this test only) the visibility of the widget's elements matching `selector`. */
function setVisibility(page, selector, visibility) {
  return page.evaluate(
    ([selector, visibility]) => {
      const root = document.querySelector('.qazaq-explainer').shadowRoot;
      for (const el of root.querySelectorAll(selector)) el.style.visibility = visibility;
    },
    [selector, visibility],
  );
}

/** Which attract step is on screen: its progress position and caption ('' outside the loop). */
function attractStep(page) {
  return page.evaluate(() => {
    const root = document.querySelector('.qazaq-explainer').shadowRoot;
    const at = [...root.querySelectorAll('.qe-kiosk-progress li')].findIndex((li) => li.classList.contains('is-current'));
    return `${at} ${root.querySelector('.qe-kiosk-caption')?.textContent ?? ''}`;
  });
}

/**
 * Runs axe on the kiosk with its fake clock stopped, so that the attract loop (a step every 7 s)
 * cannot move on during the run and show a caption mid-fade. The page's entrance animations
 * (real time) are finished first; axe's own timers (setTimeout 0) are fired by advancing the
 * stopped clock 1 ms at a time until the run ends, far less than a step.
 */
async function axeWithTimeStopped(page, options) {
  // The clock is stopped a little ahead of now (it cannot go back): if that starts the next step,
  // its caption's fade is finished below like any other.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  const before = await attractStep(page);
  await page.evaluate(() => {
    const roots = [document, ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean)];
    for (const a of roots.flatMap((r) => r.getAnimations())) {
      const { iterations, duration } = a.effect.getComputedTiming();
      if (iterations !== Infinity && duration < 2000) a.finish();
    }
  });
  let done = false;
  const run = runAxe(page, options).finally(() => {
    done = true;
  });
  while (!done) await page.clock.runFor(1);
  const results = await run;
  assert.equal(await attractStep(page), before, 'the kiosk stayed on one step during the axe run');
  await page.clock.resume();
  return results;
}

for (const theme of ['light', 'dark']) {
  test(`axe: kiosk (map, "Still there?", attract loop), ${theme}, in kk, ru and en`, async () => {
    const failures = [];
    for (const lang of LANGS) {
      const query = `?lang=${lang}&idle=60${theme === 'dark' ? '&theme=dark' : ''}`;
      const page = await openKiosk(query);
      assert.equal(await page.locator('.qe').getAttribute('lang'), lang);
      const steps = [
        // The kiosk shows the map and its panel alone (no nationwide sections, no hint).
        ['map', 25, async () => {}],
        ['"Still there?"', 1, async () => {
          await page.clock.runFor(61_000);
          await page.locator('.qe-kiosk-overlay.is-warning').waitFor(WAIT);
        }],
        ['attract loop', 1, async () => {
          await page.clock.runFor(11_000);
          await page.locator('.qe-kiosk-prompt').waitFor(WAIT);
          // The first step of the loop shows a unit's panel under the prompt, shifted a little
          // against burn-in; the overlay still covers the whole widget, for the first touch.
          await page.clock.runFor(7_000);
          await page.locator('.qe-detail:not(.is-empty)').waitFor(WAIT);
          const [shift, cover] = await page.evaluate(() => {
            const qe = document.querySelector('.qazaq-explainer').shadowRoot.querySelector('.qe');
            const [a, b] = [qe.getBoundingClientRect(), qe.querySelector('.qe-kiosk-overlay').getBoundingClientRect()];
            return [qe.dataset.shift, Math.min(b.width / a.width, b.height / a.height)];
          });
          assert.ok(shift && shift !== '0', `a burn-in shift is on: data-shift=${shift}`);
          assert.ok(cover > 0.99, `the attract overlay covers the widget (${(cover * 100).toFixed(1)}% of it)`);
        }],
        // Axe cannot see through the transparent overlay that catches the first touch: hide it
        // (in this test only) to check the poster and the shifted map beside it. The poster
        // covers the panel's column by design (the unit's panel, the QR code and the credits):
        // those are hidden here and checked next.
        ['attract loop, the poster', 25, () => setVisibility(page, `.qe-kiosk-overlay, ${UNDER_THE_POSTER}`, 'hidden')],
        // What the poster covers, as a visitor's first touch reveals it.
        ['attract loop, the panel under the poster', 25, async () => {
          await setVisibility(page, '.qe-kiosk-poster', 'hidden');
          await setVisibility(page, UNDER_THE_POSTER, '');
        }],
      ];
      for (const [name, min, step] of steps) {
        await step();
        const results = await axeWithTimeStopped(page, { disable: KIOSK_PAGE_RULES });
        if (results.violations.length) failures.push(`kiosk.html${query}, ${name}:\n${describe(results.violations)}`);
        // Under an overlay nothing behind it can be decided; the overlay's own text can.
        if (min > 1) failures.push(...(await undecidedContrast(page, results)).map((u) => `kiosk.html${query}, ${name}: ${u}`));
        sawShadow(results, min, `${query} ${name}`);
      }
      if (lang === 'en') await screenshot(page, `a11y-kiosk-attract-${theme}`);
      assertNoPageErrors(page);
      await page.context().close();
    }
    assert.equal(failures.length, 0, `axe violations:\n${failures.join('\n\n')}`);
  });
}

// kiosk.html is the one page the bundle ships that is the widget alone, so it must carry what
// a page needs: a <main> around the widget, the widget's title as the page's h1
// (data-heading="1"), and a zoomable viewport (kiosk.css and the browser's kiosk flags stop
// pinch zoom on the kiosk itself).
test('axe: the kiosk page itself (main landmark, h1, zoomable viewport)', async () => {
  const page = await openKiosk('?lang=en');
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate((rules) => window.axe.run(document, { runOnly: { type: 'rule', values: rules } }), KIOSK_PAGE_RULES);
  await page.context().close();
  assert.equal(results.violations.length, 0, `axe violations on kiosk.html:\n${describe(results.violations)}`);
});
