// The lesson shell: big-picture stepper, navigation, hostile links, the GitHub Pages sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { settle, SUBPATH, tableRows } from '../../scripts/browser.mjs';
import { setup, screenshot, noProblems } from './support.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

test('the big picture steps through the pipeline with live numbers', async () => {
  const { page, context, problems } = await env.open('/');
  assert.match(await page.textContent('h1'), /The big picture/);
  assert.match(await page.textContent('[data-testid=overview-step]'), /Transformer blocks/);
  for (let i = 0; i < 3; i++) await page.click('text=Next →');
  const step = await page.textContent('[data-testid=overview-step]');
  assert.match(step, /Softmax turns logits into probabilities/);
  assert.match(step, /cat\s*0\.609/);
  await page.keyboard.press('Tab');
  await page.click('.stepper__step >> nth=5');
  assert.match(await page.textContent('[data-testid=overview-step]'), /dog\s*\+0\.224/);
  await page.click('.stepper__step >> nth=0');
  for (const [name, width, scale] of [['desktop', 1280, 1], ['phone', 390, 3]]) {
    const shot = await env.open('/', { width, height: 844, scale });
    await settle(shot.page);
    await screenshot(shot.page, `overview-${name}`);
    noProblems(assert, shot.problems);
    await shot.context.close();
  }
  noProblems(assert, problems);
  await context.close();
});

test('the navigation switches sections in place and updates the URL', async () => {
  const { page, context, problems } = await env.open('/');
  await page.click('.section-nav__list >> text=Logits and softmax');
  await settle(page);
  assert.match(await page.textContent('h1'), /Logits and softmax/);
  assert.equal(await page.evaluate(() => location.search), '?v=1&s=softmax');
  assert.equal(await page.getAttribute('.section-nav a[href="?s=softmax"]', 'aria-current'), 'page');
  noProblems(assert, problems);
  await context.close();
});

test('on a phone the navigation is one row whose button opens the list; the arrows step through the lesson', async () => {
  const { page, context, problems } = await env.open('/?s=loss', { width: 390, height: 844, scale: 2 });
  const toggle = '[data-testid=nav-toggle]';
  assert.equal((await page.textContent(toggle)).trim(), '3 / 9 \u00b7 Cross-entropy');
  assert.equal(await page.getAttribute(toggle, 'aria-expanded'), 'false');
  assert.equal(await page.isVisible('.section-nav__list'), false, 'the list is folded');
  // The keyboard opens it.
  await page.focus(toggle);
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute(toggle, 'aria-expanded'), 'true');
  assert.equal(await page.locator('.section-nav__list a:visible').count(), 10);
  const box = await page.locator('.section-nav__list a[href="?s=stability"]').boundingBox();
  assert.ok(box.height >= 44, `list links are 44 px tall (${box.height})`);
  await page.click('.section-nav__list >> text=Numerical stability');
  await settle(page);
  assert.match(await page.textContent('h1'), /Numerical stability/);
  assert.equal(await page.isVisible('.section-nav__list'), false, 'choosing a section folds the list');
  assert.equal(await page.getAttribute(toggle, 'aria-expanded'), 'false');
  assert.equal((await page.textContent(toggle)).trim(), '6 / 9 \u00b7 Numerical stability');
  await page.click('.section-nav__step--next');
  await settle(page);
  assert.match(await page.textContent('h1'), /Softmax in attention/);
  await page.click('.section-nav__step--prev');
  await page.click('.section-nav__step--prev');
  await settle(page);
  assert.match(await page.textContent('h1'), /Training loop/);
  assert.match(await page.evaluate(() => location.search), /s=training/);
  assert.match(await page.textContent('.section-nav__step--prev'), /Previous: Gradients/);
  assert.match(await page.textContent('.section-nav__step--next'), /Next: Numerical stability/);
  noProblems(assert, problems);
  await context.close();
});

test('a hostile link is cleaned, explained and rendered as text', async () => {
  const evil = encodeURIComponent('<img src=x onerror=alert(1)>');
  const many = Array.from({ length: 1500 }, (_, i) => `t${i}`).join(',');
  const { page, context, problems } = await env.open(
    `/?s=softmax&tokens=${evil},b,${many}&logits=NaN,1e999,-inf&t=-4&top_p=9&seed=x&theme=neon`,
  );
  const notices = await page.textContent('[data-testid=notices]');
  assert.match(notices, /plain text/);
  assert.match(notices, /keeps the first 20/);
  assert.equal(await page.$('img'), null, 'no element was injected');
  const rows = await tableRows(page, 'table-probs');
  assert.equal(rows.length, 20);
  assert.equal(rows[0][0], '<img src=x onerror=alert(1)>'.slice(0, 24));
  noProblems(assert, problems);
  await context.close();
});

test('the sub-path build (GitHub Pages) loads every file and works', async () => {
  const { page, context, problems } = await env.open(`${SUBPATH}?s=softmax`);
  assert.deepEqual((await tableRows(page, 'table-probs')).map((r) => r[1]), ['0.609', '0.224', '0.136', '0.030']);
  await page.fill('#logit-0-box', '0');
  await page.press('#logit-0-box', 'Enter');
  await settle(page);
  assert.ok(page.url().includes(`${SUBPATH}?v=1&s=softmax&logits=0,1,0.5,-1`), page.url());
  noProblems(assert, problems);
  await context.close();
});

