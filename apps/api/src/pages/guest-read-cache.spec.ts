// Guests' GraphQL reads served from the cache: a repeated read runs no SQL, a Q&A change or any mutation is
// seen at once, hidden threads vanish from kept reads, signed-in people never get (or fill) the guests' cache,
// and what a read does besides reading (view counts, the search log) still happens on every hit.
import {
  answer,
  askQuestion,
  createAccount,
  createTestApp,
  firstCategoryId,
  TestAccount,
  TestApp,
} from '@community/testing';

let t: TestApp;
let moderator: TestAccount;
let admin: TestAccount;
beforeAll(async () => {
  t = await createTestApp({ searchIndexer: 'off' });
  moderator = await createAccount(t, { role: 'MODERATOR' });
  admin = await createAccount(t, { role: 'ADMIN' });
});
afterAll(() => t.close());

const THREAD = `query GuestThread($id: ID!, $countView: Boolean) { thread(id: $id, countView: $countView) {
  id title answerCount answers(first: 10) { edges { node { id bodyHtml } } } } }`;

interface Read<T> {
  cache: string | null;
  data: T;
  errors?: unknown[];
}

/** A GraphQL read over HTTP as a browser sends it, with the guest-cache header the server answered with. */
async function read<T = Record<string, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Read<T>> {
  const res = await fetch(`${t.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  return { cache: res.headers.get('x-guest-cache'), data: body.data, errors: body.errors };
}

describe("a guest's thread read", () => {
  let threadId: string;
  let asker: TestAccount;
  beforeAll(async () => {
    asker = await createAccount(t, { name: 'Ada Asker' });
    threadId = await askQuestion(t, asker, { title: `Where is the reset button ${Date.now()}?` });
  });

  it('is kept after the first read and served again without any SQL', async () => {
    const first = await read(THREAD, { id: threadId });
    expect(first.cache).toBe('miss');
    const { result: second, queries } = await t.countQueries(() => read(THREAD, { id: threadId }));
    expect(second.cache).toBe('hit');
    expect(second.data).toEqual(first.data);
    expect(queries).toEqual([]);
  });

  it('shows a new answer at once', async () => {
    await read(THREAD, { id: threadId });
    expect((await read(THREAD, { id: threadId })).cache).toBe('hit');
    await answer(moderator, threadId, 'Hold the button on the back for ten seconds.');
    const after = await read<{ thread: { answerCount: number; answers: { edges: unknown[] } } }>(THREAD, {
      id: threadId,
    });
    expect(after.cache).toBe('miss');
    expect(after.data.thread.answerCount).toBe(1);
    expect(after.data.thread.answers.edges).toHaveLength(1);
  });

  it('loses a thread hidden by a moderator at once', async () => {
    const hidden = await askQuestion(t, asker, { title: `A post that will be hidden ${Date.now()}` });
    await read(THREAD, { id: hidden });
    expect((await read(THREAD, { id: hidden })).data.thread.id).toBe(hidden);
    await moderator.client.ok('mutation($i: PostActionInput!) { hidePost(input: $i) { id } }', {
      i: { targetId: hidden, reason: 'Spam' },
    });
    const after = await read(THREAD, { id: hidden });
    expect(after.cache).toBe('miss');
    expect(after.data.thread).toBeNull();
  });

  it('still counts a view on every hit that asks for one', async () => {
    const viewed = await askQuestion(t, asker, { title: `Views are counted from the cache ${Date.now()}` });
    const views = async () =>
      (
        await t.dataSource.query('SELECT count(*)::int AS n FROM thread_views WHERE thread_id = $1', [viewed])
      )[0].n as number;
    // Views count once per visitor an hour: two visitors (addresses), one kept answer.
    await read(THREAD, { id: viewed, countView: true }, { 'x-forwarded-for': '203.0.113.1' });
    const hit = await read(THREAD, { id: viewed, countView: true }, { 'x-forwarded-for': '203.0.113.2' });
    expect(hit.cache).toBe('hit');
    for (let i = 0; i < 50 && (await views()) < 2; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await views()).toBe(2);
  });
});

describe('signed-in people', () => {
  it('never get a kept guest answer, and never fill the cache', async () => {
    const asker = await createAccount(t, { name: 'Sam Signedin' });
    const threadId = await askQuestion(t, asker, { title: `Signed-in readers skip the cache ${Date.now()}` });
    const VIEWER = `query($id: ID!) { thread(id: $id) { id viewerVote } me { id } }`;
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        cookie: asker.client.cookie,
      },
      body: JSON.stringify({ query: VIEWER, variables: { id: threadId } }),
    });
    expect(res.headers.get('x-guest-cache')).toBeNull();
    expect(((await res.json()) as { data: { me: { id: string } } }).data.me.id).toBe(asker.id);
    // The same document as a guest: not answered from what the signed-in read got.
    const guest = await read(VIEWER, { id: threadId });
    expect(guest.cache).toBe('miss');
    expect(guest.data.me).toBeNull();
    expect((await read(VIEWER, { id: threadId })).cache).toBe('hit');
    // …and the signed-in person still never gets the guests' kept answer.
    const again = await asker.client.ok<{ me: { id: string } }>(VIEWER, { id: threadId });
    expect(again.me.id).toBe(asker.id);
  });

  it('with an API token are not guests either', async () => {
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        authorization: 'Bearer not-a-real-token',
      },
      body: JSON.stringify({ query: '{ community { name } }' }),
    });
    expect(res.headers.get('x-guest-cache')).toBeNull();
  });
});

describe('what is kept', () => {
  it('only public reads: other fields, errors and fresh-answer requests are not kept', async () => {
    const notListed = '{ previewMarkdown(body: "**kept?**") }';
    await read(notListed);
    expect((await read(notListed)).cache).toBe('miss');
    const failing = '{ threads(first: 100000) { edges { cursor } } }';
    expect((await read(failing)).errors?.length).toBeGreaterThan(0);
    expect((await read(failing)).cache).toBe('miss');
    const categories = '{ categories { id name } }';
    await read(categories);
    expect((await read(categories, {}, { 'cache-control': 'no-cache' })).cache).toBeNull();
    expect((await read(categories)).cache).toBe('hit');
  });

  it('is dropped by any mutation, not only Q&A ones (a renamed category shows at once)', async () => {
    const categoryId = await firstCategoryId(t);
    const [{ slug }] = await t.dataSource.query('SELECT slug FROM categories WHERE id = $1', [categoryId]);
    const CATEGORY = `query($slug: String!) { category(slug: $slug) { id name } }`;
    await read(CATEGORY, { slug });
    expect((await read(CATEGORY, { slug })).cache).toBe('hit');
    const name = `Renamed ${Date.now()}`;
    await admin.client.ok('mutation($i: UpdateCategoryInput!) { updateCategory(input: $i) { id } }', {
      i: { categoryId, name },
    });
    const after = await read<{ category: { name: string } }>(CATEGORY, { slug });
    expect(after.cache).toBe('miss');
    expect(after.data.category.name).toBe(name);
  });

  it('logs a search served from the cache, so analytics count every search', async () => {
    const SEARCH = `query($q: String!) { search(query: $q, first: 5) { estimatedTotal } }`;
    const q = `kettle descaling ${Date.now()}`;
    const logged = async () =>
      (await t.dataSource.query('SELECT count(*)::int AS n FROM search_queries WHERE query = $1', [q]))[0]
        .n as number;
    await read(SEARCH, { q });
    expect((await read(SEARCH, { q })).cache).toBe('hit');
    for (let i = 0; i < 50 && (await logged()) < 2; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await logged()).toBe(2);
  });
});
