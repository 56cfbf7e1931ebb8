// The numerical-stability section: the offset through the URL and the controls, f32 against f64,
// the stable column that never moves, log-sum-exp, and the underflow of -ln softmax, compared with
// numbers worked out here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { tableRows, canvasHash, settle } from '../../scripts/browser.mjs';
import { setup, screenshot, noProblems, softmax3 } from './support.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const readout = (page, id) => page.textContent(`[data-testid=readout-${id}]`);
const column = async (page, i) => (await tableRows(page, 'table-stability')).map((r) => r[i]);

test("LESSON's [1000, 998, 997]: naive is not finite, stable is [0.844, 0.114, 0.042]", async () => {
  const { page, context, problems } = await env.open('/?s=stability&tokens=refund,reship,escalate&logits=3,1,0&offset=997');
  assert.deepEqual(await column(page, 1), ['1000.0', '998.0', '997.0']);
  assert.deepEqual(await column(page, 3), ['NaN', 'NaN', 'NaN']);
  assert.deepEqual(await column(page, 4), ['0.844', '0.114', '0.042']);
  assert.match(await page.textContent('[data-testid=stability-verdict]'), /^Overflow: e\^\(z \+ c\) is too large for f64 past z \+ c ≈ 709\.78/);
  noProblems(assert, problems);
  await context.close();
});

test('on other logits the naive column breaks where an independent sum overflows, and never the stable one', async () => {
  const z = [1.7, -0.4, 0.9, -3.2];
  const { page, context, problems } = await env.open(`/?s=stability&tokens=a,b,c,d&logits=${z.join(',')}`);
  const stable = softmax3(z);
  // Where this sum of e^(z + c) overflows in f64, found here by bisection.
  const sumFits = (c) => Number.isFinite(z.reduce((s, x) => s + Math.exp(x + c), 0));
  let [lo, hi] = [0, 1000];
  for (let k = 0; k < 60; k++) { const mid = (lo + hi) / 2; if (sumFits(mid)) lo = mid; else hi = mid; }
  assert.equal(await readout(page, 'overflow-at'), lo.toFixed(2));
  for (const c of [0, 300, Math.floor(lo * 2) / 2, Math.ceil(lo * 2) / 2 + 0.5, 1000]) {
    await page.fill('#offset-box', String(c));
    await page.press('#offset-box', 'Enter');
    await settle(page, 30);
    assert.deepEqual(await column(page, 4), stable, `stable at c = ${c}`);
    const naive = await column(page, 3);
    if (sumFits(c)) assert.deepEqual(naive, stable, `naive still right at c = ${c}`);
    else assert.ok(naive.every((p) => p === 'NaN' || p === '0.000'), `naive broken at c = ${c}: ${naive}`);
  }
  await settle(page);
  assert.match(page.url(), /offset=1000/);
  noProblems(assert, problems);
  await context.close();
});

test('f32 overflows near 88.72, by the switch and by the link; the keyboard and a drag move the offset', async () => {
  const { page, context, problems } = await env.open('/?s=stability&tokens=refund,reship,escalate&logits=3,1,0&offset=86');
  assert.match(await page.textContent('[data-testid=stability-verdict]'), /^Both columns agree/);
  const chart = await canvasHash(page, '[data-testid=chart-overflow]');
  await page.check('[data-testid=float-f32]');
  await settle(page);
  assert.match(await page.textContent('[data-testid=stability-verdict]'), /f32/);
  assert.notEqual(await canvasHash(page, '[data-testid=chart-overflow]'), chart, 'the ceiling moved down');
  assert.match(page.url(), /float=f32/);
  const lse = Math.log(Math.exp(3) + Math.exp(1) + 1);
  assert.equal(await readout(page, 'overflow-at'), (88.72283905206835 - lse).toFixed(2));
  await page.focus('#offset');
  await page.keyboard.press('Home');
  await settle(page, 30);
  assert.equal(await page.inputValue('#offset-box'), '0.0');
  assert.match(await page.getAttribute('#offset', 'aria-valuetext'), /^offset 0, naive softmax still works$/);
  // A useful keyboard step on a range of 1,000: 10 per arrow key, 100 per PageUp/PageDown.
  for (const [key, want] of [['ArrowRight', '10.0'], ['ArrowUp', '20.0'], ['PageUp', '120.0'], ['ArrowLeft', '110.0'], ['PageDown', '10.0']]) {
    await page.keyboard.press(key);
    await settle(page, 30);
    assert.equal(await page.inputValue('#offset-box'), want, `after ${key}`);
  }
  const box = await page.locator('#offset').boundingBox();
  await page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
  await settle(page, 30);
  assert.ok(Number(await page.inputValue('#offset-box')) > 990);
  assert.match(await page.getAttribute('#offset', 'aria-valuetext'), /overflows$/);
  const back = await env.open('/?s=stability&float=f16&offset=abc');
  assert.match(await back.page.textContent('[data-testid=notices]'), /no precision called “f16”.*The offset must be a number/s);
  await back.context.close();
  noProblems(assert, problems);
  await context.close();
});

test('log-sum-exp is written with the current numbers, and -ln softmax underflows where log-softmax does not', async () => {
  const z = [2, 1, 0.5, -1];
  const { page, context, problems } = await env.open('/?s=stability&offset=500');
  const lse = 502 + Math.log(z.reduce((s, x) => s + Math.exp(x - 2), 0));
  assert.match(await page.textContent('[data-testid=lse-written]'), new RegExp(`= ${lse.toFixed(4)}$`));
  const rows = await tableRows(page, 'table-log-softmax');
  assert.deepEqual(rows.map((r) => r[2]), z.map((x) => (x + 500 - lse).toFixed(4).replace('-', '\u2212')));
  assert.deepEqual(await tableRows(page, 'table-underflow'), [['0', '0.000', '0.000'], ['\u221250', '50.000', '50.000'], ['\u2212800', '\u221e', '800.000']]);
  noProblems(assert, problems);
  await context.close();
});

test('a hostile name stays text, the example button loads LESSON\'s logits, and screenshots at both widths', async () => {
  const evil = encodeURIComponent('<img src=x onerror=PWNED=1>');
  const { page, context, problems } = await env.open(`/?s=stability&tokens=${evil},b&logits=1,0`);
  assert.equal((await tableRows(page, 'table-stability'))[0][0], '<img src=x onerror=PWNED=1>'.slice(0, 24));
  assert.equal(await page.$('main img'), null);
  assert.equal(await page.evaluate(() => window.PWNED), undefined);
  await page.click('[data-testid=stability-example]');
  await settle(page);
  assert.deepEqual(await column(page, 1), ['1000.0', '998.0', '997.0']);
  await screenshot(page, 'stability-1280');
  await context.close();
  const phone = await env.open('/?s=stability&offset=997&tokens=refund,reship,escalate&logits=3,1,0', { width: 390, height: 844, scale: 2 });
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling at 390 px (${overflow} px)`);
  await screenshot(phone.page, 'stability-390');
  noProblems(assert, [...problems, ...phone.problems]);
  await phone.context.close();
});
