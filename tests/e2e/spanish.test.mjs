// The lesson in Spanish, as a Spanish-speaking student meets it: a link with lang=es or a browser
// that prefers Spanish; every section without an English sentence left on screen (compared with
// the English text files the build wrote), numbers with a decimal comma, a quiz answer typed with
// one, the language menu that keeps the section and the settings, offline, axe and no sideways
// scrolling on a phone. What each language shares (the mechanism) is tested in English elsewhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { settle, tableRows } from '../../scripts/browser.mjs';
import { setup, noProblems, screenshot, violations } from './support.mjs';
import { SECTIONS, englishPhrases, openIn as open, shownText } from './languages.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

/** A page of the lesson in a browser whose languages are `locale` (Spanish by default). */
const openIn = (path, { locale = 'es-ES', ...rest } = {}) => open(env.browser, env.server.base, path, { locale, ...rest });

test('every section in Spanish: not one English sentence of four words or more on screen', async () => {
  const phrases = englishPhrases('es');
  assert.ok(phrases.length > 300, `the English text has its sentences (${phrases.length})`);
  const left = [];
  for (const s of SECTIONS) {
    const { page, context, problems } = await openIn(`/?s=${s}&lang=es`);
    try {
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
      // Every folded table and box open: what a student can unfold counts too.
      await page.$$eval('main details', (all) => all.forEach((d) => { d.open = true; }));
      await settle(page, 100);
      const shown = await shownText(page);
      for (const p of phrases) if (shown.includes(p)) left.push(`${s}: “${p}”`);
      if (s === 'softmax' || s === 'quiz') await screenshot(page, `es-${s}`);
      noProblems(assert, problems);
    } finally {
      await context.close();
    }
  }
  assert.deepEqual(left, [], `English left on screen:\n${left.join('\n')}`);
});

test('a browser that prefers Spanish gets Spanish without lang=, with its numbers: decimal comma, real minus', async () => {
  const { page, context, problems } = await openIn('/?s=softmax');
  try {
    assert.equal(await page.textContent('h1'), 'Logits y softmax');
    // The lesson's default logits are 2, 1, 0.5, -1: p = 0.609 for the first, written 0,609.
    assert.equal(await page.inputValue('#logit-0-box'), '2,0');
    await page.focus('#logit-0');
    await page.keyboard.press('ArrowRight');
    await settle(page, 100);
    assert.equal(await page.inputValue('#logit-0-box'), '2,1');
    const cells = await page.$$eval('[data-testid=table-arithmetic] tbody tr:last-child td', (c) => c.map((x) => x.textContent));
    assert.equal(cells[0], '\u22121,0', 'the last logit, −1, with a real minus and a comma');
    // A value typed with a decimal comma is read as one.
    await page.fill('#logit-1-box', '-0,5');
    await page.press('#logit-1-box', 'Enter');
    await settle(page, 100);
    assert.equal(await page.inputValue('#logit-1-box'), '\u22120,5');
    assert.match(await page.getAttribute('#logit-1', 'aria-valuetext'), /logit −0,5, probabilidad 0,\d{3}$/);
    noProblems(assert, problems);
  } finally {
    await context.close();
  }
});

test('the lesson\u2019s own words are Spanish too: an example\u2019s tokens, a token a student adds, a list of numbers', async () => {
  const { page, context, problems } = await openIn('/?s=gradients&lang=es');
  try {
    // The squared-error example uses the support bot's tokens of the language on screen.
    assert.deepEqual((await tableRows(page, 'table-squared-example')).map((r) => r[0]), ['reembolsar', 'reenviar', 'escalar']);
    assert.match(await page.textContent('#squared-error'), /con reenviar como palabra correcta/);
    await page.goto(`${env.server.base}/?s=softmax&lang=es`);
    await page.waitForSelector('html[data-built] .section-body');
    await page.click('[data-testid=add-token]');
    await settle(page, 100);
    assert.equal(await page.inputValue('.token-row:nth-child(5) .token-row__name-input'), 'sombrero');
    // With a decimal comma, a list's numbers are parted by semicolons: [0,49; −1,28; …].
    await page.goto(`${env.server.base}/?s=stability&lang=es`);
    await page.waitForSelector('html[data-built] .section-body');
    assert.equal(await page.textContent('[data-testid=stability-example]'), '[1000; 998; 997]');
    await page.click('[data-testid=stability-example]');
    await settle(page, 100);
    assert.match(await page.textContent('main'), /reembolsar/, 'the example loads Spanish tokens');
    noProblems(assert, problems);
  } finally {
    await context.close();
  }
});

