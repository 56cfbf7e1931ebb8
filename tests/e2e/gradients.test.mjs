// The gradients section: p - y through the URL and the controls, gradient steps with the button
// and the keyboard, the finite-difference check and the squared-error example, each compared with
// numbers worked out here (on logits the lesson never shows, as well as on LESSON.md's).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { tableRows, canvasHash, settle } from '../../scripts/browser.mjs';
import { setup, screenshot, noProblems } from './support.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const readout = (page, id) => page.textContent(`[data-testid=readout-${id}]`);
const minus = (s) => s.replace(/-/g, '\u2212');

/** softmax, the gradient p - y and the loss lse(z) - z_c, written independently of the Rust code. */
function reference(z, c) {
  const m = Math.max(...z);
  const e = z.map((x) => Math.exp(x - m));
  const s = e.reduce((a, b) => a + b, 0);
  const p = e.map((x) => x / s);
  return { p, g: p.map((q, i) => q - (i === c ? 1 : 0)), loss: m + Math.log(s) - z[c] };
}
const f3 = (x) => minus((Math.abs(x) < 5e-4 ? 0 : x).toFixed(3));

test("LESSON's facts: [3, 1, 0], target reship, and one step at lr 0.5", async () => {
  const { page, context, problems } = await env.open('/?s=gradients&tokens=refund,reship,escalate&logits=3,1,0&target=1');
  const rows = await tableRows(page, 'table-gradient');
  assert.deepEqual(rows.map((r) => r[3]), ['0.844', '\u22120.886', '0.042']);
  assert.equal(await readout(page, 'grad-loss'), '2.170 nats');
  assert.match(await page.textContent('[data-testid=grad-loss-written]'), /= 2\.170 nats$/);
  await page.click('[data-testid=take-step]');
  await settle(page);
  const curve = await tableRows(page, 'table-step-curve');
  assert.deepEqual(curve, [['0', '2.170', '0.114'], ['1', '1.469', '0.230']]);
  assert.match(page.url(), /logits=/, 'the stepped logits are in the link');
  noProblems(assert, problems);
  await context.close();
});

test('on other logits the gradient, loss and steps equal an independent computation', async () => {
  const z = [0.7, -2.3, 1.9, 0.4];
  const c = 3;
  const { page, context, problems } = await env.open(`/?s=gradients&tokens=a,b,c,d&logits=${z.join(',')}&target=${c}&lr=1.3`);
  const want = reference(z, c);
  const rows = await tableRows(page, 'table-gradient');
  assert.deepEqual(rows.map((r) => r[1]), want.p.map(f3));
  assert.deepEqual(rows.map((r) => r[3]), want.g.map(f3));
  assert.equal(await readout(page, 'grad-loss'), `${want.loss.toFixed(3)} nats`);
  assert.match(await page.textContent('[data-testid=gradient-meaning]'), /^d is the right word.*c is the wrong favourite/);
  // Three steps, by the button, the keyboard (Enter and Space) as a student would.
  let zz = z;
  const losses = [want.loss];
  for (let k = 0; k < 3; k++) {
    const { g } = reference(zz, c);
    zz = zz.map((x, i) => Math.min(10, Math.max(-10, x - 1.3 * g[i])));
    losses.push(reference(zz, c).loss);
  }
  await page.click('[data-testid=take-step]');
  await page.focus('[data-testid=take-step]');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await settle(page);
  assert.equal(await readout(page, 'steps'), '3');
  const curve = await tableRows(page, 'table-step-curve');
  assert.deepEqual(curve.map((r) => r[1]), losses.map((l) => l.toFixed(3)));
  assert.ok(losses[3] < losses[0], 'the loss fell');
  const logits = await tableRows(page, 'table-step-logits');
  assert.deepEqual(logits.map((r) => r[2]), zz.map(f3));
  // Reset returns to the logits before the first step.
  await page.click('[data-testid=reset-steps]');
  await settle(page);
  assert.deepEqual((await tableRows(page, 'table-gradient')).map((r) => r[3]), want.g.map(f3));
  assert.equal(await readout(page, 'steps'), '0');
  noProblems(assert, problems);
  await context.close();
});

