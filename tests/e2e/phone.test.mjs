// Where the student looks, on phones, a landscape phone, a tablet, laptops and wide screens (DESIGN.md, "Where
// the student looks"): while a slider is in use, a chart it changes is on screen with it (from 1100 px wide beside it, never pinned), whether
// it is moved with the keyboard or dragged with a finger; a horizontal drag never scrolls the page;
// the first screen of a phone is the section (title and opening), not navigation; touch targets of
// 44 x 44 CSS px; no sideways scrolling at 360 px; number boxes that bring up a decimal keypad and
// text of 16 px or more where the student types.
//
// One browser for the file, one context per size (isMobile, hasTouch, device scale 2), one page per
// section per size, reused by every check at that size. Each check prints what it measured (its
// diagnostic lines, and a summary table at the end), and a failure says which control, at which
// size, by how much. Nothing here is skipped: a missing control or section fails.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { settle } from '../../scripts/browser.mjs';
import { setup, noProblems } from './support.mjs';

const SECTIONS = ['overview', 'softmax', 'sampling', 'loss', 'gradients', 'training', 'stability', 'attention', 'pitfalls', 'quiz'];

/** The language the pages are in: English, or the one a wrapper spec sets (phone-ar.test.mjs,
 * phone-zh.test.mjs), which checks its phones only: the other sizes lay out the same way. */
const LANG = process.env.LESSON_LANG ?? 'en';

const SIZES = [
  { name: '390x844', width: 390, height: 844, isMobile: true },
  { name: '360x640', width: 360, height: 640, isMobile: true },
  { name: '844x390', width: 844, height: 390, isMobile: true },
  { name: '768x1024', width: 768, height: 1024, isMobile: true },
  { name: '1280x800', width: 1280, height: 800, isMobile: false },
  { name: '1440x900', width: 1440, height: 900, isMobile: false },
  { name: '1920x1080', width: 1920, height: 1080, isMobile: false },
].slice(0, LANG === 'en' ? 7 : 2);
/** From this width a chart sits beside its controls (DESIGN.md): the pinned copy never appears. */
const WIDE = 1100;
const PHONE = SIZES[0];
const NARROW = SIZES[1];

/**
 * Every control of the issue, by section. `id` is the range input's id (`last-logit`: the token
 * row's slider with the highest index); `button` a data-testid of a button pressed instead;
 * `running` means the training runs while the control is used, so every canvas may change by
 * itself and all of them count; `then` a button pressed after the slider, without scrolling.
 */
const CONTROLS = [
  { section: 'softmax', controls: [{ id: 'logit-0' }, { id: 'last-logit' }] },
  {
    section: 'sampling',
    // The token rows sit in a closed <details>: the student opens it first.
    prepare: async (page) => {
      const closed = await page.$eval('details.token-editor:not(.predict)', (d) => !d.open).catch(() => null);
      if (closed === null) throw new Error('sampling: no details.token-editor ("Edit the tokens and logits")');
      if (closed) await page.click('details.token-editor:not(.predict) > summary');
      await settle(page, 50);
    },
    controls: [{ id: 'logit-0' }, { id: 'last-logit' }, { id: 'temperature' }, { id: 'top-k' }, { id: 'top-p' }, { id: 'min-p' }],
  },
  { section: 'loss', controls: [{ id: 'p-true' }, { id: 'smoothing' }, { id: 'distill-t' }] },
  // The learning rate moves no chart by itself: the step it sets does, so the student sets it and
  // takes a step, the view left where it was.
  { section: 'gradients', controls: [{ id: 'lr', then: 'take-step' }, { button: 'take-step' }, { id: 'eps' }] },
  { section: 'training', running: true, controls: [{ id: 'train-lr' }, { id: 'train-size' }, { id: 'speed' }] },
  { section: 'stability', controls: [{ id: 'offset' }] },
  { section: 'attention', controls: [{ id: 'dk' }, { id: 'query-scale' }] },
  // Temperature applied after softmax moves no bar (the pitfall itself): the student ticks the box
  // that moves it before softmax, and the chart, pinned like the rest, follows the slider.
  {
    section: 'pitfalls',
    prepare: async (page) => {
      await page.check('[data-testid=t-before]');
      await settle(page, 50);
    },
    controls: [{ id: 'pitfall-temperature' }],
  },
];

/** Least share of a changed canvas's area that must be in the viewport. */
const IN_VIEW = 0.9;

let env;
/** size name -> { context, pages: Map(section -> { page, problems, cdp }) } */
const contexts = new Map();

