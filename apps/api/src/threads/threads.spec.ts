import {
  askQuestion,
  CREATE_THREAD,
  createAccount,
  createTestApp,
  firstCategoryId,
  TestApp,
} from '@community/testing';
import { ThreadsService } from './threads.service';

let t: TestApp;
let categoryId: string;
beforeAll(async () => {
  t = await createTestApp();
  categoryId = await firstCategoryId(t);
});
afterAll(() => t.close());

const threadCount = async () => Number((await t.dataSource.query('SELECT count(*) FROM threads'))[0].count);
const valid = () => ({
  kind: 'QUESTION',
  categoryId,
  title: 'How do I pair the remote?',
  body: 'It does not pair.',
  tags: [] as string[],
});

describe('createThread', () => {
  it('stores Markdown, renders sanitized HTML, normalises tags and starts OPEN', async () => {
    const a = await createAccount(t);
    const { createThread } = await a.client.ok(CREATE_THREAD, {
      i: {
        ...valid(),
        body: 'It blinks **red**. <script>alert(1)</script> [x](javascript:alert(1))',
        tags: ['Router', 'Firmware Update', 'router'],
      },
    });
    expect(createThread.tags).toEqual(['router', 'firmware-update']);
    expect(createThread.status).toBe('OPEN');
    expect(createThread.body).toContain('<script>');
    expect(createThread.bodyHtml).toContain('<strong>red</strong>');
    expect(createThread.bodyHtml).not.toMatch(/<script|javascript:/);
  });

  it.each([
    ['a title under 10 characters', { title: 'short' }, 'title', /Title must be 10–150 characters/],
    ['a title over 150 characters', { title: 'x'.repeat(151) }, 'title', /Title must be 10–150 characters/],
    ['an empty body', { body: '' }, 'body', /Body is required/],
    ['a blank body', { body: '   \n ' }, 'body', /Body is required/],
    ['a body over 30 000 characters', { body: 'x'.repeat(30_001) }, 'body', /at most 30,000 characters/],
    ['six tags', { tags: ['a1', 'b2', 'c3', 'd4', 'e5', 'f6'] }, 'tags', /At most 5 tags/],
    [
      'an unknown category',
      { categoryId: '00000000-0000-4000-8000-000000000000' },
      'categoryId',
      /category does not exist/,
    ],
    ['a malformed category id', { categoryId: 'nope' }, 'categoryId', /Choose a category/],
    ['an announcement', { kind: 'ANNOUNCEMENT' }, 'kind', /Announcements are published by employees/],
  ])('refuses %s with BAD_USER_INPUT and stores nothing', async (_name, over, field, message) => {
    const a = await createAccount(t);
    const before = await threadCount();
    const res = await a.client.gql(CREATE_THREAD, { i: { ...valid(), ...over } });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(message);
    expect(res.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field })]);
    expect(await threadCount()).toBe(before);
  });

  it('asks visitors to sign in', async () => {
    const res = await t.client().gql(CREATE_THREAD, { i: valid() });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

const EDIT = `mutation($i: EditThreadInput!) { editThread(input: $i) { title body tags editedAt revisions { title body tags editor { handle } } } }`;

describe('editThread', () => {
  it('keeps the previous text as a revision anyone can read', async () => {
    const a = await createAccount(t);
    const id = await askQuestion(t, a, {
      title: 'Original title here',
      body: 'Original body',
      tags: ['one'],
    });
    const { editThread } = await a.client.ok(EDIT, {
      i: { threadId: id, title: 'A better title here', tags: ['one', 'two'] },
    });
    expect(editThread).toMatchObject({
      title: 'A better title here',
      body: 'Original body',
      tags: ['one', 'two'],
    });
    expect(editThread.editedAt).toBeTruthy();
    const visitor = await t
      .client()
      .ok(`query($id: ID!) { thread(id: $id) { revisions { title body tags editor { handle } } } }`, { id });
    expect(visitor.thread.revisions).toEqual([
      { title: 'Original title here', body: 'Original body', tags: ['one'], editor: { handle: a.handle } },
    ]);
  });

  it("refuses others' edits below 2000 reputation, saying so, and keeps the text", async () => {
    const a = await createAccount(t);
    const b = await createAccount(t, { reputation: 1999 });
    const id = await askQuestion(t, a, { title: 'Original title here' });
    const res = await b.client.gql(EDIT, { i: { threadId: id, title: 'Vandalised title!!' } });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toMatch(/2000 reputation/);
    const [row] = await t.dataSource.query('SELECT title FROM threads WHERE id = $1', [id]);
    expect(row.title).toBe('Original title here');
    expect(
      Number(
        (await t.dataSource.query('SELECT count(*) FROM revisions WHERE target_id = $1', [id]))[0].count,
      ),
    ).toBe(0);
  });

  it('lets 2000-reputation members and moderators edit others’ threads', async () => {
    const a = await createAccount(t);
    const id = await askQuestion(t, a);
    const trusted = await createAccount(t, { reputation: 2000 });
    await trusted.client.ok(EDIT, { i: { threadId: id, body: 'Clarified body text' } });
    const moderator = await createAccount(t, { role: 'MODERATOR' });
    const { editThread } = await moderator.client.ok(EDIT, { i: { threadId: id, tags: ['wifi'] } });
    expect(editThread.revisions).toHaveLength(2);
  });
});

const DELETE = `mutation($i: DeleteThreadInput!) { deleteThread(input: $i) { id deleted } }`;

describe('deleteThread', () => {
  it('is a soft delete by the author; the thread disappears for others and takes no answers', async () => {
    const a = await createAccount(t);
    const id = await askQuestion(t, a);
    expect((await a.client.ok(DELETE, { i: { threadId: id } })).deleteThread.deleted).toBe(true);
    expect((await t.client().ok(`query($id: ID!) { thread(id: $id) { id } }`, { id })).thread).toBeNull();
    expect(
      (await a.client.ok(`query($id: ID!) { thread(id: $id) { deleted } }`, { id })).thread.deleted,
    ).toBe(true);
    const list = await t.client().ok(`{ threads(first: 100) { edges { node { id } } } }`);
    expect(list.threads.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(id);
    const b = await createAccount(t);
    const res = await b.client.gql(`mutation($i: PostAnswerInput!) { postAnswer(input: $i) { id } }`, {
      i: { threadId: id, body: 'Too late' },
    });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(
      Number((await t.dataSource.query('SELECT count(*) FROM threads WHERE id = $1', [id]))[0].count),
    ).toBe(1);
  });

  it('refuses other members but lets moderators delete', async () => {
    const a = await createAccount(t);
    const id = await askQuestion(t, a);
    const b = await createAccount(t, { reputation: 5000 });
    const res = await b.client.gql(DELETE, { i: { threadId: id } });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toMatch(/Only the author or a moderator/);
    const moderator = await createAccount(t, { role: 'MODERATOR' });
    expect((await moderator.client.ok(DELETE, { i: { threadId: id } })).deleteThread.deleted).toBe(true);
  });
});

describe('threads list', () => {
  let own: TestApp;
  beforeAll(async () => {
    own = await createTestApp();
  });
  afterAll(() => own.close());

  it('filters by category, tag, kind, status and unanswered, and pages with cursors without repeats', async () => {
    const cat = await firstCategoryId(own);
    // Past the new-account limit of 3 threads an hour (RATE_LIMITS.newAccountThreads).
    const a = await createAccount(own, { reputation: 20 });
    const b = await createAccount(own);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      ids.push(
        await askQuestion(own, a, {
          categoryId: cat,
          tags: i % 2 ? ['wifi'] : ['router'],
          kind: i === 6 ? 'IDEA' : 'QUESTION',
        }),
      );
    }
    await b.client.ok(`mutation($i: PostAnswerInput!) { postAnswer(input: $i) { id } }`, {
      i: { threadId: ids[0], body: 'Try this.' },
    });

    const q = `query($f: ThreadFilter, $after: String, $sort: ThreadSort) { threads(filter: $f, first: 3, after: $after, sort: $sort) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      type Page = {
        threads: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string } }[];
        };
      };
      const { threads }: Page = await own.client().ok<Page>(q, { f: { categoryId: cat }, after });
      expect(threads.totalCount).toBe(7);
      seen.push(...threads.edges.map((e) => e.node.id));
      after = threads.pageInfo.hasNextPage ? threads.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([...ids].reverse());

    const count = async (f: Record<string, unknown>) => (await own.client().ok(q, { f })).threads.totalCount;
    expect(await count({ tag: 'WiFi' })).toBe(3);
    expect(await count({ kind: 'IDEA' })).toBe(1);
    expect(await count({ status: 'ANSWERED' })).toBe(1);
    expect(await count({ unanswered: true })).toBe(6);
    const { unansweredCount } = await own.client().ok('{ unansweredCount }');
    expect(unansweredCount).toBe(5);
    const top = await own.client().ok(q, { sort: 'ACTIVE' });
    expect(top.threads.edges[0].node.id).toBe(ids[0]);
  });

  it('refuses a tampered cursor and an oversized page', async () => {
    const bad = await own.client().gql('{ threads(after: "garbage") { edges { cursor } } }');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toMatch(/cursor is not valid/);
    const big = await own.client().gql('{ threads(first: 1000) { edges { cursor } } }');
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0].message).toMatch(/at most 100/);
  });
});

describe('views', () => {
  it('counts a viewer at most once per hour', async () => {
    const a = await createAccount(t);
    const b = await createAccount(t);
    const id = await askQuestion(t, a);
    const VIEW = `mutation($i: RecordViewInput!) { recordView(input: $i) { viewCount } }`;
    expect((await b.client.ok(VIEW, { i: { threadId: id } })).recordView.viewCount).toBe(1);
    expect((await b.client.ok(VIEW, { i: { threadId: id } })).recordView.viewCount).toBe(1);
    expect((await a.client.ok(VIEW, { i: { threadId: id } })).recordView.viewCount).toBe(2);
    await t.dataSource.query(
      `UPDATE thread_views SET viewed_at = now() - interval '61 minutes' WHERE thread_id = $1`,
      [id],
    );
    expect((await b.client.ok(VIEW, { i: { threadId: id } })).recordView.viewCount).toBe(3);
  });

  it("counts a burst of page reads in batches, outside the readers' requests, once per reader", async () => {
    const id = await askQuestion(t, await createAccount(t));
    const READ = `query($id: ID!) { thread(id: $id, countView: true) { id } }`;
    const readers = Array.from({ length: 60 }, (_, i) => t.client({ forwardedFor: `198.51.100.${i + 1}` }));
    const { queries } = await t.countQueries(() =>
      Promise.all([...readers, readers[0], readers[1]].map((r) => r.ok(READ, { id }))),
    );
    // No reader's request ran the count (nor waited for it).
    expect(queries.filter((sql) => /thread_views|SET view_count/.test(sql))).toEqual([]);
    expect(queries.length).toBeGreaterThan(0);
    await t.app.get(ThreadsService).flushViews();
    const [row] = await t.dataSource.query('SELECT view_count FROM threads WHERE id = $1', [id]);
    expect(row.view_count).toBe(60);
    // Read again within the hour: not counted again.
    await readers[2].ok(READ, { id });
    await t.app.get(ThreadsService).flushViews();
    const [again] = await t.dataSource.query('SELECT view_count FROM threads WHERE id = $1', [id]);
    expect(again.view_count).toBe(60);
  });
});

describe('previewMarkdown', () => {
  it('renders exactly what a post would show', async () => {
    const { previewMarkdown } = await t
      .client()
      .ok(`{ previewMarkdown(body: "**hi** <img src=x onerror=alert(1)>") }`);
    expect(previewMarkdown).toContain('<strong>hi</strong>');
    expect(previewMarkdown).not.toMatch(/onerror/);
  });
});
