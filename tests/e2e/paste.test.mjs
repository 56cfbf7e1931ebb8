// "Paste a model's output": the box is its own module, fetched on first use; every format of
// tests/fixtures/paste reads into the same answer and its chosen step into the playground, checked
// against a softmax and a perplexity computed here; bad pastes change nothing; a 1 MB paste reads
// with no long task; the pasted text never reaches the address.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tableRows, settle, ROOT } from '../../scripts/browser.mjs';
import { setup, screenshot, noProblems, softmax3, violations } from './support.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'paste');
const fixture = (name) => readFileSync(join(FIXTURES, name), 'utf8');
/** Every fixture holds this answer: each chosen token's ln p (tests/paste.rs says the same). */
const ANSWER = [['Paris', -0.0123], [' is', -0.2231], [' the', -0.0513], [' capital', -0.9163], ['.', -0.1054]];
/** The alternatives the fixtures list at step 4 (" capital"), as ln p. */
const STEP_4 = [-0.9163, -1.204, -2.3, -3.2, -3.9];
const BOX = '[data-paste-box][data-mounted]';

/** Opens the folded box and waits until the module has drawn it. */
async function openBox(page) {
  await page.click('details.paste > summary');
  await page.waitForSelector(`${BOX} textarea`);
}

/** Opens `path`, opens the box and reads its example; resolves once the chosen step is shown. */
async function withExample(path, options) {
  const opened = await env.open(path, options);
  await openBox(opened.page);
  await opened.page.click(`${BOX} button:text-is("Try an example")`);
  await opened.page.waitForSelector(`${BOX} [data-testid=paste-alternatives]`);
  return opened;
}

async function readText(page, text) {
  // Set as a student's paste would: one input, not a keystroke per character.
  await page.$eval(`${BOX} textarea`, (t, v) => { t.value = v; t.dispatchEvent(new Event('input', { bubbles: true })); }, text);
  await page.click(`${BOX} button:text-is("Read")`);
  // Reading takes a task of its own; the box is busy until it is done.
  await page.waitForSelector(`${BOX}:not([aria-busy])`);
}

const paths = (requests) => requests.map((u) => new URL(u).pathname);

test('the box is fetched only when a student first opens it, and draws itself then', async () => {
  const { page, context, problems } = await env.open('/?s=softmax');
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await settle(page, 500);
  assert.ok(!paths(requests).some((p) => p.includes('paste_box')), `nothing of the box before it is opened: ${paths(requests)}`);
  assert.equal(await page.textContent('details.paste > summary'), 'Paste a model\u2019s output');
  await openBox(page);
  // Each file's name carries one hash of the part's content (scripts/hash-parts.mjs), so a page
  // never pairs with a paste box of another deployment.
  const part = paths(requests).filter((p) => p.includes('paste_box'));
  const hashes = new Set(part.map((p) => /^\/paste_box-([0-9a-f]{12})(?:_loader\.js|\.js|_bg\.wasm)$/.exec(p)?.[1]));
  assert.equal(part.length, 3, `the loader, the glue and the wasm fetched on first use (${part})`);
  assert.deepEqual([...hashes].filter(Boolean).length, 1, `one content hash in every name (${part})`);
  assert.ok(!hashes.has(undefined), `no name without the hash (${part})`);
  assert.equal(await page.isVisible('[data-paste-status]'), false, 'the loading line goes once the box is there');
  assert.equal(await page.getAttribute(`${BOX} textarea`, 'id'), await page.getAttribute(`${BOX} label`, 'for'), 'the text box is labelled');
  assert.match(await page.textContent(`${BOX} .paste__hint`), /never goes into the link/);
  noProblems(assert, problems);
  await context.close();
});

test('when the box cannot be fetched, it says so, the playground is untouched, and it tries again', async () => {
  const { page, context, problems } = await env.open('/?s=softmax');
  const before = await tableRows(page, 'table-probs');
  let refuse = true;
  await page.route(/paste_box-[0-9a-f]{12}_loader\.js$/, (route) => (refuse ? route.abort('internetdisconnected') : route.continue()));
  await page.click('details.paste > summary');
  await page.waitForFunction(() => /could not load the paste box/i.test(document.querySelector('[data-paste-status]').textContent));
  assert.ok(await page.isVisible('[data-paste-status]'));
  assert.deepEqual(await tableRows(page, 'table-probs'), before);
  // Closed and opened again with the network back: the box arrives.
  refuse = false;
  await page.click('details.paste > summary');
  await page.click('details.paste > summary');
  await page.waitForSelector(`${BOX} textarea`);
  assert.deepEqual(problems.filter((p) => !/paste_box-[0-9a-f]{12}_loader\.js|ERR_INTERNET_DISCONNECTED/.test(p)), [], problems.join("\n"));
  await context.close();
});

