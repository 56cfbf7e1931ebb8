// The lesson in Chinese and in Arabic, as their students meet it: every section in the language
// (not one English sentence of four words or more left, `<html lang dir>` set) on a 360 px phone
// without sideways scrolling and with nothing for axe; a browser that prefers the language gets
// it without lang=; the language menu; a quiz answer (in Arabic typed with Arabic-Indic digits and
// the Arabic decimal mark); and right to left, a layout that mirrors around charts, sliders and
// numbers that do not. What every language shares is tested in English and Spanish elsewhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { settle, tableRows } from '../../scripts/browser.mjs';
import { setup, noProblems, screenshot, violations } from './support.mjs';
import { SECTIONS, englishPhrases, openIn as open, shownText } from './languages.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const openIn = (path, options) => open(env.browser, env.server.base, path, options);

/** Each language, with its direction and a word of its own that the page must show. */
const LANGS = [
  { lang: 'zh', dir: 'ltr', locale: 'zh-CN', title: '逻辑值与 softmax', menu: '简体中文' },
  { lang: 'ar', dir: 'rtl', locale: 'ar-EG', title: 'اللوجيتات ودالة softmax', menu: 'العربية' },
];

/** Western digits and a decimal point written with Arabic-Indic digits and the Arabic decimal mark. */
const arabicIndic = (s) => s.replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d))).replace('.', '\u066b');

/** Every minus or plus sign written just before a digit in the lesson that shows at that digit's
 * right (right to left, a number must still read left to right), and how many were looked at. */
async function signsOnTheRight(page) {
  const [seen, wrong] = await page.evaluate(() => {
    const out = [];
    let n = 0;
    const walk = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    const box = (t, i) => { range.setStart(t, i); range.setEnd(t, i + 1); return range.getBoundingClientRect(); };
    while (walk.nextNode()) {
      const t = walk.currentNode;
      for (let i = 0; i < t.data.length - 1; i++) {
        if (!/[\u2212+]/.test(t.data[i]) || !/\d/.test(t.data[i + 1])) continue;
        const [sign, digit] = [box(t, i), box(t, i + 1)];
        if (!sign.width || Math.abs(sign.top - digit.top) > 2) continue;
        n += 1;
        if (sign.left > digit.left) out.push(`${t.parentElement.tagName.toLowerCase()} “${t.data.slice(Math.max(0, i - 12), i + 8)}”`);
      }
    }
    return [n, out];
  });
  return { seen, wrong };
}

for (const { lang, dir } of LANGS) {
  test(`every section in ${lang} on a 360 px phone: lang and dir set, no sideways scroll, axe clean, no English sentence left`, async () => {
    const phrases = englishPhrases(lang);
    assert.ok(phrases.length > 300, `the English text has its sentences (${phrases.length})`);
    const fails = [];
    let signs = 0;
    for (const s of SECTIONS) {
      const { page, context, problems } = await openIn(`/?s=${s}&lang=${lang}`, { width: 360, height: 640, mobile: true });
      try {
        assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), [lang, dir]);
        const over = await page.evaluate(() => document.documentElement.scrollWidth - Math.min(window.innerWidth, document.documentElement.clientWidth));
        if (over > 0) fails.push(`${s}: ${over}px wider than 360`);
        const found = await violations(page);
        if (found.length) fails.push(`${s}: ${found.join('; ')}`);
        // Every folded table and box open: what a student can unfold counts too.
        await page.$$eval('main details', (all) => all.forEach((d) => { d.open = true; }));
        await settle(page, 100);
        const shown = await shownText(page);
        for (const p of phrases) if (shown.includes(p)) fails.push(`${s}: English left: “${p}”`);
        if (dir === 'rtl') {
          const { seen, wrong } = await signsOnTheRight(page);
          signs += seen;
          for (const x of wrong) fails.push(`${s}: a sign at the right of its number: ${x}`);
        }
        if (s === 'softmax' || s === 'quiz') await screenshot(page, `${lang}-${s}-360`);
        noProblems(assert, problems);
      } finally {
        await context.close();
      }
    }
    if (dir === 'rtl') assert.ok(signs > 50, `signed numbers looked at: ${signs}`);
    assert.deepEqual(fails, [], fails.join('\n'));
  });
}