test('the learning rate answers to dragging, typing and the keyboard, and the link keeps it', async () => {
  const { page, context, problems } = await env.open('/?s=gradients&tokens=refund,reship,escalate&logits=3,1,0&target=1');
  await page.fill('#lr-box', '2');
  await page.press('#lr-box', 'Enter');
  await settle(page);
  assert.match(page.url(), /lr=2\b/);
  await page.click('[data-testid=take-step]');
  await settle(page);
  const z = [3, 1, 0].map((x, i) => x - 2 * reference([3, 1, 0], 1).g[i]);
  assert.equal((await tableRows(page, 'table-step-curve'))[1][1], reference(z, 1).loss.toFixed(3));
  // Drag the range input to its left end with the mouse: the lowest rate.
  const box = await page.locator('#lr').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x - 20, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await settle(page);
  assert.equal(await page.inputValue('#lr-box'), '0.01');
  await page.focus('#lr');
  await page.keyboard.press('End');
  await settle(page);
  assert.equal(await page.inputValue('#lr-box'), '5.00');
  assert.equal(await page.getAttribute('#lr', 'aria-valuetext'), 'learning rate 5.00');
  await page.fill('#lr-box', 'fast');
  await page.press('#lr-box', 'Enter');
  assert.match(await page.textContent('#lr-msg'), /not a number/);
  noProblems(assert, problems);
  await context.close();
});

test('the finite-difference check agrees at 1e-5 and drifts for coarse and tiny steps', async () => {
  const z = [1.3, -0.6, 0.4, 2.2];
  const { page, context, problems } = await env.open(`/?s=gradients&tokens=a,b,c,d&logits=${z.join(',')}&target=2`);
  const rows = await tableRows(page, 'table-fd');
  const want = reference(z, 2).g;
  for (const [i, r] of rows.entries()) {
    assert.ok(Math.abs(Number(r[2].replace('\u2212', '-')) - want[i]) < 1e-6, `${r}`);
  }
  assert.ok(Number((await readout(page, 'fd-error')).replace('\u2212', '-')) < 1e-6);
  const valley = await canvasHash(page, '[data-testid=chart-fd-valley]');
  await page.fill('#eps-box', '0.5');
  await page.press('#eps-box', 'Enter');
  await settle(page);
  assert.match(await page.textContent('[data-testid=fd-verdict]'), /truncation/);
  assert.notEqual(await canvasHash(page, '[data-testid=chart-fd-valley]'), valley, 'the marker moved');
  assert.match(page.url(), /eps=0\.5/);
  await page.fill('#eps-box', '1e-12');
  await page.press('#eps-box', 'Enter');
  await settle(page);
  assert.match(await page.textContent('[data-testid=fd-verdict]'), /round-off/);
  assert.ok(Number((await readout(page, 'fd-error')).replace('\u2212', '-')) > 1e-6);
  // The keyboard moves a quarter of a decade per press.
  await page.focus('#eps-box');
  await page.keyboard.press('ArrowUp');
  await settle(page);
  assert.equal(await page.inputValue('#eps-box'), '1.8e\u221212');
  const valleyRows = await tableRows(page, 'table-fd-valley');
  assert.equal(valleyRows.length, 49);
  noProblems(assert, problems);
  await context.close();
});

test("squared error's example and chart, a hostile name, and screenshots at both widths", async () => {
  const evil = encodeURIComponent('<img src=x onerror=PWNED=1>');
  const { page, context, problems } = await env.open(`/?s=gradients&tokens=${evil},b,c&logits=2,1,0&target=0`);
  const sat = await tableRows(page, 'table-squared-example');
  assert.deepEqual(sat.map((r) => r.slice(2)), [['+0.9993', '+0.0010'], ['\u22120.9997', '\u22120.0007'], ['+0.0003', '\u22120.0003']]);
  assert.equal((await tableRows(page, 'table-gradient'))[0][0], '<img src=x onerror=PWNED=1>'.slice(0, 24));
  const name = '<img src=x onerror=PWNED=1>'.slice(0, 24);
  assert.ok((await page.textContent('[data-testid=gradient-meaning]')).startsWith(`${name} is the right word`));
  assert.equal(await page.$('main img'), null);
  assert.equal(await page.evaluate(() => window.PWNED), undefined);
  await screenshot(page, 'gradients-1280');
  await context.close();
  const phone = await env.open('/?s=gradients&tokens=refund,reship,escalate&logits=3,1,0&target=1', { width: 390, height: 844, scale: 2 });
  await phone.page.click('[data-testid=take-step]');
  await settle(phone.page);
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling at 390 px (${overflow} px)`);
  await screenshot(phone.page, 'gradients-390');
  noProblems(assert, [...problems, ...phone.problems]);
  await phone.context.close();
});