test('every format reads into the same answer, and step 4 into the playground, against softmax here', async () => {
  const files = readdirSync(FIXTURES).sort();
  assert.equal(files.length, 10, `ten fixtures (${files})`);
  // The answer's mean loss per token and perplexity, computed here.
  const mean = ANSWER.reduce((s, [, lp]) => s - lp, 0) / ANSWER.length;
  const expected = softmax3(STEP_4);
  for (const [i, file] of files.entries()) {
    // Both sections that offer the box.
    const section = i % 2 ? 'softmax' : 'sampling';
    const { page, context, problems } = await env.open(`/?s=${section}`);
    await openBox(page);
    await readText(page, fixture(file));
    await page.waitForSelector(`${BOX} [data-testid=paste-strip] button`);
    const names = await page.$$eval(`${BOX} [data-testid=paste-strip] button`, (bs) => bs.map((b) => b.getAttribute('aria-label')));
    assert.deepEqual(
      names,
      ANSWER.map(([t, lp]) => `\u201c${t.trim()}\u201d, ${(100 * Math.exp(lp)).toFixed(1)}%`),
      `${file}: each token's button says its text and probability`,
    );
    assert.equal(await page.textContent(`${BOX} [data-testid=paste-loss]`), `${mean.toFixed(3)} nats`, file);
    assert.equal(await page.textContent(`${BOX} [data-testid=paste-perplexity]`), Math.exp(mean).toFixed(2), file);
    await page.click(`${BOX} .paste__table > summary`);
    await page.waitForSelector('[data-testid=paste-answer-table] tbody tr');
    assert.deepEqual((await tableRows(page, 'paste-answer-table')).map((r) => r[3]), ANSWER.map(([, lp]) => (-lp).toFixed(3)), `${file}: the answer's table`);
    // Least confident first: " capital".
    assert.match(await page.textContent(`${BOX} .paste__least button`), /capital/, file);
    await page.click(`${BOX} [data-testid=paste-strip] button[data-j="3"]`);
    assert.equal(await page.getAttribute(`${BOX} [data-testid=paste-strip] button[data-j="3"]`, 'aria-pressed'), 'true');
    const alternatives = await tableRows(page, 'paste-alternatives');
    // One decimal of a percentage, from the unrounded p among the five listed.
    const sum = STEP_4.reduce((a, z) => a + Math.exp(z), 0);
    assert.deepEqual(alternatives.map((r) => r[2]), STEP_4.map((z) => `${(100 * Math.exp(z) / sum).toFixed(1)}%`), `${file}: p among the listed`);
    assert.deepEqual(alternatives.map((r) => r[1]), STEP_4.map((z) => z.toFixed(3).replace('-', '\u2212')), `${file}: the logits are ln p`);
    await page.click(`${BOX} button:text-is("Use this step in the playground")`);
    await settle(page);
    const table = section === 'softmax' ? 'table-probs' : 'table-sampling';
    const rows = await tableRows(page, table);
    assert.deepEqual(rows.map((r) => r[0]), ['\u2423capital', '\u2423largest', '\u2423most', '\u2423heart', '\u2423city'], file);
    if (section === 'softmax') assert.deepEqual(rows.map((r) => r[1]), expected, `${file}: the playground's softmax`);
    else assert.deepEqual(rows.map((r) => r[4]), expected, `${file}: the sampling table at T = 1`);
    assert.match(await page.textContent(`${BOX} .paste__status`), /log-probabilities|probabilities/);
    const search = await page.evaluate(() => location.search);
    assert.match(search, /logits=/, `${file}: the playground's logits go into the link`);
    assert.doesNotMatch(search, /choices|Paris|capital%22|logprob/i, `${file}: the pasted text does not`);
    if (file === 'openai-chat.json') await screenshot(page, `paste-${section}-1280`);
    noProblems(assert, problems);
    await context.close();
  }
});

