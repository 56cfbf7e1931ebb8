// The "Share / embed" dialog: the link and the iframe snippet follow the instructor's choices,
// copy to the clipboard, the snippet really embeds the section with those settings, and the
// SCORM package is one download away.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { settle, tableRows, SUBPATH } from '../../scripts/browser.mjs';
import { createRequire } from 'node:module';
import { setup, screenshot, noProblems, softmax3 } from './support.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js', { paths: [new URL('../../scripts/', import.meta.url).pathname] });

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const value = (page, id) => page.$eval(`#${id}`, (t) => t.value);

test('the link carries the current values, the theme and the hidden controls', async () => {
  const { page, context, problems } = await env.open('/?s=sampling&t=0.5&top_p=0.8');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.base });
  await page.click('[data-testid=share]');
  assert.equal(await page.$eval('dialog.share', (d) => d.open), true);
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
  const snippet = await value(page, 'share-iframe');
  assert.match(snippet, /^<iframe src="[^"]+\?v=1&amp;s=sampling&amp;embed=1&amp;theme=contrast&amp;hide=editor,presets" title="Softmax Lab: Temperature and sampling" width="100%" height="\d+" style="border:0" loading="lazy" allowfullscreen><\/iframe>$/);
  const height = Number(snippet.match(/height="(\d+)"/)[1]);
  assert.ok(height >= 480 && height <= 2400 && height % 50 === 0, `height ${height}`);
  await page.click('button[data-copy=share-iframe]');
  await page.waitForFunction(() => document.querySelector('.share__status').textContent !== '');
  assert.equal(await page.textContent('.share__status'), 'Embed code copied.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
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
  const { page, context, problems } = await env.open('/?s=loss', { width: 390, height: 844, scale: 2 });
  await page.focus('[data-testid=share]');
  await page.keyboard.press('Enter');
  assert.equal(await page.$eval('dialog.share', (d) => d.open), true);
  // Focus moves into the dialog; Tab reaches the options and the copy buttons.
  const seen = [];
  for (let i = 0; i < 14; i++) {
    seen.push(await page.evaluate(() => document.activeElement.id || document.activeElement.textContent.trim()));
    await page.keyboard.press('Tab');
  }
  for (const want of ['share-theme', 'share-hide-nav', 'Copy link', 'Copy embed code']) {
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
  await settle(page);
  await screenshot(page, 'share-phone');
  noProblems(assert, problems);
  await context.close();
});

test('the dialog offers the SCORM package for an LMS, served beside the lesson on / and on the sub-path', async () => {
  for (const path of ['/', SUBPATH]) {
    const { page, context, problems } = await env.open(`${path}?s=quiz`);
    await page.click('[data-testid=share]');
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
