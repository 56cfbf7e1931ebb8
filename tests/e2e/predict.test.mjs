// Predict first: a prediction answered by keyboard and by touch, revealed with its gap, its mark
// on the chart and the announcement; Skip, with the sliders working during a prompt; the
// challenge met by moving the controls as a student would; progress in the section list that
// survives a reload and is cleared by its button; the phone and axe. The cards are a module of
// their own, fetched when one is first opened.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { tableRows, canvasHash, settle } from '../../scripts/browser.mjs';
import { setup, screenshot, noProblems, softmax3, violations } from './support.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const card = (id) => `details[data-predict="${id}"]`;
const body = (id) => `${card(id)} [data-predict-box][data-mounted]`;

/** Opens card `id` (by a click, or by keyboard when `keys`) and waits until it is drawn. */
async function openCard(page, id, { keys = false } = {}) {
  if (keys) {
    await page.focus(`${card(id)} > summary`);
    await page.keyboard.press('Enter');
  } else {
    await page.click(`${card(id)} > summary`);
  }
  await page.waitForSelector(`${body(id)} .predict__body`);
}

/** softmax(z), as numbers. */
const softmax = (z) => {
  const e = z.map((x) => Math.exp(x - Math.max(...z)));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
};
/** The logits in the playground's number boxes, as the page writes them. */
const logits = (page) => page.$$eval('.token-row input[id$="-box"]', (boxes) => boxes.map((b) => b.value));

test('a prediction by keyboard: the guess, the answer with its gap, the mark on the chart, the focus on the reveal', async () => {
  const { page, context, problems } = await env.open('/?s=softmax&logits=1,1,1,1');
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await settle(page, 300);
  assert.ok(!requests.some((p) => p.includes('predict_box')), 'nothing of the cards before one is opened');
  await openCard(page, 'softmax-double', { keys: true });
  assert.ok(requests.some((p) => /^\/predict_box-[0-9a-f]{12}_bg\.wasm$/.test(p)), `the cards' module on first use (${requests})`);
  // Set it up: the question's numbers replace the student's, which come back with one click.
  await page.click(`${body('softmax-double')} button:text-is("Set it up")`);
  await settle(page, 300);
  assert.deepEqual(await logits(page), ['2.0', '1.0', '0.5', '\u22121.0']);
  // The guess on the slider by keyboard: Home is 0, then ten steps of 0.01 up.
  await page.focus(`${body('softmax-double')} .predict__range`);
  await page.keyboard.press('Home');
  for (let i = 0; i < 70; i++) await page.keyboard.press('ArrowRight');
  assert.equal(await page.inputValue(`${body('softmax-double')} .predict__box`), '0.70');
  const before = await canvasHash(page, '[data-testid=chart-probs]');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForSelector(`${body('softmax-double')} .predict__reveal:not([hidden])`);
  const answer = softmax([4, 2, 1, -2])[0].toFixed(2);
  assert.equal(await page.textContent(`${body('softmax-double')} .predict__said`), `You said 0.70; it is ${answer}.`);
  assert.match(await page.textContent(`${body('softmax-double')} .predict__reveal`), /Further off than 0\.10\./);
  assert.equal(await page.evaluate(() => document.activeElement.className), 'predict__reveal', 'the focus moves to the reveal');
  assert.equal(await page.getAttribute(`${body('softmax-double')} .predict__reveal`, 'aria-live'), 'polite');
  await settle(page, 300);
  assert.notEqual(await canvasHash(page, '[data-testid=chart-probs]'), before, 'the guess is marked on the chart');
  // See why: two sentences with the numbers from the math, and the belief named.
  await page.click(`${body('softmax-double')} button:text-is("See why")`);
  assert.match(await page.textContent(`${body('softmax-double')} .predict__why`), /from 2\.7 times to 7\.4 times.*A common expectation:/s);
  assert.match(await page.textContent(`${card('softmax-double')} > summary`), /Done/);
  // Back to the student's own settings.
  await page.click(`${body('softmax-double')} button:text-is("Back to my settings")`);
  await settle(page, 300);
  assert.deepEqual(await logits(page), ['1.0', '1.0', '1.0', '1.0']);
  noProblems(assert, problems);
  await context.close();
});