test('a quiz answer typed with a decimal comma counts', async () => {
  const { page, context, problems } = await openIn('/?s=quiz&seed=42&lang=es');
  try {
    await page.waitForSelector('form.quiz-q[data-kind=loss]');
    const prompt = await page.textContent('form.quiz-q[data-kind=loss] .quiz-q__prompt');
    // "… probabilidad 0,25 …": the first number with a decimal comma.
    const p = Number(prompt.match(/\d+,\d+/)[0].replace(',', '.'));
    const answer = (-Math.log(p)).toFixed(2).replace('.', ',');
    await page.fill('form.quiz-q[data-kind=loss] input[name=answer]', answer);
    await page.click('form.quiz-q[data-kind=loss] button');
    assert.match(await page.textContent('form.quiz-q[data-kind=loss] .quiz-q__feedback'), /^\u2713 /, `${prompt} -> ${answer}`);
    noProblems(assert, problems);
  } finally {
    await context.close();
  }
});

test('the language menu redraws the section in Spanish and keeps the section and every setting', async () => {
  const { page, context, problems } = await openIn('/?s=sampling&t=0.5&top_p=0.9', { locale: 'en-US' });
  try {
    assert.equal(await page.textContent('h1'), 'Temperature and sampling');
    assert.equal(await page.inputValue('#temperature-box'), '0.50');
    await page.selectOption('[data-testid=language]', 'es');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Temperatura y muestreo');
    await page.waitForSelector('html[data-built] .section-body[data-section=sampling]');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    assert.equal(await page.inputValue('#temperature-box'), '0,50');
    await page.waitForFunction(() => /lang=es/.test(location.search));
    const q = new URLSearchParams(await page.evaluate(() => location.search));
    assert.deepEqual([q.get('s'), q.get('t'), q.get('top_p'), q.get('lang')], ['sampling', '0.5', '0.9', 'es']);
    assert.match(await page.title(), /^Temperatura y muestreo/);
    // And back: the English words return, the settings stay.
    await page.selectOption('[data-testid=language]', 'en');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Temperature and sampling');
    assert.equal(await page.inputValue('#temperature-box'), '0.50');
    noProblems(assert, problems);
  } finally {
    await context.close();
  }
});

test('Spanish works offline after one visit: reload, another section', async () => {
  const { page, context, problems } = await openIn('/?s=softmax&lang=es');
  try {
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(async () => (await caches.keys()).some((k) => k.startsWith('softmax-lab ')));
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(async () => {
      const key = (await caches.keys()).find((k) => k.startsWith('softmax-lab '));
      const cache = await caches.open(key);
      return (await cache.keys()).some((r) => /text-es-overview-/.test(r.url));
    });
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('html[data-built] .section-body');
    assert.equal(await page.textContent('h1'), 'Logits y softmax');
    await page.click('.section-nav__link[href="?s=overview"]');
    await page.waitForSelector('html[data-built] .section-body[data-section=overview]');
    assert.equal(await page.textContent('h1'), 'La visión de conjunto');
    await context.setOffline(false);
    noProblems(assert, problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p)));
  } finally {
    await context.close();
  }
});

test('Spanish on a phone: no sideways scrolling at 360 px and axe finds nothing, every section', async () => {
  const fails = [];
  for (const s of SECTIONS) {
    const { page, context, problems } = await openIn(`/?s=${s}&lang=es`, { width: 360, height: 640, mobile: true });
    try {
      const over = await page.evaluate(() => document.documentElement.scrollWidth - Math.min(window.innerWidth, document.documentElement.clientWidth));
      if (over > 0) fails.push(`${s}: ${over}px wider than 360`);
      const found = await violations(page);
      if (found.length) fails.push(`${s}: ${found.join('; ')}`);
      noProblems(assert, problems);
    } finally {
      await context.close();
    }
  }
  assert.deepEqual(fails, [], fails.join('\n'));
});
