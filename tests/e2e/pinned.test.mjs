// The pinned copy of a chart (components/keep_in_view.rs), as a new user met it on a 390 x 844
// phone: it must always show what the chart it copies shows now, whichever control changed it (a
// second slider, a typed value, another slider's keys); it shows only while a control is used and
// goes shortly after the finger lifts; a one-off example button never brings it up; its × sends it
// away; and it never covers the control in use or the readouts that control changes.
//
// "Shows what the chart shows now" is checked against a fresh copy: the copy is sent away and
// brought back by the same control with the same settings, so it is drawn anew at the same place
// and size. A copy that kept an old picture differs from it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { settle } from '../../scripts/browser.mjs';
import { setup, screenshot, noProblems } from './support.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const PHONE = { width: 390, height: 844 };

/** A touch phone at 390 x 844 showing `path`, with a CDP session for real touches. */
async function phone(path) {
  const context = await env.browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(`${env.server.base}${path}`);
  await page.waitForSelector('html[data-built] .section-body');
  await settle(page, 200);
  const cdp = await context.newCDPSession(page);
  return { page, context, problems, cdp };
}

const touch = (cdp, type, x, y) => cdp.send('Input.dispatchTouchEvent', {
  type,
  touchPoints: type === 'touchEnd' ? [] : [{ x, y, radiusX: 4, radiusY: 4, force: 1, id: 0 }],
});

/** Scrolls so `sel` sits at 60% of the screen's height (the chart it moves is then off screen). */
async function place(page, sel) {
  await page.evaluate((sel) => {
    const r = document.querySelector(sel).getBoundingClientRect();
    window.scrollBy(0, r.top + r.height / 2 - innerHeight * 0.6);
  }, sel);
  await settle(page, 80);
}

/** Drags the range `id` with a finger to `to` (0..1 of its track); `lift` ends the touch. */
async function drag({ page, cdp }, id, to, lift = true) {
  await place(page, `#${id}`);
  const g = await page.$eval(`#${id}`, (el) => {
    const r = el.getBoundingClientRect();
    return { l: r.left, w: r.width, y: r.top + r.height / 2, f: (el.value - el.min) / (el.max - el.min) };
  });
  const x0 = g.l + 8 + g.f * (g.w - 16);
  const x1 = g.l + 8 + to * (g.w - 16);
  await touch(cdp, 'touchStart', x0, g.y);
  for (let i = 1; i <= 10; i++) {
    await touch(cdp, 'touchMove', x0 + ((x1 - x0) * i) / 10, g.y);
    await page.waitForTimeout(16);
  }
  await settle(page, 60);
  if (lift) await touch(cdp, 'touchEnd');
}

/** Types `value` into the number box `id`-box, as a student does (the box scrolled into place). */
async function typeInto(page, id, value) {
  await place(page, `#${id}-box`);
  await page.fill(`#${id}-box`, value);
  await page.press(`#${id}-box`, 'Enter');
  await settle(page, 120);
}

/** Presses `keys` on the range `id` (scrolled into place, focused). */
async function keysOn(page, id, keys) {
  await place(page, `#${id}`);
  await page.focus(`#${id}`);
  for (const key of keys) await page.keyboard.press(key);
  await settle(page, 120);
}

/** The pinned copy's pixels (a fingerprint), or null when there is no copy. */
const copy = (page) => page.evaluate(() => {
  const c = document.querySelector('[data-testid=pinned-chart] canvas');
  if (!c || !c.width) return null;
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let h = 2166136261;
  for (let i = 0; i < d.length; i += 7) h = Math.imul(h ^ d[i], 16777619);
  return `${c.width}x${c.height}:${h >>> 0}`;
});

