// Accessibility: axe-core finds no violation in any section, in any theme, with every data table
// open; the softmax section can be used, and the quiz passed, from the keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { settle, tableRows } from '../../scripts/browser.mjs';
import { setup, noProblems, softmax3, violations, quizQuestions, solve } from './support.mjs';

const SECTIONS = ['overview', 'softmax', 'sampling', 'loss', 'gradients', 'training', 'stability', 'attention', 'pitfalls', 'quiz'];
const THEMES = ['light', 'dark', 'contrast'];

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

for (const theme of THEMES) {
  test(`axe finds no violations in any section, ${theme} theme`, async () => {
    const found = [];
    for (const s of SECTIONS) {
      for (const width of [1280, 390]) {
        const { page, context, problems } = await env.open(`/?s=${s}&theme=${theme}`, { width, height: 900 });
        await page.$$eval('details', (all) => all.forEach((d) => { d.open = true; }));
        await settle(page);
        for (const v of await violations(page)) found.push(`${s} @${width}px: ${v}`);
        noProblems(assert, problems);
        await context.close();
      }
    }
    assert.deepEqual(found, [], found.join('\n'));
  });
}

/** What has the focus: tag, id and a little text, for the failure message. */
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { tag: el.tagName.toLowerCase(), id: el.id, name: el.name, q: el.closest('form.quiz-q')?.dataset.q,
    text: (el.textContent || el.value || '').trim().slice(0, 40),
    visible: getComputedStyle(el).outlineStyle !== 'none' || getComputedStyle(el).boxShadow !== 'none' };
});

/** Presses Tab until `want(focus)` holds; fails if 80 presses never get there. */
async function tabTo(page, want, what) {
  const path = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    path.push(f.id || f.text || f.tag);
    if (want(f)) {
      assert.ok(f.visible, `${what} shows where the focus is`);
      return f;
    }
  }
  assert.fail(`Tab never reached ${what}: ${path.join(' > ')}`);
}

test('the softmax section works from the keyboard alone', async () => {
  const { page, context, problems } = await env.open('/');
  // The skip link comes first and lands in the lesson.
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).text, 'Skip to the lesson');
  // Through the navigation to the softmax section.
  await tabTo(page, (f) => f.tag === 'a' && f.text.endsWith('Logits and softmax'), 'the softmax link');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.match(await page.textContent('h1'), /Logits and softmax/);
  // The first logit: arrows move it, the table follows.
  await tabTo(page, (f) => f.id === 'logit-0', 'the first logit slider');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await settle(page, 50);
  assert.deepEqual((await tableRows(page, 'table-probs')).map((r) => r[1]), softmax3([3, 1, 0.5, -1]));
  // Its number box: type a value.
  await tabTo(page, (f) => f.id === 'logit-0-box', 'the first number box');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  await settle(page, 50);
  assert.deepEqual((await tableRows(page, 'table-probs')).map((r) => r[1]), softmax3([0, 1, 0.5, -1]));
  // A preset button.
  await tabTo(page, (f) => f.text === 'All equal', 'the "All equal" preset');
  await page.keyboard.press('Enter');
  await settle(page, 50);
  assert.deepEqual((await tableRows(page, 'table-probs')).map((r) => r[1]), ['0.250', '0.250', '0.250', '0.250']);
  // A data table opens from the keyboard.
  await tabTo(page, (f) => f.tag === 'summary' && /Probabilities/.test(f.text), 'the probabilities table');
  await page.keyboard.press('Enter');
  assert.equal(await page.$eval('[data-testid=table-probs]', (t) => t.closest('details').open), true);
  // Shift every logit: the probabilities stay put.
  await tabTo(page, (f) => f.text === '+1 to every logit', 'the shift button');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.deepEqual((await tableRows(page, 'table-probs')).map((r) => r[1]), ['0.250', '0.250', '0.250', '0.250']);
  assert.match(await page.evaluate(() => location.search), /logits=1,1,1,1/);
  noProblems(assert, problems);
  await context.close();
});

test('the quiz can be passed from the keyboard alone', async () => {
  const { page, context, problems } = await env.open('/?s=quiz&seed=42');
  await page.waitForSelector('form.quiz-q');
  const questions = await quizQuestions(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  for (const [i, q] of questions.entries()) {
    const answer = solve(q);
    const where = `question ${i + 1} (${q.kind})`;
    if ('option' in answer) {
      // Tab enters the radio group; Space picks the first option, arrows pick the others.
      await tabTo(page, (f) => f.tag === 'input' && f.name === `quiz-q${i}`, `${where}'s options`);
      if (answer.option === 0) await page.keyboard.press('Space');
      for (let k = 0; k < answer.option; k++) await page.keyboard.press('ArrowDown');
      await tabTo(page, (f) => f.tag === 'button' && f.q === String(i), `${where}'s Check button`);
      await page.keyboard.press('Enter');
    } else {
      // Type the number; Enter checks it.
      await tabTo(page, (f) => f.name === 'answer' && f.q === String(i), `${where}'s answer box`);
      await page.keyboard.type(answer.text);
      await page.keyboard.press('Enter');
    }
    // The focus moves to the verdict, so it is read next and Tab goes on to the next question.
    const f = await focused(page);
    assert.equal(f.q, String(i), `${where}: focus stays in the question`);
    assert.match(f.text, /^\u2713 Right/, `${where}: ${f.text}`);
  }
  assert.match(await page.textContent('[data-testid=quiz-score]'), /^8 right of 8 answered, out of 8\. You passed/);
  // The last stop: new questions, from the keyboard too.
  await tabTo(page, (f) => f.text === 'New questions', 'the "New questions" button');
  await page.keyboard.press('Enter');
  await settle(page);
  assert.match(await page.textContent('[data-testid=quiz-score]'), /^0 right of 0 answered/);
  noProblems(assert, problems);
  await context.close();
});

/** A stand-in for the browser's speech synthesis that records what the page asks of it. */
function fakeSpeech() {
  const calls = [];
  let paused = false;
  let queued = 0;
  window.__speech = calls;
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      get speaking() { return queued > 0; },
      get paused() { return paused; },
      speak(u) { calls.push(['speak', u.text, u.lang]); queued += 1; },
      pause() { calls.push(['pause']); paused = true; },
      resume() { calls.push(['resume']); paused = false; },
      cancel() { calls.push(['cancel']); queued = 0; paused = false; },
      getVoices() { return []; },
      addEventListener() {},
    },
  });
}

