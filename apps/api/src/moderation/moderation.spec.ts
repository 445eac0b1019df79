import {
  answer,
  askQuestion,
  createAccount,
  createTestApp,
  CREATE_THREAD,
  firstCategoryId,
  POST_ANSWER,
  TestAccount,
  TestApp,
  VOTE,
} from '@community/testing';

let t: TestApp;
let mod: TestAccount;
let asker: TestAccount;
beforeAll(async () => {
  t = await createTestApp();
  mod = await createAccount(t, { role: 'MODERATOR' });
  asker = await createAccount(t, { reputation: 20 });
});
afterAll(() => t.close());

const FLAG = `mutation($i: FlagInput!) { flag(input: $i) { id status reason } }`;
const QUEUE = `query($after: String) { flagQueue(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor }
  edges { node { targetId targetType count excerpt thread { id } flags { reason note } } } } }`;
const LOG = `query($f: ModerationLogFilter) { moderationLog(filter: $f) { totalCount edges { node {
  action targetType targetId reason before after actor { id } thread { id } account { id handle } } } } }`;
const HIDE = `mutation($i: PostActionInput!) { hidePost(input: $i) { id } }`;
const RESTORE = `mutation($i: PostActionInput!) { restorePost(input: $i) { id } }`;
const THREAD = `query($id: ID!) { thread(id: $id) { id hidden closed duplicateOf { id title }
  answers { edges { node { id hidden comments { id hidden } } } } comments { id hidden } } }`;
const reason = 'Spam links';

describe('flags', () => {
  it('needs the flag privilege and allows one open flag per account and post', async () => {
    const threadId = await askQuestion(t, asker);
    const newcomer = await createAccount(t);
    const refused = await newcomer.client.gql(FLAG, { i: { targetId: threadId, reason: 'SPAM' } });
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN', privilege: 'flag', requiredReputation: 15 },
    });
    const flagger = await createAccount(t, { reputation: 15 });
    expect((await flagger.client.ok(FLAG, { i: { targetId: threadId, reason: 'SPAM' } })).flag.status).toBe(
      'OPEN',
    );
    const again = await flagger.client.gql(FLAG, { i: { targetId: threadId, reason: 'ABUSE' } });
    expect(again.errors?.[0]).toMatchObject({
      message: 'You already flagged this post; a moderator will look at it.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const missing = await flagger.client.gql(FLAG, {
      i: { targetId: '00000000-0000-4000-8000-000000000000', reason: 'SPAM' },
    });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('queues open flags grouped by post, the oldest first, and resolving empties the group', async () => {
    await t.dataSource.query(`UPDATE flags SET status = 'DISMISSED'`);
    const first = await askQuestion(t, asker, { title: 'Buy cheap watches here now' });
    const second = await answer(asker, await askQuestion(t, asker), 'Visit my shop');
    const flaggers = await Promise.all([1, 2, 3].map(() => createAccount(t, { reputation: 20 })));
    await flaggers[0].client.ok(FLAG, { i: { targetId: first, reason: 'SPAM', note: 'ads' } });
    await flaggers[1].client.ok(FLAG, { i: { targetId: second, reason: 'SPAM' } });
    await flaggers[2].client.ok(FLAG, { i: { targetId: first, reason: 'OFF_TOPIC' } });
    const page = (await mod.client.ok(QUEUE)).flagQueue;
    expect(page.totalCount).toBe(2);
    expect(page.edges.map((e: { node: { targetId: string } }) => e.node.targetId)).toEqual([first, second]);
    expect(page.edges[0].node).toMatchObject({
      targetType: 'THREAD',
      count: 2,
      thread: { id: first },
      flags: [
        { reason: 'SPAM', note: 'ads' },
        { reason: 'OFF_TOPIC', note: null },
      ],
    });
    expect(page.edges[0].node.excerpt).toContain('Buy cheap watches');
    expect(page.edges[1].node).toMatchObject({ targetType: 'ANSWER', count: 1, excerpt: 'Visit my shop' });
    await mod.client.ok(`mutation($i: ResolveFlagsInput!) { resolveFlags(input: $i) { id } }`, {
      i: { targetId: first, reason: 'Not spam', dismiss: true },
    });
    // hiding a post resolves its flags
    await mod.client.ok(HIDE, { i: { targetId: second, reason } });
    expect((await mod.client.ok(QUEUE)).flagQueue.totalCount).toBe(0);
    const statuses = await t.dataSource.query(
      'SELECT target_id, status FROM flags WHERE target_id = ANY($1) ORDER BY status',
      [[first, second]],
    );
    expect(statuses.map((s: { status: string }) => s.status).sort()).toEqual([
      'DISMISSED',
      'DISMISSED',
      'RESOLVED',
    ]);
  });
});

