import {
  ACCEPT,
  answer,
  askQuestion,
  createAccount,
  createTestApp,
  firstCategoryId,
  TestAccount,
  TestApp,
} from '@community/testing';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const LIST = `query($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    edges { node { id kind count summary excerpt readAt reason actor { id } thread { id } } }
    pageInfo { hasNextPage endCursor } } }`;
const COUNT = '{ unreadNotificationCount }';
const MARK = 'mutation($i: MarkNotificationsReadInput!) { markNotificationsRead(input: $i) }';
const WATCH = `mutation($i: WatchInput!) { watch(input: $i) { targetType targetId level explicit } }`;
const HIDE = `mutation($i: PostActionInput!) { hidePost(input: $i) { id } }`;

interface Item {
  id: string;
  kind: string;
  count: number;
  summary: string;
  excerpt: string;
  readAt: string | null;
  reason: string | null;
  actor: { id: string } | null;
  thread: { id: string } | null;
}

async function items(who: TestAccount, unreadOnly = false): Promise<Item[]> {
  const { notifications } = await who.client.ok(LIST, { unreadOnly, first: 50 });
  return notifications.edges.map((e: { node: Item }) => e.node);
}

/** The fan-out runs after the commit: wait until every recorded event has been processed. */
async function settled(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notification_events WHERE status = 'PENDING'`,
    );
    if (n === 0) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('notification events were not processed');
}

describe('notifications', () => {
  it('tells the asker about answers, collapses several into one unread item, and marks read', async () => {
    const asker = await createAccount(t);
    const member = await createAccount(t);
    const staff = await createAccount(t, { role: 'EMPLOYEE' });
    const threadId = await askQuestion(t, asker);
    await answer(member, threadId, 'Try **the reset button** first.');
    await settled();
    let list = await items(asker);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      kind: 'ANSWER',
      count: 1,
      summary: 'A new answer to your question',
      excerpt: 'Try the reset button first.',
      readAt: null,
      actor: { id: member.id },
      thread: { id: threadId },
    });
    await answer(await createAccount(t), threadId, 'Second answer.');
    await answer(await createAccount(t), threadId, 'Third answer.');
    await settled();
    list = await items(asker);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ kind: 'ANSWER', count: 3, summary: '3 new answers to your question' });
    expect(list[0].excerpt).toBe('Third answer.');
    // Official answers are their own kind.
    await answer(staff, threadId, 'Official: update the firmware.');
    await settled();
    expect((await items(asker)).map((n) => n.kind).sort()).toEqual(['ANSWER', 'OFFICIAL_ANSWER']);
    expect((await asker.client.ok(COUNT)).unreadNotificationCount).toBe(2);

    // The answerer now watches the thread (answered it) and hears the others' answers, not their own.
    expect((await items(member)).map((n) => [n.kind, n.count])).toEqual([['WATCHED_REPLY', 3]]);

    const one = list[0].id;
    expect((await member.client.ok(MARK, { i: { ids: [one] } })).markNotificationsRead).toBe(0);
    expect((await asker.client.ok(MARK, { i: { ids: [one] } })).markNotificationsRead).toBe(1);
    expect((await asker.client.ok(COUNT)).unreadNotificationCount).toBe(1);
    expect((await asker.client.ok(MARK, { i: { all: true } })).markNotificationsRead).toBe(1);
    expect((await asker.client.ok(COUNT)).unreadNotificationCount).toBe(0);
    expect(await items(asker, true)).toEqual([]);

    // A read item does not absorb new events: the next answer is a new unread item.
    await answer(member, threadId, 'One more idea.');
    await settled();
    const after = await items(asker);
    expect(after).toHaveLength(3);
    expect(after[0]).toMatchObject({ kind: 'ANSWER', count: 1, readAt: null });
  });

  it('pages newest first', async () => {
    const asker = await createAccount(t);
    const member = await createAccount(t);
    const ids = [];
    for (let i = 0; i < 3; i++) {
      const threadId = await askQuestion(t, asker);
      ids.push(threadId);
      await answer(member, threadId);
    }
    await settled();
    const first = await asker.client.ok(LIST, { first: 2 });
    expect(first.notifications.edges.map((e: { node: Item }) => e.node.thread?.id)).toEqual([ids[2], ids[1]]);
    expect(first.notifications.pageInfo.hasNextPage).toBe(true);
    const second = await asker.client.ok(LIST, { first: 2, after: first.notifications.pageInfo.endCursor });
    expect(second.notifications.edges.map((e: { node: Item }) => e.node.thread?.id)).toEqual([ids[0]]);
    expect(second.notifications.pageInfo.hasNextPage).toBe(false);
  });

  it('notifies comments on your post and acceptance of your answer', async () => {
    const asker = await createAccount(t);
    const answerer = await createAccount(t);
    const threadId = await askQuestion(t, asker);
    const answerId = await answer(answerer, threadId);
    await asker.client.ok('mutation($i: PostCommentInput!) { postComment(input: $i) { id } }', {
      i: { targetId: answerId, body: 'Which button exactly?' },
    });
    await asker.client.ok(ACCEPT, { id: answerId });
    await settled();
    const kinds = (await items(answerer)).map((n) => [n.kind, n.excerpt]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['COMMENT', 'Which button exactly?'],
        ['ACCEPTED', 'Hold the reset button for 10 seconds.'],
      ]),
    );
  });

  it('tells the asker about a private follow-up from the team, and the employee about the reply', async () => {
    const asker = await createAccount(t);
    const staff = await createAccount(t, { role: 'EMPLOYEE' });
    const threadId = await askQuestion(t, asker);
    const { openPrivateFollowUp } = await staff.client.ok(
      `mutation($i: OpenPrivateFollowUpInput!) { openPrivateFollowUp(input: $i) { id } }`,
      { i: { threadId, body: 'Could you send us your **order number**?' } },
    );
    await settled();
    expect((await items(asker)).map((n) => [n.kind, n.excerpt, n.actor?.id])).toEqual([
      ['PRIVATE_MESSAGE', 'Could you send us your order number?', staff.id],
    ]);
    await asker.client.ok(
      `mutation($i: ReplyPrivateFollowUpInput!) { replyPrivateFollowUp(input: $i) { id } }`,
      { i: { conversationId: openPrivateFollowUp.id, body: 'It is 12345.' } },
    );
    await settled();
    expect((await items(staff)).map((n) => [n.kind, n.excerpt])).toEqual([
      ['PRIVATE_MESSAGE', 'It is 12345.'],
    ]);
  });

  it('tells a suspended member why, without naming the moderator', async () => {
    const member = await createAccount(t);
    const moderator = await createAccount(t, { role: 'MODERATOR' });
    await moderator.client.ok('mutation($i: SuspendAccountInput!) { suspendAccount(input: $i) { id } }', {
      i: {
        accountId: member.id,
        until: new Date(Date.now() + 86_400_000).toISOString(),
        reason: 'Spam links',
      },
    });
    await settled();
    const [n] = await items(member);
    expect(n).toMatchObject({ kind: 'MODERATION', reason: 'Spam links', actor: null, thread: null });
    expect(n.excerpt).toMatch(/^Your account is suspended until /);
  });

  it('refuses bad input and visitors with coded errors', async () => {
    const someone = await createAccount(t);
    const none = await someone.client.gql(MARK, { i: {} });
    expect(none.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badId = await someone.client.gql(MARK, { i: { ids: ['nope'] } });
    expect(badId.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const visitor = await t.client().gql(COUNT);
    expect(visitor.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const badCursor = await someone.client.gql(LIST, { after: 'garbage' });
    expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('watching', () => {
  it('askers and answerers watch automatically; watchers hear replies; muting and the actor are left out', async () => {
    const asker = await createAccount(t);
    const answerer = await createAccount(t);
    const watcher = await createAccount(t, { reputation: 60 });
    const tracker = await createAccount(t);
    const threadId = await askQuestion(t, asker);
    await answer(answerer, threadId, 'First.');
    await settled(); // who hears about an event is decided when it fans out
    await watcher.client.ok(WATCH, { i: { targetType: 'THREAD', targetId: threadId, level: 'WATCHING' } });
    await tracker.client.ok(WATCH, { i: { targetType: 'THREAD', targetId: threadId, level: 'TRACKING' } });
    const muted = await asker.client.ok(WATCH, {
      i: { targetType: 'THREAD', targetId: threadId, level: 'MUTED' },
    });
    expect(muted.watch).toEqual({ targetType: 'THREAD', targetId: threadId, level: 'MUTED', explicit: true });
    await settled();
    const { myWatches } = await answerer.client.ok(
      '{ myWatches { targetType targetId level explicit label } }',
    );
    expect(myWatches).toEqual([
      expect.objectContaining({
        targetType: 'THREAD',
        targetId: threadId,
        level: 'WATCHING',
        explicit: false,
      }),
    ]);

    await answer(await createAccount(t), threadId, 'Second.');
    await watcher.client.ok('mutation($i: PostCommentInput!) { postComment(input: $i) { id } }', {
      i: { targetId: threadId, body: 'Same problem here.' },
    });
    await settled();
    // The answerer (auto-watching) hears the second answer and the comment; the asker muted the thread.
    expect((await items(answerer)).map((n) => [n.kind, n.count])).toEqual([['WATCHED_REPLY', 2]]);
    expect((await items(asker)).map((n) => [n.kind, n.excerpt])).toEqual([['ANSWER', 'First.']]);
    // The watcher hears the answer but not their own comment; the tracker hears answers only.
    expect((await items(watcher)).map((n) => [n.kind, n.count])).toEqual([['WATCHED_REPLY', 1]]);
    expect((await items(tracker)).map((n) => [n.kind, n.count])).toEqual([['WATCHED_REPLY', 1]]);
  });

  it('category and tag watchers hear about new threads', async () => {
    const categoryId = await firstCategoryId(t);
    const catWatcher = await createAccount(t);
    const tagWatcher = await createAccount(t);
    const tagMuter = await createAccount(t);
    await catWatcher.client.ok(WATCH, {
      i: { targetType: 'CATEGORY', targetId: categoryId, level: 'WATCHING' },
    });
    await tagWatcher.client.ok(WATCH, { i: { targetType: 'TAG', targetId: 'Wifi', level: 'TRACKING' } });
    await tagMuter.client.ok(WATCH, {
      i: { targetType: 'CATEGORY', targetId: categoryId, level: 'TRACKING' },
    });
    await tagMuter.client.ok(WATCH, { i: { targetType: 'TAG', targetId: 'wifi', level: 'MUTED' } });
    const asker = await createAccount(t);
    const threadId = await askQuestion(t, asker, { categoryId, tags: ['wifi'], body: 'The **wifi** drops.' });
    await settled();
    for (const who of [catWatcher, tagWatcher]) {
      expect((await items(who)).map((n) => [n.kind, n.thread?.id, n.excerpt])).toEqual([
        ['WATCHED_NEW_THREAD', threadId, 'The wifi drops.'],
      ]);
    }
    expect(await items(tagMuter)).toEqual([]);

    const bad = await catWatcher.client.gql(WATCH, {
      i: { targetType: 'THREAD', targetId: '00000000-0000-0000-0000-000000000000', level: 'WATCHING' },
    });
    expect(bad.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const badTag = await catWatcher.client.gql(WATCH, {
      i: { targetType: 'TAG', targetId: 'no spaces!', level: 'WATCHING' },
    });
    expect(badTag.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('never notifies someone who cannot see the post; tells the author why it was hidden', async () => {
    const asker = await createAccount(t);
    const memberWatcher = await createAccount(t);
    const staffWatcher = await createAccount(t, { role: 'EMPLOYEE' });
    const moderator = await createAccount(t, { role: 'MODERATOR' });
    const threadId = await askQuestion(t, asker);
    for (const w of [memberWatcher, staffWatcher])
      await w.client.ok(WATCH, { i: { targetType: 'THREAD', targetId: threadId, level: 'WATCHING' } });
    await moderator.client.ok(HIDE, {
      i: { targetId: threadId, reason: 'Contains a customer phone number' },
    });
    await answer(staffWatcher, threadId, 'Answer on a hidden thread.');
    await answer(moderator, threadId, 'Another one.');
    await settled();
    expect(await items(memberWatcher)).toEqual([]);
    expect((await items(staffWatcher)).map((n) => n.kind)).toEqual(['WATCHED_REPLY']);
    // The asker cannot see the hidden thread: no ANSWER, but the MODERATION notice with its reason.
    const mine = await items(asker);
    expect(mine.map((n) => [n.kind, n.reason, n.thread])).toEqual([
      ['MODERATION', 'Contains a customer phone number', null],
    ]);
  });

  it('a thread with many watchers costs the writer one event row; the fan-out reaches them all', async () => {
    const asker = await createAccount(t);
    const threadId = await askQuestion(t, asker);
    await t.dataSource.query(
      `INSERT INTO accounts (email, handle, display_name, password_hash)
       SELECT 'bulk' || i || '_' || $1 || '@example.com', 'bulk_' || i || '_' || $1, 'Bulk ' || i, 'x'
       FROM generate_series(1, 2000) i`,
      [threadId.slice(0, 8)],
    );
    await t.dataSource.query(
      `INSERT INTO watches (account_id, target_type, target_id, level)
       SELECT id, 'THREAD', $1, 'WATCHING' FROM accounts WHERE handle LIKE 'bulk\\_%\\_' || $2`,
      [threadId, threadId.slice(0, 8)],
    );
    const answerer = await createAccount(t);
    const { queries } = await t.countQueries(() => answer(answerer, threadId));
    expect(queries.filter((q) => /notifications/i.test(q) && /INSERT/i.test(q))).toEqual([]);
    expect(queries.filter((q) => /INSERT INTO notification_events/.test(q))).toHaveLength(1);
    await settled();
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications n JOIN accounts a ON a.id = n.recipient_id
       WHERE n.thread_id = $1 AND n.kind = 'WATCHED_REPLY' AND a.handle LIKE 'bulk%'`,
      [threadId],
    );
    expect(n).toBe(2000);
  });
});

