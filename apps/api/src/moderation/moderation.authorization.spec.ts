// Every moderation and announcement operation, run as each kind of person, against one table of expected codes.
import { randomBytes } from 'node:crypto';
import {
  createAccount,
  createTestApp,
  firstCategoryId,
  GqlClient,
  TestAccount,
  TestApp,
} from '@community/testing';

type Who = 'visitor' | 'member' | 'employee' | 'moderator' | 'admin';
type Code = null | 'UNAUTHENTICATED' | 'FORBIDDEN';
const WHO: Who[] = ['visitor', 'member', 'employee', 'moderator', 'admin'];

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const MODS: Code[] = [U, F, F, null, null];

/** Expected extensions.code per operation, in the order visitor, member, employee, moderator, admin. */
const TABLE: Record<string, Code[]> = {
  publishAnnouncement: [U, F, null, F, null],
  editAnnouncement: [U, F, null, F, null],
  revokeSigningKey: [U, F, F, F, null],
  flag: [U, F /* below the flag privilege */, null, null, null],
  flagQueue: MODS,
  moderationLog: MODS,
  resolveFlags: MODS,
  hidePost: MODS,
  restorePost: MODS,
  lockThread: MODS,
  unlockThread: MODS,
  closeAsDuplicate: MODS,
  moveThread: MODS,
  editTags: MODS,
  pinThread: MODS,
  unpinThread: MODS,
  featureThread: MODS,
  unfeatureThread: MODS,
  suspendAccount: MODS,
  unsuspendAccount: MODS,
};

let t: TestApp;
let categoryId: string;
let otherCategoryId: string;
let author: TestAccount;
let announcementId: string;
const clients = {} as Record<Who, GqlClient>;

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString();
const reason = 'Authorization table';

async function thread(columns = ''): Promise<string> {
  const [row] = await t.dataSource.query(
    `INSERT INTO threads (category_id, author_id, kind, title, body, body_html ${columns ? ', ' + columns.split('=')[0] : ''})
     VALUES ($1, $2, 'QUESTION', 'A question for moderators', 'Body', '<p>Body</p>' ${columns ? ', ' + columns.split('=')[1] : ''})
     RETURNING id`,
    [categoryId, author.id],
  );
  return row.id;
}

async function member(columns = ''): Promise<string> {
  const tag = randomBytes(4).toString('hex');
  const [row] = await t.dataSource.query(
    `INSERT INTO accounts (email, handle, display_name, password_hash ${columns ? ', ' + columns.split('=')[0] : ''})
     VALUES ($1, $2, 'Subject', 'x' ${columns ? ', ' + columns.split('=')[1] : ''}) RETURNING id`,
    [`s_${tag}@example.com`, `s_${tag}`],
  );
  return row.id;
}

