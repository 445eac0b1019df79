import {
  answer,
  askQuestion,
  createAccount,
  createTestApp,
  graphqlClient,
  TestAccount,
  TestApp,
  VOTE,
} from '@community/testing';
import { ERASED_NAME } from './erasure';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Archive = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const EXPORT = `mutation($i: RequestDataExportInput) { requestDataExport(input: $i) { id downloadUrl expiresAt sizeBytes } }`;
const ERASE = `mutation($i: EraseMyAccountInput!) { eraseMyAccount(input: $i) }`;

/** Every place in the database a string could hide: each text, varchar, citext, json(b) and array column of every table. */
async function whereInDatabase(needle: string): Promise<string[]> {
  const columns: { table_name: string; column_name: string }[] = await t.dataSource.query(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
     JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
     WHERE c.table_schema = 'public' AND tb.table_type = 'BASE TABLE'
       AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
            OR c.udt_name = 'citext')`,
  );
  expect(columns.length).toBeGreaterThan(40);
  const found: string[] = [];
  for (const { table_name, column_name } of columns) {
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM "${table_name}" WHERE strpos(lower("${column_name}"::text), lower($1)) > 0`,
      [needle],
    );
    if (row.n > 0) found.push(`${table_name}.${column_name}`);
  }
  return found;
}

async function download(client: { cookie: string }, url: string) {
  return fetch(`${t.baseUrl}${url}`, { headers: client.cookie ? { cookie: client.cookie } : {} });
}

async function memberWithHistory(
  name: string,
): Promise<{ member: TestAccount; threadId: string; staff: TestAccount }> {
  const member = await createAccount(t, { name });
  const staff = await createAccount(t, { role: 'EMPLOYEE', reputation: 100 });
  const threadId = await askQuestion(t, member, {
    title: 'My router keeps dropping the connection at night',
    body: 'It happens every night around 2am.',
  });
  const answerId = await answer(staff, threadId, 'Please update the firmware first.');
  await member.client.ok(VOTE, { i: { targetId: answerId, value: 'UP' } }).catch(() => undefined);
  const { openPrivateFollowUp } = await staff.client.ok(
    `mutation($i: OpenPrivateFollowUpInput!) { openPrivateFollowUp(input: $i) { id } }`,
    { i: { threadId, body: 'Could you send us your serial number privately?' } },
  );
  await member.client.ok(
    `mutation($i: ReplyPrivateFollowUpInput!) { replyPrivateFollowUp(input: $i) { id } }`,
    { i: { conversationId: openPrivateFollowUp.id, body: `Serial SN-${member.handle}, regards ${name}` } },
  );
  return { member, threadId, staff };
}

