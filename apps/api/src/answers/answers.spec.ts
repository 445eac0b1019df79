import {
  ACCEPT,
  answer,
  askQuestion,
  createAccount,
  createTestApp,
  POST_ANSWER,
  TestApp,
  VOTE,
} from '@community/testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const answerCount = async () => Number((await t.dataSource.query('SELECT count(*) FROM answers'))[0].count);

describe('postAnswer', () => {
  it('leaves a discussion or an idea OPEN when someone replies: answered is for questions', async () => {
    const asker = await createAccount(t);
    const replier = await createAccount(t);
    for (const kind of ['DISCUSSION', 'IDEA']) {
      const threadId = await askQuestion(t, asker, { kind });
      await replier.client.ok(POST_ANSWER, { i: { threadId, body: 'Buy cheap watches at my shop' } });
      const [row] = await t.dataSource.query('SELECT status, answer_count FROM threads WHERE id = $1', [
        threadId,
      ]);
      expect(row).toEqual({ status: 'OPEN', answer_count: 1 });
      const { thread } = await asker.client.ok(`{ thread(id: "${threadId}") { status } }`);
      expect(thread.status).toBe('OPEN');
    }
  });

  it('marks staff answers official and moves the question to ANSWERED', async () => {
    const a = await createAccount(t);
    const staff = await createAccount(t, { role: 'EMPLOYEE', jobTitle: 'Support Lead' });
    const threadId = await askQuestion(t, a);
    const { postAnswer } = await staff.client.ok(POST_ANSWER, {
      i: { threadId, body: 'Official *fix*: update the firmware.' },
    });
    expect(postAnswer.official).toBe(true);
    expect(postAnswer.bodyHtml).toBe('<p>Official <em>fix</em>: update the firmware.</p>');
    const member = await createAccount(t);
    expect(
      (await member.client.ok(POST_ANSWER, { i: { threadId, body: 'Me too' } })).postAnswer.official,
    ).toBe(false);
    const [row] = await t.dataSource.query('SELECT status, answer_count FROM threads WHERE id = $1', [
      threadId,
    ]);
    expect(row).toEqual({ status: 'ANSWERED', answer_count: 2 });
  });

  it('refuses locked threads with a clear error and empty or oversized answers, storing nothing', async () => {
    const a = await createAccount(t);
    const b = await createAccount(t);
    const threadId = await askQuestion(t, a);
    const before = await answerCount();
    const empty = await b.client.gql(POST_ANSWER, { i: { threadId, body: '  ' } });
    expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const huge = await b.client.gql(POST_ANSWER, { i: { threadId, body: 'x'.repeat(30_001) } });
    expect(huge.errors?.[0].message).toMatch(/at most 30,000 characters/);
    await t.dataSource.query('UPDATE threads SET locked_at = now() WHERE id = $1', [threadId]);
    const locked = await b.client.gql(POST_ANSWER, { i: { threadId, body: 'Hello' } });
    expect(locked.errors?.[0]).toMatchObject({
      message: 'This thread is locked: it no longer takes new answers.',
      extensions: { code: 'FORBIDDEN' },
    });
    const missing = await b.client.gql(POST_ANSWER, {
      i: { threadId: '00000000-0000-4000-8000-000000000000', body: 'Hello' },
    });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await answerCount()).toBe(before);
  });
});