test('temperature and top-p act on a pasted distribution', async () => {
  const { page, context, problems } = await withExample('/?s=sampling');
  await page.click(`${BOX} [data-testid=paste-strip] button[data-j="3"]`);
  await page.click(`${BOX} button:text-is("Use in the playground")`);
  await page.fill('#temperature-box', '2');
  await page.press('#temperature-box', 'Enter');
  await settle(page);
  const rows = await tableRows(page, 'table-sampling');
  assert.deepEqual(rows.map((r) => r[4]), softmax3(STEP_4.map((z) => z / 2)), 'T = 2 on the pasted ln p');
  noProblems(assert, problems);
  await context.close();
});

test('bad pastes say what is wrong and change nothing; hostile text stays text', async () => {
  const { page, context, problems } = await env.open('/?s=softmax');
  const before = await tableRows(page, 'table-probs');
  await openBox(page);
  const error = `${BOX} .paste__error`;
  for (const [text, message] of [
    ['', /Paste some logits first/],
    ['{"choices": [{"logprobs": {"content": [', /JSON|end/i],
    ['{"choices": [{"logprobs": null}]}', /No logprobs in this response/],
    ['cat 1\ndog two\n', /Line 2/],
    ['x'.repeat(2_000_001), /2\.0 MB of text; the playground reads at most 2 MB/],
  ]) {
    await readText(page, text);
    await page.waitForSelector(`${error}:not([hidden])`);
    assert.match(await page.textContent(error), message, JSON.stringify(text.slice(0, 40)));
    assert.deepEqual(await tableRows(page, 'table-probs'), before, 'the playground is untouched');
  }
  // A token named like markup: shown as text, never parsed.
  await readText(page, '<img src=x onerror="window.hacked=1"> 2.0\n<b>bold</b> 1.0\n');
  await page.waitForSelector(`${BOX} [data-testid=paste-alternatives]`);
  assert.equal(await page.$$eval(`${BOX} img, ${BOX} b`, (e) => e.length), 0, 'no element from the paste');
  await page.click(`${BOX} button:text-is("Use in the playground")`);
  await settle(page);
  const names = (await tableRows(page, 'table-probs')).map((r) => r[0]);
  assert.ok(names.some((n) => n.includes('<b>')), `the names arrive as text (${names})`);
  assert.equal(await page.evaluate(() => window.hacked), undefined);
  assert.equal(await page.$$eval('main img, main b', (e) => e.filter((x) => x.closest('table')).length), 0);
  noProblems(assert, problems);
  await context.close();
});

/** A chat completion of `steps` tokens with 10 alternatives each, about 1.1 MB for 1,700 steps. */
function bigChat(steps) {
  const content = [];
  for (let j = 0; j < steps; j++) {
    const top = Array.from({ length: 10 }, (_, k) => ({ token: ` w${j % 97}_${k}`, logprob: -(k * 0.7 + (j % 13) * 0.05), bytes: [32, 119, 49] }));
    content.push({ token: top[j % 3].token, logprob: top[j % 3].logprob, bytes: [32, 119, 49], top_logprobs: top });
  }
  return JSON.stringify({ id: 'chatcmpl-big', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'long' }, logprobs: { content } }] });
}

test('a 1 MB paste reads with no main-thread task over 100 ms', async () => {
  const { page, context, problems } = await env.open('/?s=sampling');
  await openBox(page);
  const text = bigChat(1700);
  assert.ok(text.length > 1_000_000 && text.length < 2_000_000, `${text.length} B`);
  await page.$eval(`${BOX} textarea`, (t, v) => { t.value = v; }, text);
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(Math.round(e.duration)); }).observe({ type: 'longtask' });
  });
  await page.click(`${BOX} button:text-is("Read")`);
  await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 1700, `${BOX} [data-testid=paste-strip] button`, { timeout: 20_000 });
  await settle(page, 300);
  const long = await page.evaluate(() => window.__long);
  if (process.env.PASTE_DEBUG) console.log("long tasks", long);
  assert.ok(long.every((d) => d <= 100), `main-thread tasks over 100 ms: ${long}`);
  // The answer's perplexity against this file's own numbers.
  const parsed = JSON.parse(text).choices[0].logprobs.content;
  const mean = -parsed.reduce((s, t) => s + t.logprob, 0) / parsed.length;
  assert.equal(await page.textContent(`${BOX} [data-testid=paste-perplexity]`), Math.exp(mean).toFixed(2));
  noProblems(assert, problems);
  await context.close();
});

