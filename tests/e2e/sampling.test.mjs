// The sampling section as a student and an instructor use it: temperature, top-k and top-p set
// through the URL and through the controls, LESSON.md's figures read from the tables, seeded
// draws that replay and converge, and the 128,000-token vocabulary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { tableRows, canvasHash, settle } from '../../scripts/browser.mjs';
import { setup, screenshot, noProblems } from './support.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const SUPPORT = '/?s=sampling&tokens=refund,reship,escalate&logits=3,1,0';
/** Waits (up to 2 s) for the debounced address bar to match `re`, then checks it. */
async function searchMatches(page, re) {
  await page.waitForFunction((src) => new RegExp(src).test(location.search), re.source, { timeout: 2000 }).catch(() => {});
  assert.match(await page.evaluate(() => location.search), re);
}
/** Column `c` of a table, keyed by the first column. */
const column = (rows, c) => Object.fromEntries(rows.map((r) => [r[0], r[c]]));

test('temperature reproduces the lesson figures for refund, reship, escalate', async () => {
  const expected = {
    '0.5': ['0.980', '0.018', '0.002'],
    '1': ['0.844', '0.114', '0.042'],
    '2': ['0.629', '0.231', '0.140'],
  };
  for (const [t, probs] of Object.entries(expected)) {
    const { page, context, problems } = await env.open(`${SUPPORT}&t=${t}`);
    const rows = await tableRows(page, 'table-sampling');
    const sampled = column(rows, 4);
    assert.deepEqual([sampled.refund, sampled.reship, sampled.escalate], probs, `T = ${t}`);
    // The T = 1 ghosts never move.
    assert.deepEqual(rows.map((r) => r[1]), ['0.844', '0.114', '0.042']);
    noProblems(assert, problems);
    await context.close();
  }
});

test('top-p 0.8 on probabilities 0.5, 0.3, 0.1, 0.1 keeps exactly the first two', async () => {
  // Logits ln 0.5, ln 0.3, ln 0.1, ln 0.1 give exactly those probabilities at T = 1.
  const z = [0.5, 0.3, 0.1, 0.1].map((p) => String(Math.log(p))).join(',');
  const { page, context, problems } = await env.open(`/?s=sampling&tokens=a,b,c,d&logits=${z}&top_p=0.8`);
  const rows = await tableRows(page, 'table-sampling');
  assert.deepEqual(rows.map((r) => r[3]), ['yes', 'yes', 'no', 'no']);
  assert.deepEqual(rows.map((r) => r[4]), ['0.625', '0.375', '0.000', '0.000']);
  assert.equal(await page.textContent('[data-testid=readout-nucleus]'), '2 of 4');
  const text = await page.getAttribute('#top-p', 'aria-valuetext');
  assert.equal(text, 'top-p 0.80, keeps 2 of 4 tokens');
  noProblems(assert, problems);
  await context.close();
});

test('dragging temperature, typing top-p and stepping top-k with the keyboard all update', async () => {
  const { page, context, problems } = await env.open(SUPPORT);
  await settle(page);
  const before = await canvasHash(page, '[data-testid=chart-sampling]');
  const slider = await page.$('#temperature');
  const box = await slider.boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + box.width / 2 + (i * box.width) / 20, y);
  await page.mouse.up();
  await settle(page);
  const t = Number(await page.inputValue('#temperature-box'));
  assert.ok(t > 1.2, `dragging right raises the temperature (got ${t})`);
  const entropy = Number((await page.textContent('[data-testid=readout-entropy]')).split(' ')[0]);
  assert.ok(entropy > 0.53, `a hotter distribution has more entropy than 0.53 nats at T = 1 (got ${entropy})`);
  assert.notEqual(await canvasHash(page, '[data-testid=chart-sampling]'), before);
  await searchMatches(page, /[?&]t=/);

  await page.fill('#top-p-box', '0.5');
  await page.press('#top-p-box', 'Enter');
  await settle(page, 50);
  assert.equal(await page.textContent('[data-testid=readout-nucleus]'), '1 of 3');
  await searchMatches(page, /top_p=0\.5/);

  await page.fill('#top-p-box', '1');
  await page.press('#top-p-box', 'Enter');
  await page.focus('#top-k');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await settle(page, 50);
  assert.equal(await page.inputValue('#top-k-box'), '2');
  const rows = await tableRows(page, 'table-sampling');
  assert.deepEqual(rows.map((r) => r[3]), ['yes', 'yes', 'no']);
  assert.equal(await page.getAttribute('#top-k', 'aria-valuetext'), 'top-k 2, keeps 2 of 3 tokens');
  noProblems(assert, problems);
  await context.close();
});