before(async () => { env = await setup(); });
after(async () => {
  for (const { context } of contexts.values()) await context.close().catch(() => {});
  await env.close();
});

/**
 * The page of `section` at `size`, opened on first use in the size's context and reused after.
 * Records console errors, page errors and failed requests as browser.mjs's open() does.
 */
async function pageFor(size, section) {
  let entry = contexts.get(size.name);
  if (!entry) {
    const context = await env.browser.newContext({
      viewport: { width: size.width, height: size.height },
      deviceScaleFactor: 2,
      isMobile: size.isMobile,
      hasTouch: true,
    });
    entry = { context, pages: new Map() };
    contexts.set(size.name, entry);
  }
  let p = entry.pages.get(section);
  if (!p) {
    const page = await entry.context.newPage();
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
    page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
    await page.goto(`${env.server.base}/?s=${section}${LANG === 'en' ? '' : `&lang=${LANG}`}`);
    await page.waitForSelector('#loading', { state: 'detached' });
    await page.waitForSelector('html[data-built] .section-body');
    if (section === 'quiz') await page.waitForSelector('form.quiz-q');
    await page.evaluate(() => document.fonts.ready.then(() => {}));
    await settle(page, 100);
    const cdp = await entry.context.newCDPSession(page);
    p = { page, problems, cdp };
    entry.pages.set(section, p);
  } else {
    // A page behind others gets few animation frames: bring it to the front before using it.
    await p.page.bringToFront();
  }
  return p;
}

const pct = (x) => `${Math.round(x * 100)}%`;

/** Two animation frames. */
const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * Scrolls (window.scrollTo, instantly) so the element `sel` is centred in the viewport; if a
 * sticky or fixed element (a pinned chart) covers it there, centred in the part of the viewport
 * that element leaves free, as a student would scroll it into the clear.
 */
async function centre(page, sel) {
  let band = null;
  for (let pass = 0; pass < 4; pass++) {
    await page.evaluate(([sel, band]) => {
      const el = document.querySelector(sel);
      const vv = window.visualViewport;
      const [top, bottom] = band ?? [vv.offsetTop, vv.offsetTop + vv.height];
      const r = el.getBoundingClientRect();
      const dy = r.top + r.height / 2 - (top + bottom) / 2;
      if (Math.abs(dy) >= 1) window.scrollTo({ left: 0, top: window.scrollY + dy, behavior: 'instant' });
    }, [sel, band]);
    await frames(page);
    // Covered there by something pinned (fixed or sticky)? Then centre it in what that leaves free.
    const cover = await page.evaluate((sel) => {
      const el = document.querySelector(sel);
      const r = el.getBoundingClientRect();
      const vv = window.visualViewport;
      for (const x of document.body.querySelectorAll('*')) {
        if (x.contains(el) || el.contains(x)) continue;
        const cs = getComputedStyle(x);
        if ((cs.position !== 'fixed' && cs.position !== 'sticky') || cs.visibility === 'hidden' || cs.display === 'none') continue;
        const c = x.getBoundingClientRect();
        if (Math.min(c.right, r.right) - Math.max(c.left, r.left) > 0.5 && Math.min(c.bottom, r.bottom) - Math.max(c.top, r.top) > 0.5) {
          return { top: c.top, bottom: c.bottom, above: c.top + c.height / 2 < r.top + r.height / 2, vv: [vv.offsetTop, vv.offsetTop + vv.height] };
        }
      }
      return null;
    }, sel);
    if (!cover) return;
    const [t, b] = band ?? cover.vv;
    band = cover.above ? [Math.max(t, cover.bottom), b] : [t, Math.min(b, cover.top)];
    if (band[1] - band[0] < 10) return;
  }
}

/**
 * The share (0..1) of `sel`'s box inside the visual viewport, its middle, and what covers it: a
 * fixed or sticky box over it (a pinned chart lets touches through, so it is found by its box, not
 * by hit testing), or whatever else is hit at its middle.
 */
