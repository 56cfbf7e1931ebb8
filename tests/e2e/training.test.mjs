// The training section: a real run of 2,000 steps with no long frame and no console error, Step
// giving identical tables for the same seed, overfitting marked on a small training set, the
// model's logits carried into the playground, and the loss at every position with fine-tuning.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { tableRows, canvasHash, settle } from '../../scripts/browser.mjs';
import { setup, screenshot, noProblems, softmax3 } from './support.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const readout = (page, id) => page.textContent(`[data-testid=readout-${id}]`);
const steps = async (page) => Number(await readout(page, 'steps'));

/** Trains from step 0 to 2,000 at 500 steps a second, watching the page's long tasks (main-thread
 * work over 50 ms, which would hold up a frame) and the gaps between frames. */
async function trainWatched(page) {
  await page.evaluate(() => {
    window.__long = [];
    window.__watch?.disconnect();
    window.__watch = new PerformanceObserver((list) => window.__long.push(...list.getEntries().map((e) => Math.round(e.duration))));
    window.__watch.observe({ type: 'longtask' });
    window.__gaps = [];
    let last = performance.now();
    const tick = (t) => { window.__gaps.push(t - last); last = t; if (window.__gaps.length < 100000 && !window.__stop) requestAnimationFrame(tick); };
    window.__stop = false;
    requestAnimationFrame(tick);
  });
  await page.click('[data-testid=train-toggle]');
  assert.equal((await page.textContent('[data-testid=train-toggle]')).trim(), '\u2016 Pause');
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=readout-steps]').textContent) >= 2000, null, { timeout: 60000 });
  await page.click('[data-testid=train-toggle]');
  await settle(page);
  const [long, gaps] = await page.evaluate(() => { window.__stop = true; return [window.__long, window.__gaps.slice(2).sort((a, b) => a - b)]; });
  return { long, p95: gaps[Math.floor(gaps.length * 0.95)] };
}

test('2,000 steps train live with no frame over 50 ms and the losses falling', async (t) => {
  const { page, context, problems } = await env.open('/?s=training&speed=500&train=30&lr=1');
  const chart = await canvasHash(page, '[data-testid=chart-train-loss]');
  let run = await trainWatched(page);
  if (run.long.length) {
    // One task over 50 ms can be the machine (another process took the core: CI shares two);
    // a slow frame of ours comes back. Train the same run again and judge that one.
    t.diagnostic(`first run: tasks of ${run.long.join(', ')} ms; training again from step 0`);
    await page.click('[data-testid=train-reset]');
    await settle(page);
    assert.equal(await steps(page), 0, 'Reset starts over');
    run = await trainWatched(page);
  }
  assert.deepEqual(run.long, [], `tasks over 50 ms while training, twice in a row (frame gaps p95 ${run.p95.toFixed(1)} ms)`);
  assert.ok(run.p95 < 34, `frames keep coming: p95 gap ${run.p95.toFixed(1)} ms`);
  assert.notEqual(await canvasHash(page, '[data-testid=chart-train-loss]'), chart, 'the curves were drawn');
  const rows = await tableRows(page, 'table-train-loss');
  assert.equal(rows[0][0], '0');
  assert.ok(Number(rows.at(-1)[0]) >= 2000);
  assert.ok(Number(rows.at(-1)[1]) < Number(rows[0][1]) - 1, 'the training loss fell');
  assert.equal(rows[0][1], Math.log(45).toFixed(3), 'an untrained model starts at ln V');
  const n = await steps(page);
  await settle(page, 500);
  assert.equal(await steps(page), n, 'paused means paused');
  noProblems(assert, problems);
  await context.close();
});

test('Step gives identical tables for the same seed, different ones for another; Reset starts over', async () => {
  const tableAfter = async (query, clicks) => {
    const { page, context, problems } = await env.open(`/?s=training&${query}`);
    for (let i = 0; i < clicks; i++) await page.click('[data-testid=train-step]');
    await settle(page);
    assert.equal(await steps(page), clicks);
    const rows = await tableRows(page, 'table-train-loss');
    const next = await tableRows(page, 'table-train-next');
    noProblems(assert, problems);
    return { page, context, rows, next };
  };
  const a = await tableAfter('seed=5&train=4&lr=2', 12);
  const b = await tableAfter('seed=5&train=4&lr=2', 12);
  assert.deepEqual(a.rows, b.rows);
  assert.deepEqual(a.next, b.next);
  assert.equal(a.rows.length, 13, 'one row per step up to 20');
  const c = await tableAfter('seed=6&train=4&lr=2', 12);
  assert.notDeepEqual(c.rows, a.rows);
  await a.page.click('[data-testid=train-reset]');
  await settle(a.page);
  assert.equal(await steps(a.page), 0);
  assert.equal((await tableRows(a.page, 'table-train-loss')).length, 1);
  for (const x of [a, b, c]) await x.context.close();
});

