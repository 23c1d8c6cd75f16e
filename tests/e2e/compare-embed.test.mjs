// The Compare view where newsrooms put it: inside a script embed (a host page on another
// origin, strict CSP, the widget in a shadow root) and an iframe (embed.html, resized by
// embed.js), at a 390 px phone width and in a 680 px article column on a 1440 px desktop, and
// on the demo page. Each path that moves focus or scrolls is checked by real geometry (the
// element is inside the browser's viewport afterwards) and by the focused element (through
// the shadow root): opening a pair, previous/next article, Back, Escape, Enter through the
// search hits, the list as a scroll region of its own, "Read the text" beside the list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { startServer, launch, newPage, screenshot, assertNoPageErrors, waitForWidget, hostCsp } from './harness.mjs';

let bundle; // the CDN
let host; // the news site
let browser;
const pages = new Map(); // path -> html the host serves
const WAIT = 15_000;

// An article column as news sites have it: 680 px wide, centred, with text around the widget.
const COLUMN_CSS = `
body { margin: 0; font: 18px/1.6 Georgia, serif; }
main { max-width: 680px; margin: 0 auto; padding: 0 16px; }
`;

const csp = () => hostCsp(bundle.url);

function startHost() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/column.css') {
      res.writeHead(200, { 'Content-Type': 'text/css' }).end(COLUMN_CSS);
      return;
    }
    const html = pages.get(url.pathname);
    if (!html) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp() }).end(html);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        close: () => new Promise((r) => (server.closeAllConnections(), server.close(r))),
      }),
    ),
  );
}

const filler = (n) => '<p>More of the article text, as a newsroom would publish it around the widget.</p>'.repeat(n);
const article = (body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A news article</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<link rel="stylesheet" href="/column.css"></head>
<body><main><h1>Kazakhstan votes on a new constitution</h1>
${filler(2)}
${body}
${filler(40)}
</main></body></html>`;

before(async () => {
  bundle = await startServer('dist');
  host = await startHost();
  browser = await launch();
  pages.set('/script', article(`<script src="${bundle.url}embed.js" data-view="compare" data-lang="en"></script>`));
  pages.set(
    '/iframe',
    article(`<iframe src="${bundle.url}embed.html?view=compare&amp;lang=en" title="Compare the constitutions"
  width="100%" height="900" frameborder="0"></iframe>
<script src="${bundle.url}embed.js" async></script>`),
  );
});

after(async () => {
  await browser?.close();
  await host?.close();
  await bundle?.close();
});

// ---------------------------------------------------------------------------------------------
// In-page helpers (run in the frame the widget is in). They reach into the widget's shadow
// root when there is one (script embed, embed.html), else the document (the demo page).

/** The element `sel` inside the widget, and whether it is drawn. */
const IN_WIDGET = `
  window.__qe = {
    root: () => document.querySelector('.qazaq-explainer')?.shadowRoot ?? document,
    q: (sel) => window.__qe.root().querySelector(sel),
    active: () => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a;
    },
  };`;

/**
 * Opens a context: `kind` demo, script or iframe; `width` × `height`. Returns
 * {page, frame, ctx} with frame the one the widget is in.
 */
async function openContext(ctx) {
  const phone = ctx.width < 500;
  const page = await newPage(browser, {
    width: ctx.width,
    height: ctx.height,
    ...(phone ? { deviceScaleFactor: 2, isMobile: true, hasTouch: true } : {}),
  });
  await page.context().addInitScript(IN_WIDGET);
  if (ctx.kind === 'demo') {
    await page.goto(`${bundle.url}#view=compare&lang=en`);
    await waitForWidget(page);
    return { page, frame: page.mainFrame(), ctx };
  }
  await page.goto(host.url + ctx.kind);
  let frame = page.mainFrame();
  if (ctx.kind === 'iframe') {
    const el = await page.waitForSelector('iframe', { timeout: WAIT });
    frame = await el.contentFrame();
  }
  await frame.waitForFunction(() => document.querySelector('.qazaq-explainer')?.getAttribute('data-qe-state') === 'ready', null, {
    timeout: 20_000,
  });
  return { page, frame, ctx };
}

