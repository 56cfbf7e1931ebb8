// Side-by-side comparison with other pages that teach the same thing: main-thread work per slider
// move, on this machine, in one run. Not part of the test command: the other pages are not ours and
// are not in this repository, so whoever runs it puts a copy of each in a folder and lists them in
// a JSON file:
//
//   node scripts/peers.mjs peers.json [--check]
//
//   [{ "name": "llm-sampling", "dir": "/path/to/llm-sampling", "page": "index.xhtml",
//      "slider": "#temperature-T", "click": ["#temperature"] }, ...]
//
// `click` (optional) lists what to click first, so that the slider acts (a sampler switched on).
// Each page is served from its folder with the same server as the lesson (gzip, cache headers);
// requests that leave 127.0.0.1 (analytics, widgets, fonts) are refused, so a page whose scripts
// come from a CDN needs local copies of them. A move sets the slider to its next position and
// fires `input`, as a drag does, once per frame; the figure is the browser's own count of
// main-thread task time (CDP Performance.getMetrics TaskDuration: script, style, layout, paint
// and the animation frames a move starts) from the first move until 1.5 s after the last,
// divided by the number of moves. Median of
// 3 rounds, each in a freshly loaded page after 60 warm-up moves. Prints one JSON line; with
// --check exits 1 unless each of the lesson's sliders does at least 2x less work per move than
// the lightest page listed (issue 22's target).
import { readFile } from 'node:fs/promises';
import { serve, launch, ROOT, chartsPainted } from './browser.mjs';
import { join } from 'node:path';

/** The lesson's sliders in the comparison: the section's main slider and the chart it moves. */
const OURS = [
  { name: 'softmax: a logit', page: '?s=softmax', slider: '#logit-0' },
  { name: 'sampling: temperature', page: '?s=sampling&top_p=0.9', slider: '#temperature' },
  { name: 'attention: d_k', page: '?s=attention', slider: '#dk' },
];
const MOVES = 300;
const WARM_UP = 60;
const ROUNDS = 3;
/** How much less work per move than the lightest other page each slider must do. */
const TARGET_RATIO = 2;

/** Runs in the page: `moves` slider moves, one per frame, walking its positions back and forth
 * so that every move changes the value (about 60 moves from one end to the other). */
async function drag([selector, moves, first]) {
  const input = document.querySelector(selector);
  const lo = Number(input.min || 0);
  const hi = Number(input.max || 100);
  const step = input.step === 'any' || !Number(input.step) ? (hi - lo) / 100 : Number(input.step);
  const positions = Math.round((hi - lo) / step);
  const stride = Math.max(1, Math.round(positions / 60));
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  for (let i = first; i < first + moves; i++) {
    // A triangle wave over the positions: 0, stride, ... the top, ... back down.
    const span = Math.floor(positions / stride) * stride;
    const t = (i * stride) % (2 * span);
    const at = t <= span ? t : 2 * span - t;
    input.value = String(lo + at * step);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await frame();
  }
}

async function workPerMove(browser, url, slider, ready) {
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort());
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await ready(page);
    await page.waitForSelector(slider, { state: 'visible' });
    await page.$eval(slider, (el) => el.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(500);
    await page.evaluate(drag, [slider, WARM_UP, 0]);
    await page.waitForTimeout(1200); // let animations started by the warm-up finish
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const before = await metrics();
    await page.evaluate(drag, [slider, MOVES, WARM_UP]);
    // What the drag leaves running counts too (an animation's tail, a debounced URL update).
    await page.waitForTimeout(1500);
    const after = await metrics();
    const per = (name) => +(((after[name] - before[name]) * 1000) / MOVES).toFixed(2);
    rounds.push({
      task_ms: per('TaskDuration'),
      script_ms: per('ScriptDuration'),
      style_layout_ms: +(per('RecalcStyleDuration') + per('LayoutDuration')).toFixed(2),
    });
    await context.close();
  }
  rounds.sort((a, b) => a.task_ms - b.task_ms);
  return { ...rounds[Math.floor(ROUNDS / 2)], task_ms_each_round: rounds.map((r) => r.task_ms) };
}

const configPath = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!configPath) {
  console.error('usage: node scripts/peers.mjs peers.json [--check]  (see the comment at the top)');
  process.exit(2);
}
const peers = JSON.parse(await readFile(configPath, 'utf8'));
const server = await serve([
  ...peers.map((p) => [`/peer/${encodeURIComponent(p.name)}/`, p.dir]),
  ['/', join(ROOT, 'dist')],
]);
const browser = await launch();
const figures = { moves: MOVES, rounds: ROUNDS, lesson: {}, peers: {} };
try {
  for (const o of OURS) {
    figures.lesson[o.name] = await workPerMove(browser, `${server.base}/${o.page}`, o.slider, async (page) => {
      await page.waitForSelector('html[data-built]');
      await chartsPainted(page);
    });
  }
  for (const p of peers) {
    const url = `${server.base}/peer/${encodeURIComponent(p.name)}/${p.page}`;
    const ready = async (page) => {
      for (const selector of p.click ?? []) await page.click(selector);
    };
    figures.peers[p.name] = { slider: p.slider, ...(await workPerMove(browser, url, p.slider, ready)) };
  }
} finally {
  await browser.close();
  await server.close();
}
const lightest = Math.min(...Object.values(figures.peers).map((p) => p.task_ms));
for (const f of Object.values(figures.lesson)) f.times_less_than_lightest_peer = +(lightest / f.task_ms).toFixed(2);
console.log(JSON.stringify(figures));
const short = Object.entries(figures.lesson).filter(([, f]) => f.times_less_than_lightest_peer < TARGET_RATIO);
if (process.argv.includes('--check') && short.length) {
  console.error(`less than ${TARGET_RATIO}x under the lightest page (${lightest} ms per move): ${short.map(([n, f]) => `${n} ${f.task_ms} ms`).join(', ')}`);
  process.exit(1);
}