function placeOf(page, sel) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const r = el.getBoundingClientRect();
    const vv = window.visualViewport;
    const w = Math.max(0, Math.min(r.right, vv.offsetLeft + vv.width) - Math.max(r.left, vv.offsetLeft));
    const h = Math.max(0, Math.min(r.bottom, vv.offsetTop + vv.height) - Math.max(r.top, vv.offsetTop));
    const area = r.width * r.height;
    const label = (x) => {
      const box = x.closest('[data-testid]') ?? x;
      return box.dataset?.testid ? `[data-testid=${box.dataset.testid}]` : `${x.tagName.toLowerCase()}.${String(x.className).trim().split(/\s+/).join('.')}`;
    };
    let covered = null;
    for (const x of document.body.querySelectorAll('*')) {
      if (x.contains(el) || el.contains(x)) continue;
      const cs = getComputedStyle(x);
      if ((cs.position !== 'fixed' && cs.position !== 'sticky') || cs.visibility === 'hidden' || cs.display === 'none') continue;
      const b = x.getBoundingClientRect();
      const ow = Math.min(b.right, r.right) - Math.max(b.left, r.left);
      const oh = Math.min(b.bottom, r.bottom) - Math.max(b.top, r.top);
      if (ow > 0.5 && oh > 0.5) { covered = `${label(x)} (${Math.round(ow)}x${Math.round(oh)}px over it)`; break; }
    }
    const hit = !covered && w * h > 0 ? document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) : null;
    if (hit && hit !== el && !el.contains(hit) && !hit.contains(el) && !(el.labels && [...el.labels].includes(hit))) covered = label(hit);
    return { share: area > 0 ? (w * h) / area : 0, x: r.left + r.width / 2, y: r.top + r.height / 2, covered };
  }, sel);
}

/**
 * Every canvas on the page (each painted current first, when `current`): a key that stays with the element (a pinned copy of a chart comes and
 * goes, so indices shift), its fingerprint (the same as browser.mjs's canvasHash), a name and the
 * share of its box inside the visual viewport.
 */
function snapshot(page, current = false) {
  return page.evaluate((current) => {
    // Every chart paints what it shows now, as before printing.
    if (current) dispatchEvent(new Event('beforeprint'));
    window.__phoneKeys ??= new WeakMap();
    window.__phoneNext ??= 0;
    const vv = window.visualViewport;
    return [...document.querySelectorAll('canvas')].map((c) => {
      if (!window.__phoneKeys.has(c)) window.__phoneKeys.set(c, ++window.__phoneNext);
      let hash;
      try {
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let h = 2166136261;
        for (let i = 0; i < d.length; i += 7) h = Math.imul(h ^ d[i], 16777619);
        hash = `${c.width}x${c.height}:${h >>> 0}`;
      } catch (e) {
        hash = `unreadable: ${e.name}`;
      }
      const r = c.getBoundingClientRect();
      const w = Math.max(0, Math.min(r.right, vv.offsetLeft + vv.width) - Math.max(r.left, vv.offsetLeft));
      const h = Math.max(0, Math.min(r.bottom, vv.offsetTop + vv.height) - Math.max(r.top, vv.offsetTop));
      const area = r.width * r.height;
      const pin = c.closest('[data-testid=pinned-chart]');
      const name = c.dataset.testid
        || (pin ? `pinned copy "${pin.textContent.trim().slice(0, 40)}"` : `canvas "${(c.getAttribute('aria-label') ?? '').slice(0, 40)}"`);
      return { key: window.__phoneKeys.get(c), hash, name, share: area > 0 ? (w * h) / area : 0 };
    });
  }, current);
}

/** What the slider shows: the range's position and its number box. */
function valueOf(page, id) {
  return page.evaluate((id) => `${document.getElementById(id)?.value}|${document.getElementById(`${id}-box`)?.value}`, id);
}

/** The page's scroll, and where `sel` is on screen (to tell a pan from content moving above it). */
const scrollOf = (page, sel) => page.evaluate((sel) => [window.scrollX, window.scrollY, document.querySelector(sel).getBoundingClientRect().top], sel);

/**
 * Moves the focused range `id` with the keyboard: three arrows; if that moved it less than 2% of
 * its track (a log-scaled track has 1,000 steps), one page key too, so the charts visibly change.
 */
async function keyboardMove(page, id) {
  const track = () => page.$eval(`#${id}`, (el) => [Number(el.value), Number(el.min), Number(el.max)]);
  const [v0, min, max] = await track();
  const [arrow, big] = v0 >= max ? ['ArrowLeft', 'PageDown'] : ['ArrowRight', 'PageUp'];
  for (let i = 0; i < 3; i++) await page.keyboard.press(arrow);
  const [v1] = await track();
  if (Math.abs(v1 - v0) >= 0.02 * (max - min)) return `${arrow} x3`;
  await page.keyboard.press(big);
  return `${arrow} x3, ${big}`;
}