/** Waits in the widget's frame for `fn(arg)` to be true. */
const waitIn = (t, fn, arg, what) =>
  t.frame.waitForFunction(fn, arg, { timeout: WAIT }).catch(async (err) => {
    throw new Error(`${t.ctx.name}: never ${what}`, { cause: err });
  });

/** What has keyboard focus, through shadow roots. */
const focused = (t) =>
  t.frame.evaluate(() => {
    const a = window.__qe.active();
    return {
      tag: a?.tagName.toLowerCase() ?? null,
      id: a?.id || null,
      pair: a?.dataset?.pair ?? null,
      cls: a?.className || null,
      type: a?.getAttribute?.('type') ?? null,
    };
  });

/**
 * The box of `sel` in the browser's viewport (for an iframe: plus the frame's own offset), the
 * viewport's height, and whether the box is wholly inside it.
 */
async function onScreen(t, sel) {
  const inner = await t.frame.evaluate((sel) => {
    const e = window.__qe.q(sel);
    if (!e) return null;
    const r = e.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: r.height };
  }, sel);
  if (!inner) return { found: false };
  let offset = 0;
  if (t.ctx.kind === 'iframe') {
    offset = await t.page.$eval('iframe', (f) => f.getBoundingClientRect().top + f.clientTop);
  }
  const vh = await t.page.evaluate(() => window.innerHeight);
  const top = Math.round(inner.top + offset);
  const bottom = Math.round(inner.bottom + offset);
  return { found: true, top, bottom, vh, inView: inner.height > 0 && top >= 0 && bottom <= vh };
}

/**
 * Waits (one animation frame at a time: scrolling may be smooth) until `sel` is wholly on
 * screen; fails with where it is.
 */
async function waitOnScreen(t, sel, what) {
  const deadline = Date.now() + WAIT;
  let box;
  for (;;) {
    box = await onScreen(t, sel);
    if (box.inView) return box;
    if (Date.now() > deadline) break;
    await t.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  }
  throw new Error(`${t.ctx.name}: ${what} is not on screen: ${JSON.stringify(box)}`);
}

/** The open pair's id, or null; the list's pair ids in order. */
const openPair = (t) => t.frame.evaluate(() => window.__qe.q('article.qe-pair')?.getAttribute('aria-labelledby')?.replace(/^qe-pair-/, '') ?? null);
const listOrder = (t) => t.frame.evaluate(() => [...window.__qe.root().querySelectorAll('nav.qe-articles .qe-article-btn')].map((b) => b.dataset.pair));
const headingSel = (id) => `[id="qe-pair-${id}"]`;
const buttonSel = (id) => `nav.qe-articles .qe-article-btn[data-pair="${id}"]`;

/** Waits for pair `id` to be open (null: the list); on the demo page the URL says so too. */
async function waitOpen(t, id) {
  await waitIn(
    t,
    (id) => (window.__qe.q('article.qe-pair')?.getAttribute('aria-labelledby') ?? null) === (id && `qe-pair-${id}`),
    id,
    id ? `opened ${id}` : 'closed the pair',
  );
  // The state, as the list shows it (and the URL on the demo page).
  const current = await t.frame.evaluate(() => [...window.__qe.root().querySelectorAll('.qe-article-btn[aria-current="true"]')].map((b) => b.dataset.pair));
  assert.deepEqual(current, id ? [id] : [], `${t.ctx.name}: the list marks ${id ?? 'nothing'} as current`);
  if (t.ctx.kind === 'demo') {
    await t.page.waitForFunction((id) => new URLSearchParams(location.hash.slice(1)).get('article') === id, id, { timeout: WAIT });
  }
}

const press = (t, key) => t.page.keyboard.press(key);

/** Focuses `sel` in the widget (as a keyboard user would have reached it) and presses `key`. */
async function focusAndPress(t, sel, key) {
  await t.frame.evaluate((sel) => window.__qe.q(sel).focus(), sel);
  await press(t, key);
}

const shot = (t, name) => screenshot(t.page, `compare-embed-${t.ctx.name}-${name}`);

// ---------------------------------------------------------------------------------------------

