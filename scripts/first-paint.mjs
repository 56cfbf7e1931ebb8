// Trunk post_build hook (after prerender.mjs): nothing may stand between the HTML and the paint of
// the first screen it carries, and the 290 KB of wasm may not compete with it.
// - The style sheet goes into index.html as a <style> element (one request and one round trip
//   less before the first paint; the separate file is removed, so the service worker and the
//   benchmark see what a browser fetches).
// - The wasm's <link rel=preload> is dropped, and the loader starts the download once the browser
//   has painted (`window.__afterPaint`, set by the first script of <body>, src/bin/prerender.rs),
//   with the preload's integrity hash, so the browser still checks what it runs.
// - Trunk's loader loses the module namespace it puts on `window`, which nothing reads.
// Fails loudly when the page does not have the shape it expects.
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('first-paint.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
const file = join(dir, 'index.html');
let html = await readFile(file, 'utf8');

/** The value of attribute `name` in tag `tag`, quoted or not (Trunk may have minified the page). */
const attr = (tag, name) => tag.match(new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`))?.slice(1).find((v) => v !== undefined);
const one = (re, what) => {
  const found = html.match(re) ?? [];
  if (found.length !== 1) throw new Error(`expected one ${what} in index.html, found ${found.length}`);
  return found[0];
};

// 1. The style sheet, inline.
const link = one(/<link\b(?=[^>]*\brel=["']?stylesheet\b)[^>]*>/g, 'style sheet link');
const cssName = basename(attr(link, 'href'));
const css = await readFile(join(dir, cssName), 'utf8');
if (/<\/style/i.test(css)) throw new Error(`${cssName} contains "</style"`);
html = html.replace(link, () => `<style>${css}</style>`);
await unlink(join(dir, cssName));

// 2. The wasm, fetched after the first paint.
const preload = one(/<link\b(?=[^>]*\brel=["']?preload\b)(?=[^>]*\.wasm\b)[^>]*>/g, 'wasm preload');
const integrity = attr(preload, 'integrity');
html = html.replace(preload, '');
const call = one(/await init\(\{\s*module_or_path:\s*('[^']+'|"[^"]+")\s*\}\)/g, 'init({ module_or_path }) call');
const path = call.match(/module_or_path:\s*('[^']+'|"[^"]+")/)[1];
const options = integrity ? `, { integrity: ${JSON.stringify(integrity)} }` : '';
// wasm-bindgen's init awaits what it is given: a promise of the response waits for the paint.
const fetched = `new Promise((painted) => window.__afterPaint(painted)).then(() => fetch(${path}${options}))`;
html = html.replace(call, () => `await init({ module_or_path: ${fetched} })`);

// 3. Trunk's loader, without what the lesson never uses (`window.wasmBindings`) and its blank
// lines: the event the benchmark listens for stays.
const loader = one(/<script type=["']?module["']?>[^<]*TrunkApplicationStarted[^<]*<\/script>/g, 'Trunk loader');
const compact = loader
  .replace(/import init, \* as bindings from/, 'import init from')
  .replace(/\s*window\.wasmBindings = bindings;\s*/, '\n')
  .replace(/\n\s*\n+/g, '\n');
if (compact.includes('bindings')) throw new Error('Trunk\'s loader has changed shape: update first-paint.mjs');
html = html.replace(loader, () => compact);
await writeFile(file, html);
console.log(`first-paint: ${cssName} (${css.length} B) inline; the wasm is fetched after the first paint`);
