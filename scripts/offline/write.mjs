// Trunk post_build hook (after minify-glue.mjs, so the file names and contents are final): writes
// the web app manifest (every build) and, in release builds, the service worker, both next to
// index.html. Also exported for the offline end-to-end test, which redeploys a changed copy.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { isOnDemand } from '../on-demand.mjs';
import { message, TEXT_FILE } from '../text.mjs';

export const MANIFEST = 'manifest.webmanifest';
export const WORKER = 'sw.js';

/** The manifest: installable on a phone, opening the lesson in its own window; its words come
 * from the text files (the default language). */
function manifest(icon) {
  const root = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
  return JSON.stringify({
    name: message(root, 'en', 'shell', 'brand'),
    short_name: message(root, 'en', 'shell', 'brand'),
    description: message(root, 'en', 'page', 'app-short-description'),
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#f4f6fa',
    theme_color: '#0b3d63',
    icons: [{ src: icon, sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  });
}

/**
 * Writes the manifest into `dir` and, when `worker` is true, a service worker that caches every
 * file of `dir` (index.html as './'), named by a hash of their contents.
 */
export async function writeOfflineFiles(dir, { worker }) {
  const icon = (await readdir(dir)).find((n) => /^favicon-.*\.svg$/.test(n));
  if (!icon) throw new Error(`no favicon-*.svg in ${dir}`);
  await writeFile(join(dir, MANIFEST), manifest(icon));
  if (!worker) return null;
  const names = (await readdir(dir)).sort();
  // The SCORM package sits beside the lesson for instructors to download; it is not the lesson.
  const files = ['./', ...names.filter((n) => n !== 'index.html' && n !== WORKER && !n.endsWith('.zip')).map((n) => `./${n}`)];
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(await readFile(join(dir, f === './' ? 'index.html' : f)));
  const version = hash.digest('hex').slice(0, 16);
  const template = await readFile(join(dirname(fileURLToPath(import.meta.url)), WORKER), 'utf8');
  // index.html names every file of the first load (hashed names): the worker checks that the page
  // it caches is this deployment's. On-demand parts are named by its loader script from their hash; the text files'
  // names are put together by index.html's first script from the hash they share.
  const named = files.slice(1).filter((f) => !isOnDemand(f.slice(2)) && !TEXT_FILE.test(f.slice(2)));
  const source = template
    .replace("'%VERSION%'", JSON.stringify(version))
    .replace("'%FILES%'", filesExpression(files))
    .replace("'%NAMED%'", JSON.stringify(named));
  const { code } = await minify(source, { compress: { passes: 2 }, mangle: true });
  await writeFile(join(dir, WORKER), code);
  return { version, files };
}

/**
 * `files` as a JavaScript expression for the worker. The text files that every language has (one
 * per part, all named with the one hash they share) are written as the product of the languages
 * and the parts, not listed one by one: the list was most of the worker, which every first visit
 * fetches. Every other file is listed as it is.
 */
export function filesExpression(files) {
  const text = files.map((f) => /^\.\/text-([a-z]+)-([a-z_]+)-([0-9a-f]+)\.json$/.exec(f)).filter(Boolean);
  const hashes = new Set(text.map((m) => m[3]));
  if (hashes.size !== 1) return JSON.stringify(files);
  const langs = [...new Set(text.map((m) => m[1]))];
  const parts = [...new Set(text.map((m) => m[2]))].filter((p) => langs.every((l) => text.some((m) => m[1] === l && m[2] === p)));
  const inProduct = new Set(text.filter((m) => parts.includes(m[2])).map((m) => m[0]));
  const others = files.filter((f) => !inProduct.has(f));
  const named = `\`./text-\${l}-\${p}-${[...hashes][0]}.json\``;
  return `[...${JSON.stringify(others)}, ...${JSON.stringify(langs)}.flatMap((l) => ${JSON.stringify(parts)}.map((p) => ${named}))]`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error('write.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
  const written = await writeOfflineFiles(dir, { worker: process.env.TRUNK_PROFILE === 'release' });
  console.log(`offline: ${MANIFEST}${written ? `, ${WORKER} version ${written.version} caching ${written.files.length} files` : ''}`);
}
