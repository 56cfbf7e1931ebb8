// What a new student met on a 390 x 844 phone, walked through again: the big picture's Next
// sits under the step it changes and brings the new step's top on screen, and the last step leads
// on to section 1; Draw 100 brings the histogram into view; answering the quiz's last question
// brings the result into view, and the running score is at the top too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { settle } from '../../scripts/browser.mjs';
import { setup, screenshot, noProblems, quizQuestions, solve, answerQuestion } from './support.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const PHONE = { width: 390, height: 844, scale: 2 };

/** The part (0..1) of `sel`'s box on screen, and its top and bottom. */
const onScreen = (page, sel) => page.$eval(sel, (el) => {
  const r = el.getBoundingClientRect();
  const shown = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
  return { share: r.height ? shown / r.height : 0, top: r.top, bottom: r.bottom };
});

/** Waits up to 2 s (a smooth scroll) for `sel` to be at least `share` on screen. */
async function cameIntoView(page, sel, share = 0.9) {
  let at;
  for (let i = 0; i < 20; i++) {
    at = await onScreen(page, sel);
    if (at.share >= share) return at;
    await page.waitForTimeout(100);
  }
  return at;
}

test('the big picture on a phone: Next sits under its step and shows the new step from its top; the last step leads to section 1', async () => {
  const { page, context, problems } = await env.open('/?s=overview', PHONE);
  const next = '.stepper__arrows .button--primary';
  for (let step = 2; step <= 6; step++) {
    // The student reads down to Next, under the text it changes.
    const body = await page.$eval('.stepper__body', (b) => b.getBoundingClientRect().bottom);
    const button = await page.$eval(next, (b) => b.getBoundingClientRect().top);
    assert.ok(button >= body, `Next (${button}) is under the step (${body})`);
    await page.$eval(next, (b) => b.scrollIntoView({ block: 'end' }));
    await settle(page, 50);
    await page.click(next);
    await page.waitForFunction((n) => document.querySelector('.stepper__count').textContent === `Step ${n} of 6`, step);
    // Until a smooth scroll has come to rest.
    let at = await onScreen(page, '.stepper__body');
    for (let i = 0, last = null; i < 30 && at.top !== last; i++) {
      last = at.top;
      await page.waitForTimeout(100);
      at = await onScreen(page, '.stepper__body');
    }
    const top = at;
    // Its start on screen, and the whole step or at least the upper half of the screen's worth.
    assert.ok(at.top >= -1 && (at.bottom <= 844 + 1 || at.top < 844 * 0.5), `step ${step}: its text starts on screen (${Math.round(at.top)} to ${Math.round(at.bottom)} px; ${JSON.stringify(top)})`);
  }
  await screenshot(page, 'overview-last-step-390');
  // After the last step: on to section 1, from the same place.
  const lead = await page.textContent(next);
  assert.equal(lead, 'Next: 1. Logits and softmax \u2192');
  await page.$eval(next, (b) => b.scrollIntoView({ block: 'end' }));
  await page.click(next);
  await page.waitForSelector('html[data-built] [data-section=softmax]');
  assert.equal(await page.textContent('h1.section-head__title'), 'Logits and softmax');
  noProblems(assert, problems);
  await context.close();
});

test('Draw 100 on a phone brings the histogram into view', async () => {
  const { page, context, problems } = await env.open('/?s=sampling', PHONE);
  await page.$eval('[data-testid=draw-100]', (b) => b.scrollIntoView({ block: 'center' }));
  await settle(page, 50);
  const before = await onScreen(page, '[data-testid=chart-draws]');
  assert.ok(before.share < 0.9, `the histogram starts off screen (${Math.round(before.share * 100)}%)`);
  await page.click('[data-testid=draw-100]');
  const after = await cameIntoView(page, '[data-testid=chart-draws]');
  assert.ok(after.share >= 0.9, `the histogram is on screen after Draw 100 (${Math.round(after.share * 100)}%)`);
  noProblems(assert, problems);
  await context.close();
});

test('on a phone the quiz\'s result comes into view after the last answer, and the running score is at the top', async () => {
  const { page, context, problems } = await env.open('/?s=quiz&seed=42', PHONE);
  const questions = await quizQuestions(page);
  assert.equal(await page.$('[data-testid=quiz-score-top]'), null, 'no score at the top before an answer');
  for (let i = 0; i < questions.length; i++) {
    await page.$eval(`form.quiz-q[data-q="${i}"]`, (f) => f.scrollIntoView({ block: 'start' }));
    await answerQuestion(page, i, solve(questions[i]));
  }
  const shown = await cameIntoView(page, '[data-testid=quiz-score]', 1);
  assert.equal(shown.share, 1, 'the result is on screen after the last answer');
  assert.match(await page.textContent('[data-testid=quiz-score]'), /^8 right of 8 answered, out of 8\. You passed/);
  assert.equal(await page.textContent('[data-testid=quiz-score-top]'), await page.textContent('[data-testid=quiz-score]'));
  await screenshot(page, 'quiz-result-390');
  noProblems(assert, problems);
  await context.close();
});
