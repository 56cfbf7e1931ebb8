// Predict first, section by section: every card stands in the card of the demonstration it is
// about; a choice question answered; each challenge met by moving the lesson's own controls as a
// student would, and said met with its numbers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { settle, tableRows, canvasHash } from '../../scripts/browser.mjs';
import { setup, noProblems } from './support.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const card = (id) => `details[data-predict="${id}"]`;
const body = (id) => `${card(id)} [data-predict-box][data-mounted]`;

/** Opens card `id` and waits until it is drawn. */
async function openCard(page, id) {
  await page.click(`${card(id)} > summary`);
  await page.waitForSelector(`${body(id)} .predict__body`);
}

/** Waits until challenge `id` says it is met, and returns what it says. */
async function met(page, id) {
  const said = `${body(id)} .predict__said`;
  await page.waitForFunction((sel) => /^Done/.test(document.querySelector(sel).textContent), said);
  return page.textContent(said);
}

/** Types `value` into the number box of slider `id`, as a student would. */
async function type(page, id, value) {
  await page.fill(`#${id}-box`, value);
  await page.press(`#${id}-box`, 'Enter');
}

// Each section's predictions and challenge, and the card (its demonstration) each stands in.
const PLACES = {
  overview: [['overview-step', 'pipeline']],
  softmax: [['softmax-double', 'playground'], ['softmax-forty', 'playground'], ['softmax-add', 'why-exp']],
  sampling: [['sampling-cold', 'sampling-controls'], ['sampling-min-p', 'sampling-controls'], ['sampling-three', 'sampling-controls']],
  loss: [['loss-uniform', 'confidence'], ['loss-drops', 'confidence'], ['loss-under', 'confidence']],
  gradients: [['gradients-sum', 'gradient-bars'], ['gradients-sure', 'gradient-bars'], ['gradients-half', 'gradient-step']],
  training: [['training-few', 'train-loop'], ['training-rate', 'train-loop'], ['training-stop', 'train-loop']],
  stability: [['stability-naive', 'push-logits'], ['stability-f32', 'push-logits'], ['stability-infinite', 'push-logits']],
  attention: [['attention-unscaled', 'raw-scores'], ['attention-uniform', 'raw-scores'], ['attention-zero-mask', 'attention-weights']],
  pitfalls: [['pitfalls-twice', 'softmax-twice'], ['pitfalls-after', 'temperature-after'], ['pitfalls-before', 'temperature-after']],
};

test('every prediction and challenge stands in the card of its demonstration', async () => {
  const { page, context, problems } = await env.open('/?s=overview');
  for (const [section, places] of Object.entries(PLACES)) {
    await page.goto(`${env.server.base}/?s=${section}`);
    await page.waitForSelector('html[data-built] .section-body');
    await page.waitForSelector(card(places[0][0]));
    const ids = await page.$$eval('details[data-predict]', (all) => all.map((d) => d.dataset.predict));
    assert.deepEqual(ids, places.map(([id]) => id), `${section}: the cards, in page order`);
    for (const [id, home] of places) {
      assert.ok(await page.$(`#${home} ${card(id)}`), `${id} in #${home}`);
    }
  }
  noProblems(assert, problems);
  await context.close();
});

test('a choice question: the big picture asks which step makes probabilities', async () => {
  const { page, context, problems } = await env.open('/?s=overview');
  await page.waitForSelector(card('overview-step'));
  await openCard(page, 'overview-step');
  // Nothing to set up: the question is about no particular numbers.
  assert.equal(await page.$(`${body('overview-step')} button:text-is("Set it up")`), null);
  const choices = await page.$$eval(`${body('overview-step')} .predict__choice`, (l) => l.map((c) => c.textContent.trim()));
  assert.equal(choices.length, 5);
  // Lock in with nothing chosen: nothing is revealed, the focus goes to the first choice.
  await page.click(`${body('overview-step')} button:text-is("Lock in my guess")`);
  assert.ok(!(await page.isVisible(`${body('overview-step')} .predict__reveal`)));
  await page.check(`${body('overview-step')} .predict__choice:nth-of-type(3) input`);
  await page.click(`${body('overview-step')} button:text-is("Lock in my guess")`);
  await page.waitForSelector(`${body('overview-step')} .predict__reveal:not([hidden])`);
  // Inside the sentence the choice starts in lower case.
  assert.equal(await page.textContent(`${body('overview-step')} .predict__said`), `You said: ${choices[2][0].toLowerCase()}${choices[2].slice(1)}.`);
  assert.match(await page.textContent(`${body('overview-step')} .predict__reveal`), /What happens: softmax\./);
  await page.click(`${body('overview-step')} button:text-is("See why")`);
  assert.match(await page.textContent(`${body('overview-step')} .predict__why`), /add up\s+to 2\.5\./);
  await page.click(`${body('overview-step')} button:text-is("Try again")`);
  await page.check(`${body('overview-step')} .predict__choice:nth-of-type(4) input`);
  await page.click(`${body('overview-step')} button:text-is("Lock in my guess")`);
  assert.match(await page.textContent(`${body('overview-step')} .predict__reveal`), /That is what happens\./);
  noProblems(assert, problems);
  await context.close();
});

