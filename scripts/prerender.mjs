// Trunk post_build hook: puts the lesson's first screen into index.html, so the masthead, the
// navigation and the section's number, title and opening paragraph are painted before any
// script runs (and stay readable without JavaScript). The HTML comes from src/bin/prerender.rs,
// which reads the app's own text as build.rs compiled it (target/text/); it is compiled here with
// plain rustc (it needs no crate), in a second or two, and only when its sources changed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { message, textHash } from './text.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('prerender.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
const root = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const sources = ['src/bin/prerender.rs', 'src/section.rs', 'src/text/languages.rs', 'target/text/tables.rs', 'target/text/keys.rs'].map((f) => join(root, f));
const bin = join(root, 'target', 'prerender', 'prerender');
const mtime = (f) => { try { return statSync(f).mtimeMs; } catch { return 0; } };
if (Math.max(...sources.map(mtime)) > mtime(bin)) {
  mkdirSync(join(root, 'target', 'prerender'), { recursive: true });
  execFileSync('rustc', ['--edition', '2021', '-O', sources[0], '-o', bin], { stdio: 'inherit' });
}
const block = execFileSync(bin, { encoding: 'utf8' }).replace('__HASH__', textHash(root));
const file = join(dir, 'index.html');
const html = readFileSync(file, 'utf8');
// Trunk may have minified the page: match the placeholder however its attributes are written.
const placeholder = /<div(?=[^>]*\bdata-prerender\b)[^>]*><\/div>/g;
const found = html.match(placeholder) ?? [];
if (found.length !== 1) throw new Error(`expected one <div id="loading" data-prerender> in index.html, found ${found.length}`);
// The title and description, in the default language, from the text files too.
const escape = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const titled = html
  .replace(placeholder, () => block)
  .replace(/<title>[^<]*<\/title>/, () => `<title>${escape(message(root, 'en', 'page', 'app-title'))}</title>`)
  .replace(/<meta\b(?=[^>]*\bname=["']?description\b)[^>]*>/, () => `<meta name="description" content="${escape(message(root, 'en', 'page', 'app-description'))}">`);
if (!titled.includes('<meta name="description" content=')) throw new Error('index.html has no <meta name="description"> to fill');
writeFileSync(file, titled);
console.log(`prerender: the first screen into index.html (${block.length} B)`);
