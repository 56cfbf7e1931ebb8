// The SCORM 1.2 package as an LMS and a student use it: the zip's manifest and files, then the
// lesson launched inside a course page whose window.API is scorm-again's SCORM 1.2 run-time:
// first launch, resume at the saved section, the quiz passed and scored, the session finished
// on close, an LMS that refuses a call, and the same files with no LMS at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { serve, launch, open, settle, ROOT } from '../../scripts/browser.mjs';
import { noProblems, screenshot, softmax3, quizQuestions, solve, answerQuestion } from './support.mjs';

const ZIP = join(ROOT, 'dist', 'softmax-lab-scorm.zip');

/** The entries of a zip archive, [name, bytes], read from its central directory. */
function unzip(buf) {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    const [method, packed, size, nameLen, extraLen, commentLen, local] = [10, 20, 24, 28, 30, 32, 42].map((o) =>
      o === 20 || o === 24 || o === 42 ? buf.readUInt32LE(at + o) : buf.readUInt16LE(at + o),
    );
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + packed);
    const data = method === 8 ? inflateRawSync(raw) : raw;
    assert.equal(data.length, size, `${name} unpacks to its size`);
    out.push([name, data]);
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

let browser, server, dir, entries;
before(async () => {
  entries = unzip(await readFile(ZIP));
  dir = await mkdtemp(join(tmpdir(), 'softmax-lab-scorm-'));
  for (const [name, data] of entries) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), data);
  }
  server = await serve([
    ['/scorm-again/', join(ROOT, 'scripts', 'node_modules', 'scorm-again', 'dist')],
    ['/lesson/', dir],
    ['/', join(ROOT, 'tests', 'e2e', 'lms')],
  ]);
  browser = await launch();
});
after(async () => {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** The course page in the LMS, with the lesson loaded in its frame. */
async function course(context, query = '') {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.goto(`${server.base}/${query}`);
  const frame = await (await page.waitForSelector('#sco')).contentFrame();
  await frame.waitForSelector('html[data-built] .section-body');
  return { page, frame, problems };
}
const log = (page) => page.evaluate(() => window.lmsLog);
const sets = (calls) => calls.filter((c) => c[0] === 'LMSSetValue').map((c) => `${c[1]}=${c[2]}`);

test('the package: imsmanifest.xml at the root, SCORM 1.2, one SCO at index.html, the lesson files only', () => {
  const names = entries.map(([n]) => n);
  assert.equal(names[0], 'imsmanifest.xml');
  for (const kind of [/^index\.html$/, /^softmax-lab-.*\.wasm$/, /^softmax-lab-.*\.js$/, /^favicon-.*\.svg$/,
    /^paste_box-[0-9a-f]{12}_loader\.js$/, /^paste_box-[0-9a-f]{12}\.js$/, /^paste_box-[0-9a-f]{12}_bg\.wasm$/]) {
    assert.equal(names.filter((n) => kind.test(n)).length, 1, `${kind} once in ${names}`);
  }
  assert.ok(!names.some((n) => n.endsWith('.css')), `the style is inside index.html (${names})`);
  assert.ok(!names.includes('sw.js'), 'no service worker inside an LMS');
  assert.ok(!names.some((n) => n.startsWith('share_box')), `no share dialog inside an LMS (${names})`);
  assert.ok(!names.includes('manifest.webmanifest'), 'nothing to install inside an LMS');
  // The lesson's text in every language, for the shell, the sections and the paste box, one hash.
  for (const lang of ['en', 'es', 'zh', 'ar']) {
    for (const file of ['shell', 'overview', 'quiz', 'paste']) {
      assert.equal(names.filter((n) => n.startsWith(`text-${lang}-${file}-`) && n.endsWith('.json')).length, 1, `${lang}/${file} text in ${names}`);
    }
  }
  assert.equal(new Set(names.filter((n) => n.startsWith('text-')).map((n) => n.split('-').at(-1))).size, 1, 'one hash');
  assert.ok(!names.some((n) => /^text-\w+-share-/.test(n)), 'no share dialog text either');
  assert.ok(names.every((n) => !n.includes('/')), 'every file at the root');
  const manifest = entries[0][1].toString('utf8');
  assert.match(manifest, /^<\?xml version="1\.0" encoding="UTF-8"\?>/);
  assert.match(manifest, /<schema>ADL SCORM<\/schema>\s*<schemaversion>1\.2<\/schemaversion>/);
  assert.match(manifest, /<resource identifier="[^"]+" type="webcontent" adlcp:scormtype="sco" href="index\.html">/);
  assert.match(manifest, /<organizations default="([^"]+)">\s*<organization identifier="\1">/);
  assert.match(manifest, /<adlcp:masteryscore>75<\/adlcp:masteryscore>/);
  const files = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
  assert.deepEqual(files, names.slice(1), 'the manifest lists exactly the files in the zip');
  // The page loads its files relative to itself, wherever the LMS unpacks it.
  const page = entries.find(([n]) => n === 'index.html')[1].toString('utf8');
  assert.match(page, /from '\.\/softmax-lab-[0-9a-f]+\.js'/);
  assert.doesNotMatch(page, /(href|src)=["']?\//);
  assert.doesNotMatch(page, /manifest/, 'the page links no manifest');
});

test('in an LMS: incomplete on first launch, each section saved, resumed there, finished on close', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const first = await course(context);
    let calls = await log(first.page);
    assert.deepEqual(calls[0], ['LMSInitialize']);
    assert.deepEqual(sets(calls), ['cmi.core.lesson_status=incomplete', 'cmi.core.lesson_location=overview']);
    assert.ok(calls.filter((c) => c[0] === 'LMSCommit').length >= 2, 'both committed');
    await first.frame.click('.section-nav__link[href="?s=attention"]');
    await first.frame.waitForSelector('.section-body[data-section=attention]');
    assert.ok(sets(await log(first.page)).includes('cmi.core.lesson_location=attention'));
    assert.equal(await first.page.evaluate(() => window.API.cmi.core.lesson_status), 'incomplete');
    await first.page.evaluate(() => window.closeLesson());
    calls = await log(first.page);
    assert.deepEqual(calls.at(-1), ['LMSFinish']);
    const closing = sets(calls).slice(-2);
    assert.match(closing[0], /^cmi\.core\.session_time=\d{4}:\d{2}:\d{2}\.\d{2}$/);
    assert.equal(closing[1], 'cmi.core.exit=suspend');
    noProblems(assert, first.problems);
    await first.page.close();

    // The next launch, a day later: the LMS hands back what was saved.
    const second = await course(context);
    await second.frame.waitForSelector('.section-body[data-section=attention]');
    assert.equal(await second.frame.textContent('h1'), 'Softmax in attention');
    assert.deepEqual(sets(await log(second.page)), [], 'nothing to write: status and place are already saved');
    noProblems(assert, second.problems);
    await second.page.close();
  } finally {
    await context.close();
  }
});

test('in an LMS: the quiz passes at 75% with the score recorded, the section named by the address wins', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // An earlier session was left in section 7.
  await context.addInitScript(() => localStorage.setItem('lms:cmi', JSON.stringify({
    core: { lesson_status: 'incomplete', lesson_location: 'attention', score: { raw: '' } },
  })));
  try {
    const { page, frame, problems } = await course(context, `?launch=${encodeURIComponent('?s=quiz&seed=42')}`);
    await frame.waitForSelector('form.quiz-q');
    assert.deepEqual(sets(await log(page)), ['cmi.core.lesson_location=quiz'], 'the address named the quiz');
    const questions = await quizQuestions(frame);
    for (const [i, q] of questions.entries()) {
      assert.match(await answerQuestion(frame, i, solve(q)), /^\u2713 Right\./);
      const raw = await page.evaluate(() => window.API.cmi.core.score.raw);
      assert.equal(raw, String(Math.round((100 * (i + 1)) / 8)), `after ${i + 1} right`);
      const status = await page.evaluate(() => window.API.cmi.core.lesson_status);
      assert.equal(status, i + 1 >= 6 ? 'passed' : 'incomplete', `after ${i + 1} right`);
    }
    const calls = sets(await log(page));
    assert.equal(calls.filter((c) => c === 'cmi.core.lesson_status=passed').length, 1, 'passed is written once');
    assert.ok(calls.includes('cmi.core.score.min=0') && calls.includes('cmi.core.score.max=100'));
    await screenshot(page, 'scorm-quiz-passed');
    await page.evaluate(() => window.closeLesson());
    const closing = sets(await log(page)).slice(-1);
    assert.deepEqual(closing, ['cmi.core.exit='], 'a decided lesson exits normally');
    assert.deepEqual((await log(page)).at(-1), ['LMSFinish']);
    noProblems(assert, problems);
  } finally {
    await context.close();
  }
});

