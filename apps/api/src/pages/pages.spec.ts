// Pages as search engines and first-time visitors get them: server-rendered thread pages with QAPage structured
// data, permanent redirects to the canonical URL, real 404s, robots.txt and sitemaps that list only public
// threads. Needs the built web app (dist/web and dist/web-ssr), as `npm test` builds before Jest.
import type { Answer, Question, QAPage, WithContext } from 'schema-dts';
import {
  ACCEPT,
  answer,
  askQuestion,
  createAccount,
  createTestApp,
  TestAccount,
  TestApp,
} from '@community/testing';
import { threadPath } from '@community/domain';
import { ThreadsService } from '../threads/threads.service';
// structured-data-testing-tool ships no types: the part used here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { structuredDataTest } = require('structured-data-testing-tool') as {
  structuredDataTest(
    html: string,
    options: { presets: unknown[]; auto?: boolean },
  ): Promise<{ passed: unknown[]; failed: unknown[]; warnings: unknown[] }>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Google } = require('structured-data-testing-tool/presets') as { Google: unknown };

let t: TestApp;
let asker: TestAccount;
let staff: TestAccount;
let moderator: TestAccount;
beforeAll(async () => {
  t = await createTestApp({ searchIndexer: 'off' });
  asker = await createAccount(t, { name: 'Ada Asker' });
  staff = await createAccount(t, { role: 'EMPLOYEE', name: 'Erin Staff' });
  moderator = await createAccount(t, { role: 'MODERATOR' });
});
afterAll(() => t.close());

const html = (path: string, init: RequestInit = {}) =>
  fetch(`${t.baseUrl}${path}`, {
    redirect: 'manual',
    ...init,
    headers: { accept: 'text/html', ...init.headers },
  });

function jsonLd(page: string): WithContext<QAPage>[] {
  return [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) =>
    JSON.parse(m[1]),
  );
}

/** Every URL the sitemaps list, following the index from robots.txt. */
async function sitemapUrls(): Promise<string[]> {
  const robots = await (await fetch(`${t.baseUrl}/robots.txt`)).text();
  const queue = [robots.match(/^Sitemap:\s*(\S+)/m)![1]];
  const urls: string[] = [];
  while (queue.length) {
    const url = new URL(queue.shift()!);
    const res = await fetch(`${t.baseUrl}${url.pathname}`);
    expect(res.status).toBe(200);
    const xml = await res.text();
    for (const m of xml.matchAll(/<sitemap><loc>([^<]+)<\/loc>/g)) queue.push(m[1]);
    for (const m of xml.matchAll(/<url><loc>([^<]+)<\/loc>/g)) urls.push(new URL(m[1]).pathname);
  }
  return urls;
}

