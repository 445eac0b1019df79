import { createHash } from 'node:crypto';
import { CREATE_THREAD, createAccount, createTestApp, firstCategoryId, TestApp } from '@community/testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const CREATE_TOKEN = `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) {
  token { id name scopes createdAt lastUsedAt } secret } }`;

async function bearer(secret: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${t.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as {
    data?: Record<string, any> | null; // eslint-disable-line @typescript-eslint/no-explicit-any
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  return { status: res.status, setCookie: res.headers.getSetCookie(), ...json };
}

async function threadInput() {
  return {
    kind: 'QUESTION',
    categoryId: await firstCategoryId(t),
    title: 'Can a script ask this question for me?',
    body: 'Posting through an API token.',
    tags: [],
  };
}

describe('API tokens', () => {
  it('a READ token reads but cannot post; the secret is shown once and stored only as its SHA-256', async () => {
    const member = await createAccount(t);
    const { createApiToken } = await member.client.ok(CREATE_TOKEN, { i: { name: 'CLI', scopes: ['READ'] } });
    expect(createApiToken.token).toMatchObject({ name: 'CLI', scopes: ['READ'], lastUsedAt: null });
    const secret: string = createApiToken.secret;
    const [row] = await t.dataSource.query('SELECT secret_hash FROM api_tokens WHERE id = $1', [
      createApiToken.token.id,
    ]);
    expect(row.secret_hash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(await t.dataSource.query('SELECT * FROM api_tokens'))).not.toContain(secret);

    const me = await bearer(secret, '{ me { handle email } }');
    expect(me.data?.me).toEqual({ handle: member.handle, email: member.email });
    expect(me.setCookie).toEqual([]);

    const threadsBefore = Number((await t.dataSource.query('SELECT count(*) FROM threads'))[0].count);
    const post = await bearer(secret, CREATE_THREAD, { i: await threadInput() });
    expect(post.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(post.errors?.[0]?.message).toMatch(/WRITE/);
    expect(Number((await t.dataSource.query('SELECT count(*) FROM threads'))[0].count)).toBe(threadsBefore);

    const { apiTokens } = await member.client.ok('{ apiTokens { id lastUsedAt } }');
    expect(apiTokens).toHaveLength(1);
    expect(apiTokens[0].lastUsedAt).not.toBeNull();
  });

  it('a WRITE token posts as its owner, and never gets a cookie even from sign-in', async () => {
    const member = await createAccount(t);
    const { createApiToken } = await member.client.ok(CREATE_TOKEN, {
      i: { name: 'bot', scopes: ['READ', 'WRITE'] },
    });
    const post = await bearer(createApiToken.secret, CREATE_THREAD, { i: await threadInput() });
    expect(post.errors).toBeUndefined();
    const [thread] = await t.dataSource.query('SELECT author_id FROM threads WHERE id = $1', [
      post.data?.createThread.id,
    ]);
    expect(thread.author_id).toBe(member.id);

    const signIn = await bearer(
      createApiToken.secret,
      'mutation($i: SignInInput!) { signIn(input: $i) { id } }',
      { i: { email: member.email, password: member.password } },
    );
    expect(signIn.data?.signIn.id).toBe(member.id);
    expect(signIn.setCookie).toEqual([]);
  });

  it('a revoked token is refused from the very next request', async () => {
    const member = await createAccount(t);
    const { createApiToken } = await member.client.ok(CREATE_TOKEN, { i: { name: 'x', scopes: ['READ'] } });
    expect((await bearer(createApiToken.secret, '{ me { id } }')).data?.me.id).toBe(member.id);
    const { revokeApiToken } = await member.client.ok(
      'mutation($i: RevokeApiTokenInput!) { revokeApiToken(input: $i) { id revokedAt } }',
      { i: { id: createApiToken.token.id } },
    );
    expect(revokeApiToken.revokedAt).not.toBeNull();
    const after = await bearer(createApiToken.secret, '{ me { id } }');
    expect(after.status).toBe(401);
    expect(after.data?.me).toBeFalsy();
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(after.errors?.[0]?.message).toMatch(/revoked/);
  });

  it('refuses scopes above the owner role, unknown and expired tokens, and tokens minting tokens', async () => {
    const member = await createAccount(t);
    const refused = await member.client.gql(CREATE_TOKEN, { i: { name: 'mod', scopes: ['MODERATE'] } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(/MODERATE/);
    const moderator = await createAccount(t, { role: 'MODERATOR' });
    const admin = await createAccount(t, { role: 'ADMIN' });
    expect(
      (await moderator.client.gql(CREATE_TOKEN, { i: { name: 'a', scopes: ['ADMIN'] } })).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    const ok = await moderator.client.ok(CREATE_TOKEN, { i: { name: 'm', scopes: ['MODERATE'] } });
    expect(ok.createApiToken.token.scopes).toEqual(['MODERATE']);
    expect(
      await t.dataSource.query('SELECT count(*)::int AS n FROM api_tokens WHERE account_id = $1', [
        member.id,
      ]),
    ).toEqual([{ n: 0 }]);

    const unknown = await bearer('cmty_not-a-real-token', '{ me { id } }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const past = await member.client.gql(CREATE_TOKEN, {
      i: { name: 'old', scopes: ['READ'], expiresAt: '2020-01-01T00:00:00Z' },
    });
    expect(past.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const soon = await member.client.ok(CREATE_TOKEN, {
      i: { name: 'soon', scopes: ['READ', 'WRITE'], expiresAt: new Date(Date.now() + 60_000).toISOString() },
    });
    await t.dataSource.query(`UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      soon.createApiToken.token.id,
    ]);
    const expired = await bearer(soon.createApiToken.secret, '{ me { id } }');
    expect(expired.errors?.[0]?.message).toMatch(/expired/);

    const adminToken = await admin.client.ok(CREATE_TOKEN, { i: { name: 'w', scopes: ['WRITE'] } });
    const minted = await bearer(adminToken.createApiToken.secret, CREATE_TOKEN, {
      i: { name: 'child', scopes: ['READ'] },
    });
    expect(minted.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A WRITE token of an admin posts but cannot administer: changing roles needs the ADMIN scope.
    const setRole = await bearer(
      adminToken.createApiToken.secret,
      'mutation($i: SetRoleInput!) { setRole(input: $i) { role } }',
      { i: { accountId: member.id, role: 'MODERATOR' } },
    );
    expect(setRole.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const full = await admin.client.ok(CREATE_TOKEN, { i: { name: 'adm', scopes: ['ADMIN'] } });
    const promoted = await bearer(
      full.createApiToken.secret,
      'mutation($i: SetRoleInput!) { setRole(input: $i) { role } }',
      { i: { accountId: member.id, role: 'MODERATOR' } },
    );
    expect(promoted.data?.setRole.role).toBe('MODERATOR');
  });
});