/** One touch point for CDP's Input.dispatchTouchEvent. */
const touch = (cdp, type, x, y) => cdp.send('Input.dispatchTouchEvent', {
  type,
  touchPoints: type === 'touchEnd' ? [] : [{ x, y, radiusX: 4, radiusY: 4, force: 1, id: 0 }],
});

/** Where a finger takes the slider's thumb, and where a horizontal drag of a third of the track goes. */
async function dragPath(page, id) {
  const g = await page.$eval(`#${id}`, (el) => {
    const r = el.getBoundingClientRect();
    const min = Number(el.min);
    const max = Number(el.max);
    return { left: r.left, width: r.width, y: r.top + r.height / 2, frac: max > min ? (Number(el.value) - min) / (max - min) : 0 };
  });
  const thumb = 16;
  const x0 = g.left + thumb / 2 + g.frac * Math.max(0, g.width - thumb);
  const dir = g.frac < 0.5 ? 1 : -1;
  const dist = Math.max(40, g.width * 0.35);
  const clampX = (x) => Math.min(g.left + g.width - 1, Math.max(g.left + 1, x));
  return { y: g.y, xs: Array.from({ length: 11 }, (_, i) => clampX(x0 + (dir * dist * i) / 10)) };
}

/** Makes sure the training runs (starting it again if a control or the end of the run stopped it). */
async function keepTraining(page) {
  const label = (await page.textContent('[data-testid=train-toggle]')).trim();
  if (/\u2016/.test(label)) return;
  if (await page.$eval('[data-testid=train-toggle]', (b) => b.disabled)) await page.click('[data-testid=train-reset]');
  await page.click('[data-testid=train-toggle]');
  await page.waitForFunction(() => /\u2016/.test(document.querySelector('[data-testid=train-toggle]').textContent));
}

/**
 * Uses one control once (`how`: keyboard or touch) as the issue describes, and measures, while it
 * is still in use (focused, or the finger still down): which canvases changed, the best share in
 * view among them, the control's own share in view and what covers it, and the page's scroll
 * from the finger going down to a moment after it is lifted.
 *
 * A canvas counts as changed when its pixels differ from the moment the control was taken (focus
 * or finger down), leaving out canvases that changed by themselves just before (a first paint as
 * it nears the viewport); in a running training every canvas counts. A canvas that appears while
 * the control is in use (a pinned copy of a chart) counts when a canvas that was there changed.
 * A chart off screen is not redrawn when its inputs change, so both snapshots are taken with every
 * chart painted as it would be printed (current), and one that changed off screen still shows
 * that the control moves it.
 */