test('sampling: three tokens kept by top-p alone', async () => {
  const { page, context, problems } = await env.open('/?s=sampling');
  await openCard(page, 'sampling-three');
  assert.equal(await page.textContent(`${body('sampling-three')} .predict__said`), 'Not yet: keep moving the controls.');
  // Top-p starts at 1 (four kept): ten steps down by keyboard.
  await page.focus('#top-p');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  assert.equal(await met(page, 'sampling-three'), 'Done: top-p 0.90 keeps three tokens, with 0.970 of the probability.');
  // A temperature away from 1 is not top-p alone.
  await type(page, 'temperature', '1.5');
  await settle(page, 600);
  assert.equal(await page.textContent(`${body('sampling-three')} .predict__said`), 'Not yet: keep moving the controls.');
  noProblems(assert, problems);
  await context.close();
});

test('cross-entropy: a loss under a tenth of a nat', async () => {
  const { page, context, problems } = await env.open('/?s=loss');
  await openCard(page, 'loss-under');
  await type(page, 'p-true', '0.9');
  await settle(page, 600);
  assert.equal(await page.textContent(`${body('loss-under')} .predict__said`), 'Not yet: keep moving the controls.', '−ln 0.9 = 0.105');
  await page.click(`${body('loss-under')} button:text-is("Show a solution")`);
  assert.match(await page.textContent(body('loss-under')), /A solution: Drag the slider to 0\.905 or higher: at 0\.905 the loss is 0\.0998 nats/);
  await type(page, 'p-true', '0.95');
  assert.equal(await met(page, 'loss-under'), `Done: p\u00a0=\u00a00.950 gives a loss of ${(-Math.log(0.95)).toFixed(4)} nats.`);
  noProblems(assert, problems);
  await context.close();
});

test('gradients: the right word at −0.50, reached by picking a word and taking a step', async () => {
  const { page, context, problems } = await env.open('/?s=gradients');
  await openCard(page, 'gradients-half');
  // The learning rate, in hundredths, whose one step from the default logits brings dog to 0.5.
  const z = [2, 1, 0.5, -1];
  const soft = (v) => { const e = v.map((x) => Math.exp(x)); const s = e.reduce((a, b) => a + b); return e.map((x) => x / s); };
  const after = (lr) => { const p = soft(z); return soft(z.map((x, i) => x - lr * (p[i] - (i === 1 ? 1 : 0))))[1]; };
  let lr = 0.01;
  while (Math.abs(after(lr) - 0.5) >= 0.005) lr = Math.round((lr + 0.01) * 100) / 100;
  await page.click('.candidates .candidate:nth-child(2)');
  await type(page, 'lr', lr.toFixed(2));
  await page.click('[data-testid=take-step]');
  const g = after(lr) - 1;
  assert.equal(await met(page, 'gradients-half'), `Done: the right word’s gradient is −${Math.abs(g).toFixed(2)}, at p\u00a0=\u00a0${after(lr).toFixed(2)}.`);
  // The solution names the likeliest word below one half in the lesson as it is now.
  await page.click(`${body('gradients-half')} button:text-is("Show a solution")`);
  const p = soft(z.map((x, i) => x - lr * (soft(z)[i] - (i === 1 ? 1 : 0))));
  const below = p.map((v, i) => [v, i]).filter(([v]) => v < 0.5).sort((a, b) => b[0] - a[0])[0];
  const name = ['cat', 'dog', 'bird', 'fish'][below[1]];
  assert.match(await page.textContent(body('gradients-half')), new RegExp(`pick ${name} \\(p\u00a0=\u00a0${below[0].toFixed(3)}\\)`));
  noProblems(assert, problems);
  await context.close();
});

test('training: paused within 50 steps of the validation minimum', async () => {
  const { page, context, problems } = await env.open('/?s=training&train=5');
  await openCard(page, 'training-stop');
  await page.click(`${body('training-stop')} button:text-is("Show a solution")`);
  const solution = await page.textContent(body('training-stop'));
  const best = Number(/lowest at step ([\d,]+)/.exec(solution)[1].replace(/,/g, ''));
  assert.ok(best > 50 && best < 5000, solution);
  // As a student would: Start, watch the steps, Pause near the lowest point.
  await page.click('[data-testid=train-toggle]');
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid=readout-steps]').textContent.replace(/,/g, '')) >= n, best - 20);
  await page.click('[data-testid=train-toggle]');
  const said = await met(page, 'training-stop');
  const steps = Number((await page.textContent('[data-testid=readout-steps]')).replace(/,/g, ''));
  assert.ok(Math.abs(steps - best) <= 50, `paused at ${steps}, the minimum at ${best}`);
  assert.equal(said, `Done: paused at step ${steps}, near the validation minimum at step ${best}.`);
  noProblems(assert, problems);
  await context.close();
});