const CONTEXTS = [
  { name: 'script-phone', kind: 'script', width: 390, height: 844 },
  { name: 'script-column', kind: 'script', width: 1440, height: 900 },
  { name: 'iframe-phone', kind: 'iframe', width: 390, height: 844 },
  { name: 'iframe-column', kind: 'iframe', width: 1440, height: 900 },
  { name: 'demo-phone', kind: 'demo', width: 390, height: 844 },
  { name: 'demo-desktop', kind: 'demo', width: 1440, height: 900 },
];

for (const ctx of CONTEXTS) {
  test(`compare in ${ctx.name}: open, next/previous, Back, Escape, Enter through the hits`, async () => {
    const t = await openContext(ctx);
    await waitIn(t, () => !!window.__qe.q('.qe-compare .qe-kinds'), null, 'drew the Compare view');
    // Below 900 px of widget width the list and the pair take turns; a 680 px column is that.
    const width = await t.frame.evaluate(() => window.__qe.q('.qe-compare').getBoundingClientRect().width);
    const narrow = width < 900;
    assert.equal(narrow, ctx.name !== 'demo-desktop', `${ctx.name}: the view is ${Math.round(width)} px wide`);
    if (ctx.name.endsWith('column')) assert.ok(width <= 680, `in the column: ${width} px`);

    // The list is a scroll region of its own, so the whole view is one to two screens tall.
    const region = await t.frame.evaluate(() => {
      const nav = window.__qe.q('nav.qe-articles');
      return {
        client: nav.clientHeight,
        scroll: nav.scrollHeight,
        overflow: getComputedStyle(nav).overflowY,
        tabindex: nav.getAttribute('tabindex'),
        label: nav.getAttribute('aria-label'),
        widget: Math.round(window.__qe.q('.qe').getBoundingClientRect().height),
      };
    });
    assert.equal(region.overflow, 'auto');
    assert.equal(region.tabindex, '0', 'the list is focusable');
    assert.equal(region.label, 'Articles');
    assert.ok(region.scroll > 3 * region.client, `the list scrolls inside itself: ${JSON.stringify(region)}`);
    // At most 70% of the viewport, and 640 px (an iframe that grows to fit has a viewport as
    // tall as its content).
    const cap = ctx.kind === 'iframe' ? 640 : Math.min(0.7 * ctx.height, 640);
    assert.ok(region.client <= cap + 1, `about a screen high: ${JSON.stringify(region)}`);
    assert.ok(region.widget <= 2 * ctx.height, `the view is at most two screens tall: ${region.widget} px`);
    console.log(`# ${ctx.name}: widget ${region.widget} px tall with the list, list ${region.client} px`);
    if (ctx.kind === 'script') {
      const title = await t.frame.evaluate(() => window.__qe.q('.qe-title').textContent.trim());
      assert.match(title, /constitutions of 1995 and 2026/, 'a compare-only embed has a compare title');
    }
    await shot(t, 'list');

    // A pair far down the list: the reader scrolls the list to it and opens it.
    const order = await listOrder(t);
    const id = order[Math.floor(order.length * 0.8)];
    const btn = t.frame.locator(buttonSel(id));
    await btn.scrollIntoViewIfNeeded();
    await (ctx.width < 500 ? btn.tap() : btn.click());
    await waitOpen(t, id);
    if (narrow) {
      // The list gives way: the pair's heading has focus and is on screen.
      await waitOnScreen(t, headingSel(id), 'the heading of the pair just opened');
      assert.equal((await focused(t)).id, `qe-pair-${id}`, `${ctx.name}: focus on the pair's heading`);
      await shot(t, 'opened');
    } else {
      // Beside the list, focus stays on the button; "Read the text" leads to the pair.
      assert.equal((await focused(t)).pair, id);
      await press(t, 'Tab');
      assert.match((await focused(t)).cls ?? '', /qe-read-text/, 'the next Tab stop is "Read the text"');
      await press(t, 'Enter');
      await waitOnScreen(t, headingSel(id), 'the heading after "Read the text"');
      assert.equal((await focused(t)).id, `qe-pair-${id}`, 'focus on the heading');
    }

    // Next article, from the keyboard: the next pair in the list's order, heading focused.
    const next = order[order.indexOf(id) + 1];
    const prev = order[order.indexOf(id) - 1];
    await focusAndPress(t, 'article.qe-pair .qe-pair-step.is-next', 'Enter');
    await waitOpen(t, next);
    await waitOnScreen(t, headingSel(next), 'the next pair\'s heading');
    assert.equal((await focused(t)).id, `qe-pair-${next}`, `${ctx.name}: focus on the next pair's heading`);
    await shot(t, 'next');
    // Previous twice: back past where the reader started.
    await focusAndPress(t, 'article.qe-pair .qe-pair-step.is-prev', 'Enter');
    await waitOpen(t, id);
    await focusAndPress(t, 'article.qe-pair .qe-pair-step.is-prev', ' ');
    await waitOpen(t, prev);
    await waitOnScreen(t, headingSel(prev), 'the previous pair\'s heading');
    assert.equal((await focused(t)).id, `qe-pair-${prev}`);

    // Back (narrow) or Escape: the list again, focus on the pair's button, in view.
    if (narrow) {
      const back = t.frame.locator('article.qe-pair .qe-back');
      await back.scrollIntoViewIfNeeded();
      await (ctx.width < 500 ? back.tap() : back.click());
    } else {
      await press(t, 'Escape');
    }
    await waitOpen(t, null);
    await waitOnScreen(t, buttonSel(prev), 'the list button the pair was opened from');
    assert.equal((await focused(t)).pair, prev, `${ctx.name}: focus back on the list button`);
    // Inside the list's own box too, not scrolled away within it.
    const inList = await t.frame.evaluate((sel) => {
      const nav = window.__qe.q('nav.qe-articles').getBoundingClientRect();
      const b = window.__qe.q(sel).getBoundingClientRect();
      return b.top >= nav.top - 1 && b.bottom <= nav.bottom + 1;
    }, buttonSel(prev));
    assert.ok(inList, 'the button is in view inside the list');
    await shot(t, 'back');

    // Escape closes an open pair from inside it, from the keyboard.
    await focusAndPress(t, buttonSel(id), 'Enter');
    await waitOpen(t, id);
    if (narrow) assert.equal((await focused(t)).id, `qe-pair-${id}`);
    await press(t, 'Escape');
    await waitOpen(t, null);
    await waitOnScreen(t, buttonSel(id), 'the list button after Escape');
    assert.equal((await focused(t)).pair, id, `${ctx.name}: Escape returns focus to the list button`);

    // Search: Enter goes from hit to hit, each one on screen, focus staying in the box.
    const input = t.frame.locator('.qe-compare-tools input[type="search"]');
    await input.fill('Курултай');
    await waitIn(t, () => /\d+ matches/.test(window.__qe.q('.qe-search-status')?.textContent ?? ''), null, 'counted the matches');
    const seen = [];
    for (let i = 0; i < 4; i++) {
      await press(t, 'Enter');
      await waitIn(
        t,
        ([i, seen]) => {
          const pair = window.__qe.q('article.qe-pair')?.getAttribute('aria-labelledby');
          const marks = [...window.__qe.root().querySelectorAll('article.qe-pair mark')];
          const at = marks.findIndex((m) => m.classList.contains('is-current'));
          return at >= 0 && !seen.includes(`${pair}#${at}`) && seen.length === i;
        },
        [i, seen],
        `moved to a new hit on Enter ${i + 1}`,
      );
      const where = await t.frame.evaluate(() => {
        const pair = window.__qe.q('article.qe-pair').getAttribute('aria-labelledby');
        const marks = [...window.__qe.root().querySelectorAll('article.qe-pair mark')];
        return `${pair}#${marks.findIndex((m) => m.classList.contains('is-current'))}`;
      });
      seen.push(where);
      await waitOnScreen(t, 'mark.is-current', `the current hit after Enter ${i + 1}`);
      const f = await focused(t);
      assert.equal(f.tag === 'input' && f.type === 'search', true, `${ctx.name}: focus stays in the search box after Enter ${i + 1}: ${JSON.stringify(f)}`);
      if (i === 0) await shot(t, 'hit');
    }
    assert.equal(new Set(seen).size, 4, `four different hits: ${seen.join(' ')}`);
    // Shift+Enter: back to the previous hit, still in the box.
    await press(t, 'Shift+Enter');
    await waitIn(
      t,
      (want) => {
        const pair = window.__qe.q('article.qe-pair')?.getAttribute('aria-labelledby');
        const marks = [...window.__qe.root().querySelectorAll('article.qe-pair mark')];
        return `${pair}#${marks.findIndex((m) => m.classList.contains('is-current'))}` === want;
      },
      seen[2],
      'went back one hit on Shift+Enter',
    );
    await waitOnScreen(t, 'mark.is-current', 'the current hit after Shift+Enter');
    const f = await focused(t);
    assert.ok(f.tag === 'input', `focus stays in the box after Shift+Enter: ${JSON.stringify(f)}`);

    // Escape in the box with text clears it (the browser's own), then closes the pair.
    await press(t, 'Escape');
    await waitIn(t, () => window.__qe.q('.qe-compare-tools input').value === '', null, 'cleared the search');
    assert.ok(await openPair(t), 'the pair stays open while Escape clears the search');
    await press(t, 'Escape');
    await waitOpen(t, null);

    assertNoPageErrors(t.page);
    assert.deepEqual(t.page.qeFailedRequests, []);
    await t.page.context().close();
  });
}

