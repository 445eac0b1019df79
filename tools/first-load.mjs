// What a first visit downloads, gzip-compressed as the server sends it: the JavaScript (and CSS) a guest's
// browser loads for each public page, from the web build's manifest (npm run build first).
// Usage: node tools/first-load.mjs   (npm run first-load)
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
for (const [name, page] of Object.entries(pages)) {
  const chunks = new Set([...closure('index.html'), ...closure(page)]);
  const files = [...chunks].map((key) => manifest[key].file);
  const js = files.reduce((sum, file) => sum + gzipped(file), 0);
  const css = (manifest['index.html'].css ?? []).reduce((sum, file) => sum + gzipped(file), 0);
  console.log(`${name}: first-load JavaScript ${kb(js)} gzip in ${files.length} files; CSS ${kb(css)} gzip`);
  for (const file of files.sort((a, b) => gzipped(b) - gzipped(a)))
    console.log(`  ${kb(gzipped(file)).padStart(9)}  ${file}`);
}
