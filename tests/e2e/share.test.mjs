// The "Share / embed" dialog: loaded on first use, the link and the embed code follow the
// instructor's choices, copy to the clipboard, the code really embeds the section with those
// settings in a course page on another origin (with its resize script, or at a height measured
// for a script-free page), the dialog fits the screen, and the SCORM package is one download away.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, settle, tableRows, SUBPATH, ROOT } from '../../scripts/browser.mjs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { setup, screenshot, noProblems, softmax3 } from './support.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js', { paths: [new URL('../../scripts/', import.meta.url).pathname] });

let env;
let courseServer;
/** Where the course pages of this spec are written, served at /course/ by `courseServer`. */
const COURSE = join(tmpdir(), `softmax-lab-course-${process.pid}`);
before(async () => {
  env = await setup();
  // A second origin for the course pages that embed the lesson (served from the loopback
  // address like a real page: a page the test fills in itself may not frame a local address).
  await mkdir(COURSE, { recursive: true });
  courseServer = await serve([['/course/', COURSE], ['/', join(ROOT, 'dist')]]);
});
after(async () => {
  await courseServer.close();
  await rm(COURSE, { recursive: true, force: true });
  await env.close();
});

const value = (page, id) => page.$eval(`#${id}`, (t) => t.value);

/** Presses "Share / embed" and waits for the dialog (its module is fetched on first use). */
async function openShare(page, how = 'click') {
  if (how === 'keyboard') {
    await page.focus('[data-testid=share]');
    await page.keyboard.press('Enter');
  } else {
    await page.click('[data-testid=share]');
  }
  await page.waitForSelector('dialog.share[open]');
}

/** Waits until the embed code is written (a fixed height is measured first) and returns it. */
async function embedCode(page) {
  await page.waitForFunction(() => document.getElementById('share-iframe').value !== '', null, { timeout: 30000 });
  return value(page, 'share-iframe');
}

test('the link carries the current values, the theme and the hidden controls', async () => {
  const { page, context, problems } = await env.open('/?s=sampling&t=0.5&top_p=0.8');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.base });
  await openShare(page);
  assert.equal(await value(page, 'share-link'), `${env.server.base}/?v=1&s=sampling&t=0.5&top_p=0.8`);
  await page.selectOption('#share-theme', 'contrast');
  await page.check('#share-hide-presets');
  await page.check('#share-hide-editor');
  assert.equal(
    await value(page, 'share-link'),
    `${env.server.base}/?v=1&s=sampling&t=0.5&top_p=0.8&theme=contrast&hide=editor,presets`,
  );
  await page.check('input[name=share-from][value=defaults]');
  assert.equal(await value(page, 'share-link'), `${env.server.base}/?v=1&s=sampling&theme=contrast&hide=editor,presets`);
  // By default the code brings its resize script, which takes only this lesson's messages.
  const snippet = await embedCode(page);
  const [frame, script] = snippet.split('\n');
  assert.match(frame, /^<iframe src="[^"]+\?v=1&amp;s=sampling&amp;embed=1&amp;theme=contrast&amp;hide=editor,presets" title="Softmax Lab: Temperature and sampling" width="100%" height="\d+" style="border:0" loading="lazy" allowfullscreen><\/iframe>$/);
  assert.ok(script.startsWith('<script>') && script.endsWith('</script>'), script);
  assert.ok(script.includes(`e.origin===${JSON.stringify(env.server.base)}&&e.source===f.contentWindow`), script);
  const height = Number(snippet.match(/height="(\d+)"/)[1]);
  assert.ok(height >= 480 && height % 50 === 0, `height ${height}`);
  await page.click('button[data-copy=share-iframe]');
  await page.waitForFunction(() => document.querySelector('.share__status').textContent !== '');
  assert.equal(await page.textContent('.share__status'), 'Embed code copied.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
  // Once the code changes, "copied" no longer speaks of what is on screen.
  await page.selectOption('#share-theme', 'dark');
  assert.equal(await page.textContent('.share__status'), '');
  await screenshot(page, 'share-desktop');
  // Escape closes the dialog and hands the focus back to its button.
  await page.keyboard.press('Escape');
  assert.equal(await page.$eval('dialog.share', (d) => d.open), false);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'share');
  noProblems(assert, problems);
  await context.close();
});

test('the snippet embeds the section with the chosen settings', async () => {
  const { page, context, problems } = await env.open('/?s=softmax&logits=3,1,0,-1');
  await page.click('[data-testid=share]');
  await page.selectOption('#share-theme', 'dark');
  await page.check('#share-hide-arithmetic');
  const src = (await value(page, 'share-iframe')).match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
  assert.ok(src.includes('embed=1'), src);
  const framed = await env.open(src.slice(env.server.base.length));
  assert.equal(await framed.page.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await framed.page.$('.masthead'), null);
  assert.equal(await framed.page.$('[data-testid=share]'), null, 'no share button inside an embed');
  assert.deepEqual((await tableRows(framed.page, 'table-probs')).map((r) => r[1]), softmax3([3, 1, 0, -1]));
  noProblems(assert, framed.problems);
  await framed.context.close();
  noProblems(assert, problems);
  await context.close();
});

