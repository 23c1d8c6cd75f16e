// Kiosk mode on kiosk.html: the idle clock with "Still there?", the attract loop and a touch
// out of it, the clean-screen lock, long presses, and the layout on landscape and portrait
// screens. Time is Playwright's fake clock, so a minute of idling takes no time. Every test
// starts once the kiosk takes input (`data-qe-kiosk-ready`): its listeners and idle clock come
// with an on-demand module, well after the map is drawn (`data-qe-ready`), and an event or a
// clock tick sent before then is lost; and its loop's articles have loaded, since the fake
// clock would otherwise run past their download's deadline while they download.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, screenshot, assertNoPageErrors, useDemo } from './harness.mjs';

// One demo-page server and one browser for the file.
const demo = useDemo();

async function openKiosk(query = '', { width = 1920, height = 1080 } = {}) {
  const page = await newPage(demo.browser, { width, height, hasTouch: true });
  await page.clock.install();
  await page.goto(`${demo.server.url}kiosk.html${query}`);
  await page.locator('[data-qe-kiosk-ready="true"]').waitFor({ timeout: 30_000 });
  return page;
}

// The fade-ins and the caption's entrance run on real time (the fake clock moves timers, not
// CSS): finish them so a screenshot shows the settled screen. Endless or step-long ones (the
// prompt's pulse, the progress bar's fill) stay as they are.
async function settle(page) {
  await page.evaluate(() => {
    const root = document.querySelector('.qazaq-explainer').shadowRoot;
    for (const a of root.getAnimations()) {
      const { iterations, duration } = a.effect.getComputedTiming();
      if (iterations !== Infinity && duration < 2000) a.finish();
    }
  });
}

// The index of the attract loop's current step, from its progress bar (-1 outside the loop).
const currentStep = (page) =>
  page.evaluate(() => {
    const items = [...document.querySelector('.qazaq-explainer').shadowRoot.querySelectorAll('.qe-kiosk-progress li')];
    return items.findIndex((li) => li.classList.contains('is-current'));
  });

const overlay = (page) => page.locator('.qe-kiosk-overlay');
const detail = (page) => page.locator('.qe-detail:not(.is-empty)');

test('kiosk: large targets, no links, no embed button, no context menu', async () => {
  const page = await openKiosk('?lang=en');
  assert.equal(await page.locator('.qe').getAttribute('data-kiosk'), 'true');
  assert.equal(await page.locator('.qe a').count(), 0, 'sources are text, not links');
  assert.equal(await page.locator('.qe-share').count(), 0, 'no Embed or download buttons');
  for (const sel of ['.qe-chip', '.qe-seg', '.qe-kiosk-bar .qe-btn']) {
    const box = await page.locator(sel).first().boundingBox();
    assert.ok(box.height >= 56, `${sel} is at least 56 px tall: ${box.height}`);
  }
  const size = await page.locator('.qe').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  assert.ok(size >= 20, `large type: ${size}px`);
  const prevented = await page.locator('svg [data-id="KZ-55"]').evaluate((el) => {
    const e = new MouseEvent('contextmenu', { bubbles: true, cancelable: true, composed: true });
    el.dispatchEvent(e);
    return e.defaultPrevented;
  });
  assert.ok(prevented, 'the context menu is suppressed');
  assertNoPageErrors(page);
  await page.context().close();
});

test('kiosk: idle, "Still there?", reset and the attract loop; a touch stops it at once', async () => {
  const page = await openKiosk('?lang=en&idle=60');
  await page.locator('svg [data-id="KZ-55"]').click();
  await detail(page).waitFor();

  // A minute without a touch: "Still there?" with its countdown; a touch dismisses it.
  await page.clock.runFor(61_000);
  await overlay(page).filter({ hasText: 'Still there?' }).waitFor();
  assert.match(await overlay(page).innerText(), /Starting over in \d+ s/);
  await overlay(page).click();
  await overlay(page).waitFor({ state: 'detached' });
  assert.equal(await detail(page).count(), 1, 'the touch only woke it: the selection stays');

  // Idle again through the countdown: everything resets and the loop starts.
  await page.clock.runFor(72_000);
  await page.locator('.qe-kiosk-prompt', { hasText: 'Touch to explore' }).waitFor();
  assert.equal(await detail(page).count(), 0, 'the reset cleared the selection');
  await screenshot(page, 'kiosk-attract-start');
  // Each step shows the next unit with a figure, moving the content a little.
  await page.clock.runFor(7_000);
  await detail(page).waitFor();
  const first = await detail(page).locator('h3, h2, h4').first().innerText();
  assert.ok(await page.locator('.qe[data-shift]').count(), 'burn-in shift while looping');
  await page.clock.runFor(7_000);
  await page.waitForFunction(
    (prev) => {
      const h = document.querySelector('.qazaq-explainer').shadowRoot.querySelector('.qe-detail:not(.is-empty) :is(h2,h3,h4)');
      return h && h.textContent !== prev;
    },
    first,
  );
  await settle(page);
  await screenshot(page, 'kiosk-attract-region');

  // A touch stops the loop at once, and the kiosk stays where it is.
  await overlay(page).click();
  await overlay(page).waitFor({ state: 'detached' });
  assert.equal(await page.locator('.qe[data-shift]').count(), 0);
  await page.clock.runFor(20_000);
  assert.equal(await overlay(page).count(), 0, 'no loop while in use');
  assertNoPageErrors(page);
  await page.context().close();
});