/** Each call gets fresh fixtures, so an allowed call succeeds whatever ran before it. */
const OPERATIONS: Record<string, () => Promise<[string, Record<string, unknown>]>> = {
  publishAnnouncement: async () => [
    'mutation($i: PublishAnnouncementInput!) { publishAnnouncement(input: $i) { id } }',
    { i: { categoryId, title: 'Announcement from the table', body: 'Body' } },
  ],
  editAnnouncement: async () => [
    'mutation($i: EditAnnouncementInput!) { editAnnouncement(input: $i) { id } }',
    { i: { id: announcementId, body: `Edited ${randomBytes(3).toString('hex')}` } },
  ],
  revokeSigningKey: async () => {
    const keyId = randomBytes(8).toString('hex');
    await t.dataSource.query(`INSERT INTO signing_keys (key_id, public_key_pem) VALUES ($1, 'unused')`, [
      keyId,
    ]);
    return [
      'mutation($i: RevokeSigningKeyInput!) { revokeSigningKey(input: $i) { keyId } }',
      { i: { keyId, reason } },
    ];
  },
  flag: async () => [
    'mutation($i: FlagInput!) { flag(input: $i) { id } }',
    { i: { targetId: await thread(), reason: 'SPAM' } },
  ],
  flagQueue: async () => ['{ flagQueue { totalCount } }', {}],
  moderationLog: async () => ['{ moderationLog { totalCount } }', {}],
  resolveFlags: async () => {
    const targetId = await thread();
    await t.dataSource.query(
      `INSERT INTO flags (target_type, target_id, thread_id, account_id, reason) VALUES ('THREAD', $1, $1, $2, 'SPAM')`,
      [targetId, author.id],
    );
    return [
      'mutation($i: ResolveFlagsInput!) { resolveFlags(input: $i) { id } }',
      { i: { targetId, reason } },
    ];
  },
  hidePost: async () => [
    'mutation($i: PostActionInput!) { hidePost(input: $i) { id } }',
    { i: { targetId: await thread(), reason } },
  ],
  restorePost: async () => [
    'mutation($i: PostActionInput!) { restorePost(input: $i) { id } }',
    { i: { targetId: await thread('hidden_at=now()'), reason } },
  ],
  lockThread: async () => [
    'mutation($i: ThreadActionInput!) { lockThread(input: $i) { id } }',
    { i: { threadId: await thread(), reason } },
  ],
  unlockThread: async () => [
    'mutation($i: ThreadActionInput!) { unlockThread(input: $i) { id } }',
    { i: { threadId: await thread('locked_at=now()'), reason } },
  ],
  closeAsDuplicate: async () => [
    'mutation($i: CloseAsDuplicateInput!) { closeAsDuplicate(input: $i) { id } }',
    { i: { threadId: await thread(), duplicateOfId: await thread(), reason, mergeAnswers: true } },
  ],
  moveThread: async () => [
    'mutation($i: MoveThreadInput!) { moveThread(input: $i) { id } }',
    { i: { threadId: await thread(), categoryId: otherCategoryId, reason } },
  ],
  editTags: async () => [
    'mutation($i: EditTagsInput!) { editTags(input: $i) { id } }',
    { i: { threadId: await thread(), tags: ['router', 'wifi'], reason } },
  ],
  pinThread: async () => [
    'mutation($i: PinThreadInput!) { pinThread(input: $i) { id } }',
    { i: { threadId: await thread(), until: tomorrow(), reason } },
  ],
  unpinThread: async () => [
    'mutation($i: ThreadActionInput!) { unpinThread(input: $i) { id } }',
    { i: { threadId: await thread(`pinned_until=now() + interval '1 day'`), reason } },
  ],
  featureThread: async () => [
    'mutation($i: ThreadActionInput!) { featureThread(input: $i) { id } }',
    { i: { threadId: await thread(), reason } },
  ],
  unfeatureThread: async () => [
    'mutation($i: ThreadActionInput!) { unfeatureThread(input: $i) { id } }',
    { i: { threadId: await thread('featured_at=now()'), reason } },
  ],
  suspendAccount: async () => [
    'mutation($i: SuspendAccountInput!) { suspendAccount(input: $i) { id } }',
    { i: { accountId: await member(), until: tomorrow(), reason } },
  ],
  unsuspendAccount: async () => [
    'mutation($i: AccountActionInput!) { unsuspendAccount(input: $i) { id } }',
    { i: { accountId: await member(`suspended_until=now() + interval '1 day'`), reason } },
  ],
};

beforeAll(async () => {
  t = await createTestApp();
  categoryId = await firstCategoryId(t);
  const [other] = await t.dataSource.query(
    `INSERT INTO categories (slug, name, description, position) VALUES ('other', 'Other', 'Elsewhere', 99) RETURNING id`,
  );
  otherCategoryId = other.id;
  author = await createAccount(t, { reputation: 20 });
  clients.visitor = t.client();
  clients.member = (await createAccount(t)).client;
  clients.employee = (await createAccount(t, { role: 'EMPLOYEE' })).client;
  clients.moderator = (await createAccount(t, { role: 'MODERATOR' })).client;
  clients.admin = (await createAccount(t, { role: 'ADMIN' })).client;
  const [op, vars] = await OPERATIONS.publishAnnouncement();
  announcementId = (await clients.employee.ok(op, vars)).publishAnnouncement.id;
});
afterAll(() => t.close());

describe('authorization table', () => {
  it('covers every moderation and announcement mutation of the schema', async () => {
    const { __schema } = await t
      .client()
      .ok('{ __schema { mutationType { fields { name type { name ofType { name } } } } } }');
    type F = { name: string; type: { name: string | null; ofType: { name: string } | null } };
    // Every mutation returning one of this feature's types is ours.
    const ours = (__schema.mutationType.fields as F[])
      .filter((f) =>
        ['Announcement', 'SigningKey', 'Flag', 'ModerationAction'].includes(
          f.type.name ?? f.type.ofType?.name ?? '',
        ),
      )
      .map((f) => f.name);
    expect(ours.length).toBeGreaterThanOrEqual(18);
    expect(Object.keys(TABLE)).toEqual(expect.arrayContaining(ours));
    for (const name of Object.keys(TABLE)) expect(Object.keys(OPERATIONS)).toContain(name);
  });

  for (const [operation, expected] of Object.entries(TABLE)) {
    it(`${operation}: ${WHO.map((w, i) => `${w} → ${expected[i] ?? 'ok'}`).join(', ')}`, async () => {
      const actual: Code[] = [];
      for (const who of WHO) {
        const [query, variables] = await OPERATIONS[operation]();
        const result = await clients[who].gql(query, variables);
        actual.push((result.errors?.[0]?.extensions?.code as Code) ?? null);
        if (!result.errors) expect(result.data?.[operation]).toBeTruthy();
      }
      expect(actual).toEqual(expected);
    });
  }
});
