// Helpers for the end-to-end specs: one browser and server per spec file, screenshots, a
// reference softmax written independently of the Rust one.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, open, ROOT } from '../../scripts/browser.mjs';

export const SHOTS = join(ROOT, 'target', 'screenshots');

export async function setup() {
  const server = await serve();
  const browser = await launch();
  await mkdir(SHOTS, { recursive: true });
  return {
    server,
    browser,
    open: (path, opts) => open(browser, server.base + path, opts),
    close: async () => { await browser.close(); await server.close(); },
  };
}

/** softmax(z) computed the textbook way (max subtracted), to 3 decimals as the page shows. */
export function softmax3(z) {
  const m = Math.max(...z);
  const e = z.map((x) => Math.exp(x - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => (x / s).toFixed(3));
}

export async function screenshot(page, name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Fails with every console error, page error and failed request seen so far. */
export function noProblems(assert, problems) {
  assert.deepEqual(problems, [], problems.join('\n'));
}
