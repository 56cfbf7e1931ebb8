// The softmax section as a student uses it: drag, type, keyboard, tables, canvases, URL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { tableRows, canvasHash, settle, inView } from '../../scripts/browser.mjs';
import { setup, softmax3, screenshot, noProblems } from './support.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

test('shows the lesson numbers for the default logits', async () => {
  const { page, context, problems } = await env.open('/?s=softmax');
  const probs = await tableRows(page, 'table-probs');
  assert.deepEqual(probs, [['cat', '0.609'], ['dog', '0.224'], ['bird', '0.136'], ['fish', '0.030']]);
  const steps = await tableRows(page, 'table-arithmetic');
  assert.deepEqual(steps.map((r) => r[2]), ['7.389', '2.718', '1.649', '0.368']);
  const foot = await page.textContent('[data-testid=table-arithmetic] tfoot');
  assert.match(foot, /12\.124/);
  assert.match(foot, /1\.000/);
  assert.equal(await page.textContent('[data-testid=why-ratio] strong:nth-of-type(2)'), '7.39');
  await settle(page);
  noProblems(assert, problems);
  await context.close();
});

test('dragging a slider with the mouse moves the numbers, the charts and the URL', async () => {
  const { page, context, problems } = await env.open('/?s=softmax');
  await settle(page);
  const chartBefore = await canvasHash(page, '[data-testid=chart-probs]');
  const logitsBefore = await canvasHash(page, '[data-testid=chart-logits]');
  const slider = await page.$('#logit-3');
  const box = await slider.boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width / 2 + (i * box.width) / 25, y);
  await page.mouse.move(box.x + box.width - 2, y);
  await page.mouse.up();
  await settle(page);
  const fish = Number(await page.inputValue('#logit-3-box'));
  assert.ok(fish > 9, `dragging to the right end raises the logit (got ${fish})`);
  const probs = (await tableRows(page, 'table-probs')).map((r) => r[1]);
  assert.deepEqual(probs, softmax3([2, 1, 0.5, fish]));
  assert.notEqual(await canvasHash(page, '[data-testid=chart-probs]'), chartBefore);
  assert.notEqual(await canvasHash(page, '[data-testid=chart-logits]'), logitsBefore);
  const search = await page.evaluate(() => location.search);
  assert.match(search, new RegExp(`logits=2,1,0\\.5,${fish}`));
  noProblems(assert, problems);
  await context.close();
});

test('typing in a number box and using the keyboard both work', async () => {
  const { page, context, problems } = await env.open('/?s=softmax');
  await page.fill('#logit-1-box', '3.5');
  await page.press('#logit-1-box', 'Enter');
  await settle(page, 50);
  assert.deepEqual((await tableRows(page, 'table-probs')).map((r) => r[1]), softmax3([2, 3.5, 0.5, -1]));
  await page.focus('#logit-0');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await settle(page, 50);
  assert.equal(await page.inputValue('#logit-0-box'), '2.5');
  assert.deepEqual((await tableRows(page, 'table-probs')).map((r) => r[1]), softmax3([2.5, 3.5, 0.5, -1]));
  assert.match(await page.getAttribute('#logit-0', 'aria-valuetext'), /cat: logit 2\.5, probability 0\.\d{3}/);
  await page.fill('#logit-1-box', '50');
  await page.press('#logit-1-box', 'Enter');
  await settle(page, 50);
  assert.equal(await page.inputValue('#logit-1-box'), '10.0');
  assert.match(await page.textContent('#logit-1-msg'), /set to 10/, 'a clamped value is explained');
  await page.press('#logit-1-box', 'ArrowDown');
  await settle(page, 50);
  assert.equal(await page.inputValue('#logit-1-box'), '9.9', 'arrow keys step the number box');
  await page.fill('#logit-2-box', 'banana');
  await page.press('#logit-2-box', 'Enter');
  await settle(page, 50);
  assert.equal(await page.inputValue('#logit-2-box'), '0.5');
  assert.match(await page.textContent('#logit-2-msg'), /not a number/);
  noProblems(assert, problems);
  await context.close();
});