test('the editors\' notes are not in the bundle', async () => {
  const notes = await fetch(`${bundle.url}compare/REVIEW.md`);
  assert.equal(notes.status, 404, 'compare/REVIEW.md is not served');
  const index = await fetch(`${bundle.url}compare/index.json`);
  assert.equal(index.status, 200);
});

test('kiosk: the Compare view\'s topic select shows its whole label at kiosk type sizes', async () => {
  const page = await newPage(browser, { width: 1920, height: 1080 });
  await page.goto(`${bundle.url}kiosk.html?lang=kk`);
  await page.locator('[data-qe-ready="true"]').waitFor({ timeout: 20_000 });
  await page.locator('.qe-seg').nth(2).click();
  const select = page.locator('.qe-compare-tools select');
  await select.waitFor({ timeout: WAIT });
  // The label's width in the select's own font, against the room the select gives it.
  const fit = await select.evaluate((s) => {
    const cs = getComputedStyle(s);
    const probe = document.createElement('span');
    probe.textContent = s.selectedOptions[0].textContent;
    probe.style.font = cs.font;
    probe.style.whiteSpace = 'pre';
    document.body.append(probe);
    const text = probe.getBoundingClientRect().width;
    probe.remove();
    const room = s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 24; // the arrow
    return { label: s.selectedOptions[0].textContent, text: Math.ceil(text), room: Math.floor(room) };
  });
  assert.ok(fit.text <= fit.room, `"${fit.label}" needs ${fit.text} px, the select has ${fit.room} px`);
  await screenshot(page, 'compare-embed-kiosk-topic');
  assertNoPageErrors(page);
  await page.context().close();
});

