// Check yourself: every question is worked out here from its own numbers and graded right; wrong
// and unreadable answers get the right feedback; passing is remembered; new questions come with
// a new seed in the link; the answered quiz passes axe in every theme.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { settle } from '../../scripts/browser.mjs';
import { setup, screenshot, noProblems, violations, quizQuestions, solve, answerQuestion } from './support.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const score = (page) => page.textContent('[data-testid=quiz-score]');
const best = (page) => page.evaluate(() => localStorage.getItem('softmax-lab:quiz-best'));

// Seeds 42, 0, 1, 11 and 36 between them draw every kind of question in the pool.
const COVERED = ['softmax', 'sampling', 'loss', 'gradients', 'training', 'stability', 'attention', 'pitfalls'];
const KINDS = ['softmax', 'shift', 'temperature', 'placement', 'top-p', 'min-p', 'loss', 'perplexity', 'ranking',
  'smoothing', 'distillation', 'gradient', 'step', 'answer', 'overfit', 'overflow', 'logsumexp', 'scaled', 'leak', 'twice', 'sigmoid'];
const drawn = new Set();
after(() => assert.deepEqual([...drawn].sort(), [...KINDS].sort(), 'the five seeds draw every kind'));

for (const seed of [42, 0, 1, 11, 36]) {
  test(`every question of seed ${seed}, worked out independently, is graded right`, async () => {
    const { page, context, problems } = await env.open(`/?s=quiz&seed=${seed}`);
    await page.waitForSelector('form.quiz-q');
    const questions = await quizQuestions(page);
    assert.equal(questions.length, 8);
    // One question from every section the quiz covers, in lesson order, each labelled.
    const sections = await page.$$eval('form.quiz-q', (f) => f.map((x) => x.dataset.section));
    assert.deepEqual(sections, COVERED, sections.join());
    assert.deepEqual(sections, [...sections].sort((a, b) => COVERED.indexOf(a) - COVERED.indexOf(b)));
    assert.match(await page.textContent('form[data-q="3"] .quiz-q__num'), /^Question 4 of 8 \u00b7 \S/);
    assert.equal(new Set(questions.map((q) => q.kind)).size, 8, 'no kind twice');
    for (const q of questions) drawn.add(q.kind);
    assert.match(await score(page), /^0 right of 0 answered, out of 8\.$/);
    for (const [i, q] of questions.entries()) {
      const feedback = await answerQuestion(page, i, solve(q));
      assert.match(feedback, /^\u2713 Right\. \S/, `question ${i + 1} (${q.kind}): ${q.prompt} -> ${feedback}`);
      assert.equal(await page.$eval(`form[data-q="${i}"] fieldset`, (f) => f.disabled), true);
      const passed = i + 1 >= 6;
      assert.equal(/You passed/.test(await score(page)), passed, await score(page));
      assert.equal(await best(page), passed ? String((i + 1) / 8) : null);
    }
    assert.equal(await score(page), '8 right of 8 answered, out of 8. You passed: the lesson is marked complete.');
    if (seed === 42) await screenshot(page, 'quiz-passed');
    noProblems(assert, problems);
    await context.close();
  });
}

test('a wrong answer shows the right one and why; an unreadable one asks again', async () => {
  const { page, context, problems } = await env.open('/?s=quiz&seed=42');
  await page.waitForSelector('form.quiz-q');
  const questions = await quizQuestions(page);
  const at = (test) => questions.findIndex(test);
  const [choice, loss] = [at((q) => q.options.length > 0), at((q) => q.kind === 'loss')];
  const typed = at((q) => !q.options.length && q.kind !== 'loss');
  const other = at((q, i) => i > typed && i !== loss && !q.options.length);
  assert.ok(Math.min(choice, loss, typed, other) >= 0, 'seed 42 has a choice, the loss and two other number questions');
  // Nothing picked: asked to pick, and the question stays open.
  await page.click(`form[data-q="${choice}"] button`);
  assert.equal(await page.textContent(`form[data-q="${choice}"] .quiz-q__feedback`), 'Pick one of the answers first.');
  assert.equal(await page.$eval(`form[data-q="${choice}"] fieldset`, (f) => f.disabled), false);
  // Text that is not a number: asked for a number, still open, not counted.
  assert.match(await answerQuestion(page, other, { text: 'about e^2' }), /^Type a number/);
  assert.equal(await page.$eval(`form[data-q="${other}"] fieldset`, (f) => f.disabled), false);
  assert.match(await score(page), /^0 right of 0 answered/);
  // A wrong number: the right one is shown, with the worked reason.
  const right = solve(questions[loss]).text;
  const wrong = (Number(right) + 0.5).toFixed(2);
  const feedback = await answerQuestion(page, loss, { text: wrong });
  assert.ok(feedback.startsWith(`\u2717 Not quite: the answer is ${right}. The loss is \u2212ln p`), feedback);
  assert.equal(await page.getAttribute(`form[data-q="${loss}"]`, 'data-result'), 'wrong');
  // A wrong option: the right option's text is in the feedback.
  const pick = solve(questions[choice]).option;
  const shown = questions[choice].options[pick];
  const verdict = await answerQuestion(page, choice, { option: (pick + 1) % questions[choice].options.length });
  assert.ok(verdict.includes(`the answer is ${shown}.`), verdict);
  assert.equal(await page.$eval(`form[data-q="${choice}"] [data-right]`, (l) => l.textContent.trim()), shown);
  // Typed like a person: a comma for the decimal point, spaces around.
  const comma = ` ${solve(questions[typed]).text.replace('.', ',')} `;
  assert.match(await answerQuestion(page, typed, { text: comma }), /^\u2713 Right/);
  assert.equal(await score(page), '1 right of 3 answered, out of 8.');
  noProblems(assert, problems);
  await context.close();
});