for (const [width, height] of [[390, 844], [360, 640]]) {
  test(`the box on a ${width} px phone: no overflow, the strip and the table fit`, async () => {
    const { page, context, problems } = await withExample('/?s=sampling', { width, height });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'nothing wider than the screen');
    const boxes = await page.$$eval(`${BOX} textarea, ${BOX} [data-testid=paste-strip], ${BOX} [data-testid=paste-alternatives]`, (es) => es.map((e) => e.getBoundingClientRect().right));
    assert.ok(boxes.every((r) => r <= width), `inside the screen: ${boxes}`);
    await page.click(`${BOX} .paste__table > summary`);
    await page.click(`${BOX} .paste__how > summary`);
    assert.deepEqual(await violations(page, 'details.paste'), [], 'axe: the opened box, strip, tables and help');
    await page.$eval(`${BOX} [data-testid=paste-strip]`, (e) => e.scrollIntoView({ block: 'center' }));
    await screenshot(page, `paste-sampling-${width}`);
    noProblems(assert, problems);
    await context.close();
  });
}

/** Whether the chart with data-testid `id` is wholly on screen. */
const onScreen = (page, id) => page.$eval(`[data-testid=${id}]`, (c) => {
  const r = c.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= innerHeight && r.height > 0;
});

// On a phone the playground's chart sits a screen or more below the box; Use brings it up.
for (const [width, height] of [[1280, 900], [390, 844], [360, 640]]) {
  test(`after Use at ${width} px the chart it changed comes on screen`, async () => {
    for (const [section, chart] of [['softmax', 'chart-logits'], ['sampling', 'chart-sampling']]) {
      const { page, context, problems } = await withExample(`/?s=${section}`, { width, height });
      const use = page.locator(`${BOX} button:text-is("Use this step in the playground")`);
      // Scrolled down to the button, as a student who read the table above it.
      await use.evaluate((b) => b.scrollIntoView({ block: 'end' }));
      if (width < 500) assert.equal(await onScreen(page, chart), false, `${section}: off screen beside the Use button`);
      await use.click();
      await page.waitForFunction((id) => {
        const r = document.querySelector(`[data-testid=${id}]`).getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }, chart, { timeout: 5000 });
      // And it shows the step used: the pasted tokens are the chart's table now.
      const names = (await tableRows(page, section === 'softmax' ? 'table-probs' : 'table-sampling')).map((r) => r[0]);
      assert.deepEqual([...names].sort(), ['France', 'It', 'Lyon', 'Paris', 'The'], `${section}: ${names}`);
      if (width === 390) await screenshot(page, `paste-used-${section}-${width}`);
      noProblems(assert, problems);
      await context.close();
    }
  });
}

test('the strip is one tab stop; arrow keys, Home and End move between its tokens', async () => {
  const { page, context, problems } = await withExample('/?s=softmax');
  await page.waitForSelector(`${BOX} [data-testid=paste-strip]:not([aria-busy])`);
  const STRIP = `${BOX} [data-testid=paste-strip]`;
  const stops = () => page.$$eval(`${STRIP} button`, (bs) => bs.filter((b) => b.tabIndex === 0).map((b) => b.dataset.j));
  const focused = () => page.evaluate(() => document.activeElement?.dataset.j ?? null);
  assert.equal(await page.getAttribute(STRIP, 'role'), 'toolbar');
  assert.deepEqual(await stops(), ['0'], 'the chosen token (the first) is the one tab stop');
  // Tab from the text box's Read button reaches the strip in a few stops, not one per token.
  await page.focus(`${BOX} .paste__least button:last-of-type`);
  await page.keyboard.press('Tab');
  assert.equal(await focused(), '0');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(), '2');
  assert.deepEqual(await stops(), ['2']);
  assert.equal(await page.getAttribute(`${STRIP} [data-j="0"]`, 'aria-pressed'), 'true', 'moving is not choosing');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute(`${STRIP} [data-j="2"]`, 'aria-pressed'), 'true');
  assert.match(await page.textContent(`${BOX} .paste__heading`), /^Step 3 of 5/);
  await page.keyboard.press('End');
  assert.equal(await focused(), '4');
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(), '4', 'no further than the last');
  await page.keyboard.press('Home');
  assert.equal(await focused(), '0');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await focused(), '0', 'no further than the first');
  await page.keyboard.press('End');
  // Tab leaves the strip at once; Shift+Tab comes back to where the student was.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate((s) => document.querySelector(s).contains(document.activeElement), STRIP), false);
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focused(), '4');
  // Choosing from the least confident moves the tab stop to that token.
  await page.click(`${BOX} .paste__least button:text("capital")`);
  assert.deepEqual(await stops(), ['3']);
  noProblems(assert, problems);
  await context.close();
});
