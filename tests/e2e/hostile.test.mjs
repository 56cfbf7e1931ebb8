// Hostile token names stay text everywhere a token name is shown: the big picture, the
// playground, every data table, the one-hot sum and sentence, sampling and its draws, the quiz
// and the share dialog. If any of them became markup, the image's onerror would set window.PWNED
// or the bold element would appear.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { settle, tableRows } from '../../scripts/browser.mjs';
import { setup, noProblems } from './support.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

// Both fit the 24-character limit, so they reach the page whole.
const IMG = '<img src=x onerror=PWNED=1>';
const BOLD = '"><b id=bold>b</b>';
const NAMES = [IMG.slice(0, 24), BOLD, 'plain'];
const QUERY = `tokens=${NAMES.map(encodeURIComponent).join(',')}&logits=2,1,0`;

/** Fails when anything the names carry became an element or ran. */
async function nothingInjected(page, where) {
  assert.equal(await page.$('main img, dialog img'), null, `${where}: no <img> was made`);
  assert.equal(await page.$('#bold'), null, `${where}: no <b> was made`);
  assert.equal(await page.evaluate(() => window.PWNED), undefined, `${where}: no handler ran`);
}

test('the big picture shows hostile names as text in every step', async () => {
  const { page, context, problems } = await env.open(`/?${QUERY}`);
  for (let step = 0; step < 6; step++) {
    const text = await page.textContent('[data-testid=overview-step]');
    if (step >= 2 && step !== 4) assert.ok(text.includes(NAMES[0]) && text.includes(BOLD), `step ${step + 1}: ${text}`);
    await nothingInjected(page, `step ${step + 1}`);
    if (step < 5) await page.click('text=Next →');
  }
  noProblems(assert, problems);
  await context.close();
});

test('the playground, its tables and its labels show hostile names as text', async () => {
  const { page, context, problems } = await env.open(`/?s=softmax&${QUERY}`);
  const boxes = await page.$$eval('.token-row__name-input', (xs) => xs.map((x) => x.value));
  assert.deepEqual(boxes, NAMES);
  assert.deepEqual((await tableRows(page, 'table-probs')).map((r) => r[0]), NAMES);
  assert.deepEqual((await tableRows(page, 'table-arithmetic')).map((r) => r[0]), NAMES);
  assert.equal(await page.textContent('label[for=logit-1]'), `Logit of ${BOLD}`);
  assert.equal(await page.getAttribute('#logit-1-box', 'aria-label'), `Logit of ${BOLD} (type a value)`);
  assert.match(await page.getAttribute('#logit-1', 'aria-valuetext'), new RegExp(`^${BOLD.replace(/[()<>"\/]/g, '.')}: logit 1\\.0`));
  // A hostile name typed into the editor is text too.
  await page.fill('.token-row:nth-child(3) .token-row__name-input', '<b id=bold>typed</b>');
  await page.press('.token-row:nth-child(3) .token-row__name-input', 'Enter');
  await settle(page);
  assert.equal((await tableRows(page, 'table-probs'))[2][0], '<b id=bold>typed</b>');
  await nothingInjected(page, 'playground');
  noProblems(assert, problems);
  await context.close();
});

test('sampling, its draws and the order comparison show hostile names as text', async () => {
  const { page, context, problems } = await env.open(`/?s=sampling&${QUERY}&seed=3`);
  assert.deepEqual((await tableRows(page, 'table-sampling')).map((r) => r[0]), NAMES);
  await page.click('[data-testid=draw-100]');
  await settle(page, 50);
  assert.deepEqual((await tableRows(page, 'table-draws')).map((r) => r[0]), NAMES);
  const drawn = await page.textContent('[data-testid=sentence] mark');
  assert.ok(NAMES.includes(drawn), drawn);
  await page.check('[data-testid=compare-orders]');
  assert.deepEqual((await tableRows(page, 'table-orders')).map((r) => r[0]), NAMES);
  await nothingInjected(page, 'sampling');
  noProblems(assert, problems);
  await context.close();
});

test('the one-hot view, its sum and the word picker show hostile names as text', async () => {
  const { page, context, problems } = await env.open(`/?s=loss&${QUERY}&target=1`);
  assert.equal(await page.textContent('[data-testid=onehot-sentence] mark'), BOLD);
  const words = await page.$$eval('.candidate strong', (xs) => xs.map((x) => x.textContent));
  assert.deepEqual(words, NAMES);
  assert.deepEqual((await tableRows(page, 'table-onehot')).map((r) => r[0]), NAMES);
  assert.match(await page.textContent('[data-testid=onehot-sum]'), /^L = −\(0 · ln 0\.\d{3} \+ 1 · ln/);
  await page.click(`.candidate:has-text("plain")`);
  await settle(page, 50);
  assert.equal(await page.textContent('[data-testid=onehot-sentence] mark'), 'plain');
  await nothingInjected(page, 'cross-entropy');
  noProblems(assert, problems);
  await context.close();
});

test('the quiz and the share dialog stay free of markup with hostile names in the link', async () => {
  const { page, context, problems } = await env.open(`/?s=quiz&${QUERY}`);
  assert.equal(await page.locator('form.quiz-q').count(), 8);
  await nothingInjected(page, 'quiz');
  await page.click('[data-testid=share]');
  await page.waitForSelector('dialog.share[open]');
  const link = await page.$eval('#share-link', (t) => t.value);
  const snippet = await page.$eval('#share-iframe', (t) => t.value);
  assert.ok(link.includes(`tokens=${encodeURIComponent(NAMES[0]).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`), link);
  assert.ok(!/[<>"]/.test(link), `the link is percent-encoded: ${link}`);
  assert.equal((snippet.match(/</g) || []).length, 4, `only <iframe>, </iframe>, <script> and </script>: ${snippet}`);
  assert.ok(!snippet.split('\n')[1].includes('PWNED'), `the resize script carries no name: ${snippet}`);
  assert.ok(!snippet.includes('onerror=PWNED') || snippet.includes('onerror%3DPWNED'), snippet);
  await nothingInjected(page, 'share dialog');
  // The link read back shows the same names.
  const back = await env.open(link.replace(env.server.base, ''));
  await back.page.click('.section-nav a[href="?s=softmax"]');
  // The section's cards follow its heading one per task.
  await back.page.waitForSelector('[data-testid=table-probs] tbody tr', { state: 'attached' });
  assert.deepEqual((await tableRows(back.page, 'table-probs')).map((r) => r[0]), NAMES);
  await nothingInjected(back.page, 'the shared link');
  await back.context.close();
  noProblems(assert, problems);
  await context.close();
});
