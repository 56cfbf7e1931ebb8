// Trunk post_build hook (release only, before minify-glue.mjs): removes wasm-streams' exported
// classes (IntoUnderlyingSink, IntoUnderlyingSource, IntoUnderlyingByteSource) from the wasm and
// its JavaScript glue. Leptos' `csr` feature turns on server_fn's browser client, which links
// wasm-streams; its `#[wasm_bindgen]` classes are exports, so LTO keeps them although the lesson
// never streams anything. Measured: about 3.5 KB less gzip of the transfer budget.
//
// Why this is safe: Rust hands such an object to JavaScript only through an import that wraps a
// pointer (`IntoUnderlying*.__wrap`). The script fails if the glue has one, so a future build
// that really streams keeps its classes. After the exports go, wasm-opt runs again to drop the
// code only they reached, and the glue loses every import the wasm no longer asks for.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'acorn';
import { isOnDemand } from './on-demand.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('drop-stream-exports.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const CLASS = /^IntoUnderlying(ByteSource|Sink|Source)(Finalization)?$/;
const EXPORT = /^(__wbg_)?intounderlying(bytesource|sink|source)_/;

const files = (await readdir(dir)).filter((f) => !isOnDemand(f));
const only = (suffix) => {
  const found = files.filter((f) => f.endsWith(suffix));
  if (found.length !== 1) throw new Error(`expected one *${suffix} in ${dir}, found: ${found.join(', ')}`);
  return join(dir, found[0]);
};
const wasmFile = only('_bg.wasm');
const jsFile = only('.js');
const htmlFile = join(dir, 'index.html');

// --- the wasm: read its sections, rewrite the export section ---------------------------------
function leb(bytes, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}
function toLeb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}
function sections(bytes) {
  const out = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    out.push({ id, start: at, body: start, end: start + size });
    at = start + size;
  }
  return out;
}
const name = (bytes, at) => {
  const [len, start] = leb(bytes, at);
  return [new TextDecoder().decode(bytes.subarray(start, start + len)), start + len];
};
/** Export entries as { name, from, to } byte ranges inside the export section's body. */
function exportsOf(bytes, section) {
  let [count, at] = leb(bytes, section.body);
  const out = [];
  while (count--) {
    const from = at;
    let entry;
    [entry, at] = name(bytes, at);
    [, at] = leb(bytes, at + 1); // kind byte, then the index
    out.push({ name: entry, from, to: at });
  }
  return out;
}
/** Names of the imported fields (every import of wasm-bindgen's glue is a function). */
function importsOf(bytes) {
  const section = sections(bytes).find((s) => s.id === 2);
  if (!section) return new Set();
  let [count, at] = leb(bytes, section.body);
  const out = new Set();
  while (count--) {
    let field;
    [, at] = name(bytes, at);
    [field, at] = name(bytes, at);
    const kind = bytes[at++];
    if (kind !== 0) throw new Error(`unexpected import kind ${kind} for ${field}`);
    [, at] = leb(bytes, at);
    out.add(field);
  }
  return out;
}

const original = new Uint8Array(await readFile(wasmFile));
const exportSection = sections(original).find((s) => s.id === 7);
const entries = exportsOf(original, exportSection);
const dropped = entries.filter((e) => EXPORT.test(e.name));
if (!dropped.length) {
  console.log('drop-stream-exports: the wasm exports no wasm-streams classes; nothing to do');
  process.exit(0);
}

const sourceJs = await readFile(jsFile, 'utf8');
if (/IntoUnderlying\w*\.__wrap\(/.test(sourceJs)) {
  throw new Error('the glue hands wasm-streams objects to JavaScript (__wrap): the classes are used, keep them');
}

const kept = entries.filter((e) => !EXPORT.test(e.name));
const body = [...toLeb(kept.length)];
for (const e of kept) body.push(...original.subarray(e.from, e.to));
const rewritten = new Uint8Array([
  ...original.subarray(0, exportSection.start),
  7,
  ...toLeb(body.length),
  ...body,
  ...original.subarray(exportSection.end),
]);
await writeFile(wasmFile, rewritten);

// The same features as index.html's data-wasm-opt-params, read from there: one source of truth.
const page = await readFile('index.html', 'utf8');
const params = page.match(/data-wasm-opt-params="([^"]*)"/)?.[1].split(/\s+/).filter(Boolean);
if (!params) throw new Error('index.html has no data-wasm-opt-params');
execFileSync('wasm-opt', ['-Oz', ...params, wasmFile, '-o', wasmFile], { stdio: 'inherit' });
const optimised = new Uint8Array(await readFile(wasmFile));
const imports = importsOf(optimised);

// --- the glue: cut the classes, their finalizers and the imports nobody calls --------------
const ast = parse(sourceJs, { ecmaVersion: 'latest', sourceType: 'module' });
const cuts = [];
const named = (node) => node?.type === 'Identifier' && CLASS.test(node.name);
for (const node of ast.body) {
  const decl = node.type === 'ExportNamedDeclaration' ? node.declaration : node;
  if (decl?.type === 'ClassDeclaration' && named(decl.id)) cuts.push(node);
  if (decl?.type === 'VariableDeclaration' && decl.declarations.every((d) => named(d.id))) cuts.push(node);
  // `if (Symbol.dispose) IntoUnderlyingSink.prototype[Symbol.dispose] = ...;`
  if (node.type === 'IfStatement' && named(node.consequent?.expression?.left?.object?.object)) cuts.push(node);
  if (node.type === 'FunctionDeclaration' && node.id.name === '__wbg_get_imports') {
    const object = node.body.body
      .find((s) => s.type === 'VariableDeclaration')
      ?.declarations[0].init;
    if (object?.type !== 'ObjectExpression') throw new Error('__wbg_get_imports no longer starts with an object of imports');
    object.properties.forEach((p, i) => {
      const key = p.key?.name ?? p.key?.value;
      if (key === '__proto__' || imports.has(key)) return;
      // Take the comma after the property with it.
      const next = object.properties[i + 1];
      cuts.push({ start: p.start, end: next ? next.start : p.end });
    });
  }
}
let js = sourceJs;
for (const cut of cuts.sort((a, b) => b.start - a.start)) js = js.slice(0, cut.start) + js.slice(cut.end);
parse(js, { ecmaVersion: 'latest', sourceType: 'module' });
const left = js.match(/IntoUnderlying\w*|intounderlying\w*/);
if (left) throw new Error(`the glue still mentions ${left[0]} after the cut`);
await writeFile(jsFile, js);

// --- index.html: both files changed, so both integrity hashes change ------------------------
const sri = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;
let html = await readFile(htmlFile, 'utf8');
for (const [before, after] of [
  [sri(original), sri(optimised)],
  [sri(sourceJs), sri(js)],
]) {
  if (!html.includes(before)) throw new Error('an integrity hash of the wasm or the glue is not in index.html');
  html = html.replaceAll(before, after);
}
await writeFile(htmlFile, html);
console.log(
  `drop-stream-exports: ${dropped.length} exports dropped; wasm ${original.length} -> ${optimised.length} B, ` +
    `glue ${sourceJs.length} -> ${js.length} B`,
);