test('removing a token keeps the keyboard focus in the token list', async () => {
  const { page, context, problems } = await env.open('/?s=softmax');
  await page.focus('.token-row:nth-child(2) .icon-button');
  await page.keyboard.press('Enter');
  await settle(page, 50);
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  assert.equal(focused, 'Remove bird', 'focus moves to the row that took its place');
  assert.deepEqual((await tableRows(page, 'table-probs')).map((r) => r[0]), ['cat', 'bird', 'fish']);
  noProblems(assert, problems);
  await context.close();
});

test('presets and shift invariance', async () => {
  const { page, context, problems } = await env.open('/?s=softmax');
  await page.click('text=All equal');
  await settle(page, 50);
  assert.deepEqual((await tableRows(page, 'table-probs')).map((r) => r[1]), ['0.250', '0.250', '0.250', '0.250']);
  await page.click('text=Two tied');
  await page.click('[data-testid=shift-up]');
  await page.click('[data-testid=shift-up]');
  await settle(page, 50);
  assert.deepEqual((await tableRows(page, 'table-logits')).map((r) => r[1]), ['5.0', '5.0', '2.0', '2.0']);
  assert.deepEqual((await tableRows(page, 'table-probs')).map((r) => r[1]), softmax3([3, 3, 0, 0]));
  assert.match(await page.textContent('[data-testid=shift-report]'), /\+2\.0 in all.*0\.000000/);
  noProblems(assert, problems);
  await context.close();
});

test('the URL round-trips every control of the section', async () => {
  const { page, context, problems } = await env.open('/?s=softmax');
  await page.click('[data-testid=add-token]');
  await page.fill('.token-row:nth-child(5) .token-row__name-input', 'on, the');
  await page.press('.token-row:nth-child(5) .token-row__name-input', 'Tab');
  await page.fill('#logit-4-box', '-2.5');
  await page.press('#logit-4-box', 'Enter');
  await settle(page);
  const url = page.url();
  assert.match(url, /tokens=cat,dog,bird,fish,on%2C%20the/);
  const rows = await tableRows(page, 'table-probs');
  const again = await env.open(url.replace(/^https?:\/\/[^/]+/, ''));
  assert.deepEqual(await tableRows(again.page, 'table-probs'), rows);
  assert.equal(rows[4][0], 'on, the');
  noProblems(assert, [...problems, ...again.problems]);
  await context.close();
  await again.context.close();
});

test('screenshots at desktop and phone widths; no sideways scrolling on a phone', async () => {
  for (const [name, width, scale] of [['desktop', 1280, 1], ['phone', 390, 3], ['narrow', 360, 2]]) {
    const { page, context, problems } = await env.open('/?s=softmax', { width, height: 844, scale });
    await settle(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name}: page is ${overflow}px wider than the screen`);
    await inView(page, '[data-testid=chart-probs]');
    const canvas = await page.$eval('[data-testid=chart-probs]', (c) => [c.width, c.clientWidth]);
    assert.equal(canvas[0], Math.round(canvas[1] * scale), `${name}: canvas backing store follows devicePixelRatio`);
    if (name !== 'narrow') await screenshot(page, `softmax-${name}`);
    noProblems(assert, problems);
    await context.close();
  }
});

test('the formula is real MathML, laid out as a fraction, with a spoken form', async () => {
  const { page, context, problems } = await env.open('/?s=softmax');
  const math = await page.$eval('.formula math', (m) => ({
    ns: m.namespaceURI,
    label: m.getAttribute('aria-label'),
    fraction: m.querySelector('mfrac')?.namespaceURI,
    height: m.getBoundingClientRect().height,
  }));
  assert.equal(math.ns, 'http://www.w3.org/1998/Math/MathML');
  assert.equal(math.fraction, 'http://www.w3.org/1998/Math/MathML');
  assert.match(math.label, /^p i equals e to the z i, divided by the sum/);
  assert.ok(math.height > 40, `a two-storey fraction, ${math.height}px tall`);
  noProblems(assert, problems);
  await context.close();
});