test('the dialog works by keyboard and fits a phone', async () => {
  const { page, context, problems } = await env.open('/?s=sampling', { width: 390, height: 844, scale: 2 });
  await openShare(page, 'keyboard');
  // Focus moves into the dialog; Tab reaches the options and the copy buttons.
  const seen = [];
  for (let i = 0; i < 14; i++) {
    seen.push(await page.evaluate(() => document.activeElement.id || document.activeElement.textContent.trim()));
    await page.keyboard.press('Tab');
  }
  for (const want of ['share-theme', 'share-hide-nav', 'share-hide-editor', 'Copy link', 'Copy embed code']) {
    assert.ok(seen.includes(want), `${want} in ${seen.join(' | ')}`);
  }
  // The open dialog passes axe too, in every theme.
  await page.addScriptTag({ path: AXE });
  for (const theme of ['light', 'dark', 'contrast']) {
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    const found = await page.evaluate(() => window.axe.run(document.querySelector('dialog.share')).then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)));
    assert.deepEqual(found, [], `${theme}: ${found.join('\n')}`);
  }
  await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));
  const box = await page.$eval('dialog.share', (d) => d.getBoundingClientRect().toJSON());
  assert.ok(box.left >= 0 && box.right <= 390, JSON.stringify(box));
  await closeOnScreen(page, 844);
  await settle(page);
  await screenshot(page, 'share-phone');
  noProblems(assert, problems);
  await context.close();
});

test('the dialog offers the SCORM package for an LMS, served beside the lesson on / and on the sub-path', async () => {
  for (const path of ['/', SUBPATH]) {
    const { page, context, problems } = await env.open(`${path}?s=quiz`);
    await openShare(page);
    const link = await page.waitForSelector('[data-testid=share-scorm]');
    assert.equal(await link.textContent(), 'Download for your LMS');
    assert.equal(await link.getAttribute('download'), 'softmax-lab-scorm.zip');
    const { url, status, magic } = await link.evaluate(async (a) => {
      const r = await fetch(a.href);
      return { url: a.href, status: r.status, magic: [...new Uint8Array(await r.arrayBuffer()).slice(0, 4)] };
    });
    assert.equal(new URL(url).pathname, `${path}softmax-lab-scorm.zip`);
    assert.equal(status, 200, url);
    assert.deepEqual(magic, [0x50, 0x4b, 0x03, 0x04], 'a zip archive');
    noProblems(assert, problems);
    await context.close();
  }
});

/** The dialog's Close is wholly on screen and its body scrolls when it is taller than the screen. */
async function closeOnScreen(page, height) {
  const close = await page.$eval('dialog.share form.share__close button', (b) => b.getBoundingClientRect().toJSON());
  assert.ok(close.top >= 0 && close.bottom <= height, `Close at ${close.top}-${close.bottom} of ${height}px`);
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.textContent, { x: close.left + close.width / 2, y: close.top + close.height / 2 });
  assert.equal(hit, 'Close', 'nothing covers Close');
}

test('at 1280 x 800 the dialog fits the screen: its body scrolls and Close stays on screen', async () => {
  const { page, context, problems } = await env.open('/?s=softmax', { width: 1280, height: 800 });
  await openShare(page);
  const body = await page.$eval('.share__body', (b) => ({ scroll: b.scrollHeight, client: b.clientHeight }));
  assert.ok(body.scroll > body.client, `the softmax section's dialog is taller than the screen (${body.scroll} > ${body.client}), so its body scrolls`);
  await closeOnScreen(page, 800);
  await page.$eval('.share__body', (b) => { b.scrollTop = b.scrollHeight; });
  await closeOnScreen(page, 800);
  await page.screenshot({ path: 'target/screenshots/share-1280x800.png' });
  await page.click('dialog.share form.share__close button');
  assert.equal(await page.$eval('dialog.share', (d) => d.open), false);
  noProblems(assert, problems);
  await context.close();
});

test('"Hide these controls" lists the section\'s own controls, and an embed never carries nav', async () => {
  const own = {
    softmax: ['nav', 'predict', 'editor', 'presets', 'shift', 'arithmetic'],
    sampling: ['nav', 'predict', 'editor', 'presets'],
    loss: ['nav', 'predict'],
    quiz: ['nav'],
  };
  for (const [section, ids] of Object.entries(own)) {
    const { page, context, problems } = await env.open(`/?s=${section}`);
    await openShare(page);
    const listed = await page.$$eval('dialog.share input[id^=share-hide-]', (all) => all.map((i) => i.id.replace('share-hide-', '')));
    assert.deepEqual(listed, ids, section);
    await page.check('#share-hide-nav');
    assert.ok((await value(page, 'share-link')).endsWith('hide=nav'), 'the link hides the navigation');
    assert.ok(!(await embedCode(page)).includes('hide='), 'an embed has no navigation to hide');
    noProblems(assert, problems);
    await context.close();
  }
});