describe('notificationAdded subscription', () => {
  it('delivers a new notification to its recipient only, over graphql-ws', async () => {
    const asker = await createAccount(t);
    const other = await createAccount(t);
    const url = t.baseUrl.replace('http', 'ws') + '/graphql';
    const clientFor = (cookie: string) =>
      createClient({
        url,
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers: { cookie } });
          }
        },
        retryAttempts: 0,
      });
    const query = 'subscription { notificationAdded { id kind count excerpt thread { id } actor { id } } }';
    const mine = clientFor(asker.client.cookie);
    const theirs = clientFor(other.client.cookie);
    const otherReceived: unknown[] = [];
    theirs.subscribe(
      { query },
      { next: (v) => otherReceived.push(v), error: () => undefined, complete: () => undefined },
    );
    let ready!: () => void;
    const connected = new Promise<void>((resolve) => (ready = resolve));
    mine.on('connected', () => setTimeout(ready, 100));
    const first = new Promise<unknown>((resolve, reject) => {
      mine.subscribe({ query }, { next: (v) => resolve(v.data), error: reject, complete: () => undefined });
    });
    await connected;
    const threadId = await askQuestion(t, asker);
    const answerer = await createAccount(t);
    await answer(answerer, threadId, 'Live answer.');
    expect(await first).toEqual({
      notificationAdded: {
        id: expect.any(String),
        kind: 'ANSWER',
        count: 1,
        excerpt: 'Live answer.',
        thread: { id: threadId },
        actor: { id: answerer.id },
      },
    });
    await settled();
    expect(otherReceived).toEqual([]);
    await mine.dispose();
    await theirs.dispose();

    const visitor = clientFor('');
    const refused = await new Promise<unknown>((resolve) => {
      visitor.subscribe({ query }, { next: resolve, error: resolve, complete: () => undefined });
    });
    expect(JSON.stringify(refused)).toContain('UNAUTHENTICATED');
    await visitor.dispose();
  });
});