test('a prediction by touch on a phone, with the card and the chart on screen together', async () => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  await page.goto(`${env.server.base}/?s=softmax`);
  await page.waitForSelector('html[data-built] .section-body');
  await page.tap(`${card('softmax-add')} > summary`);
  await page.waitForSelector(`${body('softmax-add')} .predict__body`);
  await page.tap(`${body('softmax-add')} .predict__box`);
  await page.fill(`${body('softmax-add')} .predict__box`, '0.9');
  await page.press(`${body('softmax-add')} .predict__box`, 'Enter');
  await page.tap(`${body('softmax-add')} button:text-is("Lock in my guess")`);
  await page.waitForSelector(`${body('softmax-add')} .predict__reveal:not([hidden])`);
  const p = softmax([2, 1, 0.5, -1])[0].toFixed(2);
  assert.equal(await page.textContent(`${body('softmax-add')} .predict__said`), `You said 0.90; it is ${p}.`);
  // The set-up is −3, −4, −4.5, −6: ten presses of +1 stay in range and change nothing.
  for (let i = 0; i < 10; i++) await page.tap('[data-testid=shift-up]');
  await settle(page, 300);
  assert.equal((await tableRows(page, 'table-probs'))[0][1], softmax3([2, 1, 0.5, -1])[0]);
  assert.deepEqual(await logits(page), ['7.0', '6.0', '5.5', '4.0'], 'ten steps up from the set-up');
  await screenshot(page, 'predict-reveal-390');
  assert.deepEqual(await violations(page, card('softmax-add')), []);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scrolling');
  noProblems(assert, problems);
  await context.close();
});

test('Skip leaves the question, and the sliders work before, during and after a prompt', async () => {
  const { page, context, problems } = await env.open('/?s=softmax');
  await openCard(page, 'softmax-double');
  const before = await tableRows(page, 'table-probs');
  await page.focus('#logit-0');
  await page.keyboard.press('ArrowRight');
  await settle(page, 200);
  assert.notDeepEqual(await tableRows(page, 'table-probs'), before, 'a slider works while the card is open');
  await page.click(`${body('softmax-double')} button:text-is("Skip")`);
  assert.ok(await page.isVisible(`${body('softmax-double')} :text("Skipped.")`));
  assert.match(await page.textContent(`${card('softmax-double')} > summary`), /Done/, 'a skipped prompt counts as seen');
  await page.keyboard.press('Tab');
  await page.focus('#logit-1');
  await page.keyboard.press('ArrowLeft');
  await settle(page, 200);
  assert.notEqual((await tableRows(page, 'table-probs'))[1][1], before[1][1]);
  noProblems(assert, problems);
  await context.close();
});

test('the challenge is met by moving the controls, said with its numbers; progress survives a reload and is cleared', async () => {
  const { page, context, problems } = await env.open('/?s=softmax');
  await openCard(page, 'softmax-forty');
  assert.equal(await page.textContent(`${body('softmax-forty')} .predict__said`), 'Not yet: keep moving the controls.');
  await page.click(`${body('softmax-forty')} button:text-is("Hint")`);
  assert.match(await page.textContent(`${body('softmax-forty')}`), /ln\s2 ≈ 0\.69/);
  // As a student would: remove the last token, type 1, 1 and 0.31.
  await page.click('.token-row:nth-child(4) .icon-button');
  for (const [i, v] of [[0, '1'], [1, '1'], [2, '0.31']]) {
    await page.fill(`#logit-${i}-box`, v);
    await page.press(`#logit-${i}-box`, 'Enter');
  }
  await page.waitForFunction((sel) => /^Done/.test(document.querySelector(sel).textContent), `${body('softmax-forty')} .predict__said`);
  assert.equal(await page.textContent(`${body('softmax-forty')} .predict__said`), 'Done: two tokens at 0.400 and 0.400.');
  await page.reload();
  await page.waitForSelector('html[data-built]');
  // The section list and the pager say it in words ("1 of 3 done"), not by colour alone.
  assert.equal(await page.getAttribute('.section-nav__link[aria-current]', 'data-progress'), '1 of 3 done');
  assert.ok(await page.isVisible(`${card('softmax-forty')} .predict__done`), 'the card says Done after a reload');
  await page.click('[data-testid=clear-progress]');
  await settle(page, 100);
  assert.equal(await page.getAttribute('.section-nav__link[aria-current]', 'data-progress'), '', 'cleared');
  assert.ok(!(await page.isVisible(`${card('softmax-forty')} .predict__done`)));
  assert.ok(!(await page.isVisible('[data-testid=clear-progress]')), 'nothing left to clear');
  noProblems(assert, problems);
  await context.close();
});