test('an LMS that refuses a call gets a notice, and the lesson goes on working', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const { page, frame, problems } = await course(context, `?refuse=LMSCommit&launch=${encodeURIComponent('?s=softmax')}`);
    const notice = await frame.waitForSelector('[data-testid=notices]');
    assert.equal(await frame.$('[data-testid=share]'), null, 'no share links that point inside the LMS');
    assert.match(await notice.textContent(), /^Your learning management system did not record everything:/);
    assert.match(await notice.textContent(), /LMSCommit\(\) was refused: General exception \(error 101\)/);
    await screenshot(page, 'scorm-refused-390');
    await frame.fill('#logit-0-box', '0');
    await frame.press('#logit-0-box', 'Enter');
    await settle(frame);
    const first = await frame.$eval('[data-testid=table-probs] tbody tr td', (td) => td.textContent.trim());
    assert.equal(first, softmax3([0, 1, 0.5, -1])[0], 'the playground still computes');
    noProblems(assert, problems);
  } finally {
    await context.close();
  }
});

test('the same files with no LMS behave as the web lesson, without a word about an LMS', async () => {
  const { page, context, problems } = await open(browser, `${server.base}/lesson/index.html?s=quiz&seed=42`);
  try {
    assert.equal(await page.$('[data-testid=notices]'), null);
    assert.equal(await page.evaluate(() => 'API' in window), false);
    const questions = await quizQuestions(page);
    assert.match(await answerQuestion(page, 0, solve(questions[0])), /^\u2713 Right\./);
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0, 'no service worker');
    noProblems(assert, problems);
  } finally {
    await context.close();
  }
});

