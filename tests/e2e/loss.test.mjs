// The cross-entropy section: LESSON.md's losses through the URL and the controls, the one-hot sum,
// the scenarios and the clickable sentence, and the soft targets (label smoothing, distillation).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { tableRows, canvasHash, settle, inView } from '../../scripts/browser.mjs';
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
  assert.equal(await page.textContent('[data-testid=onehot-sentence]'), 'The next token: dog', 'a frame that fits any tokens');
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
  assert.equal(await page.textContent('[data-testid=onehot-sentence]'), 'The cat sat on the sofa.', 'the sentence example keeps its sentence');
  const rows = await tableRows(page, 'table-onehot');
  assert.equal(await readout(page, 'onehot-loss'), `${rows[2][3]} nats`);
  noProblems(assert, problems);
  await context.close();
});

/** softmax(z / t), written here apart from the page's Rust. */
function softmaxT(z, t = 1) {
  const m = Math.max(...z);
  const e = z.map((x) => Math.exp((x - m) / t));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}
/** A table cell or readout as a number (real minus signs, units dropped). */
const num = (text) => Number.parseFloat(text.replace(/\u2212/g, '-'));
const near = (actual, expected, tol, what) => assert.ok(Math.abs(num(actual) - expected) <= tol, `${what}: ${actual} vs ${expected}`);

test('label smoothing from the link and the slider, against the definition worked here', async () => {
  // Logits and a target the lesson never shows; a token name that must stay text.
  const names = ['cat', '<b>dog</b>', 'bird', 'fish'];
  const z = [0.5, -1, 2, 1.5];
  const q = `tokens=${names.map(encodeURIComponent).join(',')}&logits=${z.join(',')}&target=2`;
  const { page, context, problems } = await env.open(`/?s=loss&${q}&smoothing=0.2`);
  await inView(page, '[data-testid=chart-smoothing]');
  const check = async (e) => {
    const p = softmaxT(z);
    const y = p.map((_, i) => (i === 2 ? 1 - e : 0) + e / 4);
    const terms = y.map((v, i) => (v > 0 ? -v * Math.log(p[i]) : 0));
    const loss = terms.reduce((a, b) => a + b, 0);
    const rows = await tableRows(page, 'table-smoothing');
    assert.deepEqual(rows.map((r) => r[0]), names);
    rows.forEach((r, i) => {
      near(r[1], p[i], 5e-4, `p ${i}`);
      near(r[2], y[i], 5e-5, `y ${i}`);
      near(r[3], terms[i], 5e-5, `term ${i}`);
    });
    near(await readout(page, 'smoothing-loss'), loss, 5e-5, 'loss');
    const floor = y.reduce((a, v) => a - (v > 0 ? v * Math.log(v) : 0), 0);
    near(await readout(page, 'smoothing-floor'), floor, 5e-5, 'floor');
    const gap = await readout(page, 'smoothing-gap');
    if (e > 0) near(gap, Math.log((1 - e + e / 4) / (e / 4)), 5e-3, 'gap');
    else assert.equal(gap, '\u221e, no limit');
    const push = p[2] - y[2];
    const said = await page.textContent('[data-testid=smoothing-push]');
    assert.ok(said.startsWith('p \u2212 y on \u201cbird\u201d is '), said);
    near(said.split(' is ')[1], push, 5e-4, 'push');
    assert.match(said, e === 0 ? /one-hot target/ : push < 0 ? /still raises/ : /lowers that logit/);
    return loss;
  };
  await check(0.2);
  assert.equal(await page.locator('#soft-targets b').count(), 0, 'a token name is never markup');
  const chart = await canvasHash(page, '[data-testid=chart-smoothing]');
  await page.focus('#smoothing');
  await page.keyboard.press('ArrowRight');
  await settle(page, 50);
  assert.equal(await page.inputValue('#smoothing-box'), '0.21');
  await check(0.21);
  assert.notEqual(await canvasHash(page, '[data-testid=chart-smoothing]'), chart);
  await searchMatches(page, /smoothing=0\.21/);
  assert.match(await page.getAttribute('#smoothing', 'aria-valuetext'), /^label smoothing 0\.21, loss \d\.\d{4} nats$/);
  // So sure of the right token that the smoothed target is below p: the push turns.
  await page.fill('#smoothing-box', '0.9');
  await page.press('#smoothing-box', 'Enter');
  await settle(page, 50);
  assert.equal(await page.inputValue('#smoothing-box'), '0.50');
  assert.match(await page.textContent('#smoothing-msg'), /0\.5/);
  // Off: the one-hot loss of the card beside it, and the key leaves the link.
  await page.fill('#smoothing-box', '0');
  await page.press('#smoothing-box', 'Enter');
  await settle(page, 50);
  const loss = await check(0);
  assert.equal(await readout(page, 'onehot-loss'), `${loss.toFixed(3)} nats`);
  await page.waitForFunction(() => !location.search.includes('smoothing'), null, { timeout: 2000 }).catch(() => {});
  assert.doesNotMatch(await page.evaluate(() => location.search), /smoothing/);
  noProblems(assert, problems);
  await context.close();
});

