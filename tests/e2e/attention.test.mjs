// The attention section: for settings the lesson never shows, the weights read from the page
// equal the masked softmax of the scaled scores read from the page, worked out here; the mask,
// the scaling and d_k through the URL and the controls; bad links; both widths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { tableRows, canvasHash, settle } from '../../scripts/browser.mjs';
import { setup, screenshot, noProblems } from './support.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const readout = (page, id) => page.textContent(`[data-testid=readout-${id}]`);
const matrix = async (page, id) => (await tableRows(page, id)).map((r) => r.slice(1, 6).map((c) => (c === '\u2212\u221e' ? -Infinity : Number(c.replace('\u2212', '-')))));

/** Row-wise softmax of the raw scores, scaled and masked as the settings say. */
function expected(raw, dk, scale, mask) {
  return raw.map((row, i) => {
    const seen = row.map((s, j) => (j > i && mask === 'inf' ? -Infinity : j > i && mask === 'zero' ? 0 : scale ? s / Math.sqrt(dk) : s));
    const m = Math.max(...seen);
    const e = seen.map((x) => Math.exp(x - m));
    const sum = e.reduce((a, b) => a + b, 0);
    return e.map((x) => x / sum);
  });
}

for (const [dk, scale, mask, seed] of [[256, false, 'zero', 9], [37, true, 'inf', 1234], [3, true, 'none', 5]]) {
  test(`d_k ${dk}, ${scale ? 'scaled' : 'not scaled'}, mask ${mask}: the weights are the softmax of the page's scores`, async () => {
    const { page, context, problems } = await env.open(`/?s=attention&dk=${dk}&scale=${scale ? 1 : 0}&mask=${mask}&seed=${seed}`);
    const raw = await matrix(page, 'table-raw-scores');
    assert.equal(raw.length, 5);
    const weights = await matrix(page, 'table-attention');
    const want = expected(raw, dk, scale, mask);
    for (let i = 0; i < 5; i++) {
      for (let j = 0; j < 5; j++) {
        // The raw scores are shown to two decimals: their rounding moves a weight by < 0.004.
        assert.ok(Math.abs(weights[i][j] - want[i][j]) < 0.004, `w[${i}][${j}] = ${weights[i][j]}, softmax gives ${want[i][j]}`);
        if (mask === 'inf' && j > i) assert.equal(weights[i][j], 0, 'exactly 0 above the diagonal');
      }
    }
    for (const r of await tableRows(page, 'table-attention')) assert.equal(r[6], '1.000', `row ${r[0]} sums to 1`);
    const seen = await matrix(page, 'table-seen-scores');
    if (mask === 'inf') assert.equal(seen[0][4], -Infinity);
    if (mask === 'zero') assert.equal(seen[1][3], 0);
    // The spread readout is the root mean square of the table's scores.
    const rms = Math.sqrt(raw.flat().reduce((s, x) => s + x * x, 0) / 25);
    assert.ok(Math.abs(Number(await readout(page, 'spread')) - rms) < 0.01);
    assert.equal(await readout(page, 'sqrt-dk'), Math.sqrt(dk).toFixed(2));
    const future = want.reduce((s, row, i) => s + row.slice(i + 1).reduce((a, b) => a + b, 0), 0);
    assert.equal(await readout(page, 'future-weight'), future.toFixed(3));
    const words = await page.textContent('[data-testid=mask-words]');
    assert.match(words, { inf: /exactly 0/, zero: /e\^0 = 1.*leak/, none: /No mask/ }[mask]);
    noProblems(assert, problems);
    await context.close();
  });
}

test('the controls: the mask switch, the scale box, d_k by keyboard, typing and drag, new vectors', async () => {
  const { page, context, problems } = await env.open('/?s=attention');
  const heat = () => canvasHash(page, '[data-testid=chart-attention]');
  const before = await heat();
  await page.check('[data-testid=mask-zero]');
  await settle(page);
  assert.notEqual(await heat(), before, 'the heatmap redrew');
  assert.match(page.url(), /mask=zero/);
  assert.notEqual(await readout(page, 'future-weight'), '0.000', 'zero leaks');
  await page.check('[data-testid=mask-inf]');
  await settle(page);
  assert.equal(await readout(page, 'future-weight'), '0.000');
  assert.doesNotMatch(page.url(), /mask=/, 'the default leaves the link');

  await page.uncheck('[data-testid=scale]');
  await settle(page);
  assert.match(page.url(), /scale=0/);
  assert.match(await page.textContent('[data-testid=scale-words]'), /Unscaled/);
  await page.focus('#dk');
  await page.keyboard.press('End');
  await settle(page, 30);
  assert.equal(await page.inputValue('#dk-box'), '1024');
  assert.equal(await readout(page, 'sqrt-dk'), '32.00');
  const saturated = Number((await readout(page, 'saturated-rows')).split(' ')[0]);
  assert.ok(saturated >= 3, `unscaled d_k = 1024 saturates most rows (${saturated})`);
  await page.check('[data-testid=scale]');
  await page.fill('#dk-box', '16');
  await page.press('#dk-box', 'Enter');
  await settle(page);
  assert.equal(await readout(page, 'sqrt-dk'), '4.00');
  assert.match(page.url(), /dk=16/);
  const box = await page.locator('#dk').boundingBox();
  await page.mouse.click(box.x + 4, box.y + box.height / 2);
  await settle(page, 30);
  assert.ok(Number(await page.inputValue('#dk-box')) <= 2, 'a drag to the left end gives d_k near 1');
  if ((await page.inputValue('#dk-box')) === '1') {
    assert.match(await page.textContent('[data-testid=scale-words]'), /With d_k = 1 dividing by √d_k changes nothing/);
  }

  const raw = await tableRows(page, 'table-raw-scores');
  await page.click('[data-testid=attention-reroll]');
  await settle(page);
  assert.notDeepEqual(await tableRows(page, 'table-raw-scores'), raw, 'new vectors, new scores');
  assert.match(page.url(), /seed=\d+/);
  const compare = await tableRows(page, 'table-two-softmaxes');
  assert.deepEqual(compare.map((r) => r[0]), ['Input', 'Size', 'Meaning', 'Temperature', 'Loss', 'Where']);
  assert.match(compare[1][2], /^128,000/);
  noProblems(assert, problems);
  await context.close();
});

test('a bad link gets notices and sane settings; screenshots at both widths', async () => {
  const { page, context, problems } = await env.open('/?s=attention&dk=abc&mask=%3Cb%3Ex%3C%2Fb%3E&scale=maybe');
  assert.match(await page.textContent('[data-testid=notices]'), /d_k must be a whole number from 1 to 1024.*no mask called “<b>x<\/b>”.*scale takes 1 or 0/s);
  assert.equal(await page.$('[data-testid=notices] b'), null, 'the bad value stays text');
  assert.equal(await page.inputValue('#dk-box'), '64');
  assert.equal(await page.isChecked('[data-testid=mask-inf]'), true);
  await screenshot(page, 'attention-1280');
  await context.close();
  const phone = await env.open('/?s=attention&mask=zero&dk=512&scale=0', { width: 390, height: 844, scale: 2 });
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling at 390 px (${overflow} px)`);
  await screenshot(phone.page, 'attention-390');
  noProblems(assert, [...problems, ...phone.problems]);
  await phone.context.close();
});
