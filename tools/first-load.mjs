// What a first visit downloads, gzip-compressed as the server sends it: the JavaScript (and CSS) a browser loads
// for each public page, from the web build's manifest (npm run build first). Guests' server-rendered pages load
// the guests' entry (apps/web/src/guest.ts) and nothing else until the reader interacts; signed-in people load the
// app and the page's chunk. `--json` prints the figures as JSON (tests read them).
// Usage: node tools/first-load.mjs [--json]   (npm run first-load)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const web = join(import.meta.dirname, '..', 'dist', 'web');
const manifest = JSON.parse(readFileSync(join(web, '.vite', 'manifest.json'), 'utf8'));
const gzipped = (file) => gzipSync(readFileSync(join(web, file))).length;

/** The chunk of `key` and every chunk it imports statically (what loads before the page can run). */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) closure(dep, seen);
  return seen;
}

const pages = {
  'thread page': 'src/features/threads/ThreadPage.tsx',
  'category page': 'src/features/categories/CategoryPage.tsx',
  'home page': 'src/features/categories/HomePage.tsx',
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
// Every page links the one stylesheet (cssCodeSplit is off: server-rendered pages are styled before any script).
const css = [
  ...(manifest['style.css'] ? [manifest['style.css'].file] : []),
  ...[...closure('index.html')].flatMap((key) => manifest[key].css ?? []),
];
const cssBytes = css.reduce((sum, file) => sum + gzipped(file), 0);

function report(name, chunks) {
  const files = [...chunks].map((key) => manifest[key].file);
  const js = files.reduce((sum, file) => sum + gzipped(file), 0);
  return { name, js, css: cssBytes, files: files.map((file) => ({ file, gzip: gzipped(file) })) };
}

const reports = [];
if (manifest['src/guest.ts']) {
  // The same for every public page: the guest's entry, nothing else before an interaction.
  reports.push(report('guest, any server-rendered page (thread, category, home)', closure('src/guest.ts')));
}
for (const [name, page] of Object.entries(pages)) {
  reports.push(
    report(
      `signed in (or after a guest's first interaction), ${name}`,
      new Set([...closure('index.html'), ...closure(page)]),
    ),
  );
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(reports, null, 2));
} else {
  for (const r of reports) {
    console.log(
      `${r.name}: first-load JavaScript ${kb(r.js)} gzip in ${r.files.length} files; CSS ${kb(r.css)} gzip`,
    );
    for (const f of r.files.sort((a, b) => b.gzip - a.gzip))
      console.log(`  ${kb(f.gzip).padStart(9)}  ${f.file}`);
  }
}
