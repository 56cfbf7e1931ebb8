// The pitfalls section: softmax twice, sigmoid against softmax, logits read as probabilities and
// temperature after softmax, each on logits set through the link and the controls and checked
// against numbers worked out here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { tableRows, settle } from '../../scripts/browser.mjs';
import { setup, screenshot, noProblems } from './support.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const softmax = (z) => {
  const m = Math.max(...z);
  const e = z.map((x) => Math.exp(x - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
};
const f3 = (x) => (Math.abs(x) < 5e-4 ? 0 : x).toFixed(3).replace('-', '\u2212');
const signed = (x) => (x > 0 && f3(x) !== '0.000' ? `+${f3(x)}` : f3(x));

test("LESSON's figures: [3, 1, 0], target reship, once against twice", async () => {
  const { page, context, problems } = await env.open('/?s=pitfalls&tokens=refund,reship,escalate&logits=3,1,0&target=1');
  const rows = await tableRows(page, 'table-twice');
  assert.deepEqual(rows, [['Loss (nats)', '2.170', '1.387'], ['Gradient on the right logit', '\u22120.886', '\u22120.127']]);
  assert.match(await page.textContent('[data-testid=twice-verdict]'), /about 7\.0 times weaker/);
  noProblems(assert, problems);
  await context.close();
});

test('on other logits every card equals an independent computation, and follows the controls', async () => {
  const z = [0.4, 2.6, -1.1, 1.0];
  const c = 2;
  const { page, context, problems } = await env.open(`/?s=pitfalls&tokens=a,b,c,d&logits=${z.join(',')}&target=${c}`);
  const p = softmax(z);
  const q = softmax(p);
  const twiceLoss = -Math.log(q[c]);
  // The double softmax's gradient on z_c: J_softmax(z)^T (q - y), component c.
  const d = q.map((x, i) => x - (i === c ? 1 : 0));
  const dot = p.reduce((s, pi, i) => s + pi * d[i], 0);
  const g2 = p[c] * (d[c] - dot);
  const rows = await tableRows(page, 'table-twice');
  assert.deepEqual(rows[0].slice(1), [f3(-Math.log(p[c])), f3(twiceLoss)]);
  assert.deepEqual(rows[1].slice(1), [signed(p[c] - 1), signed(g2)]);
  const sig = await tableRows(page, 'table-sigmoid');
  assert.deepEqual(sig.map((r) => r[2]), z.map((x) => f3(1 / (1 + Math.exp(-x)))));
  assert.deepEqual(sig.map((r) => r[3]), p.map(f3));
  const share = await tableRows(page, 'table-not-probs');
  const total = z.reduce((s, x) => s + x, 0);
  assert.deepEqual(share.map((r) => r[2]), z.map((x) => f3(x / total)));
  assert.match(await page.textContent('[data-testid=not-probs-verdict]'), /1 negative/);
  // Temperature, typed and by the keyboard: before softmax it moves, after softmax it does not.
  await page.fill('#pitfall-temperature-box', '2');
  await page.press('#pitfall-temperature-box', 'Enter');
  await settle(page);
  const temp = await tableRows(page, 'table-temperature-after');
  assert.deepEqual(temp.map((r) => r[2]), softmax(z.map((x) => x / 2)).map(f3));
  assert.deepEqual(temp.map((r) => r[3]), p.map(f3));
  assert.match(page.url(), /t=2\b/, 'the temperature is the lesson\u2019s own, in the link');
  await page.focus('#pitfall-temperature');
  await page.keyboard.press('End');
  await settle(page, 30);
  assert.equal(await page.inputValue('#pitfall-temperature-box'), '5.00');
  // Picking another right word with the mouse updates the comparison.
  await page.click('#softmax-twice .candidate:has-text("b")');
  await settle(page, 30);
  assert.equal((await tableRows(page, 'table-twice'))[0][1], f3(-Math.log(p[1])));
  noProblems(assert, problems);
  await context.close();
});

test('a hostile name stays text, and screenshots at both widths', async () => {
  const evil = encodeURIComponent('<img src=x onerror=PWNED=1>');
  const { page, context, problems } = await env.open(`/?s=pitfalls&tokens=${evil},b,c&logits=2,1,0`);
  const name = '<img src=x onerror=PWNED=1>'.slice(0, 24);
  for (const id of ['table-sigmoid', 'table-not-probs', 'table-temperature-after']) {
    assert.equal((await tableRows(page, id))[0][0], name, id);
  }
  assert.equal(await page.textContent('#softmax-twice .candidate strong'), name);
  assert.equal(await page.$('main img'), null);
  assert.equal(await page.evaluate(() => window.PWNED), undefined);
  await screenshot(page, 'pitfalls-1280');
  await context.close();
  const phone = await env.open('/?s=pitfalls&tokens=refund,reship,escalate&logits=3,1,0&target=1', { width: 390, height: 844, scale: 2 });
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling at 390 px (${overflow} px)`);
  await screenshot(phone.page, 'pitfalls-390');
  noProblems(assert, [...problems, ...phone.problems]);
  await phone.context.close();
});