test('failing every question is not a pass and keeps nothing', async () => {
  const { page, context, problems } = await env.open('/?s=quiz&seed=11');
  await page.waitForSelector('form.quiz-q');
  for (const [i, q] of (await quizQuestions(page)).entries()) {
    const a = solve(q);
    const wrong = 'option' in a ? { option: (a.option + 1) % q.options.length } : { text: String(Number(a.text) + 3) };
    assert.match(await answerQuestion(page, i, wrong), /^\u2717 Not quite/);
  }
  assert.equal(await score(page), '0 right of 8 answered, out of 8. Not a pass yet: try new questions.');
  assert.equal(await best(page), null);
  noProblems(assert, problems);
  await context.close();
});

test('new questions come with a new seed in the link; a pass is remembered', async () => {
  const { page, context, problems } = await env.open('/?s=quiz&seed=42');
  await page.waitForSelector('form.quiz-q');
  assert.equal(await page.$('[data-testid=quiz-best]'), null);
  const first = await quizQuestions(page);
  await answerQuestion(page, 0, solve(first[0]));
  await page.click('[data-testid=quiz-new]');
  await settle(page);
  const second = await quizQuestions(page);
  assert.notDeepEqual(second.map((q) => q.prompt), first.map((q) => q.prompt));
  assert.match(await score(page), /^0 right of 0 answered/, 'the score starts again');
  assert.equal(await page.$$eval('form.quiz-q[data-result]', (f) => f.length), 0);
  const seed = new URL(page.url()).searchParams.get('seed');
  assert.ok(seed && seed !== '42', `new seed in the link: ${page.url()}`);
  // The link gives the same questions.
  await page.reload();
  await page.waitForSelector('form.quiz-q');
  assert.deepEqual((await quizQuestions(page)).map((q) => q.prompt), second.map((q) => q.prompt));
  // Pass, come back: the page says so.
  for (const [i, q] of second.entries()) await answerQuestion(page, i, solve(q));
  await page.reload();
  await page.waitForSelector('form.quiz-q');
  assert.equal(await page.textContent('[data-testid=quiz-best]'),
    'You passed this check before, with 100% right. Try new questions any time.');
  noProblems(assert, problems);
  await context.close();
});

test('the quiz, answered right and wrong, passes axe in every theme and at phone width', async () => {
  const found = [];
  for (const theme of ['light', 'dark', 'contrast']) {
    for (const width of [1280, 390]) {
      const { page, context, problems } = await env.open(`/?s=quiz&seed=3&theme=${theme}`, { width, height: 900 });
      await page.waitForSelector('form.quiz-q');
      const questions = await quizQuestions(page);
      // One right, one wrong option, one unreadable number: every kind of feedback on screen.
      const choice = questions.findIndex((q) => q.options.length > 0);
      const typed = questions.findIndex((q, i) => i > 0 && !q.options.length);
      await answerQuestion(page, 0, solve(questions[0]));
      await answerQuestion(page, choice, { option: (solve(questions[choice]).option + 1) % 4 });
      await answerQuestion(page, typed, { text: 'x' });
      for (const v of await violations(page)) found.push(`${theme} @${width}px: ${v}`);
      if (width === 390 && theme === 'dark') await screenshot(page, 'quiz-phone-dark');
      noProblems(assert, problems);
      await context.close();
    }
  }
  assert.deepEqual(found, [], found.join('\n'));
});