test('a linked pair far down the list: the list shows its button, the page does not move', async () => {
  const t = await openContext({ name: 'demo-link', kind: 'demo', width: 1440, height: 900 });
  await waitIn(t, () => !!window.__qe.q('.qe-article-btn'), null, 'drew the list');
  const order = await listOrder(t);
  const id = order[order.length - 3];
  // A fresh load from the link, not a hash change.
  await t.page.goto('about:blank');
  await t.page.goto(`${bundle.url}#view=compare&article=${encodeURIComponent(id)}&lang=en`);
  await waitForWidget(t.page);
  await waitIn(t, (id) => !!window.__qe.q(`article.qe-pair[aria-labelledby="qe-pair-${id}"]`), id, `opened the linked ${id}`);
  await waitIn(
    t,
    (sel) => {
      const nav = window.__qe.q('nav.qe-articles').getBoundingClientRect();
      const b = window.__qe.q(sel).getBoundingClientRect();
      return b.top >= nav.top - 1 && b.bottom <= nav.bottom + 1;
    },
    buttonSel(id),
    'scrolled the list to the linked pair',
  );
  assert.equal(await t.page.evaluate(() => window.scrollY), 0, 'the page itself is not scrolled by a link');
  await shot(t, 'linked');
  assertNoPageErrors(t.page);
  await t.page.context().close();
});
