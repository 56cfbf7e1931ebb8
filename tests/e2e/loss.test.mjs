// The cross-entropy section: LESSON.md's losses through the URL and the controls, the one-hot sum,
// the scenarios and the clickable sentence.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { tableRows, canvasHash, settle } from '../../scripts/browser.mjs';
import { setup, screenshot, noProblems } from './support.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const readout = (page, id) => page.textContent(`[data-testid=readout-${id}]`);
async function searchMatches(page, re) {
  await page.waitForFunction((src) => new RegExp(src).test(location.search), re.source, { timeout: 2000 }).catch(() => {});
  assert.match(await page.evaluate(() => location.search), re);
}

test('every loss of LESSON.md appears when its probability is set in the link', async () => {
  const facts = [[1, '0.000'], [0.9, '0.105'], [0.609, '0.496'], [0.5, '0.693'], [0.25, '1.386'],
    [0.1, '2.303'], [0.03, '3.507'], [0.01, '4.605']];
  for (const [p, loss] of facts) {
    const { page, context, problems } = await env.open(`/?s=loss&p_true=${p}`);
    assert.equal(await readout(page, 'loss'), `${loss} nats`, `p = ${p}`);
    if (p === 0.5) assert.equal(await readout(page, 'perplexity'), '2.00');
    if (p === 0.01) assert.equal(await readout(page, 'perplexity'), '100.00');
    noProblems(assert, problems);
    await context.close();
  }
  const { page, context } = await env.open('/?s=loss');
  const rows = await tableRows(page, 'table-loss-curve');
  assert.deepEqual(rows.map((r) => r[1]), facts.map((f) => f[1]));
  await context.close();
});

test('the confidence slider answers to typing, the keyboard and the bits toggle', async () => {
  const { page, context, problems } = await env.open('/?s=loss');
  await settle(page);
  const curve = await canvasHash(page, '[data-testid=chart-loss-curve]');
  await page.fill('#p-true-box', '0.25');
  await page.press('#p-true-box', 'Enter');
  await settle(page, 50);
  assert.equal(await readout(page, 'loss'), '1.386 nats');
  assert.notEqual(await canvasHash(page, '[data-testid=chart-loss-curve]'), curve, 'the marker moved');
  await searchMatches(page, /p_true=0\.25/);
  await page.focus('#p-true');
  await page.keyboard.press('End');
  await settle(page, 50);
  assert.equal(await readout(page, 'loss'), '0.000 nats');
  assert.equal(await page.getAttribute('#p-true', 'aria-valuetext'), 'probability of sat 1.000, loss 0.000 nats');
  await page.fill('#p-true-box', '0.5');
  await page.press('#p-true-box', 'Enter');
  await page.check('[data-testid=bits]');
  await settle(page, 50);
  assert.equal(await readout(page, 'loss'), '1.000 bits');
  await page.fill('#p-true-box', '0');
  await page.press('#p-true-box', 'Enter');
  await settle(page, 50);
  assert.equal(await page.inputValue('#p-true-box'), '0.001', 'zero is clamped to the lowest probability');
  assert.match(await page.textContent('#p-true-msg'), /0\.001/);
  noProblems(assert, problems);
  await context.close();
});

test('the one-hot sum reads only the true word, and clicking a word makes it the target', async () => {
  const { page, context, problems } = await env.open('/?s=loss');
  const sum = await page.textContent('[data-testid=onehot-sum]');
  assert.equal(sum, 'L = \u2212(1 \u00b7 ln 0.609 + 0 \u00b7 ln 0.224 + 0 \u00b7 ln 0.136 + 0 \u00b7 ln 0.030)');
  assert.equal(await page.locator('[data-testid=onehot-sum] .term--zero').count(), 3);
  // From the logits, as the page does: logsumexp(z) - z_c (the lesson's rounded 0.609 gives 0.496).
  const z = [2, 1, 0.5, -1];
  const lse = Math.log(z.reduce((s, x) => s + Math.exp(x), 0));
  const ce = (c) => (lse - z[c]).toFixed(3);
  assert.equal(await readout(page, 'onehot-loss'), `${ce(0)} nats`);
  await page.click('.candidate:has-text("dog")');
  await settle(page, 50);
  assert.equal(await readout(page, 'onehot-loss'), `${ce(1)} nats`);
  assert.equal(await page.textContent('[data-testid=onehot-sentence]'), 'The cat sat on the dog.');
  const rows = await tableRows(page, 'table-onehot');
  assert.deepEqual(rows.map((r) => r[2]), ['0', '1', '0', '0']);
  assert.deepEqual(rows.map((r) => r[3]), ['0.000', ce(1), '0.000', '0.000']);
  await searchMatches(page, /target=1/);
  noProblems(assert, problems);
  await context.close();
});

test('scenarios and the five-word sentence', async () => {
  const { page, context, problems } = await env.open('/?s=loss');
  const expected = [['Confident and correct', '0.105'], ['Uncertain', '1.386'], ['Confident and wrong', '3.401']];
  for (const [label, loss] of expected) {
    await page.click(`button:has-text("${label}")`);
    await settle(page, 50);
    assert.equal(await readout(page, 'onehot-loss'), `${loss} nats`, label);
  }
  await page.click('button:has-text("Use five ways to finish the sentence")');
  await settle(page, 50);
  assert.deepEqual(await page.locator('.candidate strong').allTextContents(), ['mat', 'floor', 'sofa', 'roof', 'moon']);
  await page.click('.candidate:has-text("sofa")');
  await settle(page, 50);
  const rows = await tableRows(page, 'table-onehot');
  assert.equal(await readout(page, 'onehot-loss'), `${rows[2][3]} nats`);
  noProblems(assert, problems);
  await context.close();
});

test('screenshots at desktop and phone widths', async () => {
  for (const [w, h] of [[1280, 900], [390, 844]]) {
    const { page, context, problems } = await env.open('/?s=loss&p_true=0.25', { width: w, height: h, scale: w < 600 ? 2 : 1 });
    await settle(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling at ${w}px (overflow ${overflow})`);
    await screenshot(page, `loss-${w}`);
    noProblems(assert, problems);
    await context.close();
  }
});