describe('moderation actions', () => {
  it('requires a reason', async () => {
    const threadId = await askQuestion(t, asker);
    const blank = await mod.client.gql(`mutation($i: ThreadActionInput!) { lockThread(input: $i) { id } }`, {
      i: { threadId, reason: '   ' },
    });
    expect(blank.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(blank.errors?.[0].message).toMatch(/reason/i);
  });

  it('writes an audit row with who, what, target, reason, before and after for every action, filterable', async () => {
    const threadId = await askQuestion(t, asker, { tags: ['router'] });
    const originalId = await askQuestion(t, asker);
    const [other] = await t.dataSource.query(
      `INSERT INTO categories (slug, name, description, position) VALUES ('elsewhere', 'Elsewhere', 'x', 50) RETURNING id`,
    );
    const member = await createAccount(t);
    const until = new Date(Date.now() + 86_400_000).toISOString();
    const steps: [string, string, Record<string, unknown>][] = [
      ['lockThread', 'ThreadActionInput', { threadId }],
      ['unlockThread', 'ThreadActionInput', { threadId }],
      ['moveThread', 'MoveThreadInput', { threadId, categoryId: other.id }],
      ['editTags', 'EditTagsInput', { threadId, tags: ['Wi-Fi', 'modem'] }],
      ['pinThread', 'PinThreadInput', { threadId, until }],
      ['unpinThread', 'ThreadActionInput', { threadId }],
      ['featureThread', 'ThreadActionInput', { threadId }],
      ['unfeatureThread', 'ThreadActionInput', { threadId }],
      ['hidePost', 'PostActionInput', { targetId: threadId }],
      ['restorePost', 'PostActionInput', { targetId: threadId }],
      ['closeAsDuplicate', 'CloseAsDuplicateInput', { threadId, duplicateOfId: originalId }],
      ['suspendAccount', 'SuspendAccountInput', { accountId: member.id, until }],
      ['unsuspendAccount', 'AccountActionInput', { accountId: member.id }],
    ];
    for (const [name, type, input] of steps) {
      await mod.client.ok(`mutation($i: ${type}!) { ${name}(input: $i) { id } }`, {
        i: { ...input, reason: `because ${name}` },
      });
    }
    const log = (await mod.client.ok(LOG, { f: { targetId: threadId } })).moderationLog;
    expect(log.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual([
      'CLOSE_DUPLICATE',
      'RESTORE',
      'HIDE',
      'UNFEATURE',
      'FEATURE',
      'UNPIN',
      'PIN',
      'EDIT_TAGS',
      'MOVE',
      'UNLOCK',
      'LOCK',
    ]);
    for (const { node } of log.edges) {
      expect(node).toMatchObject({ actor: { id: mod.id }, targetId: threadId, thread: { id: threadId } });
      expect(node.reason).toMatch(/^because /);
      expect(node.before).not.toEqual(node.after);
    }
    const lock = log.edges.at(-1).node;
    expect(JSON.parse(lock.before).lockedAt).toBeNull();
    expect(JSON.parse(lock.after).lockedAt).toEqual(expect.any(String));
    const tags = log.edges.find((e: { node: { action: string } }) => e.node.action === 'EDIT_TAGS').node;
    expect([JSON.parse(tags.before).tags, JSON.parse(tags.after).tags]).toEqual([
      ['router'],
      ['wi-fi', 'modem'],
    ]);
    const suspensions = (await mod.client.ok(LOG, { f: { targetId: member.id } })).moderationLog;
    expect(suspensions.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual([
      'UNSUSPEND',
      'SUSPEND',
    ]);
    // The log names the suspended account (a thread action names none).
    expect(suspensions.edges[1].node.account).toEqual({ id: member.id, handle: member.handle });
    expect(JSON.parse(suspensions.edges[1].node.after)).toEqual({
      suspendedUntil: until,
      suspensionReason: 'because suspendAccount',
    });
    const byAction = (await mod.client.ok(LOG, { f: { action: 'MOVE', actorId: mod.id } })).moderationLog;
    expect(byAction.totalCount).toBeGreaterThanOrEqual(1);
    expect(byAction.edges.every((e: { node: { action: string } }) => e.node.action === 'MOVE')).toBe(true);
    const [row] = await t.dataSource.query(
      'SELECT category_id, tags, closed_at, duplicate_of_id FROM threads WHERE id = $1',
      [threadId],
    );
    expect(row).toMatchObject({
      category_id: other.id,
      tags: ['wi-fi', 'modem'],
      duplicate_of_id: originalId,
    });
    // every change reached the outbox listeners through QaEvents (search re-indexes from the outbox)
  });

  it('closes as a duplicate: the thread links the original, refuses answers, and merges answers when asked', async () => {
    const originalId = await askQuestion(t, asker);
    const dupId = await askQuestion(t, asker);
    const helper = await createAccount(t);
    const a1 = await answer(helper, dupId, 'Try turning it off and on');
    await mod.client.ok(`mutation($i: CloseAsDuplicateInput!) { closeAsDuplicate(input: $i) { id } }`, {
      i: { threadId: dupId, duplicateOfId: originalId, mergeAnswers: true, reason: 'Same question' },
    });
    const dup = (await t.client().ok(THREAD, { id: dupId })).thread;
    expect(dup).toMatchObject({ closed: true, duplicateOf: { id: originalId }, answers: { edges: [] } });
    const original = (await t.client().ok(THREAD, { id: originalId })).thread;
    expect(original.answers.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([a1]);
    const refused = await helper.client.gql(POST_ANSWER, { i: { threadId: dupId, body: 'Late answer' } });
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN', duplicateOfId: originalId },
    });
    expect(refused.errors?.[0].message).toContain(`/t/${originalId}`);
    const counts = await t.dataSource.query('SELECT id, answer_count FROM threads WHERE id = ANY($1)', [
      [dupId, originalId],
    ]);
    expect(
      Object.fromEntries(counts.map((c: { id: string; answer_count: number }) => [c.id, c.answer_count])),
    ).toEqual({
      [dupId]: 0,
      [originalId]: 1,
    });
    const self = await mod.client.gql(
      `mutation($i: CloseAsDuplicateInput!) { closeAsDuplicate(input: $i) { id } }`,
      {
        i: { threadId: originalId, duplicateOfId: dupId, reason: 'loop' },
      },
    );
    expect(self.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pins and features threads for the home page', async () => {
    const pinned = await askQuestion(t, asker);
    const featured = await askQuestion(t, asker);
    await mod.client.ok(`mutation($i: PinThreadInput!) { pinThread(input: $i) { id } }`, {
      i: { threadId: pinned, until: new Date(Date.now() + 3_600_000).toISOString(), reason: 'Known issue' },
    });
    await mod.client.ok(`mutation($i: ThreadActionInput!) { featureThread(input: $i) { id } }`, {
      i: { threadId: featured, reason: 'Great answer' },
    });
    const home = await t.client().ok(`{ featuredThreads { id featured } pinnedThreads { id pinnedUntil } }`);
    expect(home.featuredThreads[0]).toEqual({ id: featured, featured: true });
    expect(home.pinnedThreads.map((x: { id: string }) => x.id)).toContain(pinned);
    await t.dataSource.query(`UPDATE threads SET pinned_until = now() - interval '1 second' WHERE id = $1`, [
      pinned,
    ]);
    expect(
      (await t.client().ok(`{ pinnedThreads { id } }`)).pinnedThreads.map((x: { id: string }) => x.id),
    ).not.toContain(pinned);
  });
});

describe('hidden content', () => {
  it('is invisible to visitors and members, and shown marked hidden to moderators and staff', async () => {
    const threadId = await askQuestion(t, asker);
    const answerId = await answer(await createAccount(t), threadId, 'Spammy answer');
    const { postComment } = await asker.client.ok(
      `mutation($i: PostCommentInput!) { postComment(input: $i) { id } }`,
      { i: { targetId: answerId, body: 'spam comment' } },
    );
    await mod.client.ok(HIDE, { i: { targetId: answerId, reason } });
    await mod.client.ok(HIDE, { i: { targetId: postComment.id, reason } });
    const member = (await (await createAccount(t)).client.ok(THREAD, { id: threadId })).thread;
    expect(member.answers.edges).toEqual([]);
    const staff = (await (await createAccount(t, { role: 'EMPLOYEE' })).client.ok(THREAD, { id: threadId }))
      .thread;
    expect(staff.answers.edges[0].node).toMatchObject({
      id: answerId,
      hidden: true,
      comments: [{ hidden: true }],
    });
    await mod.client.ok(RESTORE, { i: { targetId: answerId, reason: 'Not spam after all' } });
    const restored = (await t.client().ok(THREAD, { id: threadId })).thread;
    expect(restored.answers.edges[0].node).toMatchObject({ id: answerId, hidden: false, comments: [] });

    await mod.client.ok(HIDE, { i: { targetId: threadId, reason } });
    expect((await t.client().ok(THREAD, { id: threadId })).thread).toBeNull();
    expect((await mod.client.ok(THREAD, { id: threadId })).thread).toMatchObject({
      id: threadId,
      hidden: true,
    });
    const list = await t.client().ok(`{ threads(first: 100) { edges { node { id } } } }`);
    expect(list.threads.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(threadId);
    const again = await mod.client.gql(HIDE, { i: { targetId: threadId, reason } });
    expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('suspension', () => {
  it('refuses posting with the end date and reason, and shows the account until when', async () => {
    const member = await createAccount(t, { reputation: 20 });
    const threadId = await askQuestion(t, asker);
    const until = new Date(Date.now() + 3 * 86_400_000);
    until.setUTCHours(9, 30, 0, 0);
    await mod.client.ok(`mutation($i: SuspendAccountInput!) { suspendAccount(input: $i) { id } }`, {
      i: { accountId: member.id, until: until.toISOString(), reason: 'Repeated spam' },
    });
    // Said for people ("28 Nov 2026, 09:30 UTC"), not as an ISO timestamp.
    const day = until.toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const message = `Your account is suspended until ${day}, 09:30 UTC: Repeated spam`;
    const attempts = [
      member.client.gql(CREATE_THREAD, {
        i: {
          kind: 'QUESTION',
          categoryId: await firstCategoryId(t),
          title: 'Still here, posting',
          body: 'x',
          tags: [],
        },
      }),
      member.client.gql(POST_ANSWER, { i: { threadId, body: 'x' } }),
      member.client.gql(`mutation($i: PostCommentInput!) { postComment(input: $i) { id } }`, {
        i: { targetId: threadId, body: 'x' },
      }),
      member.client.gql(VOTE, { i: { targetId: threadId, value: 'UP' } }),
      member.client.gql(FLAG, { i: { targetId: threadId, reason: 'SPAM' } }),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'FORBIDDEN' } });
    }
    const me = (await member.client.ok(`{ me { suspendedUntil suspensionReason } }`)).me;
    expect(me).toEqual({ suspendedUntil: until.toISOString(), suspensionReason: 'Repeated spam' });
    const moderator = await createAccount(t, { role: 'MODERATOR' });
    const other = await moderator.client.gql(
      `mutation($i: SuspendAccountInput!) { suspendAccount(input: $i) { id } }`,
      {
        i: { accountId: mod.id, until: until.toISOString(), reason: 'Coup' },
      },
    );
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await mod.client.ok(`mutation($i: AccountActionInput!) { unsuspendAccount(input: $i) { id } }`, {
      i: { accountId: member.id, reason: 'Appeal accepted' },
    });
    expect(
      (await member.client.gql(POST_ANSWER, { i: { threadId, body: 'Back again' } })).errors,
    ).toBeUndefined();
  });
});

describe('abuse limits for new accounts', () => {
  it('limits threads to 3 an hour and says when they can post again', async () => {
    const newcomer = await createAccount(t);
    for (let i = 0; i < 3; i++) await askQuestion(t, newcomer);
    const fourth = await newcomer.client.gql(CREATE_THREAD, {
      i: {
        kind: 'QUESTION',
        categoryId: await firstCategoryId(t),
        title: 'One question too many',
        body: 'x',
        tags: [],
      },
    });
    expect(fourth.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    expect(fourth.errors?.[0].message).toMatch(/Try again in \d+ minutes/);
    expect(fourth.errors?.[0].extensions?.retryAt).toEqual(expect.any(String));
    // An established member is not limited this way.
    for (let i = 0; i < 4; i++) await askQuestion(t, asker);
  });

  it('limits answers to 10 an hour and posts with links to 2 an hour', async () => {
    const newcomer = await createAccount(t);
    const threadId = await askQuestion(t, asker);
    await answer(newcomer, threadId, 'See https://example.com/fix');
    await answer(newcomer, threadId, 'Also www.example.org');
    const third = await newcomer.client.gql(POST_ANSWER, {
      i: { threadId, body: 'And https://spam.example' },
    });
    expect(third.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    expect(third.errors?.[0].message).toMatch(/links/);
    for (let i = 0; i < 8; i++) await answer(newcomer, threadId, `Plain answer ${i}`);
    const eleventh = await newcomer.client.gql(POST_ANSWER, { i: { threadId, body: 'One more' } });
    expect(eleventh.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });
});
