// The leak test of private categories (issue 15): a thread with a unique word lives in a category only one group
// may read. Every surface in SURFACES (GraphQL queries and HTTP pages, feeds, sitemaps) is read as a visitor and
// as a member outside the group, and the word (and the thread's id) must appear nowhere; read as a member of the
// group, each surface must show it. The list is kept complete by the first test: every field of the schema that
// returns threads, answers, comments, categories, announcements or search results must be in SURFACES or in
// REACHED_THROUGH (fields reached only through a thread or answer already checked, or staff-only consoles, each
// with its reason), so a new thread-returning query fails here until someone says how it stays private.
import { randomBytes } from 'node:crypto';
import {
  answer,
  askQuestion,
  createAccount,
  createTestApp,
  GqlClient,
  TestAccount,
  TestApp,
} from '@community/testing';
import { SearchIndexer } from '../search/search-indexer';

let t: TestApp;
let admin: TestAccount;
let insider: TestAccount;
let outsider: TestAccount;
let moderator: TestAccount;
let employee: TestAccount;
let guest: GqlClient;
const WORD = `quokkasecret${randomBytes(4).toString('hex')}`;
const ids = {} as Record<
  'category' | 'group' | 'thread' | 'answer' | 'announcement' | 'publicThread',
  string
>;
let slug: string;

const gqlOk = async (client: GqlClient, query: string, variables: Record<string, unknown> = {}) =>
  client.ok(query, variables);

beforeAll(async () => {
  t = await createTestApp({ searchIndexer: 'off' });
  guest = t.client();
  admin = await createAccount(t, { role: 'ADMIN' });
  employee = await createAccount(t, { role: 'EMPLOYEE' });
  moderator = await createAccount(t, { role: 'MODERATOR' });
  insider = await createAccount(t, { reputation: 200, name: 'Ines Insider' });
  outsider = await createAccount(t, { reputation: 200, name: 'Otto Outsider' });
  slug = `beta-${randomBytes(3).toString('hex')}`;
  const { createCategory } = await gqlOk(
    admin.client,
    `mutation($i: CreateCategoryInput!) { createCategory(input: $i) { id } }`,
    { i: { name: `Beta lounge ${WORD}`, slug, description: `Where the ${WORD} testers talk.` } },
  );
  ids.category = createCategory.id;
  const { createGroup } = await gqlOk(
    admin.client,
    `mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`,
    { i: { name: `Beta testers ${WORD}`, description: 'The beta programme' } },
  );
  ids.group = createGroup.id;
  await gqlOk(admin.client, `mutation($i: GroupMemberInput!) { addGroupMember(input: $i) { id } }`, {
    i: { groupId: ids.group, accountId: insider.id },
  });
  await gqlOk(
    admin.client,
    `mutation($i: SetCategoryPermissionsInput!) { setCategoryPermissions(input: $i) { id } }`,
    { i: { categoryId: ids.category, read: [ids.group], post: [] } },
  );
  ids.thread = await askQuestion(t, insider, {
    categoryId: ids.category,
    title: `The ${WORD} build crashes at start`,
    body: `Since the ${WORD} build my phone crashes after the splash screen. Any idea?`,
    tags: ['beta'],
  });
  ids.answer = await answer(employee, ids.thread, `Thanks, the ${WORD} crash is fixed in build 42.`);
  // The insider's public activity, so their profile has something outsiders may see.
  ids.publicThread = await askQuestion(t, insider, { title: 'A public question about routers' });
  // The staff upvote gives the insider reputation from the private thread.
  await gqlOk(employee.client, `mutation($i: VoteInput!) { vote(input: $i) { score } }`, {
    i: { targetId: ids.thread, value: 'UP' },
  });
  const { publishAnnouncement } = await gqlOk(
    employee.client,
    `mutation($i: PublishAnnouncementInput!) { publishAnnouncement(input: $i) { id } }`,
    { i: { categoryId: ids.category, title: `Beta ${WORD} release notes`, body: `What is new in ${WORD}.` } },
  );
  ids.announcement = publishAnnouncement.id;
  // Moderators featured and pinned it before it went private (or staff did): lists must still hide it.
  await t.dataSource.query(
    `UPDATE threads SET featured_at = now(), pinned_until = now() + interval '1 day' WHERE id = ANY($1)`,
    [[ids.thread, ids.announcement]],
  );
  await t.app.get(SearchIndexer).drain();
}, 120_000);
afterAll(() => t.close());

type Who = 'guest' | 'outsider' | 'moderator' | 'insider' | 'employee';
const clientOf = (who: Who): GqlClient =>
  ({
    guest,
    outsider: outsider.client,
    moderator: moderator.client,
    insider: insider.client,
    employee: employee.client,
  })[who];