describe('a question page', () => {
  let threadId: string;
  let title: string;
  beforeAll(async () => {
    title = `How do I rotate the crawl token ${Date.now()}?`;
    threadId = await askQuestion(t, asker, { title, body: 'The settings page shows it **once**.' });
    const answerId = await answer(staff, threadId, 'Open Settings, then Security, and choose Rotate.');
    await answer(moderator, threadId, 'Or ask an admin to rotate it for you.');
    await asker.client.ok(ACCEPT, { id: answerId });
  });

  it('is rendered on the server with the answers, head tags and QAPage structured data', async () => {
    const res = await html(threadPath({ id: threadId, title }));
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Open Settings, then Security, and choose Rotate.');
    expect(page).toContain('Or ask an admin to rotate it for you.');
    expect(page).toMatch(new RegExp(`<title>${title.replace(/[?]/g, '\\?')} · [^<]+</title>`));
    expect(page).toContain('<meta name="description" content="The settings page shows it once."/>');
    expect(page).toContain(
      `<link rel="canonical" href="${t.baseUrl}${threadPath({ id: threadId, title })}"/>`,
    );
    expect(page).toMatch(/<meta property="og:title" content="How do I rotate/);
    expect(page).toMatch(/<meta name="twitter:card" content="summary"\/>/);
    // The head tags are in <head>, not in the body.
    expect(page.indexOf('<link rel="canonical"')).toBeLessThan(page.indexOf('</head>'));

    const qa = jsonLd(page).find((d) => d['@type'] === 'QAPage');
    expect(qa).toBeDefined();
    const question = qa!.mainEntity as Question & { acceptedAnswer: Answer; suggestedAnswer: Answer[] };
    expect(question).toMatchObject({
      '@type': 'Question',
      name: title,
      text: 'The settings page shows it once.',
      answerCount: 2,
      upvoteCount: 0,
      author: { '@type': 'Person', name: 'Ada Asker', url: `${t.baseUrl}/u/${asker.handle}` },
    });
    expect(typeof question.dateCreated).toBe('string');
    expect(question.acceptedAnswer).toMatchObject({
      '@type': 'Answer',
      text: 'Open Settings, then Security, and choose Rotate.',
      upvoteCount: 0,
      author: { name: 'Erin Staff', url: `${t.baseUrl}/u/${staff.handle}` },
    });
    expect(question.acceptedAnswer.url).toMatch(/#answer-[0-9a-f-]{36}$/);
    expect(question.suggestedAnswer).toHaveLength(1);
    expect(question.suggestedAnswer[0].text).toBe('Or ask an admin to rotate it for you.');
    expect(jsonLd(page).find((d) => (d['@type'] as string) === 'BreadcrumbList')).toBeDefined();
    // The cache the browser hydrates from is in the page: no second fetch.
    expect(page).toMatch(/<script type="application\/json" id="ssr-state">\{"origin"/);
  });

  it("passes structured-data-testing-tool's checks of what Google's QAPage rich result requires", async () => {
    const page = await (await html(threadPath({ id: threadId, title }))).text();
    // Google's QAPage guidelines: a Question with name, text, answerCount, author and date, at least one
    // answer (accepted or suggested); every answer with text, author, date, upvotes and its own URL.
    const answerTests = (path: string) => [
      { test: `${path}.text` },
      { test: `${path}.author.name` },
      { test: `${path}.author.url`, expect: /^http/ },
      { test: `${path}.dateCreated`, expect: /^\d{4}-\d\d-\d\dT/ },
      { test: `${path}.datePublished`, expect: /^\d{4}-\d\d-\d\dT/ },
      { test: `${path}.upvoteCount` },
      { test: `${path}.url`, expect: /#answer-/ },
    ];
    const qaPage = {
      name: 'Google QAPage',
      description: "What Google's Q&A rich result requires and recommends",
      tests: [
        { test: 'QAPage', type: 'jsonld' },
        { test: 'QAPage[*].mainEntity."@type"', expect: 'Question' },
        { test: 'QAPage[*].mainEntity.name', expect: title },
        { test: 'QAPage[*].mainEntity.text' },
        { test: 'QAPage[*].mainEntity.answerCount', expect: 2 },
        { test: 'QAPage[*].mainEntity.upvoteCount' },
        { test: 'QAPage[*].mainEntity.author.name', expect: 'Ada Asker' },
        { test: 'QAPage[*].mainEntity.datePublished', expect: /^\d{4}-\d\d-\d\dT/ },
        ...answerTests('QAPage[*].mainEntity.acceptedAnswer'),
        ...answerTests('QAPage[*].mainEntity.suggestedAnswer[0]'),
      ],
    };
    const result = await structuredDataTest(page, { presets: [qaPage, Google] }).catch(
      (err: { res?: { passed: unknown[]; failed: unknown[]; warnings: unknown[] } }) => {
        if (err.res) return err.res;
        throw err;
      },
    );
    const names = (tests: unknown[]) => tests.map((x) => (x as { test: string }).test);
    expect(names(result.failed)).toEqual([]);
    expect(names(result.warnings)).toEqual([]);
    expect(result.passed.length).toBeGreaterThanOrEqual(qaPage.tests.length);
  });

  it('redirects /t/<id> and old slugs permanently to the canonical URL', async () => {
    const canonical = threadPath({ id: threadId, title });
    for (const path of [`/t/${threadId}`, `/t/an-old-title/${threadId}`]) {
      const res = await html(path);
      expect(res.status).toBe(301);
      expect(res.headers.get('location')).toBe(canonical);
    }
  });

  it('counts a view from the page request itself, and from the page query after a link in the app', async () => {
    const viewCount = async () =>
      (await t.dataSource.query('SELECT view_count FROM threads WHERE id = $1', [threadId]))[0]
        .view_count as number;
    const waitFor = async (n: number) => {
      for (let i = 0; i < 50 && (await viewCount()) < n; i++) await new Promise((r) => setTimeout(r, 100));
      return viewCount();
    };
    // Views are counted in batches: the earlier tests' page reads first.
    await t.app.get(ThreadsService).flushViews();
    const before = await viewCount();
    await html(threadPath({ id: threadId, title }), { headers: { 'x-forwarded-for': '10.9.9.1' } });
    expect(await waitFor(before + 1)).toBe(before + 1);
    const reader = await createAccount(t);
    const { thread } = await reader.client.ok<{ thread: { id: string } }>(
      'query($id: ID!) { thread(id: $id, countView: true) { id } }',
      { id: threadId },
    );
    expect(thread.id).toBe(threadId);
    expect(await waitFor(before + 2)).toBe(before + 2);
    // Without countView a query reads only.
    await (await createAccount(t)).client.ok('query($id: ID!) { thread(id: $id) { id } }', { id: threadId });
    await new Promise((r) => setTimeout(r, 300));
    expect(await viewCount()).toBe(before + 2);
  });

  it('answers HEAD like GET', async () => {
    const res = await html(threadPath({ id: threadId, title }), { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect((await html('/', { method: 'HEAD' })).status).toBe(200);
  });
});

describe('threads a guest may not see', () => {
  it('are 404 with the not-found page: unknown, deleted and hidden threads, and unknown paths', async () => {
    const deleted = await askQuestion(t, asker, { title: 'A question that gets deleted soon' });
    await asker.client.ok('mutation($i: DeleteThreadInput!) { deleteThread(input: $i) { id } }', {
      i: { threadId: deleted },
    });
    const hidden = await askQuestion(t, await createAccount(t), {
      title: 'A question a moderator hides today',
    });
    await moderator.client.ok('mutation($i: PostActionInput!) { hidePost(input: $i) { id } }', {
      i: { targetId: hidden, reason: 'spam' },
    });
    for (const path of [
      `/t/${'00000000-0000-4000-8000-000000000000'}`,
      `/t/not-a-uuid`,
      `/t/a-question-that-gets-deleted-soon/${deleted}`,
      `/t/a-question-a-moderator-hides-today/${hidden}`,
      '/no/such/page',
    ]) {
      const res = await html(path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      const page = await res.text();
      expect(page).toContain('We could not find that');
      expect(page).toContain('<meta name="robots" content="noindex"/>');
      expect(page).not.toContain('gets deleted soon');
      expect(page).not.toContain('moderator hides today');
    }
    expect((await html(`/t/${hidden}`, { method: 'HEAD' })).status).toBe(404);

    const urls = await sitemapUrls();
    expect(urls.some((u) => u.endsWith(deleted) || u.endsWith(hidden))).toBe(false);
  });
});

describe('robots.txt and sitemaps', () => {
  it('robots.txt names the sitemap and keeps crawlers out of search, sign-in and staff pages', async () => {
    const res = await fetch(`${t.baseUrl}/robots.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml$/m);
    for (const path of ['/search', '/signin', '/care', '/mod/', '/staff/']) {
      expect(text).toContain(`Disallow: ${path}`);
    }
  });

  it('lists a new thread as soon as it is posted, with lastmod, in an index of sitemaps', async () => {
    await sitemapUrls(); // fills the sitemaps' short-lived copy
    const title = `Where is the sitemap thread ${Date.now()}?`;
    const id = await askQuestion(t, await createAccount(t), { title });
    const urls = await sitemapUrls();
    expect(urls).toContain(threadPath({ id, title }));
    expect(urls).toContain('/');

    const index = await (await fetch(`${t.baseUrl}/sitemap.xml`)).text();
    expect(index).toMatch(/^<\?xml[^>]*>\s*<sitemapindex /);
    const threads = await (await fetch(`${t.baseUrl}/sitemaps/threads-1.xml`)).text();
    expect(threads).toMatch(
      new RegExp(`<url><loc>[^<]*${id}</loc><lastmod>\\d{4}-\\d\\d-\\d\\dT[^<]+</lastmod></url>`),
    );
    expect((await fetch(`${t.baseUrl}/sitemaps/threads-9.xml`)).status).toBe(404);
  });
});

describe('the guest page cache', () => {
  it('serves a guest the kept page, with ETag and 304, and refreshes it within a second of a new answer', async () => {
    const title = `Does the cache keep this page ${Date.now()}?`;
    const id = await askQuestion(t, await createAccount(t), { title });
    const path = threadPath({ id, title });

    const first = await html(path);
    expect(first.headers.get('x-page-cache')).toBe('miss');
    expect(first.headers.get('cache-control')).toMatch(/^public, .*s-maxage=\d+/);
    expect(first.headers.get('vary')).toMatch(/Cookie/);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const second = await html(path);
    expect(second.headers.get('x-page-cache')).toBe('hit');
    // Kept compressed: served as it was stored, and decoding to the same page.
    expect(second.headers.get('content-encoding')).toMatch(/^(br|gzip)$/);
    expect(await second.text()).toBe(await first.text());
    // Served before most of the middleware, with the same headers as the page it keeps.
    expect(second.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(second.headers.get('vary')).toMatch(/Cookie.*Accept-Language|Accept-Language.*Cookie/);
    expect(second.headers.get('vary')).toMatch(/Accept-Encoding/);
    expect(second.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
    expect(second.headers.get('etag')).toBe(etag);
    // As a browser revalidates (fetch would add `Cache-Control: no-cache`, which asks for a full answer).
    const revalidate = { 'if-none-match': etag, 'cache-control': 'max-age=0' };
    const revalidated = await html(path, { headers: revalidate });
    expect(revalidated.status).toBe(304);

    await answer(staff, id, 'The cache drops this page when an answer lands.');
    const answeredAt = Date.now();
    let page = '';
    while (Date.now() - answeredAt < 1000) {
      page = await (await html(path)).text();
      if (page.includes('The cache drops this page')) break;
    }
    expect(page).toContain('The cache drops this page when an answer lands.');
    expect((await html(path, { headers: revalidate })).status).toBe(200);
  });

  it('keeps one page for a thread whatever query string a link adds, rendered once for guests asking at once', async () => {
    const title = `Shared in a newsletter ${Date.now()}?`;
    const id = await askQuestion(t, await createAccount(t), { title });
    const path = threadPath({ id, title });
    const pages = await Promise.all(
      Array.from({ length: 6 }, (_, i) => html(`${path}?utm_source=newsletter&n=${i}`)),
    );
    expect(pages.map((p) => p.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(pages.filter((p) => p.headers.get('x-page-cache') === 'miss')).toHaveLength(1);
    expect(new Set(await Promise.all(pages.map((p) => p.text()))).size).toBe(1);
    expect((await html(path)).headers.get('x-page-cache')).toBe('hit');
    expect((await html(`${path}?another=1`)).headers.get('x-page-cache')).toBe('hit');
  });

  it('never gives a signed-in person a kept guest page, nor keeps theirs for guests', async () => {
    const title = `Whose page is this one ${Date.now()}?`;
    const id = await askQuestion(t, await createAccount(t), { title });
    const path = threadPath({ id, title });
    await html(path); // a guest's page is now kept
    expect((await html(path)).headers.get('x-page-cache')).toBe('hit');

    const reader = await createAccount(t, { name: 'Rita Reader' });
    const signedIn = await html(path, { headers: { cookie: reader.client.cookie } });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('x-page-cache')).toBeNull();
    expect(signedIn.headers.get('cache-control')).toBe('private, no-cache');
    expect(signedIn.headers.get('vary')).toMatch(/Cookie/);
    const mine = await signedIn.text();
    expect(mine).toContain('Rita Reader'); // their own header, rendered for them
    expect(mine).toContain('Your answer');

    const guestAgain = await (await html(path)).text();
    expect(guestAgain).not.toContain('Rita Reader');
    expect(guestAgain).toContain('Sign in');
  });
});

describe('pages rendered in the browser', () => {
  it("come as a shell in the request's language, titled with the community's name as admins set it", async () => {
    const shell = await (await html('/signin', { headers: { 'accept-language': 'sl-SI,sl' } })).text();
    expect(shell).toContain('<html lang="sl">');
    expect(shell).toContain('<title>Acme Community</title>');
    const admin = await createAccount(t, { role: 'ADMIN' });
    const RENAME = 'mutation($i: UpdateSiteSettingsInput!) { updateSiteSettings(input: $i) { name } }';
    await admin.client.ok(RENAME, { i: { name: 'Nordlicht & Co' } });
    try {
      expect(await (await html('/signin')).text()).toContain('<title>Nordlicht &#38; Co</title>');
    } finally {
      await admin.client.ok(RENAME, { i: { name: null } });
    }
  });
});
