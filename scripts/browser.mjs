// Shared by the end-to-end tests and the benchmark: a static file server for the release builds
// and Debian's Chromium driven by playwright-core (no browser download, ever).
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The sub-path a GitHub Pages project site is served under (matches test.sh's second build). */
export const SUBPATH = '/softmax-lab/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves dist/ at /, target/dist-subpath/ at SUBPATH and the example course page at /host/ on
 * 127.0.0.1 (a free port). Like GitHub Pages, it gzips what it sends when the browser accepts it
 * and lets the browser cache files for ten minutes, so Lighthouse sees what students get.
 * `roots` ([path prefix, directory], most specific first) replaces those three.
 */
export async function serve(
  roots = [
    [SUBPATH, join(ROOT, 'target', 'dist-subpath')],
    ['/host/', join(ROOT, 'tests', 'e2e', 'host')],
    ['/', join(ROOT, 'dist')],
  ],
) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const [prefix, dir] = roots.find(([p]) => url.pathname.startsWith(p));
    let rel = normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
    if (rel.startsWith('..')) { res.writeHead(400).end(); return; }
    let file = join(dir, rel);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=600' };
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && extname(file) !== '.png') {
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
        res.writeHead(200, headers);
        res.end(gzipSync(body, { level: 9 }));
      } else {
        res.writeHead(200, headers);
        res.end(body);
      }
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${server.address().port}`;
  return { base, close: () => new Promise((ok) => server.close(ok)) };
}

/** Flags that keep Chromium quiet on a machine with no network but the registries. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Debian's Chromium, headless. Its scrollbars are hidden, as on a phone or a touchpad laptop,
 * unless `scrollbars` asks for classic ones that take room (a laptop with a mouse). */
export async function launch(extraArgs = [], { scrollbars = false } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    ignoreDefaultArgs: scrollbars ? ['--hide-scrollbars'] : [],
  });
}

/**
 * Opens `url` in a fresh page and records console errors, page errors and failed requests.
 * Resolves once the app has mounted (the loading indicator is gone) and built every card of the
 * section (they follow the shell one per task: `data-built` on <html>) and painted every chart
 * on screen (a chart off screen is painted when it comes near the viewport: see `inView`).
 */
export async function open(browser, url, { width = 1280, height = 900, scale = 1 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.goto(url);
  await page.waitForSelector('#loading', { state: 'detached' });
  await page.waitForSelector('html[data-built] .section-body');
  await chartsPainted(page);
  return { page, context, problems };
}

/**
 * Waits until every chart on screen has painted (charts paint for the first time one per frame,
 * in page order); a chart off screen paints when it comes near the viewport.
 */
export async function chartsPainted(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('canvas.chart')].every((c) => {
    const r = c.getBoundingClientRect();
    return c.dataset.draws || r.bottom <= 0 || r.top >= innerHeight || r.width === 0;
  }));
}

/**
 * Scrolls the element `selector` to the middle of the viewport and waits until a canvas there is
 * painted and its frames have run: a chart off screen is not redrawn when its inputs change, so a
 * test that reads its pixels looks at it first, as a student would.
 */
export async function inView(page, selector) {
  await page.$eval(selector, (el) => el.scrollIntoView({ block: 'center' }));
  await page.waitForFunction((s) => {
    const el = document.querySelector(s);
    return el && (el.tagName !== 'CANVAS' || el.dataset.draws);
  }, selector);
  // The observer reports in the frame after the scroll; the repaint takes the next one.
  for (let i = 0; i < 3; i++) await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
}

/** A cheap fingerprint of the pixels of the canvas `selector`, seen on screen (see `inView`). */
export async function canvasHash(page, selector) {
  await inView(page, selector);
  return pixelHash(page, selector);
}

/** The fingerprint of `canvasHash` of the canvas as it is now, wherever it is. */
export async function pixelHash(page, selector) {
  return page.$eval(selector, (c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let h = 2166136261;
    for (let i = 0; i < d.length; i += 7) h = Math.imul(h ^ d[i], 16777619);
    return `${c.width}x${c.height}:${h >>> 0}`;
  });
}

/** The text of every cell of the table with data-testid `id`, row by row (body rows only). */
export async function tableRows(page, id) {
  return page.$$eval(`[data-testid=${id}] tbody tr`, (rows) =>
    rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent.trim())),
  );
}

/** Waits until the page's pending frames and the debounced URL update have run. */
export async function settle(page, ms = 350) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(ms);
}
