import { createTestApp, GqlClient, TestApp } from '@community/testing';
import { AccountEntity, Role } from './account.entity';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { id handle displayName role email reputation } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { id handle } }`;
const ME = `{ me { id handle displayName role email } }`;
const SET_ROLE = `mutation($input: SetRoleInput!) { setRole(input: $input) { id role jobTitle } }`;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

let n = 0;
const person = (over: Record<string, string> = {}) => {
  n += 1;
  return {
    email: `person${n}@example.com`,
    handle: `person_${n}`,
    displayName: `Person ${n}`,
    password: 'correct horse battery',
    ...over,
  };
};
const accountCount = () => t.dataSource.getRepository(AccountEntity).count();

async function signedUp(
  over: Record<string, string> = {},
): Promise<{ client: GqlClient; input: ReturnType<typeof person>; id: string }> {
  const client = t.client();
  const input = person(over);
  const data = await client.ok<{ signUp: { id: string } }>(SIGN_UP, { input });
  return { client, input, id: data.signUp.id };
}

describe('sign-up', () => {
  it('creates a member, signs them in with an httpOnly SameSite=Lax cookie, and shows their own email', async () => {
    const input = person();
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_UP, variables: { input } }),
    });
    const body = (await res.json()) as {
      data: { signUp: { handle: string; role: string; email: string; reputation: number } };
    };
    expect(body.data.signUp).toMatchObject({
      handle: input.handle,
      role: 'MEMBER',
      email: input.email,
      reputation: 1,
    });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('community_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie!.split(';')[0] },
      body: JSON.stringify({ query: ME }),
    });
    expect(((await me.json()) as { data: { me: { handle: string } } }).data.me.handle).toBe(input.handle);
  });

  it('stores an argon2id hash, never the password', async () => {
    const { input, id } = await signedUp();
    const [row] = await t.dataSource.query('SELECT password_hash FROM accounts WHERE id = $1', [id]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(input.password);
    // Loading an account (as every page does for authors) never carries the hash.
    expect(await t.dataSource.getRepository(AccountEntity).findOneByOrFail({ id })).not.toHaveProperty(
      'passwordHash',
    );
  });

  it.each([
    ['empty email', { email: '' }, 'email', /Email is required/],
    ['malformed email', { email: 'not-an-email' }, 'email', /valid address/],
    ['short handle', { handle: 'ab' }, 'handle', /3–30 characters/],
    ['handle with capitals', { handle: 'Bad_Handle' }, 'handle', /lower-case/],
    ['handle with spaces', { handle: 'bad handle' }, 'handle', /lower-case/],
    ['empty display name', { displayName: '' }, 'displayName', /Display name is required/],
    ['short password', { password: 'short1234' }, 'password', /at least 10 characters/],
    ['empty password', { password: '' }, 'password', /Password is required/],
  ])(
    'refuses %s with BAD_USER_INPUT naming the field, storing nothing',
    async (_name, over, field, message) => {
      const before = await accountCount();
      const res = await t.client().gql(SIGN_UP, { input: person(over) });
      expect(res.data).toBeFalsy();
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toMatch(message);
      expect(res.errors?.[0].extensions?.fields).toEqual(
        expect.arrayContaining([expect.objectContaining({ field })]),
      );
      expect(await accountCount()).toBe(before);
    },
  );

  it('refuses a duplicate email case-insensitively and a duplicate handle, storing nothing', async () => {
    const { input } = await signedUp();
    const before = await accountCount();

    const sameEmail = await t.client().gql(SIGN_UP, { input: person({ email: input.email.toUpperCase() }) });
    expect(sameEmail.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(sameEmail.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'email' })]);
    expect(sameEmail.errors?.[0].message).toMatch(/already exists/);

    const sameHandle = await t.client().gql(SIGN_UP, { input: person({ handle: input.handle }) });
    expect(sameHandle.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(sameHandle.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'handle' })]);
    expect(sameHandle.errors?.[0].message).toMatch(/is taken/);

    expect(await accountCount()).toBe(before);
  });

  it('never returns a stack trace outside development', async () => {
    const res = await t.client().gql(SIGN_UP, { input: person({ email: 'nope' }) });
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at \w+ \(/);
  });
});

describe('sign-in and sign-out', () => {
  it('signs in with any letter case of the email, and sign-out ends the session on the server', async () => {
    const { input } = await signedUp();
    const client = t.client();
    await client.ok(SIGN_IN, { input: { email: input.email.toUpperCase(), password: input.password } });
    expect((await client.ok<{ me: { handle: string } }>(ME)).me.handle).toBe(input.handle);

    const stolenCookie = client.cookie;
    expect((await client.ok<{ signOut: boolean }>('mutation { signOut }')).signOut).toBe(true);
    expect((await client.ok<{ me: null }>(ME)).me).toBeNull();

    // The old cookie no longer works: the session row is gone, not just the browser's copy.
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: stolenCookie },
      body: JSON.stringify({ query: ME }),
    });
    expect(((await res.json()) as { data: { me: null } }).data.me).toBeNull();
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const { input } = await signedUp();
    const wrong = await t
      .client()
      .gql(SIGN_IN, { input: { email: input.email, password: 'wrong password!' } });
    const unknown = await t
      .client()
      .gql(SIGN_IN, { input: { email: 'nobody@example.com', password: 'wrong password!' } });
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
  });

  it('rate limits attempts per email with RATE_LIMITED saying when to retry', async () => {
    const { input } = await signedUp();
    for (let i = 0; i < 5; i++) {
      const res = await t
        .client({ forwardedFor: `10.0.0.${i}` })
        .gql(SIGN_IN, { input: { email: input.email, password: 'wrong password!' } });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const limited = await t
      .client()
      .gql(SIGN_IN, { input: { email: input.email, password: input.password } });
    expect(limited.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(limited.errors?.[0].message).toMatch(/Try again in \d+ (seconds|minutes)/);
    expect(limited.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe('per-address rate limit', () => {
  let proxied: TestApp;
  beforeAll(async () => {
    proxied = await createTestApp({ trustProxy: true });
  });
  afterAll(() => proxied.close());

  it('limits sign-in attempts from one client address across many emails, not other addresses', async () => {
    for (let i = 0; i < 30; i++) {
      const res = await proxied
        .client({ forwardedFor: '203.0.113.7' })
        .gql(SIGN_IN, { input: { email: `x${i}@example.com`, password: 'wrong password!' } });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const limited = await proxied
      .client({ forwardedFor: '203.0.113.7' })
      .gql(SIGN_IN, { input: { email: 'y@example.com', password: 'wrong password!' } });
    expect(limited.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    const other = await proxied
      .client({ forwardedFor: '198.51.100.1' })
      .gql(SIGN_IN, { input: { email: 'y@example.com', password: 'wrong password!' } });
    expect(other.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('roles', () => {
  async function admin(): Promise<GqlClient> {
    const { client, id } = await signedUp();
    await t.dataSource.getRepository(AccountEntity).update({ id }, { role: Role.ADMIN });
    return client;
  }

  it('lets an admin make someone an employee with a job title', async () => {
    const a = await admin();
    const { id } = await signedUp();
    const res = await a.ok<{ setRole: { role: string; jobTitle: string } }>(SET_ROLE, {
      input: { accountId: id, role: 'EMPLOYEE', jobTitle: 'Support Engineer' },
    });
    expect(res.setRole).toEqual({ id, role: 'EMPLOYEE', jobTitle: 'Support Engineer' });
  });

  it('refuses members (FORBIDDEN) and visitors (UNAUTHENTICATED), changing nothing', async () => {
    const { client, id } = await signedUp();
    const member = await client.gql(SET_ROLE, { input: { accountId: id, role: 'ADMIN' } });
    expect(member.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(member.errors?.[0].message).toMatch(/Only admins/);
    const visitor = await t.client().gql(SET_ROLE, { input: { accountId: id, role: 'ADMIN' } });
    expect(visitor.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.dataSource.getRepository(AccountEntity).findOneByOrFail({ id })).role).toBe(Role.MEMBER);
  });

  it('refuses an unknown role, an employee without a job title and an unknown account', async () => {
    const a = await admin();
    const { id } = await signedUp();
    const unknownRole = await a.gql(SET_ROLE, { input: { accountId: id, role: 'OVERLORD' } });
    expect(unknownRole.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknownRole.errors?.[0].message).toMatch(/OVERLORD/);
    const noTitle = await a.gql(SET_ROLE, { input: { accountId: id, role: 'EMPLOYEE' } });
    expect(noTitle.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(noTitle.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'jobTitle' })]);
    const missing = await a.gql(SET_ROLE, {
      input: { accountId: '00000000-0000-4000-8000-000000000000', role: 'MODERATOR' },
    });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.dataSource.getRepository(AccountEntity).findOneByOrFail({ id })).role).toBe(Role.MEMBER);
  });

  it('hides emails from other members', async () => {
    const { id } = await signedUp();
    const { client } = await signedUp();
    const res = await client.gql(SET_ROLE, { input: { accountId: id, role: 'ADMIN' } });
    expect(res.errors).toBeDefined();
    const other = await t.client().ok<{ me: null }>(ME);
    expect(other.me).toBeNull();
  });
});
