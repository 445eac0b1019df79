// Lighthouse (12.2.3, with Debian's Chromium) on the thread, category and home pages of a running community:
// prints the SEO, Accessibility, Best Practices and Performance scores of each.
// Usage: npm run lighthouse -- [--url http://localhost:3000] [--desktop]
// The pages are found the way a crawler finds them: from the sitemaps.
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.LIGHTHOUSE_URL ?? 'http://localhost:3000' },
    desktop: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log('npm run lighthouse -- [--url http://localhost:3000] [--desktop]');
  process.exit(0);
}
const base = values.url.replace(/\/+$/, '');

async function firstLoc(path, pattern) {
  const res = await fetch(`${base}${path}`);
  if (!res.ok) throw new Error(`${base}${path} answered ${res.status}: is the community running there?`);
  const xml = await res.text();
  const loc = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1]).pathname)
    .find((p) => pattern.test(p));
  if (!loc)
    throw new Error(`${path} lists no page like ${pattern}: seed the community first (npm run seed).`);
  return loc;
}

const pages = {
  thread: await firstLoc('/sitemaps/threads-1.xml', /^\/t\//),
  category: await firstLoc('/sitemaps/pages.xml', /^\/c\//),
  home: '/',
};

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
  ],
});
const CATEGORIES = ['seo', 'accessibility', 'best-practices', 'performance'];
try {
  console.log(`Lighthouse ${values.desktop ? 'desktop' : 'mobile (default throttling)'} on ${base}`);
  for (const [name, path] of Object.entries(pages)) {
    const result = await lighthouse(
      `${base}${path}`,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      values.desktop ? desktopConfig : undefined,
    );
    const categories = result.lhr.categories;
    const score = (id) => String(Math.round((categories[id]?.score ?? 0) * 100)).padStart(3);
    console.log(
      `${name.padEnd(8)} SEO ${score('seo')}  Accessibility ${score('accessibility')}  Best Practices ${score('best-practices')}  Performance ${score('performance')}  (${path})`,
    );
    for (const id of CATEGORIES) {
      const failed = categories[id].auditRefs
        .map((ref) => result.lhr.audits[ref.id])
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 0.9 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'manual',
        );
      if (failed.length && id !== 'performance')
        console.log(`         ${id}: ${failed.map((a) => a.id).join(', ')}`);
    }
  }
} finally {
  chrome.kill();
}