test('a browser that prefers Chinese or Arabic gets it without lang=, and the menu names every language in itself', async () => {
  for (const { lang, dir, locale, title, menu } of LANGS) {
    const { page, context, problems } = await openIn('/?s=softmax', { locale });
    try {
      assert.equal(await page.textContent('h1'), title);
      assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), [lang, dir]);
      assert.deepEqual(await page.$$eval('[data-testid=language] option', (o) => o.map((x) => x.textContent.trim())), ['English', 'Español', '简体中文', 'العربية']);
      assert.equal(await page.$eval('[data-testid=language]', (s) => s.selectedOptions[0].textContent.trim()), menu);
      // Latin digits in both, as their science teaching writes them.
      assert.equal(await page.inputValue('#logit-0-box'), '2.0');
      noProblems(assert, problems);
    } finally {
      await context.close();
    }
  }
});

test('the language menu turns the page right to left and back, keeping the section and its settings', async () => {
  const { page, context, problems } = await openIn('/?s=sampling&t=0.5');
  try {
    await page.selectOption('[data-testid=language]', 'ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl' && document.querySelector('h1')?.textContent === 'درجة الحرارة وأخذ العينات');
    await page.waitForSelector('html[data-built] .section-body[data-section=sampling]');
    assert.equal(await page.inputValue('#temperature-box'), '0.50');
    await page.selectOption('[data-testid=language]', 'en');
    await page.waitForFunction(() => document.documentElement.dir === 'ltr' && document.querySelector('h1')?.textContent === 'Temperature and sampling');
    noProblems(assert, problems);
  } finally {
    await context.close();
  }
});

for (const { lang } of LANGS) {
  test(`a quiz answer is checked in ${lang}${lang === 'ar' ? ', typed with Arabic-Indic digits and the Arabic decimal mark' : ''}`, async () => {
    const { page, context, problems } = await openIn(`/?s=quiz&seed=42&lang=${lang}`);
    try {
      await page.waitForSelector('form.quiz-q[data-kind=loss]');
      const prompt = await page.textContent('form.quiz-q[data-kind=loss] .quiz-q__prompt');
      const p = Number(prompt.match(/\d+\.\d+/)[0]);
      const western = (-Math.log(p)).toFixed(2);
      const answer = lang === 'ar' ? arabicIndic(western) : western;
      await page.fill('form.quiz-q[data-kind=loss] input[name=answer]', answer);
      await page.click('form.quiz-q[data-kind=loss] button');
      assert.match(await page.textContent('form.quiz-q[data-kind=loss] .quiz-q__feedback'), /^\u2713 /, `${prompt} -> ${answer}`);
      noProblems(assert, problems);
    } finally {
      await context.close();
    }
  });
}

test('Arabic mirrors the layout but not a chart, a slider or a number', async () => {
  const { page, context, problems } = await openIn('/?s=softmax&lang=ar&logits=4,0,0,-1');
  try {
    // The navigation sits at the right of the lesson, the previous section's link too.
    const [nav, main] = await page.$$eval('.layout__nav, .layout__main', (e) => e.map((x) => x.getBoundingClientRect().left));
    assert.ok(nav > main, `the navigation (x ${nav}) is right of the lesson (x ${main})`);
    const [prev, next] = await page.$$eval('.pager__link--prev, .pager__link--next', (e) => e.map((x) => x.getBoundingClientRect().left));
    assert.ok(prev > next, `previous (x ${prev}) at the right, next (x ${next}) at the left`);
    // The probability chart is not mirrored: its tallest bar, the first token's, is at its left.
    const tallest = await page.$eval('[data-testid=chart-probs]', (c) => {
      const ctx = c.getContext('2d');
      const { data, width, height } = ctx.getImageData(0, 0, c.width, c.height);
      const bg = data.slice(0, 3).join();
      let best = [0, -1];
      for (let x = 0; x < width; x++) {
        let n = 0;
        for (let y = 0; y < height; y++) {
          const i = (y * width + x) * 4;
          if (data[i] < 80 && data[i + 2] > 120 && `${data[i]},${data[i + 1]},${data[i + 2]}` !== bg) n++;
        }
        if (n > best[0]) best = [n, x / width];
      }
      return best[1];
    });
    assert.ok(tallest >= 0 && tallest < 0.35, `the tallest bar at ${Math.round(tallest * 100)}% of the chart's width`);
    assert.equal((await tableRows(page, 'table-arithmetic'))[0][0], 'قطة', 'the table starts with the first token');
    // A slider's value grows to the right, as the chart's axis does; its number box reads left to right.
    assert.deepEqual(await page.$$eval('#logit-0, #logit-0-box', (e) => e.map((x) => getComputedStyle(x).direction)), ['ltr', 'ltr']);
    // A number in a sentence is isolated, so its minus sign stays at its left.
    assert.match(await page.getAttribute('#logit-3', 'aria-valuetext'), /\u2068\u22121\.0\u2069/);
    await screenshot(page, 'ar-softmax-1280');
    noProblems(assert, problems);
  } finally {
    await context.close();
  }
});