interface Surface {
  /** A GraphQL operation, or an HTTP path (starting with /). */
  graphql?: string;
  http?: string;
  variables?: () => Record<string, unknown>;
  /** Whether a member of the group finds the word there (sitemaps are built for visitors: never). */
  insiderFinds?: boolean;
  /** An HTTP status outsiders get instead (the thread page: 404). */
  outsiderStatus?: number;
  /**
   * What must not show (default: the word and the thread's id). Pages that echo what was asked for (the id in a
   * 404 page's sign-in link, the query on the search page) look for the thread's other words instead.
   */
  secrets?: () => string[];
}

const TITLE_WORDS = 'crashes at start';

const T = 'id title';
/** Every surface a thread (or what is in it) can be read through, as a visitor or member reaches it. */
const SURFACES: Record<string, Surface> = {
  'Query.thread': {
    graphql: `query($id: ID!) { thread(id: $id) { ${T} body } }`,
    variables: () => ({ id: ids.thread }),
  },
  'Query.threads': { graphql: `{ threads(first: 50) { totalCount edges { node { ${T} } } } }` },
  'Query.threads(POPULAR)': { graphql: `{ threads(first: 50, sort: POPULAR) { edges { node { ${T} } } } }` },
  'Query.threads(category)': {
    graphql: `query($c: ID!) { threads(first: 50, filter: { categoryId: $c }) { totalCount edges { node { ${T} } } } }`,
    variables: () => ({ c: ids.category }),
  },
  'Query.threads(tag)': {
    graphql: `{ threads(first: 50, filter: { tag: "beta" }) { edges { node { ${T} } } } }`,
  },
  'Query.categories': { graphql: `{ categories { id name description } }` },
  'Query.category': {
    graphql: `query($s: String!) { category(slug: $s) { id name description threadCount } }`,
    variables: () => ({ s: slug }),
  },
  'Query.search': {
    graphql: `query($q: String!) { search(query: $q, first: 10) { estimatedTotal
      facets { category { value label count } tag { value count } }
      edges { node { titleHtml snippetHtml thread { ${T} } } } } }`,
    variables: () => ({ q: WORD }),
  },
  'Query.similarThreads': {
    graphql: `query($t: String!) { similarThreads(input: { title: $t }) { ${T} } }`,
    variables: () => ({ t: `${WORD} build crashes` }),
  },
  'Query.featuredThreads': { graphql: `{ featuredThreads { ${T} } }` },
  'Query.pinnedThreads': { graphql: `{ pinnedThreads { ${T} } }` },
  'Query.answer': {
    graphql: `query($id: ID!) { answer(id: $id) { id body thread { ${T} } } }`,
    variables: () => ({ id: ids.answer }),
  },
  'Query.announcements': { graphql: `{ announcements(first: 50) { edges { node { id title } } } }` },
  'Query.pinnedAnnouncements': { graphql: `{ pinnedAnnouncements { id title } }` },
  'Query.announcement': {
    graphql: `query($id: ID!) { announcement(id: $id) { id title } }`,
    variables: () => ({ id: ids.announcement }),
  },
  'Account.threads': {
    graphql: `query($h: String!) { account(handle: $h) { threads(first: 50) { totalCount edges { node { ${T} } } } } }`,
    variables: () => ({ h: insider.handle }),
  },
  'Account.answers': {
    graphql: `query($h: String!) { account(handle: $h) { answers(first: 50) { totalCount edges { node { id body thread { ${T} } } } } } }`,
    variables: () => ({ h: employee.handle }),
  },
  'Account.reputationHistory': {
    graphql: `query($h: String!) { account(handle: $h) { reputationHistory(first: 50) { edges { node { reason thread { ${T} } } } } } }`,
    variables: () => ({ h: insider.handle }),
  },
  // HTTP: server-rendered pages (with their JSON-LD), feeds, public JSON and sitemaps.
  'GET /t/:id': { http: '/t/$thread', outsiderStatus: 404, secrets: () => [WORD, TITLE_WORDS] },
  'GET /': { http: '/', insiderFinds: false },
  'GET /latest': { http: '/latest' },
  'GET /popular': { http: '/popular' },
  'GET /c/:slug': { http: '/c/$slug', outsiderStatus: 404 },
  'GET /tags/:tag': { http: '/tags/beta' },
  'GET /search': { http: `/search?q=$word`, secrets: () => [ids.thread, TITLE_WORDS] },
  'GET /u/:handle': { http: '/u/$insider', insiderFinds: false },
  // Feeds and public JSON are for everyone and hold public announcements only (no session is read).
  'GET /announcements.atom': { http: '/announcements.atom', insiderFinds: false },
  'GET /announcements/:id.json': {
    http: '/announcements/$announcement.json',
    outsiderStatus: 404,
    insiderFinds: false,
    secrets: () => [WORD],
  },
  'GET /sitemap.xml': { http: '/sitemap.xml', insiderFinds: false },
  'GET /sitemaps/pages.xml': { http: '/sitemaps/pages.xml', insiderFinds: false },
  'GET /sitemaps/threads-1.xml': { http: '/sitemaps/threads-1.xml', insiderFinds: false },
};