test('the distillation teacher softened by T, from the link and the slider', async () => {
  const z = [1, 4, -2, 2.5];
  const { page, context, problems } = await env.open(`/?s=loss&tokens=a,b,c,d&logits=${z.join(',')}&distill_t=5`);
  await inView(page, '[data-testid=chart-distillation]');
  const check = async (t) => {
    const [hard, soft] = [softmaxT(z), softmaxT(z, t)];
    // The student has learnt nothing: p_T is uniform; its push is T (p_T - q_T).
    const push = soft.map((q) => t * (0.25 - q));
    const kl = soft.reduce((a, q) => a + q * Math.log(q / 0.25), 0);
    const head = await page.$$eval('[data-testid=table-distillation] thead th', (c) => c.map((x) => x.textContent));
    assert.equal(head[2], `T = ${t.toFixed(1)}`);
    const rows = await tableRows(page, 'table-distillation');
    rows.forEach((r, i) => {
      near(r[1], hard[i], 5e-5, `T = 1, ${i}`);
      near(r[2], soft[i], 5e-5, `T, ${i}`);
      near(r[3], push[i], 5e-5, `push ${i}`);
    });
    near(await readout(page, 'distill-others'), 1 - soft[1], 5e-4, 'others');
    near(await readout(page, 'distill-loss'), t * t * kl, 5e-4, 'loss');
    const largest = Math.max(...push.map(Math.abs));
    near(await readout(page, 'distill-push'), largest, 5e-4, 'push');
    near(await readout(page, 'distill-push-plain'), largest / (t * t), 5e-5, 'push without T^2');
    return page.textContent('[data-testid=distill-dark]');
  };
  const said = await check(5);
  assert.match(said, /^At T = 1 the teacher gives \u201cb\u201d 0\.\d{3} and the rest share 0\.\d{3}\. At T = 5\.0 they share/);
  assert.match(said, /\u201cd\u201d before \u201ca\u201d before \u201cc\u201d/);
  await page.focus('#distill-t');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await settle(page, 50);
  assert.equal(await page.inputValue('#distill-t-box'), '5.3', 'each arrow moves the log track by one step');
  await check(5.3);
  await searchMatches(page, /distill_t=5\.3/);
  await page.fill('#distill-t-box', '1');
  await page.press('#distill-t-box', 'Enter');
  await settle(page, 50);
  assert.match(await check(1), /Raise T/);
  await page.waitForFunction(() => !location.search.includes('distill_t'), null, { timeout: 2000 }).catch(() => {});
  assert.doesNotMatch(await page.evaluate(() => location.search), /distill_t/);
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
    await page.$eval('#soft-targets', (e) => e.scrollIntoView());
    await settle(page);
    await screenshot(page, `loss-soft-targets-${w}`);
    noProblems(assert, problems);
    await context.close();
  }
});