test('a small training set overfits, and the chart and the status say where', async () => {
  const { page, context, problems } = await env.open('/?s=training&train=3&lr=5&speed=500');
  const before = await canvasHash(page, '[data-testid=chart-train-loss]');
  await page.click('[data-testid=train-toggle]');
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=readout-steps]').textContent) >= 300, null, { timeout: 30000 });
  await page.click('[data-testid=train-toggle]');
  await settle(page);
  const status = await page.textContent('[data-testid=train-status]');
  const m = status.match(/lowest at step (\d+) \((\d\.\d{3})\)/);
  assert.ok(m, status);
  const rows = await tableRows(page, 'table-train-loss');
  const last = rows.at(-1);
  assert.ok(Number(last[2]) > Number(m[2]) + 0.02, 'validation rose since');
  assert.ok(Number(last[1]) < Number(rows[0][1]), 'training fell');
  assert.notEqual(await canvasHash(page, '[data-testid=chart-train-loss]'), before);
  // The slider for the training set starts a new model.
  await page.fill('#train-size-box', '30');
  await page.press('#train-size-box', 'Enter');
  await settle(page);
  assert.equal(await steps(page), 0);
  assert.match(page.url(), /train=30/);
  assert.match(await page.textContent('[data-testid=train-status]'), /^30 training sentences, 10 validation sentences/);
  noProblems(assert, problems);
  await context.close();
});

test("the model's logits open in the playground, and the loss counts every position or the answer only", async () => {
  const { page, context, problems } = await env.open('/?s=training&train=30&lr=2');
  for (let i = 0; i < 15; i++) await page.click('[data-testid=train-step]');
  await page.selectOption('[data-testid=train-context]', { label: 'cat' });
  await settle(page);
  const next = await tableRows(page, 'table-train-next');
  assert.equal(next.length, 8);
  // Positions: -ln p of each next word, the mean, and the answer-only mean.
  const pos = await tableRows(page, 'table-positions');
  assert.deepEqual(pos.map((r) => r[1]), ['the', 'cat', 'sat', 'on', 'the', 'mat', '.']);
  const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const footer = async () => (await page.$$eval('[data-testid=table-positions] tfoot th, [data-testid=table-positions] tfoot td', (c) => c.map((x) => x.textContent)));
  const losses = pos.map((r) => Number(r[2]));
  assert.ok(Math.abs(Number((await footer())[2]) - mean(losses)) < 0.002);
  await page.check('[data-testid=answer-only]');
  await settle(page);
  const counted = (await tableRows(page, 'table-positions')).map((r) => r[3]);
  assert.deepEqual(counted, ['no: prompt', 'no: prompt', 'yes', 'yes', 'yes', 'yes', 'yes']);
  assert.ok(Math.abs(Number((await footer())[2]) - mean(losses.slice(2))) < 0.002);
  assert.match(await page.textContent('[data-testid=positions-example]'), /2\.170.*0\.306.*1\.238/);
  // Into the softmax playground: the same words, and their probabilities from softmax of the logits.
  await page.click('[data-testid=train-to-softmax]');
  await settle(page);
  assert.equal(await page.textContent('h1'), 'Logits and softmax');
  const probs = await tableRows(page, 'table-probs');
  const logits = await tableRows(page, 'table-logits');
  assert.deepEqual(probs.slice(0, 8).map((r) => r[0]), next.map((r) => r[0]));
  assert.equal(probs.length, 20);
  assert.deepEqual(probs.map((r) => r[1]), softmax3(logits.map((r) => Number(r[1].replace('\u2212', '-')))));
  assert.match(page.url(), /tokens=/);
  noProblems(assert, problems);
  await context.close();
});

test('bad links get notices; screenshots at both widths', async () => {
  const { page, context, problems } = await env.open('/?s=training&train=0&speed=9999');
  assert.match(await page.textContent('[data-testid=notices]'), /training-set size goes from 1 to 30.*training speed/s);
  await page.click('[data-testid=train-step]');
  await settle(page);
  await screenshot(page, 'training-1280');
  await context.close();
  const phone = await env.open('/?s=training&train=3&lr=5', { width: 390, height: 844, scale: 2 });
  for (let i = 0; i < 40; i++) await phone.page.click('[data-testid=train-step]');
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling at 390 px (${overflow} px)`);
  await screenshot(phone.page, 'training-390');
  noProblems(assert, [...problems, ...phone.problems]);
  await phone.context.close();
});
