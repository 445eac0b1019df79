// What a guest's browser downloads first: the server-rendered page loads the guests' entry (apps/web/src/guest.ts),
// which holds no React, router or Apollo (they load on the first interaction); signed-in people get the app's
// entry. Needs the built web app (dist/web), as `npm test` builds before Jest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { askQuestion, createAccount, createTestApp, TestApp } from '@community/testing';
import { threadPath } from '@community/domain';

const web = join(__dirname, '../../../../dist/web');
type Manifest = Record<string, { file: string; imports?: string[]; dynamicImports?: string[]; src?: string }>;
const manifest = JSON.parse(readFileSync(join(web, '.vite', 'manifest.json'), 'utf8')) as Manifest;

/** A chunk and every chunk it imports statically: what loads before it runs. */
function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) closure(dep, seen);
  return seen;
}

/** The library chunks (vite.config.mts groups them) and the page chunks a file set holds. */
const files = (keys: Set<string>) => [...keys].map((k) => manifest[k].file);

describe("the guests' entry", () => {
  it('loads neither React, React Router nor Apollo, nor any page, before an interaction', () => {
    const loaded = files(closure('src/guest.ts'));
    expect(loaded.some((f) => /assets\/guest-/.test(f))).toBe(true);
    expect(loaded.filter((f) => /\/(react|apollo|main|ThreadPage|CategoryPage|HomePage)-/.test(f))).toEqual(
      [],
    );
    // …and the app it loads on interaction is the one signed-in people get.
    const app = manifest['index.html'].imports ?? [];
    expect(manifest['src/guest.ts'].dynamicImports).toEqual(app);
    expect(files(closure('index.html')).some((f) => /\/react-/.test(f))).toBe(true);
    expect(files(closure('index.html')).some((f) => /\/apollo-/.test(f))).toBe(true);
  });
});

describe('server-rendered pages', () => {
  let t: TestApp;
  let path: string;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp({ searchIndexer: 'off' });
    const member = await createAccount(t, { name: 'Gus Guest' });
    const title = `Which entry does a guest load ${Date.now()}?`;
    path = threadPath({ id: await askQuestion(t, member, { title }), title });
    cookie = member.client.cookie;
  });
  afterAll(() => t.close());

  const scripts = (html: string) =>
    [...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]);
  const preloads = (html: string) =>
    [...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]);

  it("give a guest the guests' entry only (also from the page cache)", async () => {
    for (const round of ['rendered', 'cached']) {
      const res = await fetch(`${t.baseUrl}${path}`, { headers: { accept: 'text/html' } });
      expect(res.headers.get('x-page-cache')).toBe(round === 'rendered' ? 'miss' : 'hit');
      const html = await res.text();
      expect(scripts(html)).toEqual([`/${manifest['src/guest.ts'].file}`]);
      expect(preloads(html).filter((p) => /\/(react|apollo|main)-/.test(p))).toEqual([]);
      expect(html).toContain('<div id="root"><');
    }
  });

  it("give a signed-in person the app's entry", async () => {
    const html = await (
      await fetch(`${t.baseUrl}${path}`, { headers: { accept: 'text/html', cookie } })
    ).text();
    expect(scripts(html)).toEqual([`/${manifest['index.html'].file}`]);
    expect(preloads(html).some((p) => /\/react-/.test(p))).toBe(true);
  });
});