/** The copy as a fresh one shows it: sent away (Escape), then brought back by `id`'s keys. */
async function freshCopy(page, id) {
  await page.focus(`#${id}`);
  await page.keyboard.press('Escape');
  await settle(page, 40);
  assert.equal(await copy(page), null, 'Escape takes the copy away');
  // Away and back: the same value, so the same settings, drawn by a new copy.
  const [a, b] = await page.$eval(`#${id}`, (el) => (Number(el.value) >= Number(el.max) ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft']));
  const before = await page.$eval(`#${id}`, (el) => el.value);
  await page.keyboard.press(a);
  await page.keyboard.press(b);
  assert.equal(await page.$eval(`#${id}`, (el) => el.value), before);
  await settle(page, 120);
  return copy(page);
}

test('the pinned copy follows every control: a second slider, a typed value, another slider\'s keys (softmax, 390 px)', async () => {
  const p = await phone('/?s=softmax');
  const { page } = p;
  await drag(p, 'logit-0', 0.85, false);
  const first = await copy(page);
  assert.ok(first, 'dragging a logit with the chart off screen pins a copy');
  // A second slider, the finger still down on the first one's page.
  await touch(p.cdp, 'touchEnd');
  await drag(p, 'logit-2', 1.0, false);
  const second = await copy(page);
  await touch(p.cdp, 'touchEnd');
  assert.equal(await page.$eval('#logit-2', (el) => el.value), '10');
  assert.notEqual(second, first, 'the copy moved with the second slider');
  await screenshot(page, 'pinned-second-slider-390');
  assert.equal(second, await freshCopy(page, 'logit-2'), 'the copy shows bird at 10, as a fresh copy does');
  // A typed value.
  await typeInto(page, 'logit-1', '7');
  const typed = await copy(page);
  assert.ok(typed, 'typing a value pins the copy too');
  assert.equal(typed, await freshCopy(page, 'logit-1'), 'the copy shows the typed 7');
  // Another slider's keys: cat to the top of its range, level with bird.
  await keysOn(page, 'logit-0', ['End']);
  const keys = await copy(page);
  assert.ok(keys && keys !== typed, 'the keys moved the copy');
  assert.equal(keys, await freshCopy(page, 'logit-0'));
  noProblems(assert, p.problems);
  await p.context.close();
});

test('the pinned copy shows top-p\'s cut after the temperature (sampling, 390 px)', async () => {
  const p = await phone('/?s=sampling');
  const { page } = p;
  await drag(p, 'temperature', 0.3);
  const hot = await copy(page);
  assert.ok(hot, 'the temperature pins the distribution');
  await drag(p, 'top-p', 0.5, false);
  const cut = await copy(page);
  await touch(p.cdp, 'touchEnd');
  assert.notEqual(cut, hot, 'top-p changed the copy');
  assert.equal(cut, await freshCopy(page, 'top-p'), 'the copy shows the cut-off as a fresh copy does');
  // Typed into top-k's box, then the keys of min-p.
  await typeInto(page, 'top-k', '1');
  assert.equal(await copy(page), await freshCopy(page, 'top-k'));
  await keysOn(page, 'min-p', ['ArrowRight', 'ArrowRight', 'ArrowRight']);
  const minp = await copy(page);
  assert.equal(minp, await freshCopy(page, 'min-p'));
  noProblems(assert, p.problems);
  await p.context.close();
});

test('the copy goes shortly after the finger lifts, and its × sends it away for the visit', async () => {
  const p = await phone('/?s=softmax');
  const { page } = p;
  await drag(p, 'logit-0', 0.8);
  assert.ok(await copy(page), 'shown right after the drag');
  await page.waitForTimeout(1700);
  assert.equal(await copy(page), null, 'gone 1.7 s after the finger lifted');
  // Dismissed: the next moves leave it away.
  await drag(p, 'logit-0', 0.6, false);
  const close = await page.$eval('[data-testid=pinned-close]', (b) => { const r = b.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width, h: r.height }; });
  await touch(p.cdp, 'touchEnd');
  assert.ok(close.w >= 44 && close.h >= 44, `the × is a 44 px target (${close.w} x ${close.h})`);
  await touch(p.cdp, 'touchStart', close.x, close.y);
  await touch(p.cdp, 'touchEnd');
  await settle(page, 60);
  assert.equal(await copy(page), null, 'the × took the copy away');
  await drag(p, 'logit-0', 0.4);
  assert.equal(await copy(page), null, 'and it stays away');
  noProblems(assert, p.problems);
  await p.context.close();
});

test('a one-off example button never pins a copy (numerical stability, 390 px)', async () => {
  const p = await phone('/?s=stability');
  const { page } = p;
  await place(page, '[data-testid=stability-example]');
  const b = await page.$eval('[data-testid=stability-example]', (el) => { const r = el.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; });
  await touch(p.cdp, 'touchStart', b.x, b.y);
  await touch(p.cdp, 'touchEnd');
  await settle(page, 150);
  assert.equal(await page.$eval('#offset-box', (el) => el.value), '997.0', 'the example was applied');
  assert.equal(await page.$('[data-testid=pinned-chart]'), null, 'no copy over the section for a button that moves nothing while dragged');
  // The offset slider still pins its chart.
  await drag(p, 'offset', 0.2, false);
  assert.ok(await copy(page), 'the slider pins it');
  await touch(p.cdp, 'touchEnd');
  noProblems(assert, p.problems);
  await p.context.close();
});

test('while training runs the copy covers neither the buttons nor the readouts (1280 x 800)', async () => {
  const { page, context, problems } = await env.open('/?s=training', { width: 1280, height: 800 });
  // The Start button low on the screen: the loss chart below it is off screen.
  await place(page, '[data-testid=train-toggle]');
  await page.click('[data-testid=train-toggle]');
  await settle(page, 200);
  const boxes = await page.evaluate(() => {
    const r = (el) => el.getBoundingClientRect().toJSON();
    const pin = document.querySelector('[data-testid=pinned-chart]');
    return {
      pin: pin && r(pin),
      guarded: [...document.querySelectorAll('[data-testid=train-toggle], #train-loop .readouts, #train-loop .verdict')].map(r)
        .filter((b) => b.bottom > 0 && b.top < innerHeight),
    };
  });
  await page.click('[data-testid=train-toggle]');
  if (boxes.pin) {
    for (const g of boxes.guarded) {
      const overlap = Math.min(boxes.pin.bottom, g.bottom) - Math.max(boxes.pin.top, g.top);
      assert.ok(overlap <= 0, `the copy (${boxes.pin.top}-${boxes.pin.bottom}) covers ${g.top}-${g.bottom}`);
    }
  }
  assert.ok(boxes.guarded.length >= 2, 'the button and the readouts are on screen');
  noProblems(assert, problems);
  await context.close();
});