async function useControl(p, group, control, how) {
  const { page, cdp } = p;
  const sel = control.button ? `[data-testid=${control.button}]` : `#${control.id}`;
  if (group.running) await keepTraining(page);
  // Let go of the previous control, so anything it pinned goes away.
  await page.evaluate(() => document.activeElement?.blur());
  await centre(page, sel);
  await frames(page);
  // Wait (up to about a second) for the canvases to come to rest: the previous turn's animation
  // (a step's bars gliding) or a first paint as a chart nears the viewport. What still moves after
  // that is left out; in a running training nothing rests and everything counts.
  let s0 = await snapshot(page);
  let s1 = s0;
  for (let i = 0; i < 8; i++) {
    await settle(page, 100);
    [s0, s1] = [s1, await snapshot(page)];
    if (group.running || s1.every((c) => s0.find((o) => o.key === c.key)?.hash === c.hash)) break;
  }
  const noisy = new Set(group.running ? [] : s1.filter((c) => s0.find((o) => o.key === c.key)?.hash !== c.hash).map((c) => c.key));
  const valueBefore = control.id ? await valueOf(page, control.id) : null;
  const scrolls = [];
  let keys = '';
  let path = null;
  // Take the control.
  if (how === 'keyboard') {
    await page.focus(sel);
  } else {
    scrolls.push(await scrollOf(page, sel));
    const middle = control.button ? await placeOf(page, sel) : null;
    path = control.button ? { xs: [middle.x], y: middle.y } : await dragPath(page, control.id);
    await touch(cdp, 'touchStart', path.xs[0], path.y);
  }
  await settle(page, 60);
  const base = await snapshot(page, true);
  // Use it.
  let thenNote = '';
  if (how === 'keyboard') {
    if (control.button) {
      await page.keyboard.press('Enter');
      keys = 'Enter';
    } else {
      keys = await keyboardMove(page, control.id);
    }
    if (control.then) {
      // Keep the view where it is and take the step the learning rate is for.
      await page.focus(`[data-testid=${control.then}]`);
      await page.keyboard.press('Enter');
      keys += `, then Enter on [data-testid=${control.then}]`;
    }
  } else if (control.button) {
    await touch(cdp, 'touchEnd');
    await frames(page);
    scrolls.push(await scrollOf(page, sel));
  } else {
    for (const x of path.xs.slice(1)) {
      await touch(cdp, 'touchMove', x, path.y);
      await page.waitForTimeout(16);
      scrolls.push(await scrollOf(page, sel));
    }
    if (control.then) {
      await touch(cdp, 'touchEnd');
      await frames(page);
      scrolls.push(await scrollOf(page, sel));
      const button = await placeOf(page, `[data-testid=${control.then}]`);
      if (button.share < 0.999 || button.covered) {
        thenNote = `[data-testid=${control.then}] ${pct(button.share)} in view${button.covered ? `, covered by ${button.covered}` : ''}, not tapped`;
      } else {
        await touch(cdp, 'touchStart', button.x, button.y);
        await page.waitForTimeout(30);
        await touch(cdp, 'touchEnd');
        thenNote = `then tapped [data-testid=${control.then}]`;
      }
    }
  }
  await settle(page, 120);
  const after = await snapshot(page, true);
  const self = await placeOf(page, sel);
  // Where a pinned copy's × is (right to left it mirrors to the left edge), and its title's direction.
  const pinned = await page.evaluate(() => {
    const x = document.querySelector('.pinned-chart__close');
    const t = document.querySelector('.pinned-chart__title');
    return x ? { close: x.getBoundingClientRect().left / innerWidth, dir: t ? getComputedStyle(t).direction : null } : null;
  });
  const valueAfter = control.id ? await valueOf(page, control.id) : null;
  if (how === 'touch' && !control.button && !control.then) {
    await touch(cdp, 'touchEnd');
    await frames(page);
    scrolls.push(await scrollOf(page, sel));
  }
  const was = new Map(base.map((c) => [c.key, c]));
  const old = after.filter((c) => was.has(c.key) && !noisy.has(c.key) && was.get(c.key).hash !== c.hash);
  const fresh = after.filter((c) => !was.has(c.key));
  const changed = old.length ? [...old, ...fresh] : [];
  const best = changed.reduce((b, c) => (c.share > (b?.share ?? -1) ? c : b), null);
  const delta = (k) => (scrolls.length ? Math.max(...scrolls.map((s) => Math.round(Math.abs(s[k] - scrolls[0][k])))) : 0);
  return {
    keys: [keys, thenNote].filter(Boolean).join('; '),
    moved: control.id ? valueAfter !== valueBefore : true,
    valueBefore,
    valueAfter,
    changed,
    best,
    noisy: s1.filter((c) => noisy.has(c.key)).map((c) => c.name),
    self,
    pinned,
    scroll: how === 'touch' ? { dx: delta(0), dy: delta(1), shift: delta(2) } : null,
  };
}

/** The slider id a control names on this page. */
async function resolveId(page, control) {
  if (control.id !== 'last-logit') return control;
  const n = await page.$$eval('.token-row input[type=range]', (all) => all.length);
  return { ...control, id: `logit-${n - 1}` };
}

// ---------------------------------------------------------------------------------------------
// The first screen is the section.

/** Where the title ends and the opening starts on the first screen (document coordinates). */
function opening(page) {
  return page.evaluate(() => {
    const t = document.querySelector('h1.section-head__title');
    const l = document.querySelector('p.lede');
    const y = (el, edge) => (el ? el.getBoundingClientRect()[edge] + window.scrollY : null);
    return { title: y(t, 'bottom'), lede: y(l, 'top') };
  });
}

