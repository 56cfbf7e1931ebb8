// Offline use as a classroom with flaky wifi sees it: one visit, then the network goes away and
// the lesson still opens, changes section and computes; a new deployment is picked up once the
// network is back, and only when the student reloads, never as a mix of two versions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, open, tableRows, settle, ROOT, SUBPATH } from '../../scripts/browser.mjs';
import { writeOfflineFiles } from '../../scripts/offline/write.mjs';
import { noProblems, screenshot, softmax3 } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** Waits for the page's requests to finish (the icon comes after the load event): a reload
 * in the middle would cut one off, which the test would count as a failed request. */
const quiet = (page) => page.waitForLoadState('networkidle');

/** Waits until this page's service worker is active and has cached the build's files. */
async function cached(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('softmax-lab ')));
    return { scope: registration.scope, keys, files: (await cache.keys()).map((r) => new URL(r.url).pathname) };
  });
}

for (const [name, path] of [['the root build', '/'], ['the sub-path build', SUBPATH]]) {
  test(`${name} works offline after one visit: reload, another section, a slider`, async () => {
    const server = await serve();
    const { page, context, problems } = await open(browser, `${server.base}${path}?s=softmax`);
    try {
    const { scope, keys, files } = await cached(page);
    assert.equal(new URL(scope).pathname, path);
    assert.equal(keys.length, 1);
    assert.ok(files.includes(path), `the page itself is cached (${files})`);
    for (const kind of [/\.wasm$/, /\.js$/, /manifest\.webmanifest$/, /favicon-.*\.svg$/, /paste_box-[0-9a-f]{12}_loader\.js$/, /paste_box-[0-9a-f]{12}\.js$/,
      /paste_box-[0-9a-f]{12}_bg\.wasm$/, /share_box-[0-9a-f]{12}_loader\.js$/, /share_box-[0-9a-f]{12}\.js$/, /share_box-[0-9a-f]{12}_bg\.wasm$/]) {
      assert.ok(files.some((f) => kind.test(f)), `${kind} is cached (${files})`);
    }
    // The style sheet is part of the page (scripts/first-paint.mjs): nothing else to cache for it.
    assert.ok(!files.some((f) => f.endsWith('.css')), `no separate style sheet (${files})`);
    assert.ok(await page.evaluate(() => [...document.querySelectorAll('head style')].some((s) => s.textContent.includes('.section-nav'))), 'the lesson\u2019s style is in the page');
    const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json());
    assert.equal(manifest.name, 'Softmax Lab');
    assert.match(manifest.icons[0].src, /^favicon-.*\.svg$/);

    await context.setOffline(true);
    assert.equal(await page.evaluate(() => navigator.onLine), false);
    await quiet(page);
    await page.reload();
    await page.waitForSelector('#loading', { state: 'detached' });
    assert.deepEqual((await tableRows(page, 'table-probs')).map((r) => r[1]), softmax3([2, 1, 0.5, -1]));
    // The paste box was never opened online: it comes from the cache all the same.
    await page.click('details.paste > summary');
    await page.waitForSelector('[data-paste-box][data-mounted] textarea');
    await page.click('[data-paste-box] button:text-is("Try an example")');
    await page.click('[data-testid=paste-strip] button[data-j="3"]');
    await page.click('button:text-is("Use this step in the playground")');
    await settle(page);
    assert.deepEqual((await tableRows(page, 'table-probs')).map((r) => r[1]), softmax3([-0.9163, -1.204, -2.3, -3.2, -3.9]), 'the box works offline');
    // The share dialog, never opened online either, opens from the cache with its link.
    await page.click('[data-testid=share]');
    await page.waitForSelector('dialog.share[open]');
    assert.match(await page.$eval('#share-link', (t) => t.value), new RegExp(`^${server.base}${path}\\?v=1&s=softmax&tokens=`));
    await page.keyboard.press('Escape');

    // Another section by a full page load, with settings in the query.
    await quiet(page);
    await page.goto(`${server.base}${path}?s=sampling&tokens=refund,reship,escalate&logits=3,1,0`);
    await page.waitForSelector('[data-testid=table-sampling]', { state: 'attached' });
    await page.fill('#temperature-box', '2');
    await page.press('#temperature-box', 'Enter');
    await settle(page);
    const rows = await tableRows(page, 'table-sampling');
    assert.deepEqual(rows.map((r) => r[4]), ['0.629', '0.231', '0.140'], 'T = 2 computed offline');
    // And one by the lesson's own navigation.
    await page.click('.section-nav__link[href="?s=loss"]');
    await page.waitForSelector('.section-body[data-section=loss]');
    await screenshot(page, `offline-${path === '/' ? 'root' : 'subpath'}-loss`);
    noProblems(assert, problems);
    } finally {
      // A context left open keeps a connection, and the server would wait for it forever.
      await context.close();
      await server.close();
    }
  });
}

test('a new deployment is cached in the background and used after the student reloads', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'softmax-lab-deploy-'));
  await cp(join(ROOT, 'dist'), dir, { recursive: true });
  const server = await serve([['/', dir]]);
  const { page, context, problems } = await open(browser, `${server.base}/?s=softmax&t=0.5`);
  try {
    const first = await cached(page);
    await quiet(page);
    await page.reload();
    await page.waitForSelector('html[data-built] .section-body');
    assert.equal(await page.$('[data-testid=update-notice]'), null, 'no offer while nothing is new');

    // The next deployment: a changed page, and the build's offline files written again.
    const html = join(dir, 'index.html');
    const page1 = await readFile(html, 'utf8');
    await writeFile(html, page1.replace('<title>', '<meta name=deployment content=second><title>'));
    const second = await writeOfflineFiles(dir, { worker: true });
    assert.notEqual(second.version, first.keys[0].split(' ').pop(), 'the changed page is a new version');
    await context.setOffline(true);
    await quiet(page);
    await page.reload();
    await page.waitForSelector('html[data-built] .section-body');
    assert.equal(await page.$('[data-testid=update-notice]'), null, 'offline, the old version runs and nothing is offered');

    await context.setOffline(false);
    await quiet(page);
    await page.reload();
    await page.waitForSelector('[data-testid=update-notice]', { timeout: 15000 });
    assert.equal(await page.$('meta[name=deployment]'), null, 'the old version runs until the student reloads');
    assert.match(await page.textContent('[data-testid=update-notice]'), /A new version of the lesson is ready/);
    await screenshot(page, 'offline-update-notice');
    await quiet(page);
    await Promise.all([page.waitForEvent('load'), page.click('[data-testid=update-reload]')]);
    await page.waitForSelector('meta[name=deployment]', { state: 'attached' });
    await page.waitForSelector('html[data-built] .section-body');
    assert.equal(await page.$('[data-testid=update-notice]'), null);
    assert.match(page.url(), /t=0\.5/, 'the settings survive the reload');
    const now = await cached(page);
    assert.deepEqual(now.keys.length, 1, 'the old version is gone from the cache');
    assert.ok(now.keys[0].endsWith(second.version) && !first.keys.includes(now.keys[0]), `${now.keys} is the new version`);

    // The new version also works offline.
    await context.setOffline(true);
    await quiet(page);
    await page.reload();
    await page.waitForSelector('meta[name=deployment]', { state: 'attached' });
    await page.waitForSelector('[data-testid=table-probs]', { state: 'attached' });
    noProblems(assert, problems);
  } finally {
    await context.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
