// Trunk post_build hook: minifies wasm-bindgen's JavaScript glue in release builds (Trunk minifies
// the CSS and the HTML, not this file) and updates its subresource-integrity hash in index.html.
// About 1.5 KB less gzip of the transfer budget. Fails loudly if the hash is not found, so a
// page whose script the browser would refuse can never be produced.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';
import { isOnDemand } from './on-demand.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('minify-glue.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
const all = (await readdir(dir)).filter((f) => f.endsWith('.js'));
const scripts = all.filter((f) => !isOnDemand(f));
if (scripts.length !== 1) throw new Error(`expected one JavaScript file in ${dir}, found: ${scripts.join(', ')}`);
const file = join(dir, scripts[0]);
const source = await readFile(file, 'utf8');
// Exports keep their names: index.html imports `init` and every binding by name.
const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
const htmlFile = join(dir, 'index.html');
const html = await readFile(htmlFile, 'utf8');
const before = sri(source);
if (!html.includes(before)) throw new Error(`the integrity hash of ${scripts[0]} is not in index.html`);
await writeFile(file, code);
await writeFile(htmlFile, html.replaceAll(before, sri(code)));
console.log(`minify-glue: ${scripts[0]} ${source.length} -> ${code.length} B`);
// The on-demand parts' glue and loaders: no integrity hash, index.html does not name them.
for (const name of all.filter(isOnDemand)) {
  const path = join(dir, name);
  const text = await readFile(path, 'utf8');
  const small = (await minify(text, { module: true, compress: { passes: 2 }, mangle: true })).code;
  await writeFile(path, small);
  console.log(`minify-glue: ${name} ${text.length} -> ${small.length} B`);
}