test('in an LMS, for a student whose browser prefers Spanish: the lesson in Spanish, a quiz answer with a decimal comma', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'es-ES' });
  try {
    const { page, frame, problems } = await course(context, `?launch=${encodeURIComponent('?s=quiz&seed=42')}`);
    await frame.waitForSelector('form.quiz-q[data-kind=loss]');
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'es');
    assert.equal(await frame.textContent('h1'), 'Ponte a prueba');
    const prompt = await frame.textContent('form.quiz-q[data-kind=loss] .quiz-q__prompt');
    const p = Number(prompt.match(/\d+,\d+/)[0].replace(',', '.'));
    await frame.fill('form.quiz-q[data-kind=loss] input[name=answer]', (-Math.log(p)).toFixed(2).replace('.', ','));
    await frame.click('form.quiz-q[data-kind=loss] button');
    assert.match(await frame.textContent('form.quiz-q[data-kind=loss] .quiz-q__feedback'), /^\u2713 /);
    noProblems(assert, problems);
    await page.close();
  } finally {
    await context.close();
  }
});

test('in an LMS: the paste box loads from the package and puts a pasted step into the playground', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const { frame, problems } = await course(context);
    // The LMS opens the lesson where it was left; the box is in section 1.
    await frame.click('.section-nav__link[href="?s=softmax"]');
    await frame.waitForSelector('.section-body[data-section=softmax]');
    await frame.click('details.paste > summary');
    await frame.waitForSelector('[data-paste-box][data-mounted] textarea');
    await frame.click('[data-paste-box] button:text-is("Try an example")');
    await frame.click('[data-testid=paste-strip] button[data-j="3"]');
    await frame.click('button:text-is("Use this step in the playground")');
    await settle(frame);
    const rows = await frame.$$eval('[data-testid=table-probs] tbody tr', (rs) => rs.map((r) => r.querySelector('td').textContent.trim()));
    assert.deepEqual(rows, softmax3([-0.9163, -1.204, -2.3, -3.2, -3.9]));
    noProblems(assert, problems);
  } finally {
    await context.close();
  }
});

test('in an LMS: a prediction and a challenge are written as interactions, and the quiz status stays as it was', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const { page, frame, problems } = await course(context, `?launch=${encodeURIComponent('?s=softmax')}`);
    await frame.waitForSelector('.section-body[data-section=softmax]');
    const status = await page.evaluate(() => window.API.cmi.core.lesson_status);
    // A prediction: a number guessed, written with the result neutral.
    await frame.click('details[data-predict="softmax-double"] > summary');
    await frame.waitForSelector('[data-predict-box][data-mounted] .predict__body');
    await frame.fill('details[data-predict="softmax-double"] .predict__box', '0.8');
    await frame.press('details[data-predict="softmax-double"] .predict__box', 'Enter');
    await frame.click('details[data-predict="softmax-double"] button:text-is("Lock in my guess")');
    await frame.waitForSelector('details[data-predict="softmax-double"] .predict__reveal:not([hidden])');
    // A challenge met: two tokens at 0.400.
    await frame.click('details[data-predict="softmax-forty"] > summary');
    await frame.waitForSelector('details[data-predict="softmax-forty"] [data-mounted] .predict__body');
    await frame.click('.token-row:nth-child(4) .icon-button');
    for (const [i, v] of [[0, '1'], [1, '1'], [2, '0.31']]) {
      await frame.fill(`#logit-${i}-box`, v);
      await frame.press(`#logit-${i}-box`, 'Enter');
    }
    await frame.waitForFunction(() => /^Done/.test(document.querySelector('details[data-predict="softmax-forty"] .predict__said').textContent));
    const written = sets(await log(page)).filter((s) => s.startsWith('cmi.interactions.'));
    assert.deepEqual(written, [
      'cmi.interactions.0.id=softmax-double',
      'cmi.interactions.0.type=numeric',
      'cmi.interactions.0.student_response=0.8',
      'cmi.interactions.0.result=neutral',
      'cmi.interactions.1.id=softmax-forty',
      'cmi.interactions.1.type=performance',
      'cmi.interactions.1.student_response=0.399748,0.399748',
      'cmi.interactions.1.result=correct',
    ]);
    assert.equal(await page.evaluate(() => window.API.cmi.core.lesson_status), status, 'the quiz status is untouched');
    assert.ok(!sets(await log(page)).some((s) => s.startsWith('cmi.core.score')), 'no score written');
    noProblems(assert, problems);
  } finally {
    await context.close();
  }
});
