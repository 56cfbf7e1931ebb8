// The first screen arrives with the HTML: before the wasm has loaded (here: never, its request is
// held), the page already shows the masthead, the navigation and the section the address names,
// in the theme and layout the address asks for (its opening written from the section's text, which
// the first script fetches); without JavaScript every section's title shows under a line saying
// what the rest needs; and when the app takes over nothing on screen moves.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, SUBPATH, chartsPainted } from '../../scripts/browser.mjs';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser.close(); await server.close(); });

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** A page whose wasm never arrives: what it shows is the HTML alone (and its small script). */
async function htmlOnly(path, options = PHONE) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route(/\.wasm$/, () => new Promise(() => {}));
  await page.goto(server.base + path, { waitUntil: 'domcontentloaded' });
  // The first screen shows once the first script has written the fetched words in.
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-l'));
  return { page, context, errors };
}

/** Runs in the page before its scripts: sums the layout shifts not caused by input in __shift. */
function sumLayoutShift() {
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/** What is visible of the first screen: the title, the opening and the section label. */
const firstScreen = (page) => page.evaluate(() => {
  const shown = (sel) => [...document.querySelectorAll(sel)].filter((e) => e.getClientRects().length > 0);
  const box = (e) => { const r = e.getBoundingClientRect(); return [Math.round(r.top), Math.round(r.bottom)]; };
  return {
    titles: shown('h1').map((e) => e.textContent.trim()),
    ledes: shown('.lede').map((e) => e.textContent.trim()),
    numbers: shown('.section-head__num').map((e) => e.textContent.trim()),
    boxes: shown('h1, .lede, .masthead, .section-nav__toggle, .section-nav__list').map((e) => `${e.className} ${box(e)}`),
    current: shown('.section-nav__link[aria-current=page]').map((e) => e.textContent.trim()),
    where: shown('.section-nav__where').map((e) => e.textContent.trim()),
    theme: document.documentElement.getAttribute('data-theme'),
    masthead: shown('.masthead').length,
    nav: shown('.section-nav').length,
    vh: innerHeight,
  };
});

test('the section the address names is on screen before any wasm, at the right place', async () => {
  for (const [id, title] of [['sampling', 'Temperature and sampling'], ['attention', 'Softmax in attention'], ['quiz', 'Check yourself']]) {
    const { page, context, errors } = await htmlOnly(`/?s=${id}`);
    const s = await firstScreen(page);
    assert.deepEqual(s.titles, [title], `${id}: only its own title`);
    assert.equal(s.ledes.length, 1, `${id}: one opening`);
    assert.ok(s.ledes[0].length > 80, `${id}: the opening is there: ${s.ledes[0]}`);
    assert.match(s.where[0], new RegExp(`^\\d / 9 \u00b7 ${title}$`), `${id}: the folded navigation names it`);
    const [, titleBottom] = s.boxes.find((b) => b.startsWith('section-head__title')).split(' ')[1].split(',').map(Number);
    const [ledeTop] = s.boxes.find((b) => b.startsWith('lede')).split(' ')[1].split(',').map(Number);
    assert.ok(titleBottom <= 0.4 * s.vh, `${id}: the title ends at ${titleBottom}px of ${s.vh}`);
    assert.ok(ledeTop <= 0.6 * s.vh, `${id}: the opening starts at ${ledeTop}px of ${s.vh}`);
    assert.match(await page.textContent('#loading .prerender__status'), /Loading the sliders and charts/);
    assert.deepEqual(errors, []);
    await context.close();
  }
  // An unknown section shows the big picture, as the app does.
  const { page, context } = await htmlOnly('/?s=nonsense');
  assert.deepEqual((await firstScreen(page)).titles, ['The big picture']);
  await context.close();
});

test('the theme, the embed layout and a hidden navigation are right before any wasm', async () => {
  const dark = await htmlOnly('/?s=loss&theme=dark', { viewport: { width: 1280, height: 800 } });
  const d = await firstScreen(dark.page);
  assert.equal(d.theme, 'dark');
  assert.deepEqual(d.current, ['3Cross-entropy'], 'the navigation marks the section');
  const bg = await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.notEqual(bg, 'rgb(244, 246, 250)', 'the dark background, not the light one');
  await dark.context.close();

  const embed = await htmlOnly('/?s=softmax&embed=1');
  const e = await firstScreen(embed.page);
  assert.deepEqual(e.titles, ['Logits and softmax']);
  assert.equal(e.masthead, 0, 'no masthead in an embed');
  assert.equal(e.nav, 0, 'no navigation in an embed');
  await embed.context.close();

  const hidden = await htmlOnly('/?s=softmax&hide=nav', { viewport: { width: 1280, height: 800 } });
  const h = await firstScreen(hidden.page);
  assert.equal(h.nav, 0);
  assert.equal(h.masthead, 1);
  await hidden.context.close();
});

test('without JavaScript every section names itself and the page says what needs JavaScript', async () => {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.base}/?s=sampling`);
  const s = await firstScreen(page);
  assert.equal(s.titles.length, 10);
  assert.ok(s.titles.includes('Temperature and sampling'));
  assert.deepEqual(s.ledes.filter(Boolean), [], 'no openings: the first script writes them from the fetched text');
  const notice = await page.textContent('#main noscript');
  assert.match(notice, /need JavaScript and WebAssembly/);
  // Without a script the page cannot tell the language: the line is in the default's, as the titles are.
  assert.equal(await page.locator('#main noscript .prerender__status').count(), 1);
  const [lineTop, firstTitleTop] = await page.evaluate(() => [
    document.querySelector('#main noscript .prerender__status').getBoundingClientRect().top,
    document.querySelector('h1').getBoundingClientRect().top,
  ]);
  assert.ok(lineTop > 0 && lineTop < firstTitleTop, `the line about JavaScript comes first (${lineTop}px, the first title at ${firstTitleTop}px)`);
  assert.equal(await page.locator('.section-nav__link[aria-current]:visible').count(), 0, 'no section is marked current: the page cannot know which');
  assert.equal(await page.locator('.section-nav__link:visible').count(), 10, 'the whole list of sections');
  await context.close();
});

for (const [name, base] of [['/', '/'], ['the sub-path', SUBPATH]]) {
  test(`the app takes over without moving anything (${name}, phone and laptop; CLS 0)`, async () => {
    for (const options of [PHONE, { viewport: { width: 1280, height: 800 } }]) {
      for (const id of ['sampling', 'gradients']) {
        const before = await htmlOnly(`${base}?s=${id}`, options);
        const html = await firstScreen(before.page);
        await before.context.close();

        const context = await browser.newContext(options);
        const page = await context.newPage();
        await page.addInitScript(sumLayoutShift);
        await page.goto(`${server.base}${base}?s=${id}`);
        await page.waitForSelector('#loading', { state: 'detached' });
        await page.waitForSelector('canvas');
        await page.waitForTimeout(500);
        const app = await firstScreen(page);
        const size = options.viewport.width;
        assert.deepEqual(app.boxes, html.boxes, `${size}px ${id}: the same places before and after the app`);
        assert.deepEqual(app.titles, html.titles);
        assert.deepEqual(app.ledes, html.ledes, `${size}px ${id}: the HTML's opening is the app's`);
        const shift = await page.evaluate(() => window.__shift);
        assert.equal(shift, 0, `${size}px ${id}: layout shift ${shift}`);
        await context.close();
      }
    }
  });
}

test('with classic scrollbars the page does not move sideways as the section grows past the screen', async () => {
  // Lighthouse's desktop run saw 0.005 here: the scrollbar appeared once the cards arrived and
  // the centred page moved 7.5 px to the left.
  const classic = await launch([], { scrollbars: true });
  try {
    for (const id of ['softmax', 'sampling', 'loss']) {
      const page = await classic.newPage({ viewport: { width: 1350, height: 940 } });
      await page.addInitScript(sumLayoutShift);
      await page.goto(`${server.base}/?s=${id}`);
      await page.waitForSelector('html[data-built] .footer');
      await page.waitForTimeout(300);
      const [shift, bar] = await page.evaluate(() => [window.__shift, innerWidth - document.documentElement.clientWidth]);
      assert.ok(bar > 0, `${id}: the scrollbar takes room (${bar} px), or this test tests nothing`);
      assert.equal(shift, 0, `${id}: layout shift ${shift}`);
      await page.close();
    }
    // An embed is sized by its host to fit: it is never made taller than its frame.
    const embed = await classic.newPage({ viewport: { width: 800, height: 600 } });
    await embed.goto(`${server.base}/?s=pitfalls&embed=1`);
    await embed.waitForSelector('html[data-built]');
    const fitted = await embed.evaluate(() => {
      document.querySelector('.app').style.display = 'none';
      return document.documentElement.scrollHeight <= innerHeight;
    });
    assert.ok(fitted, 'an embed with nothing in it does not scroll');
    await embed.close();
  } finally {
    await classic.close();
  }
});

test('the shell mounts alone; the cards follow one per task in page order, the pager and footer last, nothing moves', async () => {
  for (const options of [PHONE, { viewport: { width: 1280, height: 800 } }]) {
    for (const id of ['softmax', 'sampling', 'attention', 'quiz', 'overview']) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await page.addInitScript(sumLayoutShift);
      await page.addInitScript(() => {
        // Every batch of mutations: how many cards it brought, and the cards at the takeover.
        window.__batches = [];
        let arrived = 0;
        const mo = new MutationObserver(() => {
          const fresh = [...document.querySelectorAll('.section-body .card:not([data-arrived])')];
          for (const c of fresh) c.dataset.arrived = String(arrived++);
          const ends = ['.pager', '.footer'].filter((s) => document.querySelector(s) && !document.querySelector(s).dataset.arrived);
          for (const s of ends) document.querySelector(s).dataset.arrived = String(arrived++);
          if (window.__takeover === undefined && !document.getElementById('loading') && document.querySelector('.section-body')) {
            window.__takeover = fresh.length;
          }
          if (fresh.length || ends.length) window.__batches.push([fresh.length, ...ends]);
        });
        addEventListener('DOMContentLoaded', () => mo.observe(document.body, { childList: true, subtree: true }));
      });
      await page.goto(`${server.base}/?s=${id}`);
      await page.waitForSelector('html[data-built] .footer');
      await chartsPainted(page);
      await page.waitForTimeout(300);
      const r = await page.evaluate(() => ({
        takeover: window.__takeover,
        batches: window.__batches,
        order: [...document.querySelectorAll('.section-body .card, .pager, .footer')].map((e) => Number(e.dataset.arrived)),
        cards: document.querySelectorAll('.section-body .card').length,
        shift: window.__shift,
      }));
      const where = `${options.viewport.width}px ${id}`;
      assert.equal(r.takeover, 0, `${where}: the app replaced the first screen with no card built yet`);
      assert.ok(r.cards >= 1, `${where}: cards`);
      assert.ok(r.batches.every(([n]) => n <= 1), `${where}: at most one card per task: ${JSON.stringify(r.batches)}`);
      assert.equal(r.batches.filter(([n]) => n === 1).length, r.cards, `${where}: each card in a task of its own`);
      assert.deepEqual(r.order, [...r.order].sort((a, b) => a - b), `${where}: cards arrive in page order, the pager and the footer after them`);
      assert.equal(r.order.length, r.cards + 2, `${where}: pager and footer`);
      assert.equal(r.shift, 0, `${where}: layout shift ${r.shift} while the cards arrived`);
      await context.close();
    }
  }
});

test('printing before the cards have all arrived prints the whole section', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // Every card waits until the test lets the queue run: the page is printed first.
  await page.addInitScript(() => {
    const real = window.setTimeout;
    window.__held = [];
    window.setTimeout = (f, ms, ...a) => (ms ? real(f, ms, ...a) : window.__held.push(() => f(...a)));
  });
  await page.goto(`${server.base}/?s=sampling`);
  // The shell is mounted (hidden), the HTML's first screen still shows, no card is built.
  await page.waitForSelector('.app[hidden] .section-head', { state: 'attached' });
  assert.equal(await page.locator('#loading').count(), 1, 'the first screen of the HTML still shows');
  assert.equal(await page.locator('.section-body .card').count(), 0, 'no card yet');
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.waitForTimeout(100);
  assert.equal(await page.locator('#loading').count(), 0, 'the app took over for the printout');
  assert.equal(await page.locator('.app[hidden]').count(), 0, 'and shows');
  assert.equal(await page.locator('.section-body .card').count(), 5, 'every card, for the printout');
  assert.equal(await page.locator('html[data-built]').count(), 1);
  await context.close();
});
