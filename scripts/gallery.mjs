// The screenshot gallery, made from the release build in dist/ so it can be remade after any
// change (`node scripts/gallery.mjs` after a build):
// - every section at 1280 x 800 and 390 x 844, light and dark, whole pages, into target/gallery/
//   (for looking at a change as a student would; not committed);
// - the README's gallery, a few first screens of the same, into .github/screenshots/gallery/.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, serve, open, settle, ROOT } from './browser.mjs';

const SECTIONS = ['overview', 'softmax', 'sampling', 'loss', 'gradients', 'training', 'stability', 'attention', 'pitfalls', 'quiz'];
const SIZES = [{ name: '1280', width: 1280, height: 800, scale: 1 }, { name: '390', width: 390, height: 844, scale: 2 }];
const THEMES = ['light', 'dark'];
/** The README's pictures: [section, size, theme, the element scrolled to the top (or none)]. */
const README = [
  ['softmax', '1280', 'light', null],
  ['stability', '1280', 'dark', '#push-logits'],
  ['sampling', '390', 'light', '#temperature'],
  ['attention', '390', 'dark', null],
];

const all = join(ROOT, 'target', 'gallery');
const readme = join(ROOT, '.github', 'screenshots', 'gallery');
await mkdir(all, { recursive: true });
await mkdir(readme, { recursive: true });
const browser = await launch();
const server = await serve();
const problems = [];
try {
  for (const s of SECTIONS) {
    for (const size of SIZES) {
      for (const theme of THEMES) {
        const opened = await open(browser, `${server.base}/?s=${s}&theme=${theme}`, size);
        const { page, context } = opened;
        await page.evaluate(() => document.fonts.ready.then(() => {}));
        // Every chart painted as it is now, as before printing (one off screen waits otherwise).
        await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
        await settle(page, 300);
        await page.screenshot({ path: join(all, `${s}-${size.name}-${theme}.png`), fullPage: true });
        for (const [rs, rsize, rtheme, at] of README) {
          if (rs !== s || rsize !== size.name || rtheme !== theme) continue;
          if (at) {
            await page.$eval(at, (el) => window.scrollTo({ top: el.getBoundingClientRect().top + scrollY - 72, behavior: 'instant' }));
            await settle(page, 300);
          } else {
            await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
          }
          await page.screenshot({ path: join(readme, `${s}-${size.name}-${theme}.png`) });
          console.log(`.github/screenshots/gallery/${s}-${size.name}-${theme}.png`);
        }
        problems.push(...opened.problems.map((p) => `${s} ${size.name} ${theme}: ${p}`));
        await context.close();
      }
    }
  }
  console.log(`target/gallery/: ${SECTIONS.length * SIZES.length * THEMES.length} whole pages`);
  if (problems.length) throw new Error(problems.join('\n'));
} finally {
  await browser.close();
  await server.close();
}
