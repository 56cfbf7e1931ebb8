// The lesson's compiled text (build.rs writes target/text/<language>/<file>.json) as files of the
// site, one per language and text file: text-<language>-<file>-<hash>.json, where the hash is of
// all the build's text, so a page only ever pairs with the text of its own deployment (index.html's
// first script names the files with that hash; src/bin/prerender.rs). As a Trunk post_build hook it
// copies them into the staging folder; scripts/prerender.mjs and the benchmark import the rest.
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file of the site that holds text: its language and text file. */
export const TEXT_FILE = /^text-([a-z]{2,3})-([a-z_]+)-[0-9a-f]{12}\.json$/;

/** The compiled text under `root`: [{ lang, file, path }], sorted. */
export function compiledText(root) {
  const dir = join(root, 'target', 'text');
  if (!existsSync(join(dir, 'en'))) throw new Error(`${dir}/en is missing: build.rs writes it (cargo clean -p softmax-lab and build again)`);
  const out = [];
  for (const lang of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    for (const name of readdirSync(join(dir, lang)).filter((n) => n.endsWith('.json')).sort()) {
      out.push({ lang, file: name.slice(0, -5), path: join(dir, lang, name) });
    }
  }
  return out;
}

/** The hash every text file's name ends with: of every language's every file. */
export function textHash(root) {
  const hash = createHash('sha256');
  for (const t of compiledText(root)) hash.update(`${t.lang}/${t.file}\n`).update(readFileSync(t.path));
  return hash.digest('hex').slice(0, 12);
}

/** Message `id` of text file `file` in language `lang` as plain text (markup tags dropped; no
 * placeholders: the build's titles have none). */
export function message(root, lang, file, id) {
  const dir = join(root, 'target', 'text');
  const index = JSON.parse(readFileSync(join(dir, 'ids.json'), 'utf8'))[file].indexOf(id);
  if (index < 0) throw new Error(`no message ${file}:${id}`);
  const text = JSON.parse(readFileSync(join(dir, lang, `${file}.json`), 'utf8'))[index];
  if (/[\ue000-\ue1ff]/.test(text)) throw new Error(`${file}:${id} has placeholders`);
  return text.replace(/<\/?(em|strong|code|sub|sup|b|q)>/g, '');
}

/** Copies the compiled text into `dir` under the names index.html asks for; returns them. */
export function publishText(root, dir) {
  const hash = textHash(root);
  return compiledText(root).map((t) => {
    const name = `text-${t.lang}-${t.file}-${hash}.json`;
    copyFileSync(t.path, join(dir, name));
    return name;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error('text.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
  const names = publishText(process.env.TRUNK_SOURCE_DIR ?? process.cwd(), dir);
  console.log(`text: ${names.length} files (${names[0].replace(TEXT_FILE, '…')}, hash ${textHash(process.env.TRUNK_SOURCE_DIR ?? process.cwd())})`);
}