test('the first screen is the section: the title in the top 40% and the opening in the top 60% at 390x844 (reported at 360x640)', async (t) => {
  const fails = [];
  t.diagnostic('section     | 390x844 title bottom / lede top  | 360x640 title bottom / lede top');
  for (const s of SECTIONS) {
    // Against the screen's own height (a page too wide for it would be zoomed out, changing innerHeight).
    const phone = { ...(await opening((await pageFor(PHONE, s)).page)), vh: PHONE.height };
    const narrow = { ...(await opening((await pageFor(NARROW, s)).page)), vh: NARROW.height };
    const show = (o) => (o.title === null ? 'no h1.section-head__title' : `${Math.round(o.title)}px (${pct(o.title / o.vh)})`)
      + ' / ' + (o.lede === null ? 'no p.lede' : `${Math.round(o.lede)}px (${pct(o.lede / o.vh)})`);
    t.diagnostic(`${s.padEnd(11)} | ${show(phone).padEnd(32)} | ${show(narrow)}`);
    if (phone.title === null) fails.push(`390x844 ${s}: no h1.section-head__title`);
    else if (phone.title > 0.4 * phone.vh) {
      fails.push(`390x844 ${s}: the title ends at ${Math.round(phone.title)}px, ${pct(phone.title / phone.vh)} of the screen (at most 40% = ${Math.round(0.4 * phone.vh)}px), ${Math.round(phone.title - 0.4 * phone.vh)}px too low`);
    }
    if (phone.lede === null) fails.push(`390x844 ${s}: no p.lede`);
    else if (phone.lede > 0.6 * phone.vh) {
      fails.push(`390x844 ${s}: the opening starts at ${Math.round(phone.lede)}px, ${pct(phone.lede / phone.vh)} of the screen (at most 60% = ${Math.round(0.6 * phone.vh)}px), ${Math.round(phone.lede - 0.6 * phone.vh)}px too low`);
    }
  }
  assert.deepEqual(fails, [], fails.join('\n'));
});

// ---------------------------------------------------------------------------------------------
// No sideways scrolling at 360 px.

test('no horizontal page scroll at 360x640, every section', async (t) => {
  const fails = [];
  for (const s of SECTIONS) {
    const { page } = await pageFor(NARROW, s);
    const m = await page.evaluate((limit) => {
      const de = document.documentElement;
      // What makes the page wider: the outermost boxes past the right edge, not inside a box
      // that clips or scrolls them.
      const clips = (el) => {
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          if (getComputedStyle(a).overflowX !== 'visible') return true;
        }
        return false;
      };
      const past = [...document.body.querySelectorAll('*')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right + window.scrollX > limit + 0.5 && !clips(el);
      });
      const outer = past.filter((el) => !past.includes(el.parentElement)).slice(0, 4).map((el) => {
        const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls} (right edge ${Math.round(el.getBoundingClientRect().right + window.scrollX)}px)`;
      });
      return { scrollWidth: de.scrollWidth, innerWidth: window.innerWidth, clientWidth: de.clientWidth, scale: window.visualViewport.scale, outer };
    }, NARROW.width);
    // Against the 360 px screen itself as well: on a phone an overflowing page can be zoomed out
    // to fit, which widens innerWidth with it.
    const limit = Math.min(m.innerWidth, m.clientWidth, NARROW.width);
    const over = m.scrollWidth - limit;
    t.diagnostic(`${s}: scrollWidth ${m.scrollWidth}, innerWidth ${m.innerWidth}, scale ${m.scale}${over > 0 ? `: ${over}px too wide; ${m.outer.join(', ')}` : ''}`);
    if (over > 0) fails.push(`360x640 ${s}: the page is ${over}px wider than the screen (scrollWidth ${m.scrollWidth}); widest: ${m.outer.join(', ') || 'none found'}`);
  }
  assert.deepEqual(fails, [], fails.join('\n'));
});

// ---------------------------------------------------------------------------------------------
// Touch targets and typing.

/** Opens every closed <details> in the main column and gives a function that closes them again. */
async function openAllDetails(page) {
  await page.$$eval('main details:not([open])', (all) => all.forEach((d) => { d.dataset.phoneOpened = '1'; d.open = true; }));
  await settle(page, 50);
  return async () => {
    await page.$$eval('main details[data-phone-opened]', (all) => all.forEach((d) => { d.open = false; delete d.dataset.phoneOpened; }));
    await page.evaluate(() => window.scrollTo({ left: 0, top: 0, behavior: 'instant' }));
    await settle(page, 50);
  };
}

test('every visible button, range input and summary in the main column is at least 44x44 CSS px at 390x844', async (t) => {
  const small = new Map();
  for (const s of SECTIONS) {
    const { page } = await pageFor(PHONE, s);
    const restore = await openAllDetails(page);
    const found = await page.$$eval('main button, main input[type=range], main summary', (all) => all
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const cs = getComputedStyle(el);
        return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && !el.closest('[hidden], [inert]');
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        const what = el.id ? `#${el.id}` : el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : `"${(el.getAttribute('aria-label') || el.textContent).trim().slice(0, 30)}"`;
        return { kind: `${el.tagName.toLowerCase()}${el.type === 'range' ? '[type=range]' : ''}${cls}`, what, w: r.width, h: r.height };
      })
      .filter((b) => b.w < 44 || b.h < 44));
    await restore();
    for (const b of found) {
      const size = `${+b.w.toFixed(1)}x${+b.h.toFixed(1)}`;
      const key = `${b.kind} ${size}`;
      if (!small.has(key)) small.set(key, { b, where: [] });
      small.get(key).where.push(`${s} ${b.what}`);
    }
  }
  const fails = [...small.entries()].map(([key, { b, where }]) => {
    const short = [b.w < 44 ? `${+(44 - b.w).toFixed(1)}px too narrow` : '', b.h < 44 ? `${+(44 - b.h).toFixed(1)}px too low` : ''].filter(Boolean).join(', ');
    return `390x844 ${key} (${short}): ${where.length} of them, e.g. ${where.slice(0, 4).join('; ')}`;
  });
  for (const f of fails) t.diagnostic(f);
  assert.deepEqual(fails, [], fails.join('\n'));
});

