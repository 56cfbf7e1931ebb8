// Helpers for the end-to-end specs: one browser and server per spec file, screenshots, a
// reference softmax written independently of the Rust one.
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
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

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js', {
  paths: [join(ROOT, 'scripts')],
});

/** axe-core's violations in `root` (default: the whole page), one line each. */
export async function violations(page, root = null) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(
    (sel) => window.axe.run(sel ? document.querySelector(sel) : document, { resultTypes: ['violations'] }),
    root,
  );
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
  );
}

/** The quiz on the page (or frame) as data: kind, prompt text and option texts per question. */
export async function quizQuestions(page) {
  // The questions arrive one per task after the page's shell: wait for all of them.
  await page.waitForSelector('html[data-built] form.quiz-q');
  return page.$$eval('form.quiz-q', (forms) => forms.map((f) => ({
    kind: f.dataset.kind,
    prompt: f.querySelector('.quiz-q__prompt').textContent.trim(),
    options: [...f.querySelectorAll('input[type=radio]')].map((r) => r.parentElement.textContent.trim()),
  })));
}

/** Every number written in `text`, the Unicode minus read as a sign. */
const numbersIn = (text) => (text.replace(/\u2212/g, '-').match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

/** softmax(z) in full precision, written independently of the Rust one. */
function softmax(z) {
  const m = Math.max(...z);
  const e = z.map((x) => Math.exp(x - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
}

const TOKENS = ['cat', 'dog', 'bird'];

/** The index of the token of TOKENS that `text` names right after `before`. */
function wordAfter(text, before) {
  const at = text.indexOf(before);
  const i = TOKENS.findIndex((t) => at >= 0 && text.startsWith(t, at + before.length));
  if (i < 0) throw new Error(`no token after "${before}" in ${text}`);
  return i;
}

/**
 * The answer to one quiz question, worked out here from the numbers in its text:
 * `{ option }` (the index to pick) or `{ text }` (what to type).
 */
export function solve({ kind, prompt, options }) {
  const n = numbersIn(prompt);
  const pick = (test) => {
    const hits = options.map((o, i) => (test(o) ? i : -1)).filter((i) => i >= 0);
    if (hits.length !== 1) throw new Error(`${kind}: no single option fits in ${JSON.stringify(options)}`);
    return { option: hits[0] };
  };
  switch (kind) {
    case 'softmax': {
      const token = wordAfter(prompt, 'softmax give ');
      return { text: softmax(n.slice(0, 3))[token].toFixed(2) };
    }
    case 'temperature':
      return { text: softmax(n.slice(0, 3).map((z) => z / n[3]))[0].toFixed(2) };
    case 'top-p': {
      const [probs, p] = [n.slice(0, 5), n[5]];
      let total = 0;
      return { text: String(probs.findIndex((q) => (total += q) >= p - 1e-9) + 1) };
    }
    case 'min-p': {
      // Kept: at least min_p times the top probability.
      const [probs, m] = [n.slice(0, 5), n[5]];
      const bar = m * Math.max(...probs);
      return { text: String(probs.filter((q) => q >= bar).length) };
    }
    case 'loss':
      return { text: (-Math.log(n[0])).toFixed(2) };
    case 'smoothing':
      // K classes, smoothing e: the correct class's target is 1 - e + e / K.
      return { text: (1 - n[1] + n[1] / n[0]).toFixed(2) };
    case 'distillation': {
      // Logits dog and bird at temperature T: the ratio of their soft targets.
      const p = softmax([n[0] / n[2], n[1] / n[2]]);
      return { text: (p[0] / p[1]).toFixed(2) };
    }
    case 'perplexity':
      return { text: Math.exp(n[0]).toFixed(1) };
    case 'shift':
      return pick((o) => /stay exactly the same/.test(o));
    case 'placement':
      return pick((o) => /divides the logits/.test(o));
    case 'ranking': {
      // The loss is -ln p of the correct word: the largest loss is the smallest p.
      const pCorrect = options.map((o) => {
        const m = o.match(/1\/(\d+) on each/);
        if (m) return 1 / Number(m[1]);
        const nums = numbersIn(o.replace(/1\/\d+/, ''));
        return nums.length ? nums.at(-1) : Infinity;
      });
      const smallest = Math.min(...pCorrect);
      return pick((o) => pCorrect[options.indexOf(o)] === smallest);
    }
    case 'gradient': {
      // p - y, y one-hot on the correct word.
      const [target, asked] = [wordAfter(prompt, 'correct word is '), wordAfter(prompt, 'respect to ')];
      return { text: (softmax(n.slice(0, 3))[asked] - (asked === target ? 1 : 0)).toFixed(2) };
    }
    case 'step': {
      // z - lr (p - y): the wrong word with the largest p falls most.
      const target = wordAfter(prompt, 'correct word is ');
      const p = softmax(n.slice(0, 3));
      const falls = [0, 1, 2].filter((i) => i !== target).sort((a, b) => p[b] - p[a])[0];
      return pick((o) => o === `The logit of ${TOKENS[falls]}`);
    }
    case 'overflow': {
      const limit = prompt.includes('in f32') ? Math.log(3.4028234663852886e38) : Math.log(Number.MAX_VALUE);
      return pick((o) => numbersIn(o)[0] > limit);
    }
    case 'logsumexp': {
      const z = n.slice(0, 3);
      const m = Math.max(...z);
      return { text: (m + Math.log(z.reduce((s, x) => s + Math.exp(x - m), 0))).toFixed(2) };
    }
    case 'twice': {
      const target = wordAfter(prompt, 'correct word is ');
      return { text: (-Math.log(softmax(softmax(n.slice(0, 3)))[target])).toFixed(2) };
    }
    case 'answer':
      // Only the answer's three positions count.
      return { text: ((n[2] + n[3] + n[4]) / 3).toFixed(2) };
    case 'overfit':
      return pick((o) => /^Overfitting/.test(o));
    case 'scaled':
      return { text: (n[0] / Math.sqrt(n[1])).toFixed(2) };
    case 'leak':
      // Four future scores of 0 count e^0 = 1 each beside the word's own e^s.
      return { text: (4 / (Math.exp(n[0]) + 4)).toFixed(2) };
    case 'sigmoid':
      return pick((o) => /^A sigmoid per label/.test(o));
    default:
      throw new Error(`no solver for ${kind}`);
  }
}

/** Gives `answer` to question `i` with the mouse and keyboard as a student would, and checks it. */
export async function answerQuestion(page, i, answer) {
  const form = `form.quiz-q[data-q="${i}"]`;
  if ('option' in answer) {
    await page.click(`${form} input[value="${answer.option}"]`);
  } else {
    await page.fill(`${form} input[name=answer]`, answer.text);
  }
  await page.click(`${form} button`);
  // The worked answer's text loads with the first check: the feedback is busy until it is in.
  await page.waitForSelector(`${form} .quiz-q__feedback:not([aria-busy])`);
  return page.textContent(`${form} .quiz-q__feedback`);
}