test('a link from a pasted model carries short numbers that read back to the same page', async () => {
  const z = [-0.10536051565782628, -2.3025850929940455, -4.605170185988091];
  const { page, context, problems } = await env.open(`/?s=softmax&tokens=a,b,c&logits=${z.join(',')}`);
  const before = await tableRows(page, 'table-probs');
  await openShare(page);
  const link = await value(page, 'share-link');
  assert.equal(link, `${env.server.base}/?v=1&s=softmax&tokens=a,b,c&logits=-0.105361,-2.30259,-4.60517`);
  const back = await env.open(link.slice(env.server.base.length));
  assert.deepEqual(await tableRows(back.page, 'table-probs'), before);
  noProblems(assert, back.problems);
  await back.context.close();
  noProblems(assert, problems);
  await context.close();
});

/**
 * A course page on another origin holding `code` (the dialog's embed code as copied), opened at
 * `width`; returns the frame element's height, the lesson's content height and whether the
 * lesson scrolls inside the frame.
 */
let pages = 0;
async function coursePage(code, width) {
  const context = await env.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  const name = `week-3-${++pages}.html`;
  await writeFile(join(COURSE, name), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Week 3</title><link rel="icon" href="data:,"></head><body><h1>Week 3</h1>\n${code}\n<p>After the lesson.</p></body></html>`);
  await page.goto(`${courseServer.base}/course/${name}`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector('html[data-built] .section-body');
  await settle(page, 600);
  const fit = async () => {
    const box = await page.$eval('iframe', (f) => f.clientHeight);
    const inside = await frame.evaluate(() => ({
      content: Math.ceil(document.documentElement.getBoundingClientRect().height),
      scrolls: document.scrollingElement.scrollHeight > document.scrollingElement.clientHeight,
      // The last thing in the section: the link to the full lesson.
      last: document.querySelector('.embed-link a')?.getBoundingClientRect().bottom,
    }));
    return { box, ...inside };
  };
  return { page, context, problems, fit };
}

test('the embed code in a course page on another origin: with its script the frame fits the section, without it the measured height holds it', async () => {
  // The lesson at one origin, the course page at another, as in a real course.
  const { page, context, problems } = await env.open('/?s=sampling');
  await openShare(page);
  const withScript = await embedCode(page);
  assert.equal(await page.isVisible('#share-width'), false, 'no frame width to choose while the script fits the frame');
  await page.check('[data-testid=share-fit-fixed]');
  assert.equal(await page.isVisible('#share-width'), true);
  assert.match(await page.textContent('[data-testid=share-fit-hint]'), /^Measuring this section/);
  const fixed360 = await embedCode(page);
  assert.match(await page.textContent('[data-testid=share-fit-hint]'), /^Measured for this section and these settings: \d+ px tall in a frame 360 px wide\./);
  assert.ok(!fixed360.includes('<script'), fixed360);
  await page.selectOption('#share-width', '1024');
  await page.waitForFunction((old) => document.getElementById('share-iframe').value !== old && document.getElementById('share-iframe').value !== '', fixed360, { timeout: 30000 });
  const fixed1024 = await value(page, 'share-iframe');
  const stated = (code) => Number(code.match(/height="(\d+)"/)[1]);
  assert.ok(stated(fixed360) > stated(fixed1024) + 500, `a phone's column is much taller (${stated(fixed360)} against ${stated(fixed1024)})`);
  await page.screenshot({ path: 'target/screenshots/share-fixed-height.png' });
  noProblems(assert, problems);
  await context.close();

  const rows = [];
  for (const width of [1280, 390]) {
    const scripted = await coursePage(withScript, width);
    let m;
    for (let i = 0; i < 50; i++) {
      m = await scripted.fit();
      if (m.box === m.content && !m.scrolls) break;
      await scripted.page.waitForTimeout(100);
    }
    rows.push(`${width}px with script: frame ${m.box}px, section ${m.content}px`);
    assert.equal(m.box, m.content, `${width}px: the script fits the frame to the section`);
    assert.equal(m.scrolls, false, `${width}px: nothing scrolls inside the frame`);
    assert.ok(m.last <= m.box, `${width}px: the link to the full lesson is reachable`);
    if (width === 390) await scripted.page.screenshot({ path: 'target/screenshots/share-course-390.png', fullPage: true });
    noProblems(assert, scripted.problems);
    await scripted.context.close();

    const plain = await coursePage(fixed360, width);
    m = await plain.fit();
    rows.push(`${width}px without script: frame ${m.box}px (stated ${stated(fixed360)}), section ${m.content}px`);
    assert.equal(m.box, stated(fixed360));
    assert.ok(m.last <= m.box && !m.scrolls, `${width}px: the whole section within the stated ${m.box}px (its end at ${m.last}px)`);
    noProblems(assert, plain.problems);
    await plain.context.close();
  }
  console.log(rows.join('\n'));
});