test('kiosk: the attract loop reaches the article changes', async () => {
  const page = await openKiosk('?lang=ru&idle=10');
  // Idle 10 s, countdown 10 s, then enough steps to pass every unit with a figure.
  await page.clock.runFor(21_000);
  await page.locator('.qe-kiosk-prompt').waitFor();
  for (let i = 0; i < 30 && !(await page.locator('.qe-pair').count()); i++) {
    const step = await currentStep(page);
    await page.clock.runFor(7_000);
    await page.waitForFunction(
      (step) => {
        const items = [...document.querySelector('.qazaq-explainer').shadowRoot.querySelectorAll('.qe-kiosk-progress li')];
        return items.findIndex((li) => li.classList.contains('is-current')) !== step;
      },
      step,
    );
  }
  await page.locator('.qe-pair').first().waitFor({ timeout: 20_000 });
  assert.equal(await page.locator('.qe a').count(), 0, 'no links in the comparison either');
  await screenshot(page, 'kiosk-attract-article');
  assertNoPageErrors(page);
  await page.context().close();
});

test('kiosk: "clean screen" turns touch off for 15 seconds', async () => {
  const page = await openKiosk('?lang=kk');
  await page.locator('.qe-kiosk-bar .qe-btn').click();
  await overlay(page).filter({ hasText: /15/ }).waitFor();
  // Taps land on the overlay, not on the map.
  await page.mouse.click(700, 500);
  assert.equal(await detail(page).count(), 0);
  await page.clock.runFor(15_500);
  await overlay(page).waitFor({ state: 'detached' });
  await page.locator('svg [data-id="KZ-55"]').click();
  await detail(page).waitFor();
  assertNoPageErrors(page);
  await page.context().close();
});

test('kiosk: a long press is a tap', async () => {
  const page = await openKiosk('?lang=en');
  const unit = page.locator('svg [data-id="KZ-55"]');
  const opts = { pointerType: 'touch', isPrimary: true, bubbles: true, composed: true };
  await unit.dispatchEvent('pointerdown', opts);
  await page.clock.runFor(800);
  await unit.dispatchEvent('pointerup', opts);
  await detail(page).waitFor();
  assertNoPageErrors(page);
  await page.context().close();
});

test('kiosk: landscape and portrait screens, 1080p and a 1366 by 768 display', async () => {
  for (const [name, width, height] of [
    ['kiosk-landscape-1080p', 1920, 1080],
    ['kiosk-portrait-1080p', 1080, 1920],
    ['kiosk-landscape-768', 1366, 768],
  ]) {
    const page = await openKiosk('?lang=kk', { width, height });
    await page.locator('svg [data-id="KZ-55"]').click();
    await detail(page).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `${name}: no sideways scroll (${overflow})`);
    // The open unit's panel has room for its name and figure, clear of the QR code, and the
    // map is not squeezed to a strip (at 768 px it was 176 px tall, the panel about 30 px).
    const box = (sel) => page.locator(sel).first().evaluate((e) => e.getBoundingClientRect().toJSON());
    const [panel, qr, map] = [await box('.qe-body > .qe-detail'), await box('.qe-kiosk-qr'), await box('.qe-map svg')];
    assert.ok(panel.height >= 150, `${name}: the panel is ${panel.height} px tall`);
    assert.ok(panel.bottom <= qr.top || panel.top >= qr.bottom, `${name}: the panel (${panel.top}–${panel.bottom}) clears the QR code (${qr.top}–${qr.bottom})`);
    assert.ok(map.height >= 0.3 * height, `${name}: the map is ${map.height} px tall of ${height}`);
    assert.ok(map.bottom <= height, `${name}: the map is on the screen (bottom ${map.bottom})`);
    await settle(page);
    await screenshot(page, name);
    assertNoPageErrors(page);
    await page.context().close();
  }
});

test('kiosk: a reset clears the search text and the article', async () => {
  const page = await openKiosk('?lang=ru&idle=10');
  await page.locator('.qe-seg').nth(2).click();
  const search = page.locator('.qe-compare input[type="search"]');
  await search.fill('президент');
  await page.locator('.qe-article-btn').first().click();
  await page.locator('.qe-pair').first().waitFor({ timeout: 20_000 });
  await page.clock.runFor(21_000);
  await page.locator('.qe-kiosk-prompt').waitFor();
  await overlay(page).click();
  await page.locator('.qe-seg').nth(2).click();
  assert.equal(await search.inputValue(), '', 'the search box is empty again');
  assert.equal(await page.locator('.qe-pair').count(), 0, 'no article open');
  assertNoPageErrors(page);
  await page.context().close();
});