test('printing a section gives the lesson alone, with its charts and every table open', async () => {
  const { page, context, problems } = await env.open('/?s=softmax&theme=dark');
  await settle(page);
  assert.equal(await page.isVisible('[data-testid=table-probs]'), false, 'tables start closed on screen');
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.masthead', '.layout__nav', '.footer']) {
    assert.equal(await page.isVisible(chrome), false, `${chrome} is not printed`);
  }
  assert.equal(await page.isVisible('[data-testid=table-probs]'), true, 'tables print open');
  assert.equal(await page.isVisible('[data-testid=chart-probs]'), true);
  const ink = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
  assert.deepEqual(ink, ['rgb(255, 255, 255)', 'rgb(0, 0, 0)'], 'dark ink on white, even from the dark theme');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  assert.ok(pdf.length > 20_000 && pdf.subarray(0, 5).toString() === '%PDF-', `a real PDF (${pdf.length} B)`);
  await screenshot(page, 'softmax-print');
  noProblems(assert, problems);
  await context.close();
});

test('the big picture shows token names as text, never as markup', async () => {
  const evil = encodeURIComponent('<img src=x onerror=alert(1)>');
  const { page, context, problems } = await env.open(`/?tokens=${evil},b&logits=1,0`);
  for (let i = 0; i < 2; i++) await page.click('text=Next →');
  const step = await page.textContent('[data-testid=overview-step]');
  assert.ok(step.includes('<img src=x onerror=alert(1)>'.slice(0, 24)), step);
  assert.equal(await page.$('[data-testid=overview-step] img'), null, 'no element was injected');
  noProblems(assert, problems);
  await context.close();
});

test('Next and Previous walk all ten sections in lesson order; embeds leave them out unless asked', async () => {
  const { page, context, problems } = await env.open('/');
  const order = await page.$$eval('.section-nav__link', (links) => links.map((a) => a.getAttribute('href').slice(3)));
  assert.deepEqual(order, ['overview', 'softmax', 'sampling', 'loss', 'gradients', 'training', 'stability', 'attention', 'pitfalls', 'quiz']);
  const titles = await page.$$eval('.section-nav__link', (links) => links.map((a) => a.textContent.replace(/^\d+/, '').trim()));
  assert.equal(await page.$('.pager__link--prev'), null, 'nothing before the big picture');
  for (let i = 1; i < order.length; i++) {
    assert.match(await page.textContent('.pager__link--next'), new RegExp(`^Next →\\s*\\d\\. ${titles[i]}$`));
    await page.click('.pager__link--next');
    await settle(page);
    assert.equal(await page.textContent('h1'), titles[i]);
    assert.equal(new URL(page.url()).searchParams.get('s'), order[i]);
    const top = await page.$eval('h1', (h) => h.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 200, `the new section's heading is in view (${top})`);
  }
  assert.equal(await page.$('.pager__link--next'), null, 'nothing after the quiz');
  for (let i = order.length - 2; i >= 0; i--) {
    await page.click('.pager__link--prev');
    await settle(page, 100);
    assert.equal(await page.textContent('h1'), titles[i]);
  }
  const embed = await env.open('/?s=loss&embed=1');
  assert.equal(await embed.page.$('[data-testid=pager]'), null, 'an embed has no pager');
  await embed.context.close();
  const asked = await env.open('/?s=loss&embed=1&pager=1');
  assert.match(await asked.page.textContent('.pager__link--prev'), /2\. Temperature and sampling/);
  assert.match(await asked.page.textContent('.pager__link--next'), /4\. Gradients/);
  noProblems(assert, [...problems, ...asked.problems]);
  await asked.context.close();
  await context.close();
});

test('the big picture links each step to its sections and lists the references', async () => {
  const { page, context, problems } = await env.open('/');
  await page.click('.stepper__step >> nth=3');
  const links = await page.$$eval('[data-testid=overview-links] a', (a) => a.map((x) => [x.textContent, x.getAttribute('href')]));
  assert.deepEqual(links, [['1. Logits and softmax →', '?s=softmax'], ['6. Numerical stability →', '?s=stability']]);
  await page.click('.stepper__step >> nth=0');
  assert.deepEqual(await page.$$eval('[data-testid=overview-links] a', (a) => a.map((x) => x.getAttribute('href'))), ['?s=attention']);
  const works = async (p) => p.$$eval('[data-testid=references] li', (li) => li.map((x) => [x.querySelector('a').textContent, x.querySelector('a').href]));
  const listed = await works(page);
  assert.deepEqual(listed.map((w) => w[0]), ['Attention Is All You Need', 'The Curious Case of Neural Text Degeneration',
    'Turning Up the Heat: Min-p Sampling for Creative and Coherent LLM Outputs',
    'Distilling the Knowledge in a Neural Network', 'Rethinking the Inception Architecture for Computer Vision',
    'Deep Learning']);
  assert.match(listed[1][1], /1904\.09751/);
  assert.match(listed[2][1], /2407\.01082/);
  assert.match(listed[4][1], /1512\.00567/);
  await page.click('[data-testid=overview-links] a');
  await settle(page);
  assert.equal(await page.textContent('h1'), 'Softmax in attention');
  noProblems(assert, problems);
  await context.close();
});
