// One visual language (issue 34): every disclosure opens with the same chevron, every button is
// one of the defined shapes, and on a wide screen a card's chart stands beside its controls with
// prose kept to a readable measure.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { settle } from '../../scripts/browser.mjs';
import { setup, noProblems } from './support.mjs';

const SECTIONS = ['overview', 'softmax', 'sampling', 'loss', 'gradients', 'training', 'stability', 'attention', 'pitfalls', 'quiz'];

/** The button shapes of style/components.css: secondary, primary (a variant of it), chip, icon. */
const SHAPES = ['button', 'chip', 'icon-button'];
/**
 * Buttons that are parts of a widget of their own rather than a free-standing button: a step of
 * the big picture's pipeline (a diagram), the phone navigation's toggle, the × of a pinned chart,
 * and a token of a pasted text (the text itself, clickable).
 */
const PARTS = ['stepper__step', 'section-nav__toggle', 'pinned-chart__close', 'paste__tok'];

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

/** Every summary's marker, as the browser draws it closed and open, and the buttons' classes. */
function survey(page) {
  return page.evaluate(() => {
    const marker = (s) => {
      const b = getComputedStyle(s, '::before');
      const own = getComputedStyle(s);
      return [b.content, b.width, b.height, b.borderRightWidth, b.borderBottomWidth, b.borderTopWidth, b.transform, own.listStyleType].join(' | ');
    };
    const summaries = [...document.querySelectorAll('summary')];
    const closed = summaries.map((s) => { s.parentElement.open = false; return marker(s); });
    const open = summaries.map((s) => { s.parentElement.open = true; return marker(s); });
    const what = (el) => `${el.closest('[data-testid]')?.dataset.testid ?? ''} "${el.textContent.trim().slice(0, 30)}"`;
    return {
      count: summaries.length,
      closed: [...new Set(closed)],
      open: [...new Set(open)],
      closedBy: summaries.map((s, i) => `${closed[i]} ${what(s)}`),
      buttons: [...document.querySelectorAll('button')].map((b) => ({ cls: [...b.classList], what: what(b) })),
    };
  });
}

test('every <details> opens with the same chevron, closed and open, in every section and both directions', async () => {
  const seen = { closed: new Set(), open: new Set() };
  let count = 0;
  for (const lang of ['en', 'ar']) {
    for (const s of SECTIONS) {
      const { page, context, problems } = await env.open(`/?s=${s}&lang=${lang}`);
      await settle(page, 100);
      const r = await survey(page);
      count += r.count;
      const key = lang === 'ar' ? 'rtl ' : '';
      r.closed.forEach((m) => seen.closed.add(key + m));
      r.open.forEach((m) => seen.open.add(key + m));
      assert.ok(r.closed.length <= 1, `${s} ${lang}: closed markers differ:\n${r.closedBy.join('\n')}`);
      assert.ok(r.open.length <= 1, `${s} ${lang}: open markers differ: ${r.open.join(' / ')}`);
      noProblems(assert, problems);
      await context.close();
    }
  }
  assert.ok(count > 60, `summaries checked: ${count}`);
  // One marker for the whole lesson in each direction (and each state): a chevron, not the
  // browser's triangle (list-style none).
  assert.equal(seen.closed.size, 2, [...seen.closed].join('\n'));
  assert.equal(seen.open.size, 2, [...seen.open].join('\n'));
  for (const m of [...seen.closed, ...seen.open]) assert.match(m, /\| none$/, m);
  const [ltrClosed] = [...seen.closed].filter((m) => !m.startsWith('rtl'));
  const [ltrOpen] = [...seen.open].filter((m) => !m.startsWith('rtl'));
  assert.notEqual(ltrClosed, ltrOpen, 'the chevron turns when the disclosure opens');
});

test('every button is one of the defined shapes (primary, secondary, chip, icon) or part of its own widget', async () => {
  const odd = [];
  for (const s of SECTIONS) {
    const { page, context, problems } = await env.open(`/?s=${s}`);
    // The parts loaded on first use too: the share dialog, the prediction cards, the paste box.
    await page.click('[data-testid=share]');
    await page.waitForSelector('dialog[open]');
    const dialog = (await survey(page)).buttons.filter((b) => b.what.startsWith('share-dialog'));
    assert.ok(dialog.length >= 2, `${s}: the share dialog's buttons`);
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached' }).catch(() => {});
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    // The survey left every disclosure open: the prediction cards and the paste box load.
    if (await page.$('details.predict')) await page.waitForSelector('[data-predict-box][data-mounted]');
    if (await page.$('details.paste')) await page.waitForSelector('.paste__actions');
    for (const b of [...dialog, ...(await survey(page)).buttons]) {
      const shape = b.cls.filter((c) => SHAPES.includes(c));
      const part = b.cls.some((c) => PARTS.includes(c));
      if (shape.length !== 1 && !part) odd.push(`${s}: ${b.what} [${b.cls.join(' ')}]`);
    }
    noProblems(assert, problems);
    await context.close();
  }
  assert.deepEqual(odd, [], odd.join('\n'));
});

test('at 1280, 1440 and 1920 px a card\'s chart stands beside its controls, and prose keeps a readable measure', async () => {
  for (const [width, height] of [[1280, 800], [1440, 900], [1920, 1080]]) {
    const { page, context, problems } = await env.open('/?s=stability', { width, height });
    const r = await page.evaluate(() => {
      const box = (sel) => document.querySelector(sel).getBoundingClientRect();
      const slider = box('#offset');
      const chart = box('[data-testid=chart-overflow]');
      // Each paragraph's width in characters of its own font (the width of its "0").
      const chars = (p) => {
        const probe = document.createElement('span');
        probe.textContent = '0';
        p.append(probe);
        const w = probe.getBoundingClientRect().width;
        probe.remove();
        return p.getBoundingClientRect().width / w;
      };
      const widest = Math.max(...[...document.querySelectorAll('.card p, .lede')].map(chars));
      return { beside: chart.left >= slider.right, chars: widest, layout: box('.layout').width, vw: innerWidth };
    });
    assert.ok(r.beside, `${width}px: the chart is right of the slider`);
    if (width === 1920) assert.ok(r.layout < r.vw * 0.8, `${width}px: the page does not stretch across the screen (${r.layout} of ${r.vw})`);
    assert.ok(r.chars <= 85, `${width}px: the widest paragraph is ${Math.round(r.chars)} characters wide`);
    noProblems(assert, problems);
    await context.close();
  }
});

test('at 1280 px every card laid out with a chart column has a chart in it (no half-empty card), in every section', async () => {
  const { page, context, problems } = await env.open('/?s=overview', { width: 1280, height: 800 });
  const empty = [];
  let cards = 0;
  for (const s of SECTIONS) {
    await page.goto(`${env.server.base}/?s=${s}`);
    await page.waitForSelector('html[data-built]');
    const found = await page.evaluate(() => [...document.querySelectorAll('.section-body > .card')]
      .filter((c) => getComputedStyle(c).display === 'grid')
      .map((c) => ({ id: c.id, charts: c.querySelectorAll(':scope > :is(.figure, .two-col) canvas.chart').length })));
    cards += found.length;
    for (const c of found) if (c.charts === 0) empty.push(`${s}: #${c.id}`);
  }
  assert.ok(cards >= 10, `cards with a chart column: ${cards}`);
  assert.deepEqual(empty, [], 'cards with a chart column and no chart in it');
  noProblems(assert, problems);
  await context.close();
});