test('number boxes bring up a decimal keypad and every box a student types in has text of 16px or more (390x844, 360x640)', async (t) => {
  const fails = [];
  for (const size of [PHONE, NARROW]) {
    for (const s of SECTIONS) {
      const { page } = await pageFor(size, s);
      const restore = await openAllDetails(page);
      const boxes = await page.$$eval('input, textarea', (all) => all
        .filter((el) => {
          const typing = el.tagName === 'TEXTAREA' || ['text', 'number', 'search', 'tel', 'url', 'email', ''].includes(el.getAttribute('type') ?? '');
          const r = el.getBoundingClientRect();
          return typing && !el.readOnly && !el.disabled && r.width > 0 && r.height > 0;
        })
        .map((el) => ({
          what: el.id ? `#${el.id}` : el.name ? `[name=${el.name}]` : `.${String(el.className).trim().split(/\s+/).join('.')}`,
          number: el.id.endsWith('-box') || el.classList.contains('slider__box') || el.type === 'number',
          inputmode: el.getAttribute('inputmode'),
          font: parseFloat(getComputedStyle(el).fontSize),
        })));
      await restore();
      const groups = new Map();
      for (const b of boxes) {
        const problems = [];
        if (b.number && b.inputmode !== 'decimal') problems.push(`inputmode=${b.inputmode ?? 'none'}, not decimal`);
        if (b.font < 16) problems.push(`font-size ${b.font}px (${(16 - b.font).toFixed(1)}px under 16)`);
        if (!problems.length) continue;
        const key = problems.join(', ');
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key).push(b.what);
      }
      for (const [key, what] of groups) fails.push(`${size.name} ${s}: ${what.length} box(es) with ${key}: ${what.slice(0, 5).join(', ')}${what.length > 5 ? ', ...' : ''}`);
    }
  }
  for (const f of fails) t.diagnostic(f);
  assert.deepEqual(fails, [], fails.join('\n'));
});

// ---------------------------------------------------------------------------------------------
// While a slider is in use, the chart it changes is on screen with it.

/** size name -> control name -> how -> what it measured, for the summary at the end. */
const measured = new Map();