/**
 * Fields that return threads (or what is in them) but are not surfaces of their own: reached only through a
 * thread, answer or account already in SURFACES (so already hidden), or staff-only consoles (employees and admins
 * see every category), or mutations (refused with NOT_FOUND through the same guardian check).
 */
const REACHED_THROUGH: Record<string, string> = {
  'Thread.acceptedAnswer': 'a field of a thread already hidden',
  'Thread.answers': 'a field of a thread already hidden',
  'Thread.comments': 'a field of a thread already hidden',
  'Thread.duplicateOf': 'findVisible: a private original is null',
  'Thread.category': 'a field of a thread already hidden',
  'Answer.thread': 'a field of an answer already hidden (Query.answer, Account.answers)',
  'Answer.comments': 'a field of an answer already hidden',
  'ReputationEvent.thread': 'Account.reputationHistory',
  'Announcement.thread': 'a field of an announcement already hidden',
  'Announcement.category': 'a field of an announcement already hidden',
  'SearchHit.thread': 'Query.search',
  'SatisfactionRating.thread': 'a field of a thread already hidden',
  'Notification.thread':
    'findVisible; notifications are only created for readers (fan-out asks the guardian)',
  'FlagGroup.thread': 'findVisible; the flag queue lists only flags in readable categories',
  'ModerationAction.thread': 'moderation log: findVisible',
  'PrivateConversation.thread': 'care follow-ups: staff and the customer who asked (who can read it)',
  'CareQueueItem.thread': 'staff only: employees and admins see every category',
  'CommunityAnalytics.mostNegativeThreads': 'staff only: employees and admins see every category',
  'CustomerHistory.threads': 'staff only: employees and admins see every category',
};

/** Every string in a response, to look for the word or the thread's id. */
const text = (value: unknown): string => JSON.stringify(value ?? null);

async function read(surface: Surface, who: Who): Promise<{ status: number; body: string }> {
  const client = clientOf(who);
  if (surface.graphql) {
    const result = await client.gql(surface.graphql, surface.variables?.() ?? {});
    return { status: 200, body: text(result) };
  }
  const path = surface
    .http!.replace('$thread', ids.thread)
    .replace('$slug', slug)
    .replace('$word', WORD)
    .replace('$insider', insider.handle)
    .replace('$announcement', ids.announcement);
  const res = await fetch(`${t.baseUrl}${path}`, {
    headers: { accept: 'text/html', ...(client.cookie ? { cookie: client.cookie } : {}) },
    redirect: 'follow',
  });
  return { status: res.status, body: await res.text() };
}

