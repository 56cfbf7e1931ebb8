// What the specs of the lesson's other languages share (spanish.test.mjs, languages.test.mjs):
// the English phrases a translation must not leave on screen, and a page opened in a browser
// whose preferred languages are given.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, chartsPainted } from '../../scripts/browser.mjs';
import { TEXT_FILE } from '../../scripts/text.mjs';

export const SECTIONS = ['overview', 'softmax', 'sampling', 'loss', 'gradients', 'training', 'stability', 'attention', 'pitfalls', 'quiz'];

/** Every compiled message in dist/, by language and text file. */
function messages() {
  const dist = join(ROOT, 'dist');
  const out = {};
  for (const name of readdirSync(dist)) {
    const m = TEXT_FILE.exec(name);
    if (!m) continue;
    (out[m[1]] ??= {})[m[2]] = JSON.parse(readFileSync(join(dist, name), 'utf8'));
  }
  return out;
}

/** A compiled message as plain text pieces: markup dropped, cut at placeholders and select
 * expressions (what stays the same whatever the numbers). */
const piecesOf = (message) => message
  .replace(/<\/?(em|strong|code|sub|sup|b|q)>/g, '')
  .split(/[\ue000-\ue1ff]/)
  .map((p) => p.trim())
  .filter(Boolean);

/** English phrases of four words or more that language `lang`'s text does not also have. A
 * message equal to its English one is a key the translation lacks (the build shows English in
 * its place), so its words count as English. */
export function englishPhrases(lang) {
  const all = messages();
  const theirs = [];
  const english = [];
  for (const [file, en] of Object.entries(all.en)) {
    en.forEach((message, i) => {
      english.push(...piecesOf(message));
      const other = all[lang]?.[file]?.[i];
      if (other !== undefined && other !== message) theirs.push(...piecesOf(other));
    });
  }
  // A word has two letters or more: a formula's one-letter symbols (z, c, p) are no English.
  const words = (p) => p.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length;
  const known = theirs.join('\n');
  return [...new Set(english)].filter((p) => words(p) >= 4 && !known.includes(p));
}

/** The page's text as a student meets it: title, visible text and accessible names. */
export const shownText = (page) => page.evaluate(() => `${document.title}\n${document.body.innerText}\n${[...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join('\n')}`);

/** A page of the lesson at `path` in a browser whose languages are `locale`, its charts drawn;
 * `problems` collects console errors, page errors and failed requests. */
export async function openIn(browser, base, path, { width = 1280, height = 900, locale = 'en-US', mobile = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale, isMobile: mobile, hasTouch: mobile });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.goto(base + path);
  await page.waitForSelector('html[data-built] .section-body');
  await chartsPainted(page);
  return { page, context, problems };
}