for (const size of SIZES) {
  test(`${size.name}: while each slider is in use, a chart it changes is at least 90% on screen; a touch drag never scrolls the page`, async (t) => {
    const fails = [];
    const rows = new Map();
    let pins = 0;
    measured.set(size.name, rows);
    t.diagnostic('control (how) | best changed canvas: share in view (others) | control in view | page scroll during touch | notes');
    for (const group of CONTROLS) {
      const p = await pageFor(size, group.section);
      const { page } = p;
      // From the top of the page (the checks above may have scrolled it).
      await page.evaluate(() => window.scrollTo({ left: 0, top: 0, behavior: 'instant' }));
      if (group.prepare) await group.prepare(page);
      for (const raw of group.controls) {
        const control = await resolveId(page, raw);
        const name = control.button ? `[data-testid=${control.button}]` : `#${control.id}${control.then ? ` + ${control.then}` : ''}`;
        if (!(await page.$(control.button ? `[data-testid=${control.button}]` : `#${control.id}`))) {
          fails.push(`${size.name} ${name} (?s=${group.section}): not on the page`);
          continue;
        }
        rows.set(name, {});
        for (const how of ['keyboard', 'touch']) {
          const where = `${size.name} ${name} (${how}${how === 'touch' ? (control.button ? ' tap' : ' drag') : ''}, ?s=${group.section})`;
          const seen = p.problems.length;
          const m = await useControl(p, group, control, how);
          // Each turn starts by letting go of the previous control (blur): an error here may come from that.
          for (const x of p.problems.slice(seen)) fails.push(`${where}: ${x} (during this turn, which starts by blurring the previous control)`);
          const others = m.changed.filter((c) => c !== m.best).map((c) => `${c.name} ${pct(c.share)}`);
          const bestText = m.best ? `${pct(m.best.share)} ${m.best.name}${others.length ? ` (also ${others.join(', ')})` : ''}` : 'no canvas changed';
          const scrollText = m.scroll ? (m.scroll.dx || m.scroll.dy ? `${m.scroll.dx}px x, ${m.scroll.dy}px y (slider moved ${m.scroll.shift}px on screen)` : 'none') : '-';
          const notes = [m.keys, m.noisy.length ? `left out (changed by themselves): ${m.noisy.join(', ')}` : '', m.self.covered ? `covered by ${m.self.covered}` : ''].filter(Boolean).join('; ');
          t.diagnostic(`${name} (${how}) | ${bestText} | ${pct(m.self.share)} | ${scrollText} | ${notes}`);
          rows.get(name)[how] = m.best ? pct(m.best.share) : m.moved ? 'none changed' : 'did not move';
          if (!m.moved) {
            fails.push(`${where}: the ${how === 'touch' ? 'drag' : 'keys'} did not change the value (${m.valueBefore})${m.self.covered ? `; the slider is covered by ${m.self.covered}` : ''}`);
          } else if (m.best) {
            if (m.best.share < IN_VIEW) fails.push(`${where}: best changed canvas ${pct(m.best.share)} in view (${m.best.name}; needs ${pct(IN_VIEW)}, ${pct(IN_VIEW - m.best.share)} short)`);
          } else {
            fails.push(`${where}: no canvas on the page changed (value ${m.valueBefore} -> ${m.valueAfter})${m.keys ? `; ${m.keys}` : ''}`);
          }
          if (m.pinned && size.width >= WIDE) fails.push(`${where}: a pinned copy appeared; at ${size.width}px the chart belongs beside its controls`);
          if (m.pinned) {
            pins += 1;
            const rtl = LANG === 'ar';
            if (rtl !== m.pinned.close < 0.5 || m.pinned.dir !== (rtl ? 'rtl' : 'ltr')) fails.push(`${where}: the pinned copy's × at ${pct(m.pinned.close)} of the width, its title ${m.pinned.dir}`);
          }
          if (m.self.share < 0.999) fails.push(`${where}: the control itself is ${pct(m.self.share)} in view while in use`);
          if (m.self.covered) fails.push(`${where}: the control is covered by ${m.self.covered} while in use`);
          if (m.scroll && (m.scroll.dx || m.scroll.dy)) {
            const why = m.scroll.shift < 2 ? ', the slider staying put on screen: content above it changed height (scroll anchoring)' : `, the slider moving ${m.scroll.shift}px on screen`;
            fails.push(`${where}: the page scrolled during the touch by ${m.scroll.dx}px sideways and ${m.scroll.dy}px up/down${why}`);
          }
        }
      }
      if (group.running && /\u2016/.test(await page.textContent('[data-testid=train-toggle]'))) {
        // Stop the training so it does not keep the machine busy during the next checks.
        await page.$eval('[data-testid=train-toggle]', (b) => b.click());
      }
    }
    // On a phone some charts are pinned: the check of their side above is not empty.
    if (size.isMobile) assert.ok(pins > 0, `${size.name}: no pinned copy appeared`);
    assert.deepEqual(fails, [], fails.join('\n'));
  });
}

test('summary: best changed canvas in view, keyboard / touch, per control and size', (t) => {
  const names = [...new Set([...measured.values()].flatMap((rows) => [...rows.keys()]))];
  t.diagnostic(`control | ${[...measured.keys()].join(' | ')}`);
  for (const n of names) {
    t.diagnostic(`${n} | ${[...measured.values()].map((rows) => (rows.get(n) ? `${rows.get(n).keyboard ?? '-'} / ${rows.get(n).touch ?? '-'}` : '-')).join(' | ')}`);
  }
});

test('no console errors or failed requests on any page of this file', () => {
  const all = [];
  for (const [size, { pages }] of contexts) for (const [s, p] of pages) all.push(...p.problems.map((x) => `${size} ${s}: ${x}`));
  noProblems(assert, all);
});