describe('export my data', () => {
  it('builds a JSON archive with the person’s thread and private message, downloadable only by them', async () => {
    const { member, threadId } = await memberWithHistory('Paula Exporter');
    const { requestDataExport } = await member.client.ok(EXPORT, { i: {} });
    expect(requestDataExport.downloadUrl).toBe(`/exports/${requestDataExport.id}`);
    expect(new Date(requestDataExport.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);

    const res = await download(member.client, requestDataExport.downloadUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment/);
    const archive = (await res.json()) as Archive;
    expect(archive.profile).toMatchObject({
      id: member.id,
      email: member.email,
      displayName: 'Paula Exporter',
    });
    expect(archive.threads).toEqual([
      expect.objectContaining({ id: threadId, title: 'My router keeps dropping the connection at night' }),
    ]);
    expect(archive.threads[0].revisions).toEqual(expect.any(Array));
    const messages = archive.privateConversations.flatMap(
      (c: { messages: { body: string }[] }) => c.messages,
    );
    expect(messages.map((m: { body: string }) => m.body)).toContain(
      `Serial SN-${member.handle}, regards Paula Exporter`,
    );
    expect(archive.votes).toEqual(expect.any(Array));
    expect(archive.ratings).toEqual(expect.any(Array));

    // Nobody else can fetch it: not a guest, not another member.
    expect((await download({ cookie: '' }, requestDataExport.downloadUrl)).status).toBe(401);
    const other = await createAccount(t);
    expect((await download(other.client, requestDataExport.downloadUrl)).status).toBe(404);
    // Expired links stop working.
    await t.dataSource.query(
      `UPDATE data_exports SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [requestDataExport.id],
    );
    expect((await download(member.client, requestDataExport.downloadUrl)).status).toBe(403);
    const audit = await t.dataSource.query(`SELECT kind FROM privacy_requests WHERE account_id = $1`, [
      member.id,
    ]);
    expect(audit).toEqual([{ kind: 'EXPORT' }]);
  });

  it('lets admins export for a person on request, and nobody else', async () => {
    const member = await createAccount(t);
    const admin = await createAccount(t, { role: 'ADMIN' });
    const refused = await (await createAccount(t)).client.gql(EXPORT, { i: { accountId: member.id } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { requestDataExport } = await admin.client.ok(EXPORT, { i: { accountId: member.id } });
    const archive = (await (await download(admin.client, requestDataExport.downloadUrl)).json()) as Archive;
    expect(archive.profile.id).toBe(member.id);
  });
});

describe('erase my account', () => {
  it('removes the email and name from every column of every table, keeps the public thread anonymously', async () => {
    const name = `Quentin Erasable ${Date.now()}`;
    const { member, threadId, staff } = await memberWithHistory(name);
    await member.client.ok(EXPORT, { i: {} });
    await member.client.ok(`mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret } }`, {
      i: { name: 'cli', scopes: ['READ'] },
    });
    expect(await whereInDatabase(member.email)).not.toEqual([]);
    expect(await whereInDatabase(name)).not.toEqual([]);
    // Group memberships (who is in the beta programme) are personal data: they go too.
    const admin = await createAccount(t, { role: 'ADMIN' });
    const { createGroup } = await admin.client.ok(
      `mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`,
      { i: { name: `Beta programme ${Date.now()}` } },
    );
    await admin.client.ok(`mutation($i: GroupMemberInput!) { addGroupMember(input: $i) { id } }`, {
      i: { groupId: createGroup.id, accountId: member.id },
    });

    const wrong = await member.client.gql(ERASE, { i: { password: 'not my password', deletePosts: false } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.dataSource.query('SELECT erased_at FROM accounts WHERE id = $1', [member.id])).toEqual([
      { erased_at: null },
    ]);

    const erased = await member.client.gql(ERASE, { i: { password: member.password, deletePosts: false } });
    expect(erased.data?.eraseMyAccount).toBe(true);

    expect(await whereInDatabase(member.email)).toEqual([]);
    expect(await whereInDatabase(name)).toEqual([]);
    expect(await whereInDatabase(member.handle)).toEqual([]);
    expect(await whereInDatabase(`SN-${member.handle}`)).toEqual([]);
    expect(
      await t.dataSource.query('SELECT group_id FROM group_members WHERE account_id = $1', [member.id]),
    ).toEqual([]);

    // The public thread stays, under the anonymous name; the session is gone.
    const { thread } = await t
      .client()
      .ok(`query($id: ID!) { thread(id: $id) { title author { displayName } } }`, {
        id: threadId,
      });
    expect(thread).toEqual({
      title: 'My router keeps dropping the connection at night',
      author: { displayName: ERASED_NAME },
    });
    expect((await member.client.ok('{ me { id } }')).me).toBeNull();
    const signIn = await graphqlClient(t.baseUrl).gql(
      'mutation($i: SignInInput!) { signIn(input: $i) { id } }',
      { i: { email: member.email, password: member.password } },
    );
    expect(signIn.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [audit] = await t.dataSource.query(
      `SELECT kind, requested_by_id, details FROM privacy_requests WHERE account_id = $1 AND kind = 'ERASE'`,
      [member.id],
    );
    expect(audit).toMatchObject({ kind: 'ERASE', requested_by_id: member.id });
    expect(audit.details.privateConversations).toBe(1);
    // The employee's side of the conversation is gone with it; the employee is untouched.
    expect(await whereInDatabase(staff.email)).not.toEqual([]);
  });

  it('deletes public posts too when asked, and admins can erase on request with a reason', async () => {
    const member = await createAccount(t, { name: 'Rita Remover' });
    const threadId = await askQuestion(t, member, { title: 'A question Rita wants gone entirely' });
    const admin = await createAccount(t, { role: 'ADMIN' });
    const refused = await member.client.gql(`mutation($i: EraseAccountInput!) { eraseAccount(input: $i) }`, {
      i: { accountId: admin.id, deletePosts: false, reason: 'nope' },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await admin.client.ok(`mutation($i: EraseAccountInput!) { eraseAccount(input: $i) }`, {
      i: { accountId: member.id, deletePosts: true, reason: 'Erasure request by email, ticket 4711' },
    });
    // The search document follows through the search outbox, a moment later.
    for (let i = 0; i < 50 && (await whereInDatabase('Rita wants gone')).length; i++) {
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(await whereInDatabase('Rita wants gone')).toEqual([]);
    const [row] = await t.dataSource.query('SELECT title, deleted_at FROM threads WHERE id = $1', [threadId]);
    expect(row.title).toBe('[deleted]');
    expect(row.deleted_at).not.toBeNull();
    expect(await whereInDatabase('Rita Remover')).toEqual([]);
    const [audit] = await t.dataSource.query(
      `SELECT requested_by_id, reason FROM privacy_requests WHERE account_id = $1`,
      [member.id],
    );
    expect(audit).toEqual({ requested_by_id: admin.id, reason: 'Erasure request by email, ticket 4711' });
  });

  it('without a password, needs a recent sign-in; API tokens cannot erase', async () => {
    const member = await createAccount(t);
    await t.dataSource.query(
      `UPDATE sessions SET created_at = now() - interval '1 hour' WHERE account_id = $1`,
      [member.id],
    );
    const stale = await member.client.gql(ERASE, { i: { deletePosts: false } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(stale.errors?.[0]?.message).toMatch(/sign in again/);
    const { createApiToken } = await member.client.ok(
      `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret } }`,
      { i: { name: 'w', scopes: ['READ', 'WRITE'] } },
    );
    const viaToken = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${createApiToken.secret}` },
      body: JSON.stringify({
        query: ERASE,
        variables: { i: { password: member.password, deletePosts: false } },
      }),
    }).then((r) => r.json() as Promise<{ errors?: { extensions?: { code?: string } }[] }>);
    expect(viaToken.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await t.dataSource.query(`UPDATE sessions SET created_at = now() WHERE account_id = $1`, [member.id]);
    expect((await member.client.ok(ERASE, { i: { deletePosts: false } })).eraseMyAccount).toBe(true);
  });
});
