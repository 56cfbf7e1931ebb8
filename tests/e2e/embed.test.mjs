// Embedding: the example course page (tests/e2e/host/) frames a section from another origin,
// receives the resize messages, and the frame fits the lesson as it grows and shrinks; passing
// the quiz in the frame reports the score.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, settle } from '../../scripts/browser.mjs';
import { setup, screenshot, noProblems, quizQuestions, solve, answerQuestion } from './support.mjs';

let env;
let lessonServer;
before(async () => {
  env = await setup();
  // A second server, so the lesson (this port) and the course page (env's port) are cross-origin.
  lessonServer = await serve();
});
after(async () => {
  await lessonServer.close();
  await env.close();
});

/** Opens the host page framing `lessonPath`, recording every message the page receives. */
async function openHost(lessonPath, size) {
  const lesson = `${lessonServer.base}${lessonPath}`;
  const context = await env.browser.newContext({ viewport: size ?? { width: 1100, height: 800 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // The example page's own placeholder address is replaced by ?lesson= before it loads; on a busy
  // machine the browser may already have started (and then aborts) that request. It is not ours.
  page.on('requestfailed', (r) => {
    if (!r.url().startsWith('https://your-name.github.io/')) problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  await page.addInitScript(() => {
    window.__messages = [];
    window.addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));
  });
  await page.goto(`${env.server.base}/host/?lesson=${encodeURIComponent(lesson)}`);
  // The frame navigates to the lesson a moment after the element exists (its src is swapped in),
  // later still on a busy machine: wait for the frame at the lesson's address itself.
  await page.waitForSelector('#lesson');
  let frame = null;
  for (let i = 0; !frame && i < 150; i++) {
    frame = page.frames().find((f) => f.url().startsWith(lesson.split('?')[0]) && f !== page.mainFrame());
    if (!frame) await page.waitForTimeout(100);
  }
  assert.ok(frame, `the host page framed ${lesson}`);
  await frame.waitForSelector('html[data-built] .section-body');
  await frame.waitForSelector('#loading', { state: 'detached' });
  await settle(page, 500);
  return { page, frame, context, problems };
}

/** The frame's box height, the lesson's own content height, and whether the frame scrolls. */
async function measure(page, frame) {
  const box = await page.$eval('#lesson', (f) => f.clientHeight);
  const inside = await frame.evaluate(() => ({
    content: Math.ceil(document.documentElement.getBoundingClientRect().height),
    scrolls: document.scrollingElement.scrollHeight > document.scrollingElement.clientHeight,
  }));
  return { box, ...inside };
}

/** Waits until the host has applied a resize that makes the frame exactly fit the lesson. */
async function fitted(page, frame) {
  for (let i = 0; i < 40; i++) {
    const m = await measure(page, frame);
    if (m.box === m.content && !m.scrolls) return m;
    await page.waitForTimeout(100);
  }
  return measure(page, frame);
}

test('the course page receives both resize messages and the frame fits without a scrollbar', async () => {
  const { page, frame, context, problems } = await openHost('/?s=softmax&embed=1');
  const m = await fitted(page, frame);
  assert.equal(m.box, m.content, `frame ${m.box}px for ${m.content}px of lesson`);
  assert.equal(m.scrolls, false);
  assert.ok(m.content > 600, `a whole section is taller than 600px (${m.content})`);
  const messages = await page.evaluate(() => window.__messages);
  assert.ok(messages.length >= 2, JSON.stringify(messages));
  for (const { origin } of messages) assert.equal(origin, lessonServer.base);
  const resize = messages.filter((x) => x.data?.type === 'softmax-lab:resize');
  const lti = messages.filter((x) => x.data?.subject === 'lti.frameResize');
  assert.ok(resize.length >= 1 && lti.length === resize.length, JSON.stringify(messages));
  assert.equal(resize.at(-1).data.height, m.content);
  assert.equal(lti.at(-1).data.height, m.content);
  assert.deepEqual(Object.keys(resize.at(-1).data).sort(), ['height', 'type']);
  // Embedded: no site header or navigation, and a way out to the full lesson in a new tab.
  assert.equal(await frame.$('.masthead'), null);
  assert.equal(await frame.$('.section-nav'), null);
  assert.equal(await frame.getAttribute('.embed-link a', 'target'), '_blank');
  await screenshot(page, 'embed-host');
  noProblems(assert, problems);
  await context.close();
});

test('the frame grows and shrinks with the lesson', async () => {
  const { page, frame, context, problems } = await openHost('/?s=loss&embed=1');
  const before = await fitted(page, frame);
  // Open every closed data table: the lesson grows, and so must the frame.
  const closed = await frame.$$('details.data-table:not([open]) > summary');
  assert.ok(closed.length > 0, 'the loss section has a closed data table');
  for (const summary of closed) await summary.click();
  const grown = await fitted(page, frame);
  assert.ok(grown.box > before.box + 50, `grew from ${before.box} to ${grown.box}`);
  assert.equal(grown.box, grown.content);
  for (const summary of closed) await summary.click();
  const shrunk = await fitted(page, frame);
  assert.equal(shrunk.box, before.box, `back to ${before.box}, not ${shrunk.box}`);
  assert.equal(shrunk.scrolls, false);
  // A narrow course column makes the lesson taller; the frame follows.
  await page.setViewportSize({ width: 420, height: 800 });
  const narrow = await fitted(page, frame);
  assert.ok(narrow.box > shrunk.box, `narrow ${narrow.box} > wide ${shrunk.box}`);
  assert.equal(narrow.box, narrow.content);
  noProblems(assert, problems);
  await context.close();
});

test('passing the quiz in a frame tells the course page the score', async () => {
  const { page, frame, context, problems } = await openHost('/?s=quiz&embed=1&seed=42');
  const questions = await quizQuestions(frame);
  // The first answer wrong, the other seven right: a pass at the sixth right answer (6 of 8),
  // and a better score with the seventh.
  const first = solve(questions[0]);
  const wrong = 'option' in first ? { option: (first.option + 1) % questions[0].options.length } : { text: String(Number(first.text) + 0.5) };
  assert.match(await answerQuestion(frame, 0, wrong), /^\u2717 Not quite/);
  const completions = () => page.evaluate(() => window.__messages.filter((m) => m.data?.type === 'softmax-lab:complete'));
  for (let i = 1; i < questions.length; i++) {
    await answerQuestion(frame, i, solve(questions[i]));
    if (i < 6) assert.deepEqual(await completions(), [], `no completion after ${i} right`);
  }
  await page.waitForFunction(() => window.__messages.filter((m) => m.data?.type === 'softmax-lab:complete').length === 2);
  const done = await completions();
  assert.deepEqual(done.map((m) => m.data), [
    { type: 'softmax-lab:complete', score: 0.75 },
    { type: 'softmax-lab:complete', score: 0.875 },
  ]);
  for (const { origin } of done) assert.equal(origin, lessonServer.base);
  assert.equal(await page.textContent('#status'), 'Quiz passed with 88%. Well done!');
  await screenshot(page, 'embed-quiz-host');
  noProblems(assert, problems);
  await context.close();
});

test('the course page is told when a prediction or challenge is done', async () => {
  const { page, frame, context, problems } = await openHost('/?s=softmax&embed=1');
  await frame.click('details[data-predict="softmax-double"] > summary');
  await frame.waitForSelector('[data-predict-box][data-mounted] .predict__body');
  await frame.click('[data-predict-box][data-mounted] button:text-is("Skip")');
  await page.waitForFunction(() => window.__messages.some((m) => m.data?.type === 'softmax-lab:progress'));
  const progress = await page.evaluate(() => window.__messages.filter((m) => m.data?.type === 'softmax-lab:progress').map((m) => m.data));
  assert.deepEqual(progress, [{ type: 'softmax-lab:progress', id: 'softmax-double', done: ['softmax-double'] }]);
  noProblems(assert, problems);
  await context.close();
});

test('at top level the lesson posts no messages', async () => {
  const { page, context, problems } = await env.open('/?s=softmax');
  const heard = await page.evaluate(
    () => new Promise((resolve) => {
      const got = [];
      window.addEventListener('message', (e) => got.push(e.data));
      document.querySelector('details.data-table > summary')?.click();
      setTimeout(() => resolve(got), 600);
    }),
  );
  assert.deepEqual(heard, []);
  noProblems(assert, problems);
  await context.close();
});