test('a prediction in every later section opens and answers (stability, a number)', async () => {
  const { page, context, problems } = await env.open('/?s=stability');
  await openCard(page, 'stability-f32');
  await page.fill(`${body('stability-f32')} .predict__box`, '90');
  await page.press(`${body('stability-f32')} .predict__box`, 'Enter');
  await page.click(`${body('stability-f32')} button:text-is("Lock in my guess")`);
  await page.waitForSelector(`${body('stability-f32')} .predict__reveal:not([hidden])`);
  assert.equal(await page.textContent(`${body('stability-f32')} .predict__said`), `You said 90; it is ${Math.log(3.4028234663852886e38).toFixed(0)}.`);
  assert.match(await page.textContent(`${body('stability-f32')} .predict__reveal`), /Close: within 5 of it\./);
  noProblems(assert, problems);
  await context.close();
});

test('stability: an infinite loss from finite logits, and the finite one from log-softmax', async () => {
  const { page, context, problems } = await env.open('/?s=stability');
  await openCard(page, 'stability-infinite');
  await page.check('[data-testid=float-f32]');
  await type(page, 'offset', '80');
  await settle(page, 600);
  assert.equal(await page.textContent(`${body('stability-infinite')} .predict__said`), 'Not yet: keep moving the controls.');
  // At c = 88, e^(90) and e^(89) overflow f32; bird's e^(88.5) fits, but the sum does not.
  await type(page, 'offset', '88');
  const lse = Math.log([2, 1, 0.5, -1].reduce((s, z) => s + Math.exp(z), 0));
  assert.equal(await met(page, 'stability-infinite'), `Done: at c\u00a0=\u00a088.0 in f32, the naive ln p of bird is −∞, an infinite loss; log-softmax gives ${(lse - 0.5).toFixed(2)} nats.`);
  // The table shows both: the naive logarithm −∞, log-softmax finite.
  const bird = (await tableRows(page, 'table-log-softmax'))[2];
  assert.deepEqual(bird.slice(0, 4), ['bird', '88.5000', `−${(lse - 0.5).toFixed(4)}`, '−∞']);
  noProblems(assert, problems);
  await context.close();
});

test('attention: one row of weights made uniform with the query scale', async () => {
  const { page, context, problems } = await env.open('/?s=attention');
  await openCard(page, 'attention-uniform');
  await type(page, 'query-scale', '0.5');
  await settle(page, 600);
  assert.equal(await page.textContent(`${body('attention-uniform')} .predict__said`), 'Not yet: keep moving the controls.');
  await page.focus('#query-scale');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  assert.equal(await met(page, 'attention-uniform'), 'Done: the row of “turns” gives each of its 2 words 0.500.');
  // The weights' table: every row shares its weight evenly among the words it sees.
  const rows = await tableRows(page, 'table-attention');
  assert.deepEqual(rows[1].slice(1, 3), ['0.500', '0.500']);
  assert.deepEqual(rows[4].slice(1, 6), ['0.200', '0.200', '0.200', '0.200', '0.200']);
  noProblems(assert, problems);
  await context.close();
});

test('pitfalls: the temperature moved before softmax moves the bars', async () => {
  const { page, context, problems } = await env.open('/?s=pitfalls');
  await openCard(page, 'pitfalls-before');
  const chart = '[data-testid=chart-temperature-after]';
  const still = await canvasHash(page, chart);
  await type(page, 'pitfall-temperature', '0.5');
  await settle(page, 600);
  assert.equal(await canvasHash(page, chart), still, 'after softmax, T moves nothing');
  assert.equal(await page.textContent(`${body('pitfalls-before')} .predict__said`), 'Not yet: keep moving the controls.');
  await page.check('[data-testid=t-before]');
  assert.equal(await met(page, 'pitfalls-before'), 'Done: at T\u00a0=\u00a00.50, with the logits divided, a probability moves by 0.233.');
  await settle(page, 300);
  assert.notEqual(await canvasHash(page, chart), still, 'the bars moved');
  assert.match(await page.textContent('[data-testid=temperature-after-verdict]'), /dividing the logits moves the probabilities by up to 0\.233/);
  noProblems(assert, problems);
  await context.close();
});

test('an instructor hides the predictions and challenges with hide=predict', async () => {
  const { page, context, problems } = await env.open('/?s=loss&embed=1&pager=1&hide=predict');
  await page.waitForSelector('html[data-built] .section-body');
  await page.waitForSelector(card('loss-under'), { state: 'attached' });
  for (const id of ['loss-uniform', 'loss-drops', 'loss-under']) {
    assert.equal(await page.isVisible(card(id)), false, `${id} hidden`);
  }
  // The lesson itself is all there: the confidence slider still moves the loss.
  await type(page, 'p-true', '0.5');
  await settle(page, 300);
  assert.match(await page.textContent('#confidence'), /0\.693/);
  noProblems(assert, problems);
  await context.close();
});
