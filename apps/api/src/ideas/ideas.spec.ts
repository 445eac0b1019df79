// Ideas that move: employees set a status with a note, the history is kept, the roadmap filters by status,
// and the people following the idea hear about it.
import { askQuestion, createAccount, createTestApp, TestAccount, TestApp, VOTE } from '@community/testing';

let t: TestApp;
let employee: TestAccount;
beforeAll(async () => {
  t = await createTestApp();
  employee = await createAccount(t, { role: 'EMPLOYEE' });
});
afterAll(() => t.close());

const SET = `mutation($i: SetIdeaStatusInput!) { setIdeaStatus(input: $i) { id ideaStatus } }`;
const IDEA = `query($id: ID!) { thread(id: $id) { kind ideaStatus
  ideaStatusHistory { status previousStatus note createdAt author { handle } } } }`;
const WATCH = `mutation($i: WatchInput!) { watch(input: $i) { level } }`;

async function shareIdea(by: TestAccount, title = 'Dark mode for the mobile app'): Promise<string> {
  return askQuestion(t, by, {
    kind: 'IDEA',
    title: `${title} ${Math.random().toString(36).slice(2, 7)}`,
    body: 'A dark theme would help at night.',
    tags: ['app'],
  });
}

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

describe('ideas that move', () => {
  it('starts an idea under review, other kinds have no status', async () => {
    const member = await createAccount(t);
    const ideaId = await shareIdea(member);
    const questionId = await askQuestion(t, member);
    const { thread: idea } = await member.client.ok(IDEA, { id: ideaId });
    expect(idea).toMatchObject({ kind: 'IDEA', ideaStatus: 'UNDER_REVIEW', ideaStatusHistory: [] });
    const { thread: question } = await member.client.ok(IDEA, { id: questionId });
    expect(question).toMatchObject({ kind: 'QUESTION', ideaStatus: null, ideaStatusHistory: [] });
  });

  it('lets employees move an idea with a note, and keeps every move as history', async () => {
    const member = await createAccount(t);
    const ideaId = await shareIdea(member);
    const planned = await employee.client.ok(SET, {
      i: { threadId: ideaId, status: 'PLANNED', note: '  Planned for the spring release.  ' },
    });
    expect(planned.setIdeaStatus).toEqual({ id: ideaId, ideaStatus: 'PLANNED' });
    await employee.client.ok(SET, { i: { threadId: ideaId, status: 'SHIPPED', note: 'In version 4.2.' } });
    const { thread } = await t.client().ok(IDEA, { id: ideaId });
    expect(thread.ideaStatus).toBe('SHIPPED');
    expect(
      thread.ideaStatusHistory.map((h: { status: string; previousStatus: string; note: string }) => [
        h.previousStatus,
        h.status,
        h.note,
      ]),
    ).toEqual([
      ['UNDER_REVIEW', 'PLANNED', 'Planned for the spring release.'],
      ['PLANNED', 'SHIPPED', 'In version 4.2.'],
    ]);
    expect(thread.ideaStatusHistory[0].author.handle).toBe(employee.handle);
  });

  it('refuses members and moderators, non-ideas and empty repeats, and stores nothing then', async () => {
    const member = await createAccount(t);
    const moderator = await createAccount(t, { role: 'MODERATOR' });
    const ideaId = await shareIdea(member);
    const byMember = await member.client.gql(SET, { i: { threadId: ideaId, status: 'PLANNED', note: 'me' } });
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byModerator = await moderator.client.gql(SET, { i: { threadId: ideaId, status: 'DECLINED' } });
    expect(byModerator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const question = await askQuestion(t, member);
    const onQuestion = await employee.client.gql(SET, { i: { threadId: question, status: 'PLANNED' } });
    expect(onQuestion.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'threadId', message: expect.stringMatching(/not an idea/) }],
    });
    const repeat = await employee.client.gql(SET, { i: { threadId: ideaId, status: 'UNDER_REVIEW' } });
    expect(repeat.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(repeat.errors?.[0]?.message).toMatch(/add a note/);
    const tooLong = await employee.client.gql(SET, {
      i: { threadId: ideaId, status: 'PLANNED', note: 'x'.repeat(2001) },
    });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { thread } = await member.client.ok(IDEA, { id: ideaId });
    expect(thread).toMatchObject({ ideaStatus: 'UNDER_REVIEW', ideaStatusHistory: [] });
    const { thread: q } = await member.client.ok(IDEA, { id: question });
    expect(q.ideaStatus).toBeNull();
  });

  it('lists the roadmap by status, most votes first, within a category', async () => {
    const member = await createAccount(t);
    const voter = await createAccount(t, { reputation: 100 });
    const a = await shareIdea(member, 'Roadmap idea A');
    const b = await shareIdea(member, 'Roadmap idea B');
    const c = await shareIdea(member, 'Roadmap idea C');
    for (const id of [a, b]) await employee.client.ok(SET, { i: { threadId: id, status: 'IN_PROGRESS' } });
    await voter.client.ok(VOTE, { i: { targetId: b, value: 'UP' } });
    const { threads } = await t.client().ok(
      `{ threads(filter: { kind: IDEA, ideaStatus: IN_PROGRESS }, sort: TOP, first: 10) {
          edges { node { id ideaStatus score } } } }`,
    );
    const ids = threads.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toEqual([b, a]);
    expect(ids).not.toContain(c);
  });

  it('notifies the author, voters and watchers, not the employee nor a stranger', async () => {
    const author = await createAccount(t);
    const voter = await createAccount(t, { reputation: 100 });
    const watcher = await createAccount(t);
    const stranger = await createAccount(t);
    const ideaId = await shareIdea(author);
    await voter.client.ok(VOTE, { i: { targetId: ideaId, value: 'UP' } });
    await watcher.client.ok(WATCH, { i: { targetType: 'THREAD', targetId: ideaId, level: 'WATCHING' } });
    await settled();
    await employee.client.ok(SET, {
      i: { threadId: ideaId, status: 'PLANNED', note: 'Planned for the spring release.' },
    });
    await settled();
    const LIST = `{ notifications(first: 20) { edges { node { kind summary excerpt reason thread { id } } } } }`;
    const ideaItems = async (who: TestAccount) =>
      (
        (await who.client.ok(LIST)).notifications.edges as {
          node: { kind: string; thread: { id: string } };
        }[]
      )
        .map((e) => e.node)
        .filter((n) => n.kind === 'IDEA_STATUS' && n.thread?.id === ideaId);
    for (const who of [author, voter, watcher]) {
      expect(await ideaItems(who)).toEqual([
        {
          kind: 'IDEA_STATUS',
          summary: 'An idea you follow is now planned',
          excerpt: 'Planned for the spring release.',
          reason: 'PLANNED',
          thread: { id: ideaId },
        },
      ]);
    }
    expect(await ideaItems(stranger)).toEqual([]);
    expect(await ideaItems(employee)).toEqual([]);
  });

  it('calls a category for ideas when most of its threads are ideas', async () => {
    const member = await createAccount(t);
    const [cat] = await t.dataSource.query(
      `INSERT INTO categories (slug, name, description, position) VALUES ('wishes', 'Wishes', 'Ideas', 50) RETURNING id`,
    );
    const forIdeas = async () =>
      (await t.client().ok(`{ categories { slug forIdeas } }`)).categories.find(
        (c: { slug: string }) => c.slug === 'wishes',
      ).forIdeas;
    expect(await forIdeas()).toBe(false);
    await askQuestion(t, member, {
      kind: 'IDEA',
      categoryId: cat.id,
      title: 'An idea for the wishes category',
    });
    expect(await forIdeas()).toBe(true);
    await askQuestion(t, member, { categoryId: cat.id });
    await askQuestion(t, member, { categoryId: cat.id });
    expect(await forIdeas()).toBe(false);
  });
});