describe('answer order', () => {
  it('lists the accepted answer first, then the first official answer, then by score', async () => {
    const a = await createAccount(t);
    const threadId = await askQuestion(t, a);
    const low = await answer(await createAccount(t), threadId, 'low');
    const high = await answer(await createAccount(t), threadId, 'high');
    const official = await answer(await createAccount(t, { role: 'EMPLOYEE' }), threadId, 'official');
    const accepted = await answer(await createAccount(t), threadId, 'accepted');
    for (let i = 0; i < 2; i++) {
      await (
        await createAccount(t, { role: 'MODERATOR' })
      ).client.ok(VOTE, { i: { targetId: high, value: 'UP' } });
    }
    await a.client.ok(ACCEPT, { id: accepted });
    const q = `query($id: ID!, $after: String) { thread(id: $id) { answers(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
    const page1 = (await t.client().ok(q, { id: threadId })).thread.answers;
    const page2 = (await t.client().ok(q, { id: threadId, after: page1.pageInfo.endCursor })).thread.answers;
    expect(page1.totalCount).toBe(4);
    expect([...page1.edges, ...page2.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual([
      accepted,
      official,
      high,
      low,
    ]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a page of answers out of bounds with BAD_USER_INPUT naming each argument', async () => {
    const threadId = await askQuestion(t, await createAccount(t));
    await answer(await createAccount(t), threadId, 'only');
    const q = `query($id: ID!, $first: Int!, $after: String) { thread(id: $id) { answers(first: $first, after: $after) { totalCount } } }`;
    const cases: [number, string | null, string[], RegExp][] = [
      [0, null, ['first'], /at least 1/],
      [101, null, ['first'], /at most 100/],
      [1, 'x'.repeat(501), ['after'], /cursor is not valid/],
      [
        0,
        'x'.repeat(501),
        ['first', 'after'],
        /at least 1.*cursor is not valid|cursor is not valid.*at least 1/s,
      ],
    ];
    for (const [first, after, fields, message] of cases) {
      const res = await t.client().gql(q, { id: threadId, first, after });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const named = res.errors?.[0].extensions?.fields as { field: string; message: string }[];
      expect(named.map((f) => f.field)).toEqual(fields);
      expect(res.errors?.[0].message).toMatch(message);
    }
    // A cursor of the right length that this list never gave out is refused the same way.
    const foreign = await t.client().gql(q, { id: threadId, first: 1, after: 'bm90IGEgY3Vyc29y' });
    expect(foreign.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after' }],
    });
    expect((await t.client().ok(q, { id: threadId, first: 100 })).thread.answers.totalCount).toBe(1);
  });
});

describe('editAnswer and deleteAnswer', () => {
  it('keeps revisions and refuses others', async () => {
    const a = await createAccount(t);
    const b = await createAccount(t);
    const threadId = await askQuestion(t, a);
    const answerId = await answer(b, threadId, 'first version');
    const EDIT = `mutation($i: EditAnswerInput!) { editAnswer(input: $i) { body revisions { body editor { handle } } } }`;
    const { editAnswer } = await b.client.ok(EDIT, { i: { answerId, body: 'second version' } });
    expect(editAnswer).toEqual({
      body: 'second version',
      revisions: [{ body: 'first version', editor: { handle: b.handle } }],
    });
    const other = await a.client.gql(EDIT, { i: { answerId, body: 'hijacked' } });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const del = await a.client.gql(`mutation($i: DeleteAnswerInput!) { deleteAnswer(input: $i) { id } }`, {
      i: { answerId },
    });
    expect(del.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [row] = await t.dataSource.query('SELECT body, deleted_at FROM answers WHERE id = $1', [answerId]);
    expect(row).toEqual({ body: 'second version', deleted_at: null });
  });
});

const COMMENT = `mutation($i: PostCommentInput!) { postComment(input: $i) { id bodyHtml author { handle } } }`;

describe('comments', () => {
  it("lets anyone comment on their own posts and on answers to their question; others' posts need 50 reputation", async () => {
    const a = await createAccount(t);
    const b = await createAccount(t);
    const threadId = await askQuestion(t, a);
    const answerId = await answer(b, threadId);
    await a.client.ok(COMMENT, { i: { targetId: threadId, body: 'More detail: it is the **v2** model.' } });
    await a.client.ok(COMMENT, { i: { targetId: answerId, body: 'Thanks, trying it.' } });
    await b.client.ok(COMMENT, { i: { targetId: answerId, body: 'Let me know.' } });
    const c = await createAccount(t, { reputation: 49 });
    const refused = await c.client.gql(COMMENT, { i: { targetId: threadId, body: 'Me too' } });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      privilege: 'comment',
      requiredReputation: 50,
    });
    expect(refused.errors?.[0].message).toMatch(
      /Commenting on others' posts needs 50 reputation; you have 49/,
    );
    const d = await createAccount(t, { reputation: 50 });
    await d.client.ok(COMMENT, { i: { targetId: threadId, body: 'Same here' } });

    const { thread } = await t
      .client()
      .ok(
        `query($id: ID!) { thread(id: $id) { commentCount comments { bodyHtml author { handle } } answers { edges { node { comments { author { handle } } } } } } }`,
        { id: threadId },
      );
    expect(thread.commentCount).toBe(4);
    expect(thread.comments.map((c: { author: { handle: string } }) => c.author.handle)).toEqual([
      a.handle,
      d.handle,
    ]);
    expect(thread.comments[0].bodyHtml).toContain('<strong>v2</strong>');
    expect(
      thread.answers.edges[0].node.comments.map((c: { author: { handle: string } }) => c.author.handle),
    ).toEqual([a.handle, b.handle]);
  });

  it('refuses comments over 600 characters and empty ones, storing nothing', async () => {
    const a = await createAccount(t);
    const threadId = await askQuestion(t, a);
    const long = await a.client.gql(COMMENT, { i: { targetId: threadId, body: 'x'.repeat(601) } });
    expect(long.errors?.[0]).toMatchObject({
      message: 'Comments are short: at most 600 characters.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const empty = await a.client.gql(COMMENT, { i: { targetId: threadId, body: ' ' } });
    expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const [row] = await t.dataSource.query('SELECT count(*)::int AS n FROM comments WHERE thread_id = $1', [
      threadId,
    ]);
    expect(row.n).toBe(0);
  });
});