test('read aloud speaks the section prose, pauses, resumes and stops', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(fakeSpeech);
  const page = await context.newPage();
  await page.goto(`${env.server.base}/?s=loss`);
  await page.waitForSelector('[data-testid=read-play]');
  // Pause and Stop say they are unavailable until reading starts.
  const off = () => page.evaluate(() => ['read-pause', 'read-stop'].map((id) => document.querySelector(`[data-testid=${id}]`).getAttribute('aria-disabled')));
  assert.deepEqual(await off(), ['true', 'true'], 'nothing to pause or stop before reading');
  // Pressed at once, before the cards have all arrived: they are built and read too.
  await page.click('[data-testid=read-play]');
  assert.deepEqual(await off(), [null, null], 'reading: Pause and Stop available');
  await page.waitForFunction(() => window.__speech.some((c) => c[0] === 'speak'));
  const spoken = (await page.evaluate(() => window.__speech)).filter((c) => c[0] === 'speak');
  assert.equal(spoken[0][1], 'Cross-entropy', 'the title first');
  assert.match(spoken[1][1], /^Training needs one number that says how wrong a prediction was/);
  assert.ok(spoken.some((s) => /Against a one-hot target/.test(s[1])), 'card headings are read');
  assert.ok(spoken.every((s) => s[2] === 'en' && s[1] === s[1].trim() && !/\s{2}/.test(s[1])));
  assert.ok(!spoken.some((s) => /^0\.\d{3}$/.test(s[1])), 'table numbers are not read');
  // A second press while speaking does not queue the section again.
  await page.click('[data-testid=read-play]');
  await page.click('[data-testid=read-pause]');
  assert.deepEqual(await off(), ['true', null], 'paused: only Stop');
  await page.click('[data-testid=read-play]');
  await page.click('[data-testid=read-stop]');
  assert.deepEqual(await off(), ['true', 'true'], 'stopped');
  const calls = (await page.evaluate(() => window.__speech)).filter((c) => c[0] !== 'speak').map((c) => c[0]);
  assert.deepEqual(calls, ['pause', 'resume', 'cancel']);
  assert.equal((await page.evaluate(() => window.__speech)).filter((c) => c[0] === 'speak').length, spoken.length);
  // Leaving the section silences it.
  await page.click('.section-nav__list >> text=Logits and softmax');
  assert.equal((await page.evaluate(() => window.__speech)).at(-1)[0], 'cancel');
  await context.close();
});

test('read aloud reads the quiz: each question with its options', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(fakeSpeech);
  const page = await context.newPage();
  await page.goto(`${env.server.base}/?s=quiz&seed=42`);
  await page.waitForSelector('html[data-built] form.quiz-q');
  const questions = await quizQuestions(page);
  await page.click('[data-testid=read-play]');
  const spoken = (await page.evaluate(() => window.__speech)).filter((c) => c[0] === 'speak').map((c) => c[1]);
  assert.equal(spoken[0], 'Check yourself');
  // Each question is read with its number and section, then its options one by one.
  const heading = async (i) => (await page.textContent(`form[data-q="${i}"] .quiz-q__num`)).trim();
  assert.match(await heading(0), /^Question 1 of 8 \u00b7 Logits and softmax$/);
  const first = spoken.indexOf(`${await heading(0)} ${questions[0].prompt}`);
  assert.ok(first > 0, spoken.join('\n'));
  const choice = questions.findIndex((q, i) => i > 0 && q.options.length > 0);
  const at = spoken.indexOf(`${await heading(choice)} ${questions[choice].prompt}`);
  assert.ok(at > first, spoken.join('\n'));
  assert.deepEqual(spoken.slice(at + 1, at + 5), questions[choice].options);
  await context.close();
});

test('read aloud is left out where the browser cannot speak', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => { delete Window.prototype.speechSynthesis; delete window.speechSynthesis; });
  const page = await context.newPage();
  await page.goto(`${env.server.base}/?s=softmax`);
  await page.waitForSelector('html[data-built] .section-body');
  assert.equal(await page.$('[data-testid=read-play]'), null);
  assert.equal(await page.evaluate(() => 'speechSynthesis' in window), false);
  await context.close();
});