test('draws replay with the same seed, converge at 1,000, and a new seed changes them', async () => {
  const run = async (path) => {
    const { page, context, problems } = await env.open(path);
    await page.click('[data-testid=draw-1]');
    await page.click('[data-testid=draw-100]');
    await page.click('[data-testid=draw-1000]');
    await settle(page, 50);
    const rows = await tableRows(page, 'table-draws');
    const sentence = await page.textContent('[data-testid=sentence]');
    return { page, context, problems, rows, sentence };
  };
  const a = await run(SUPPORT);
  const b = await run(SUPPORT);
  assert.deepEqual(a.rows, b.rows, 'the same seed and settings give the same draws');
  assert.equal(a.sentence, b.sentence);
  assert.match(a.sentence, /^The cat sat on the (refund|reship|escalate)\.$/);
  const counts = a.rows.map((r) => Number(r[2].replace(/,/g, '')));
  assert.equal(counts.reduce((s, c) => s + c, 0), 1101);
  // 1,101 draws: each share's standard deviation is at most 0.5 / sqrt(1101) = 0.015; a gap of
  // 0.05 is more than three of them, so a correct sampler fails this about once in a thousand
  // seeds, and this seed is fixed.
  for (const r of a.rows) {
    assert.ok(Math.abs(Number(r[3]) - Number(r[1])) < 0.05, `share ${r[3]} is near p = ${r[1]}`);
  }
  assert.equal(await a.page.textContent('[data-testid=readout-draws]'), '1,101');
  await a.page.click('[data-testid=reroll]');
  await a.page.click('[data-testid=draw-1000]');
  await settle(a.page, 50);
  const rerolled = await tableRows(a.page, 'table-draws');
  assert.notDeepEqual(rerolled.map((r) => r[2]), a.rows.map((r) => r[2]));
  const seed = await a.page.textContent('[data-testid=readout-seed]');
  assert.notEqual(seed, '42');
  await searchMatches(a.page, new RegExp(`seed=${seed}`));
  noProblems(assert, a.problems);
  noProblems(assert, b.problems);
  await a.context.close();
  await b.context.close();
});

test('the real vocabulary shows the top 20, the rest as one bar, and the rank curve', async () => {
  const { page, context, problems } = await env.open('/?s=sampling&vocab=1&top_p=0.9');
  await settle(page);
  const rows = await tableRows(page, 'table-sampling');
  assert.equal(rows.length, 21);
  assert.equal(rows[20][0], 'one of the other 127,980');
  const kept = await page.textContent('[data-testid=readout-nucleus]');
  const [n, of] = kept.split(' of ');
  assert.equal(of, '128,000');
  assert.ok(Number(n.replace(/,/g, '')) > 20, `the nucleus of a long tail is large (${kept})`);
  assert.ok(await page.$('[data-testid=chart-ranks]'), 'the rank-probability chart is there');
  const curve = await canvasHash(page, '[data-testid=chart-ranks]');
  const byRank = await tableRows(page, 'table-ranks');
  assert.equal(byRank[0][0], '1');
  for (const [, p] of byRank) assert.match(p, /^\d\.\d\de(\u2212\d+|0)$/, 'p in scientific notation with a real minus');
  const pOf = (text) => Number(text.replace('\u2212', '-'));
  assert.ok(byRank.every((r, i) => i === 0 || pOf(r[1]) <= pOf(byRank[i - 1][1])), 'falling with rank');
  await page.fill('#temperature-box', '0.3');
  await page.press('#temperature-box', 'Enter');
  await settle(page);
  const colder = await page.textContent('[data-testid=readout-nucleus]');
  assert.ok(Number(colder.split(' of ')[0].replace(/,/g, '')) < Number(n.replace(/,/g, '')), 'a colder T shrinks the nucleus');
  assert.notEqual(await canvasHash(page, '[data-testid=chart-ranks]'), curve);
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, 'sampling-vocab-1280');
  noProblems(assert, problems);
  await context.close();
});

test('the llama.cpp comparison shows where temperature-last differs', async () => {
  const { page, context, problems } = await env.open(`${SUPPORT}&t=2&top_p=0.9`);
  await page.check('[data-testid=compare-orders]');
  const verdict = await page.textContent('[data-testid=orders-verdict]');
  assert.equal(verdict, 'Here the order matters: temperature first keeps 3 tokens, temperature last keeps 2.');
  const rows = await tableRows(page, 'table-orders');
  assert.equal(rows[2][2], '0.000');
  noProblems(assert, problems);
  await context.close();
});

test('screenshots at desktop and phone widths', async () => {
  for (const [w, h] of [[1280, 900], [390, 844]]) {
    const { page, context, problems } = await env.open(`/?s=sampling&tokens=mat,floor,sofa,roof,moon&logits=2.5,1.5,1,0,-1.5&t=0.8&top_p=0.9`, { width: w, height: h, scale: w < 600 ? 2 : 1 });
    await page.click('[data-testid=draw-100]');
    await settle(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling at ${w}px (overflow ${overflow})`);
    await screenshot(page, `sampling-${w}`);
    noProblems(assert, problems);
    await context.close();
  }
});
