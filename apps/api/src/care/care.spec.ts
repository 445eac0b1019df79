import {
  answer,
  ACCEPT,
  askQuestion,
  createAccount,
  createTestApp,
  firstCategoryId,
  TestApp,
} from '@community/testing';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ExpectedWaitService } from './expected-wait.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const QUEUE = `query($filter: CareQueueFilter, $sort: CareQueueSort, $first: Int) {
  careQueue(filter: $filter, sort: $sort, first: $first) {
    totalCount edges { node { thread { id sentiment } waitingMinutes targetMinutes minutesLeft overdue sentiment } }
  } }`;
const ASSIGN = `mutation($i: AssignThreadInput!) { assignThread(input: $i) { id assignee { id }
  assignmentHistory { action actor { id } assignee { id } } } }`;

const setCreated = (id: string, minutesAgo: number) =>
  t.dataSource.query(`UPDATE threads SET created_at = now() - make_interval(mins => $2) WHERE id = $1`, [
    id,
    minutesAgo,
  ]);

describe('care queue', () => {
  it('drops questions that take no answers: locked, or closed as a duplicate (and takes back an unlocked one)', async () => {
    const staff = await createAccount(t, { role: 'EMPLOYEE' });
    const mod = await createAccount(t, { role: 'MODERATOR' });
    const asker = await createAccount(t);
    const categoryId = await firstCategoryId(t);
    const locked = await askQuestion(t, asker, { categoryId, title: 'Locked question about the router' });
    const duplicate = await askQuestion(t, asker, {
      categoryId,
      title: 'Duplicate question about the router',
    });
    const original = await askQuestion(t, asker, { categoryId, title: 'Original question about the router' });
    const queued = async () =>
      (await staff.client.ok(QUEUE, { filter: { categoryId }, first: 100 })).careQueue.edges.map(
        (e: { node: { thread: { id: string } } }) => e.node.thread.id,
      );
    expect(await queued()).toEqual(expect.arrayContaining([locked, duplicate, original]));

    await mod.client.ok('mutation($i: ThreadActionInput!) { lockThread(input: $i) { action } }', {
      i: { threadId: locked, reason: 'Resolved by phone' },
    });
    await mod.client.ok('mutation($i: CloseAsDuplicateInput!) { closeAsDuplicate(input: $i) { action } }', {
      i: { threadId: duplicate, duplicateOfId: original, reason: 'Same question' },
    });
    const after = await queued();
    expect(after).toContain(original);
    expect(after).not.toContain(locked);
    expect(after).not.toContain(duplicate);

    await mod.client.ok('mutation($i: ThreadActionInput!) { unlockThread(input: $i) { action } }', {
      i: { threadId: locked, reason: 'Customer wrote again' },
    });
    expect(await queued()).toContain(locked);
  });

  it('lists unanswered questions oldest first with time left, hides answered ones, and is staff only', async () => {
    const staff = await createAccount(t, { role: 'EMPLOYEE' });
    const asker = await createAccount(t);
    const categoryId = await firstCategoryId(t);
    await t.dataSource.query('UPDATE categories SET response_target_minutes = 60 WHERE id = $1', [
      categoryId,
    ]);
    const old = await askQuestion(t, asker, { categoryId, title: 'Old question about billing' });
    const fresh = await askQuestion(t, asker, { categoryId, title: 'Fresh question about billing' });
    const answered = await askQuestion(t, asker, { categoryId });
    await setCreated(old, 90);
    await setCreated(fresh, 10);
    await setCreated(answered, 200);
    await answer(staff, answered, 'Official fix.');
    const [row] = await t.dataSource.query('SELECT first_official_answer_at FROM threads WHERE id = $1', [
      answered,
    ]);
    expect(row.first_official_answer_at).toBeInstanceOf(Date);

    const { careQueue } = await staff.client.ok(QUEUE, { filter: { categoryId }, first: 50 });
    const nodes = careQueue.edges.map((e: { node: { thread: { id: string } } }) => e.node);
    const ids = nodes.map((n: { thread: { id: string } }) => n.thread.id);
    expect(ids).not.toContain(answered);
    expect(ids.indexOf(old)).toBeLessThan(ids.indexOf(fresh));
    expect(nodes.find((n: { thread: { id: string } }) => n.thread.id === old)).toMatchObject({
      waitingMinutes: 90,
      targetMinutes: 60,
      minutesLeft: -30,
      overdue: true,
    });
    expect(nodes.find((n: { thread: { id: string } }) => n.thread.id === fresh)).toMatchObject({
      minutesLeft: 50,
      overdue: false,
    });
    // A community answer does not take a question out of the queue; only official or accepted ones do.
    await answer(await createAccount(t), fresh, 'Try turning it off and on.');
    const again = await staff.client.ok(QUEUE, { filter: { categoryId }, first: 50 });
    expect(
      again.careQueue.edges.map((e: { node: { thread: { id: string } } }) => e.node.thread.id),
    ).toContain(fresh);

    const member = await asker.client.gql(QUEUE, {});
    expect(member.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const visitor = await t.client().gql(QUEUE, {});
    expect(visitor.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('scores sentiment on write and sorts the most negative first', async () => {
    const staff = await createAccount(t, { role: 'EMPLOYEE' });
    const asker = await createAccount(t);
    const angry = await askQuestion(t, asker, {
      title: 'Terrible service, furious',
      body: 'This is awful and broken. I hate it.',
      tags: ['angry-test'],
    });
    const calm = await askQuestion(t, asker, {
      title: 'How do I pair my remote?',
      body: 'Thanks!',
      tags: ['angry-test'],
    });
    const foreign = await askQuestion(t, asker, {
      title: 'ルーターが壊れました',
      body: '最悪です。',
      tags: ['angry-test'],
    });
    const { careQueue } = await staff.client.ok(QUEUE, {
      filter: { tag: 'angry-test' },
      sort: 'MOST_NEGATIVE',
    });
    const nodes = careQueue.edges.map(
      (e: { node: { thread: { id: string }; sentiment: number | null } }) => e.node,
    );
    expect(nodes.map((n: { thread: { id: string } }) => n.thread.id)).toEqual([angry, calm, foreign]);
    expect(nodes[0].sentiment).toBeLessThan(-0.3);
    expect(nodes[1].sentiment).toBeGreaterThan(0);
    expect(nodes[2].sentiment).toBeNull();
    const negative = await staff.client.ok(QUEUE, { filter: { tag: 'angry-test', sentiment: 'NEGATIVE' } });
    expect(negative.careQueue.totalCount).toBe(1);
    const answerId = await answer(staff, calm, 'Glad to help, this is great news!');
    const [a] = await t.dataSource.query('SELECT sentiment FROM answers WHERE id = $1', [answerId]);
    expect(a.sentiment).toBeGreaterThan(0.3);
  });

  it('scores Russian, Slovenian and Chinese threads too, so their complaints surface as negative', async () => {
    const staff = await createAccount(t, { role: 'EMPLOYEE' });
    const asker = await createAccount(t);
    const complaints = [
      { title: 'Ужасный сервис, роутер сломан', body: 'Это отвратительно, ничего не работает.' },
      { title: 'Grozna storitev, usmerjevalnik je pokvarjen', body: 'Zelo sem razočaran, nič ne deluje.' },
      { title: '服务太糟糕了，路由器坏了', body: '我非常失望，什么都不能用。' },
    ];
    for (const c of complaints) await askQuestion(t, asker, { ...c, tags: ['world-test'] });
    const { careQueue } = await staff.client.ok(QUEUE, {
      filter: { tag: 'world-test', sentiment: 'NEGATIVE' },
      sort: 'MOST_NEGATIVE',
    });
    expect(careQueue.totalCount).toBe(3);
    for (const e of careQueue.edges) expect(e.node.sentiment).toBeLessThan(-0.1);
  });
});

describe('assignment', () => {
  it('offers the employees and admins to assign to, and routes to a colleague', async () => {
    const lead = await createAccount(t, { role: 'EMPLOYEE' });
    const colleague = await createAccount(t, { role: 'EMPLOYEE' });
    const admin = await createAccount(t, { role: 'ADMIN' });
    const mod = await createAccount(t, { role: 'MODERATOR' });
    const member = await createAccount(t);
    const { assignableStaff } = await lead.client.ok('{ assignableStaff { id role } }');
    const ids = assignableStaff.map((a: { id: string }) => a.id);
    expect(ids).toEqual(expect.arrayContaining([lead.id, colleague.id, admin.id]));
    expect(ids).not.toContain(mod.id);
    expect(ids).not.toContain(member.id);
    expect(new Set(assignableStaff.map((a: { role: string }) => a.role))).toEqual(
      new Set(['EMPLOYEE', 'ADMIN']),
    );
    expect((await member.client.gql('{ assignableStaff { id } }')).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );

    const threadId = await askQuestion(t, member);
    const { assignThread } = await lead.client.ok(ASSIGN, { i: { threadId, assigneeId: colleague.id } });
    expect(assignThread.assignee).toEqual({ id: colleague.id });
    expect(assignThread.assignmentHistory.at(-1)).toMatchObject({
      actor: { id: lead.id },
      assignee: { id: colleague.id },
    });

    // The colleague is told (after the commit, by the notification fan-out); the lead, who acted, is not.
    const assigned = async (who: typeof lead) => {
      const { notifications } = await who.client.ok(
        `{ notifications(first: 20) { edges { node { kind thread { id } actor { id } } } } }`,
      );
      return notifications.edges
        .map((e: { node: { kind: string } }) => e.node)
        .filter((n: { kind: string }) => n.kind === 'ASSIGNED');
    };
    let received: unknown[] = [];
    for (let i = 0; i < 200 && !received.length; i++) {
      received = await assigned(colleague);
      if (!received.length) await new Promise((r) => setTimeout(r, 25));
    }
    expect(received).toEqual([{ kind: 'ASSIGNED', thread: { id: threadId }, actor: { id: lead.id } }]);
    await lead.client.ok(ASSIGN, { i: { threadId, assigneeId: lead.id } });
    await new Promise((r) => setTimeout(r, 300));
    expect(await assigned(lead)).toEqual([]);
  });

  it('assigns, reassigns and unassigns with a history, to employees only', async () => {
    const staff = await createAccount(t, { role: 'EMPLOYEE' });
    const other = await createAccount(t, { role: 'EMPLOYEE' });
    const asker = await createAccount(t);
    const threadId = await askQuestion(t, asker, { tags: ['assign-test'] });
    await staff.client.ok(ASSIGN, { i: { threadId, assigneeId: staff.id } });
    const mine = await staff.client.ok(QUEUE, { filter: { mine: true } });
    expect(mine.careQueue.edges.map((e: { node: { thread: { id: string } } }) => e.node.thread.id)).toEqual([
      threadId,
    ]);
    await staff.client.ok(ASSIGN, { i: { threadId, assigneeId: other.id } });
    const { assignThread } = await staff.client.ok(ASSIGN, { i: { threadId, assigneeId: null } });
    expect(assignThread.assignee).toBeNull();
    expect(assignThread.assignmentHistory).toEqual([
      { action: 'ASSIGN', actor: { id: staff.id }, assignee: { id: staff.id } },
      { action: 'REASSIGN', actor: { id: staff.id }, assignee: { id: other.id } },
      { action: 'UNASSIGN', actor: { id: staff.id }, assignee: null },
    ]);
    const toMember = await staff.client.gql(ASSIGN, { i: { threadId, assigneeId: asker.id } });
    expect(toMember.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const byMember = await asker.client.gql(ASSIGN, { i: { threadId, assigneeId: staff.id } });
    expect(byMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const publicView = await t
      .client()
      .ok(`query($id: ID!) { thread(id: $id) { assignee { id } assignmentHistory { action } } }`, {
        id: threadId,
      });
    expect(publicView.thread).toEqual({ assignee: null, assignmentHistory: null });
  });

  it("routes new questions to the category's default team", async () => {
    const admin = await createAccount(t, { role: 'ADMIN' });
    const categoryId = await firstCategoryId(t);
    const { createTeam } = await admin.client.ok(
      `mutation { createTeam(input: { name: "Billing" }) { id name } }`,
    );
    await admin.client.ok(
      `mutation($i: SetCategoryTeamInput!) { setCategoryDefaultTeam(input: $i) { id defaultTeam { name } } }`,
      {
        i: { categoryId, teamId: createTeam.id },
      },
    );
    const threadId = await askQuestion(t, await createAccount(t), { categoryId });
    const { thread } = await admin.client.ok(
      `query($id: ID!) { thread(id: $id) { assignedTeam { name } } }`,
      { id: threadId },
    );
    expect(thread.assignedTeam).toEqual({ name: 'Billing' });
    await admin.client.ok(
      `mutation($i: SetCategoryTeamInput!) { setCategoryDefaultTeam(input: $i) { id } }`,
      {
        i: { categoryId, teamId: null },
      },
    );
  });
});

describe('saved replies', () => {
  it('fills the customer name and thread title, and only employees use them', async () => {
    const staff = await createAccount(t, { role: 'EMPLOYEE' });
    const asker = await createAccount(t, { name: 'Ada Lovelace' });
    const threadId = await askQuestion(t, asker, { title: 'Where is my parcel?' });
    const { createSavedReply } = await staff.client.ok(
      `mutation($i: CreateSavedReplyInput!) { createSavedReply(input: $i) { id title } }`,
      {
        i: { title: 'Shipping delay', body: 'Hi {{customer_name}}, about "{{ thread_title }}": {{unknown}}' },
      },
    );
    const { renderSavedReply } = await staff.client.ok(
      `query($i: RenderSavedReplyInput!) { renderSavedReply(input: $i) }`,
      { i: { savedReplyId: createSavedReply.id, threadId } },
    );
    expect(renderSavedReply).toBe('Hi Ada Lovelace, about "Where is my parcel?": {{unknown}}');

    // The leftover placeholder never reaches the customer: posting (or editing to) it is refused, nothing stored.
    const POST = 'mutation($i: PostAnswerInput!) { postAnswer(input: $i) { id } }';
    const refused = await staff.client.gql(POST, { i: { threadId, body: renderSavedReply } });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toMatch(/Replace \{\{unknown\}\} with the text it stands for/);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM answers WHERE thread_id = $1', [
      threadId,
    ]);
    expect(n).toBe(0);
    const posted = await staff.client.ok(POST, {
      i: { threadId, body: 'Hi Ada, templates use `{{customer_name}}` literally here.' },
    });
    const edit = await staff.client.gql('mutation($i: EditAnswerInput!) { editAnswer(input: $i) { id } }', {
      i: { answerId: posted.postAnswer.id, body: 'Hi {{ customer_name }}' },
    });
    expect(edit.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const member = await asker.client.gql(`{ savedReplies { id } }`);
    expect(member.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await staff.client.ok(`mutation($i: UpdateSavedReplyInput!) { updateSavedReply(input: $i) { id } }`, {
      i: { id: createSavedReply.id, title: 'Shipping delays' },
    });
    const { savedReplies } = await staff.client.ok(`{ savedReplies { id title } }`);
    expect(savedReplies).toContainEqual({ id: createSavedReply.id, title: 'Shipping delays' });
  });
});

describe('private follow-up', () => {
  it('is readable by the asker and staff only; the thread only shows that it happened', async () => {
    const staff = await createAccount(t, { role: 'EMPLOYEE' });
    const asker = await createAccount(t);
    const outsider = await createAccount(t);
    const threadId = await askQuestion(t, asker);
    const before = await t
      .client()
      .ok(`query($id: ID!) { thread(id: $id) { privateFollowUp } }`, { id: threadId });
    expect(before.thread.privateFollowUp).toBe(false);
    const { openPrivateFollowUp } = await staff.client.ok(
      `mutation($i: OpenPrivateFollowUpInput!) { openPrivateFollowUp(input: $i) { id } }`,
      { i: { threadId, body: 'What is your order number?' } },
    );
    const id = openPrivateFollowUp.id;
    await asker.client.ok(
      `mutation($i: ReplyPrivateFollowUpInput!) { replyPrivateFollowUp(input: $i) { id } }`,
      {
        i: { conversationId: id, body: 'It is **A-1234**.' },
      },
    );
    const READ = `query($id: ID!) { privateConversation(id: $id) { messages { body author { id } } } }`;
    const read = await asker.client.ok(READ, { id });
    expect(read.privateConversation.messages).toEqual([
      { body: 'What is your order number?', author: { id: staff.id } },
      { body: 'It is **A-1234**.', author: { id: asker.id } },
    ]);
    expect(
      (await (await createAccount(t, { role: 'ADMIN' })).client.ok(READ, { id })).privateConversation
        .messages,
    ).toHaveLength(2);
    const peek = await outsider.client.gql(READ, { id });
    expect(peek.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(peek.data).toBeNull();
    const reply = await outsider.client.gql(
      `mutation($i: ReplyPrivateFollowUpInput!) { replyPrivateFollowUp(input: $i) { id } }`,
      { i: { conversationId: id, body: 'let me in' } },
    );
    expect(reply.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await outsider.client.ok(`{ myPrivateConversations { id } }`)).myPrivateConversations).toEqual(
      [],
    );
    const anonymous = await t.client().gql(READ, { id });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const open = await outsider.client.gql(
      `mutation($i: OpenPrivateFollowUpInput!) { openPrivateFollowUp(input: $i) { id } }`,
      { i: { threadId, body: 'hi' } },
    );
    expect(open.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const after = await outsider.client.ok(`query($id: ID!) { thread(id: $id) { privateFollowUp } }`, {
      id: threadId,
    });
    expect(after.thread.privateFollowUp).toBe(true);

    const { customerHistory } = await staff.client.ok(
      `query($id: ID!) { customerHistory(accountId: $id) { threadCount threads { id } openConversations { id } } }`,
      { id: asker.id },
    );
    expect(customerHistory).toEqual({
      threadCount: 1,
      threads: [{ id: threadId }],
      openConversations: [{ id }],
    });
  });
});

describe('rateHelp', () => {
  const RATE = `mutation($i: RateHelpInput!) { rateHelp(input: $i) { rating comment } }`;
  it('lets the asker rate a solved question once', async () => {
    const asker = await createAccount(t);
    const staff = await createAccount(t, { role: 'EMPLOYEE' });
    const threadId = await askQuestion(t, asker);
    const early = await asker.client.gql(RATE, { i: { threadId, rating: 5 } });
    expect(early.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const answerId = await answer(staff, threadId);
    await asker.client.ok(ACCEPT, { id: answerId });
    const other = await (await createAccount(t)).client.gql(RATE, { i: { threadId, rating: 5 } });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const outOfRange = await asker.client.gql(RATE, { i: { threadId, rating: 6 } });
    expect(outOfRange.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const long = await asker.client.gql(RATE, { i: { threadId, rating: 4, comment: 'x'.repeat(1001) } });
    expect(long.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const ok = await asker.client.ok(RATE, { i: { threadId, rating: 4, comment: 'Quick and clear.' } });
    expect(ok.rateHelp).toEqual({ rating: 4, comment: 'Quick and clear.' });
    const twice = await asker.client.gql(RATE, { i: { threadId, rating: 1 } });
    expect(twice.errors?.[0]).toMatchObject({
      message: 'You have already rated the help on this question.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const { thread } = await asker.client.ok(
      `query($id: ID!) { thread(id: $id) { viewerCanRate satisfaction { rating } } }`,
      {
        id: threadId,
      },
    );
    expect(thread).toEqual({ viewerCanRate: false, satisfaction: { rating: 4 } });
  });
});

describe('expected wait', () => {
  it('is the median first-response time of the last 4 weeks, null with fewer than 3 samples', async () => {
    const [{ id: categoryId }] = await t.dataSource.query(
      `INSERT INTO categories (slug, name, position) VALUES ('wait-test', 'Wait test', 99) RETURNING id`,
    );
    const asker = await createAccount(t);
    const staff = await createAccount(t, { role: 'EMPLOYEE' });
    const WAIT = `{ categories { id expectedWait { minutes sampleSize computedAt } } }`;
    const waitOf = async () =>
      (await asker.client.ok(WAIT)).categories.find((c: { id: string }) => c.id === categoryId).expectedWait;
    expect(await waitOf()).toMatchObject({ minutes: null, sampleSize: 0 });
    // Fixture timings: answered after 30, 60, 90 and 600 minutes; one answered 40 days ago (outside the window).
    const fixtures: [number, number][] = [
      [60 * 24, 30],
      [60 * 48, 60],
      [60 * 72, 90],
      [60 * 96, 600],
      [60 * 24 * 40, 5],
    ];
    const now = new Date();
    for (const [agoMinutes, responseMinutes] of fixtures.slice(0, 2)) {
      const id = await askQuestion(t, await createAccount(t), { categoryId });
      await t.dataSource.query(
        `UPDATE threads SET created_at = $2::timestamptz - make_interval(mins => $3),
           first_official_answer_at = $2::timestamptz - make_interval(mins => $3) + make_interval(mins => $4) WHERE id = $1`,
        [id, now, agoMinutes, responseMinutes],
      );
    }
    const waits = t.app.get(ExpectedWaitService);
    await waits.recompute([categoryId], now);
    expect(await waitOf()).toMatchObject({ minutes: null, sampleSize: 2 });
    for (const [agoMinutes, responseMinutes] of fixtures.slice(2)) {
      const id = await askQuestion(t, await createAccount(t), { categoryId });
      await t.dataSource.query(
        `UPDATE threads SET created_at = $2::timestamptz - make_interval(mins => $3),
           first_official_answer_at = $2::timestamptz - make_interval(mins => $3) + make_interval(mins => $4) WHERE id = $1`,
        [id, now, agoMinutes, responseMinutes],
      );
    }
    // The stored figure is fresh (under 5 minutes old), so reads keep it until it is recomputed…
    expect(await waitOf()).toMatchObject({ minutes: null, sampleSize: 2 });
    // …and a stale one is recomputed on read: median of 30, 60, 90, 600 = 75.
    await t.dataSource.query(
      `UPDATE category_expected_waits SET computed_at = now() - interval '6 minutes' WHERE category_id = $1`,
      [categoryId],
    );
    expect(await waitOf()).toMatchObject({ minutes: 75, sampleSize: 4 });
    void staff;
  });
});

describe('careQueueChanged subscription', () => {
  it('tells employees over a websocket when a question arrives, and refuses members', async () => {
    const staff = await createAccount(t, { role: 'EMPLOYEE' });
    const member = await createAccount(t);
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
    const staffWs = clientFor(staff.client.cookie);
    const received: unknown[] = [];
    let ready: () => void;
    const connected = new Promise<void>((resolve) => (ready = resolve));
    staffWs.on('connected', () => setTimeout(ready, 100));
    const firstEvent = new Promise<void>((resolve, reject) => {
      staffWs.subscribe(
        { query: 'subscription { careQueueChanged { threadId change } }' },
        {
          next: (value) => {
            received.push(value.data);
            resolve();
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    await connected;
    const threadId = await askQuestion(t, member);
    await firstEvent;
    expect(received[0]).toEqual({ careQueueChanged: { threadId, change: 'created' } });
    await staffWs.dispose();

    const memberWs = clientFor(member.client.cookie);
    const refused = await new Promise<unknown>((resolve) => {
      memberWs.subscribe(
        { query: 'subscription { careQueueChanged { threadId } }' },
        { next: (value) => resolve(value), error: (error) => resolve(error), complete: () => undefined },
      );
    });
    expect(JSON.stringify(refused)).toContain('FORBIDDEN');
    await memberWs.dispose();
  });
});
