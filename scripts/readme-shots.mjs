// Makes the README's phone screenshots from the release build in dist/ (run it after a build:
// `node scripts/readme-shots.mjs`): the sampling section on a 390 px phone, in English and in
// Arabic, with the temperature slider in use mid-screen and the live copy of the distribution
// chart pinned at the top. Written to .github/screenshots/.
import { join } from 'node:path';
import { launch, serve, open, settle, ROOT } from './browser.mjs';

const browser = await launch();
const server = await serve();
try {
  for (const [lang, name] of [['en', 'phone-sampling'], ['ar', 'phone-sampling-ar']]) {
    const url = `${server.base}/?s=sampling${lang === 'en' ? '' : `&lang=${lang}`}`;
    const { page, context, problems } = await open(browser, url, { width: 390, height: 844, scale: 2 });
    await page.evaluate(() => {
      const r = document.querySelector('#temperature').getBoundingClientRect();
      window.scrollTo({ top: window.scrollY + r.top - innerHeight * 0.55, behavior: 'instant' });
    });
    await settle(page, 200);
    await page.focus('#temperature');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await page.waitForSelector('[data-testid=pinned-chart]');
    await settle(page, 300);
    await page.screenshot({ path: join(ROOT, '.github', 'screenshots', `${name}.png`) });
    if (problems.length) throw new Error(problems.join('\n'));
    await context.close();
    console.log(`.github/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
