// Trunk post_build hook: gives the on-demand parts' files names tied to their content, as Trunk
// does for the lesson's own wasm and glue. Trunk writes <part>.js, <part>_bg.wasm and
// <part>_loader.js under fixed names, so a page of one deployment could load the paste box of
// another (a cache, or a deploy between the page and the first opening of the box). This renames
// them <part>-<hash>.js, <part>-<hash>_bg.wasm and <part>-<hash>_loader.js, where the hash is of
// the three files, and rewrites the three places that name them: the loader's import, the glue's
// default URL of the wasm, and index.html's loader script. Fails loudly if one is not found.
import { createHash } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PARTS } from './on-demand.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('hash-parts.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');

/** Replaces the one `from` in `text` with `to`; throws naming `where` if it is not there once. */
function replaceOnce(text, from, to, where) {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`hash-parts: expected ${from} once in ${where}, found it ${count} times`);
  return text.replace(from, to);
}

/** Renames the one string literal `part` (any quotes: Trunk's minifier turns "…" into `…`) in
 * index.html's loader script to `named`. */
function renameLiteral(html, part, named) {
  const literal = new RegExp(`(["'\`])${part}\\1`, 'g');
  const count = (html.match(literal) ?? []).length;
  if (count !== 1) throw new Error(`hash-parts: expected the literal "${part}" once in index.html, found it ${count} times`);
  return html.replace(literal, (_, q) => `${q}${named}${q}`);
}

const htmlFile = join(dir, 'index.html');
let html = await readFile(htmlFile, 'utf8');
for (const part of PARTS) {
  const files = { glue: `${part}.js`, wasm: `${part}_bg.wasm`, loader: `${part}_loader.js` };
  const content = {};
  for (const [kind, name] of Object.entries(files)) content[kind] = await readFile(join(dir, name));
  const hash = createHash('sha256').update(content.glue).update(content.wasm).update(content.loader).digest('hex').slice(0, 12);
  const named = `${part}-${hash}`;
  const loader = replaceOnce(content.loader.toString('utf8'), `./${part}.js`, `./${named}.js`, files.loader);
  const glue = replaceOnce(content.glue.toString('utf8'), `"${part}_bg.wasm"`, `"${named}_bg.wasm"`, files.glue);
  // index.html's loader script adds `<n>_loader.js` for l("<part>", …).
  html = renameLiteral(html, part, named);
  await writeFile(join(dir, `${named}_loader.js`), loader);
  await writeFile(join(dir, `${named}.js`), glue);
  await rename(join(dir, files.wasm), join(dir, `${named}_bg.wasm`));
  await Promise.all([files.glue, files.loader].map((n) => rm(join(dir, n))));
  console.log(`hash-parts: ${part} -> ${named}`);
}
await writeFile(htmlFile, html);
