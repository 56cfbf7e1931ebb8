// Packs the SCORM build (trunk's `--features scorm` release in <build-dir>) into a SCORM 1.2
// package: imsmanifest.xml at the root, one SCO that opens index.html, the lesson's files and
// nothing else. No service worker (inside an LMS, caching is the LMS's business) and no web app
// manifest (a lesson in an LMS frame is not installed): the page's link to it goes too. The
// files as packed are also left in <package-dir>, where the benchmark measures them.
// Usage: node scripts/scorm/package.mjs <build-dir> <package-dir> <out.zip>
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

const [buildDir, packageDir, out] = process.argv.slice(2);
if (!buildDir || !packageDir || !out) throw new Error('usage: package.mjs <build-dir> <package-dir> <out.zip>');
import { partOf } from '../on-demand.mjs';
import { message, TEXT_FILE } from '../text.mjs';

// No service worker and nothing to install inside an LMS, and no share dialog: the package's
// build has no Share button (a link into the LMS would work for nobody else).
const LEFT_OUT = ['sw.js', 'manifest.webmanifest'];
const leftOut = (f) => LEFT_OUT.includes(f) || partOf(f) === 'share_box' || TEXT_FILE.exec(f)?.[2] === 'share' || f.endsWith('.zip');

/** The repository: the package's titles are the lesson's own text (target/text/). */
const ROOT = process.cwd();

const escapeXml = (s) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The manifest an LMS reads on import: SCORM 1.2, one organisation, one SCO. */
function manifest(files) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="softmax-lab" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="softmax-lab-course">
    <organization identifier="softmax-lab-course">
      <title>${escapeXml(message(ROOT, 'en', 'shell', 'brand'))}</title>
      <item identifier="softmax-lab-lesson" identifierref="softmax-lab-files" isvisible="true">
        <title>${escapeXml(message(ROOT, 'en', 'page', 'app-title'))}</title>
        <adlcp:masteryscore>75</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="softmax-lab-files" type="webcontent" adlcp:scormtype="sco" href="index.html">
${files.map((f) => `      <file href="${escapeXml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/** A zip archive of `entries` ([name, bytes]), deflated, with a fixed date so builds repeat. */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  const DOS_TIME = 0;
  const DOS_DATE = (2026 - 1980) << 9 | 1 << 5 | 1; // 2026-01-01
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const files = (await readdir(buildDir)).filter((f) => !leftOut(f)).sort();
if (!files.includes('index.html')) throw new Error(`${buildDir} has no index.html`);
const entries = [['imsmanifest.xml', Buffer.from(manifest(files))]];
await rm(packageDir, { recursive: true, force: true });
await mkdir(packageDir, { recursive: true });
for (const f of files) {
  let data = await readFile(join(buildDir, f));
  if (f === 'index.html') {
    const page = data.toString('utf8');
    const link = /<link[^>]*\brel="?manifest"?[^>]*>/;
    if (!link.test(page)) throw new Error('index.html has no link to the web app manifest to take out');
    data = Buffer.from(page.replace(link, ''));
  }
  await writeFile(join(packageDir, f), data);
  entries.push([f, data]);
}
const archive = zip(entries);
await writeFile(out, archive);
console.log(`scorm: ${out} (${archive.length} B: imsmanifest.xml and ${files.length} files)`);