describe('private categories: the leak table', () => {
  it('lists every field of the schema that returns threads, answers, comments, categories or search results', async () => {
    const { __schema } =
      await guest.ok(`{ __schema { queryType { name } types { name kind fields { name type {
      name ofType { name ofType { name ofType { name ofType { name } } } } } } } } }`);
    type TypeRef = { name: string | null; ofType?: TypeRef | null };
    const named = (ref: TypeRef): string => ref.name ?? named(ref.ofType!);
    const targets = new Set([
      'Thread',
      'ThreadConnection',
      'Answer',
      'AnswerConnection',
      'Comment',
      'Category',
      'Announcement',
      'AnnouncementConnection',
      'SearchResults',
      'ReputationEventConnection',
    ]);
    const fields = (
      __schema.types as { name: string; kind: string; fields: { name: string; type: TypeRef }[] | null }[]
    )
      .filter(
        (type) =>
          type.kind === 'OBJECT' &&
          !type.name.startsWith('__') &&
          !type.name.endsWith('Edge') &&
          type.name !== 'Mutation' &&
          type.name !== 'Subscription',
      )
      .flatMap((type) =>
        (type.fields ?? []).filter((f) => targets.has(named(f.type))).map((f) => `${type.name}.${f.name}`),
      );
    const covered = new Set([
      ...Object.keys(SURFACES).map((k) => k.replace(/\(.*\)$/, '')),
      ...Object.keys(REACHED_THROUGH),
    ]);
    expect(fields.length).toBeGreaterThan(20);
    expect(fields.filter((f) => !covered.has(f)).sort()).toEqual([]);
  });

  for (const [name, surface] of Object.entries(SURFACES)) {
    for (const who of ['guest', 'outsider', 'moderator'] as const) {
      it(`${name}: a ${who} outside the group finds nothing`, async () => {
        const { status, body } = await read(surface, who);
        for (const secret of surface.secrets?.() ?? [WORD, ids.thread]) expect(body).not.toContain(secret);
        if (surface.outsiderStatus) expect(status).toBe(surface.outsiderStatus);
      });
    }
    if (surface.insiderFinds !== false) {
      it(`${name}: a member of the group finds it`, async () => {
        const { status, body } = await read(surface, 'insider');
        expect(status).toBe(200);
        expect(body).toContain(surface.http === '/search?q=$word' ? TITLE_WORDS : WORD);
      });
    }
  }

  it('counts and reputation do not reveal private activity', async () => {
    const rep = `query($h: String!) { account(handle: $h) { reputation } unansweredCount }`;
    const seen = async (who: Who) =>
      (await clientOf(who).ok(rep, { h: insider.handle })) as {
        account: { reputation: number };
        unansweredCount: number;
      };
    const [g, o, i, e] = await Promise.all(
      ['guest', 'outsider', 'insider', 'employee'].map((w) => seen(w as Who)),
    );
    // The staff upvote on the private question (+5) shows to the insider and staff only.
    expect(i.account.reputation).toBe(e.account.reputation);
    expect(g.account.reputation).toBe(e.account.reputation - 5);
    expect(o.account.reputation).toBe(g.account.reputation);
    // The private question is answered; the public one is not: the same count for everyone here.
    expect(g.unansweredCount).toBe(o.unansweredCount);
  });

  it('staff see the private thread; a member of the group may post there, an outsider may not', async () => {
    const { thread } = await employee.client.ok(`query($id: ID!) { thread(id: $id) { id } }`, {
      id: ids.thread,
    });
    expect(thread.id).toBe(ids.thread);
    const refused = await outsider.client.gql(
      `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
      {
        i: {
          kind: 'QUESTION',
          categoryId: ids.category,
          title: 'Can I post in the beta lounge?',
          body: 'Trying.',
        },
      },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const answered = await outsider.client.gql(
      `mutation($i: PostAnswerInput!) { postAnswer(input: $i) { id } }`,
      { i: { threadId: ids.thread, body: 'Guessing the id.' } },
    );
    expect(answered.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const own = await insider.client.gql(`mutation($i: PostAnswerInput!) { postAnswer(input: $i) { id } }`, {
      i: { threadId: ids.thread, body: 'Same here on build 41.' },
    });
    expect(own.errors).toBeUndefined();
  });

  it('removing someone from the group hides it from them at once', async () => {
    const leaver = await createAccount(t);
    const input = { groupId: ids.group, accountId: leaver.id };
    await admin.client.ok(`mutation($i: GroupMemberInput!) { addGroupMember(input: $i) { id } }`, {
      i: input,
    });
    const q = `query($id: ID!) { thread(id: $id) { id } }`;
    expect((await leaver.client.ok(q, { id: ids.thread })).thread?.id).toBe(ids.thread);
    await leaver.client.ok(`mutation($i: GroupMemberInput!) { removeGroupMember(input: $i) { id } }`, {
      i: input,
    });
    const after = await leaver.client.gql(q, { id: ids.thread });
    expect(after.data?.thread).toBeNull();
  });

  it("reads a signed-in viewer's access with their session: one statement, no second query for it", async () => {
    const q = `query($id: ID!) { thread(id: $id) { id } }`;
    for (const [who, sees] of [
      [insider, true],
      [outsider, false],
    ] as const) {
      const { result, queries } = await t.countQueries(() => who.client.ok(q, { id: ids.thread }));
      expect(result.thread?.id ?? null).toBe(sees ? ids.thread : null);
      const reading = queries.filter((sql) => /\bcategory_permissions\b/.test(sql));
      expect(reading).toHaveLength(1);
      expect(reading[0]).toMatch(/\bFROM "sessions"/);
    }
  });

  it('the group is private: outsiders do not see it or its members', async () => {
    const q = `query($id: ID!) { group(id: $id) { id name members { handle } } groups { id } }`;
    const o = await outsider.client.ok(q, { id: ids.group });
    expect(o.group).toBeNull();
    expect(text(o.groups)).not.toContain(ids.group);
    const i = await insider.client.ok(q, { id: ids.group });
    expect(i.group.members.map((m: { handle: string }) => m.handle)).toContain(insider.handle);
  });
});
