// No work for what is off screen (issue 34, DESIGN.md): a chart off screen and not pinned is not
// redrawn when its inputs change; it is redrawn once, to the current state, when it comes into
// view, and every chart is painted current before the page is printed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { settle, inView, pixelHash } from '../../scripts/browser.mjs';
import { setup, noProblems } from './support.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const draws = (page, id) => page.$eval(`[data-testid=${id}]`, (c) => Number(c.dataset.draws ?? 0));
/** How much of the element is inside the viewport (0..1). */
const shown = (page, id) => page.$eval(`[data-testid=${id}]`, (c) => {
  const r = c.getBoundingClientRect();
  return Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0)) / r.height;
});

/** The canvas `id` as a fresh page with the same link draws it, scrolled into view the same way. */
async function fresh(url, id) {
  const { page, context } = await env.open(url);
  await inView(page, `[data-testid=${id}]`);
  const hash = await pixelHash(page, `[data-testid=${id}]`);
  await context.close();
  return hash;
}

test('moving d_k redraws the chart beside the slider, not the weights far below; they catch up once, in view', async () => {
  const { page, context, problems } = await env.open('/?s=attention');
  await page.$eval('#dk', (el) => el.scrollIntoView({ block: 'center' }));
  await settle(page, 200);
  assert.equal(await shown(page, 'chart-attention'), 0, 'the weights chart is off screen');
  const [near, far] = [await draws(page, 'chart-saturation'), await draws(page, 'chart-attention')];
  await page.focus('#dk');
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('ArrowRight');
    await settle(page, 60);
  }
  assert.ok((await draws(page, 'chart-saturation')) >= near + 3, 'the chart on screen follows every move');
  assert.equal(await draws(page, 'chart-attention'), far, 'the chart off screen is not redrawn');
  assert.equal(await pixelHash(page, '[data-testid=pinned-chart] canvas').catch(() => null), null, 'no copy is pinned at 1280 px');
  // Scrolled to, it is drawn once, and what it shows is what a fresh page with this link draws.
  await settle(page, 400); // the link follows the settings
  const url = new URL(page.url());
  await inView(page, '[data-testid=chart-attention]');
  assert.equal(await draws(page, 'chart-attention'), far + 1, 'one redraw on coming into view, not one per move');
  assert.equal(await pixelHash(page, '[data-testid=chart-attention]'), await fresh(url.pathname + url.search, 'chart-attention'));
  noProblems(assert, problems);
  await context.close();
});

test('before printing every chart is painted current, on screen or not', async () => {
  const { page, context, problems } = await env.open('/?s=softmax');
  // A first move with the chart in view.
  await page.$eval('#logit-0', (el) => el.scrollIntoView({ block: 'center' }));
  await settle(page, 100);
  await page.focus('#logit-0');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await settle(page, 400);
  // Then, scrolled to the foot of the page, a logit changed with the chart off screen.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await settle(page, 200);
  assert.equal(await shown(page, 'chart-probs'), 0);
  const before = await draws(page, 'chart-probs');
  await page.$eval('#logit-1', (el) => { el.value = '-3'; el.dispatchEvent(new Event('input', { bubbles: true })); });
  await settle(page, 400);
  assert.equal(await draws(page, 'chart-probs'), before, 'off screen, not redrawn');
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  assert.equal(await draws(page, 'chart-probs'), before + 1, 'painted at once, before print, without waiting for a frame');
  const printed = await pixelHash(page, '[data-testid=chart-probs]');
  const url = new URL(page.url());
  assert.match(url.search, /logits=/);
  assert.equal(printed, await fresh(url.pathname + url.search, 'chart-probs'), 'the printed chart is the current one');
  noProblems(assert, problems);
  await context.close();
});
