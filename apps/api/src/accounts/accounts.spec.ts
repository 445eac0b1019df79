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
  // each person signs up from an address of their own, as real people do (sign-ups are limited per address)
  const client = t.client({ forwardedFor: `10.9.${n % 250}.${Math.floor(n / 250) + 1}` });
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

  it('answers a taken address exactly like a new one: same shape, a session, the typed address', async () => {
    const owner = await signedUp();
    const fresh = person({ password: 'a different passphrase' });
    const taken = person({ email: owner.input.email.toUpperCase(), password: 'a different passphrase' });
    const [a, b] = [t.client({ forwardedFor: '10.8.0.1' }), t.client({ forwardedFor: '10.8.0.2' })];
    const newOne = await a.gql(SIGN_UP, { input: fresh });
    const takenOne = await b.gql(SIGN_UP, { input: taken });
    expect(takenOne.errors).toBeUndefined();
    // Same fields, same kinds of values; each shows the address that was typed.
    const shape = (r: typeof newOne) =>
      Object.entries((r.data as { signUp: Record<string, unknown> }).signUp).map(([k, v]) => [k, typeof v]);
    expect(shape(takenOne)).toEqual(shape(newOne));
    expect(takenOne.data).toMatchObject({ signUp: { email: taken.email, handle: taken.handle } });
    expect(await b.ok(ME)).toMatchObject({ me: { handle: taken.handle, email: taken.email } });
    expect(await a.ok(ME)).toMatchObject({ me: { handle: fresh.handle, email: fresh.email } });

    // The address stays the owner's: unchanged, and only its owner can reset the password by it.
    const [row] = await t.dataSource.query('SELECT email FROM accounts WHERE handle = $1', [
      owner.input.handle,
    ]);
    expect(row.email).toBe(owner.input.email);
    // The owner is told; the newcomer's account gets no confirmation link for an address it does not own.
    const mail: { purpose: string; to_address: string; text_body: string }[] = await t.dataSource.query(
      `SELECT purpose, to_address, text_body FROM mail_messages WHERE lower(to_address) = lower($1) ORDER BY id`,
      [owner.input.email],
    );
    expect(mail.map((m) => m.purpose)).toEqual(['VERIFY_EMAIL', 'ACCOUNT_EXISTS']);
    expect(mail[1].text_body).toMatch(/tried to create a new account with this email/);
    expect(mail[1].text_body).toMatch(/reset it/);
    expect(mail[1].text_body).toContain(owner.input.handle);
    const fresher: { purpose: string }[] = await t.dataSource.query(
      'SELECT purpose FROM mail_messages WHERE lower(to_address) = lower($1)',
      [fresh.email],
    );
    expect(fresher.map((m) => m.purpose)).toEqual(['VERIFY_EMAIL']);

    // Both newcomers can sign out and back in with what they typed; so can the owner.
    for (const [client, input] of [
      [a, fresh],
      [b, taken],
    ] as const) {
      await client.ok('mutation { signOut }');
      const back = await client.ok<{ signIn: { handle: string } }>(SIGN_IN, {
        input: { email: input.email, password: input.password },
      });
      expect(back.signIn.handle).toBe(input.handle);
    }
    const ownerBack = await t
      .client({ forwardedFor: '10.8.0.3' })
      .ok<{ signIn: { handle: string } }>(SIGN_IN, {
        input: { email: owner.input.email, password: owner.input.password },
      });
    expect(ownerBack.signIn.handle).toBe(owner.input.handle);
  });

  it('does the same argon2 work for a new and a taken address (two verifications, one hash)', async () => {
    const owner = await signedUp();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const argon2 = require('@node-rs/argon2') as typeof import('@node-rs/argon2');
    const counted = async (input: ReturnType<typeof person>) => {
      const verify = jest.spyOn(argon2, 'verify');
      const hash = jest.spyOn(argon2, 'hash');
      try {
        await t.client({ forwardedFor: '10.8.1.1' }).ok(SIGN_UP, { input });
        return { verify: verify.mock.calls.length, hash: hash.mock.calls.length };
      } finally {
        verify.mockRestore();
        hash.mockRestore();
      }
    };
    const fresh = await counted(person({ password: 'yet another passphrase' }));
    const taken = await counted(person({ email: owner.input.email, password: 'yet another passphrase' }));
    expect(fresh).toEqual({ verify: 2, hash: 1 });
    expect(taken).toEqual(fresh);
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

  it('limits failed attempts per email and address, saying when to retry, without locking the owner out', async () => {
    const { input } = await signedUp();
    const attacker = '203.0.113.66';
    for (let i = 0; i < 5; i++) {
      const res = await t
        .client({ forwardedFor: attacker })
        .gql(SIGN_IN, { input: { email: input.email, password: 'wrong password!' } });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    // the sixth try from the attacker's address is refused, even with the right password
    const limited = await t
      .client({ forwardedFor: attacker })
      .gql(SIGN_IN, { input: { email: input.email, password: input.password } });
    expect(limited.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(limited.errors?.[0].message).toMatch(/Try again in \d+ (seconds|minutes)/);
    expect(limited.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // the owner, from their own address, still signs in
    const owner = await t
      .client({ forwardedFor: '198.51.100.200' })
      .gql(SIGN_IN, { input: { email: input.email, password: input.password } });
    expect(owner.errors).toBeUndefined();
  });

  it('does not count successful sign-ins against the address (an office behind one address)', async () => {
    const office = '192.0.2.99';
    const people = await Promise.all(Array.from({ length: 4 }, () => signedUp()));
    for (let round = 0; round < 10; round++) {
      for (const { input } of people) {
        const res = await t
          .client({ forwardedFor: office })
          .gql(SIGN_IN, { input: { email: input.email, password: input.password } });
        expect(res.errors).toBeUndefined();
      }
    }
  });

  it('signs out everywhere: every session of the account ends', async () => {
    const { client: first, input } = await signedUp();
    const second = t.client();
    await second.ok(SIGN_IN, { input: { email: input.email, password: input.password } });
    const { signOutEverywhere } = await second.ok<{ signOutEverywhere: number }>(
      'mutation { signOutEverywhere }',
    );
    expect(signOutEverywhere).toBe(2);
    expect((await first.ok<{ me: null }>(ME)).me).toBeNull();
    expect((await second.ok<{ me: null }>(ME)).me).toBeNull();
    const guest = await t.client().gql('mutation { signOutEverywhere }');
    expect(guest.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('changing the password ends the other sessions and keeps this one', async () => {
    const { client: here, input } = await signedUp();
    const elsewhere = t.client();
    await elsewhere.ok(SIGN_IN, { input: { email: input.email, password: input.password } });
    const CHANGE = 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }';
    const wrong = await here.gql(CHANGE, {
      i: { currentPassword: 'not my password', newPassword: 'a new long password' },
    });
    expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const { changePassword } = await here.ok<{ changePassword: number }>(CHANGE, {
      i: { currentPassword: input.password, newPassword: 'a new long password' },
    });
    expect(changePassword).toBe(1);
    expect((await here.ok<{ me: { id: string } | null }>(ME)).me).not.toBeNull();
    expect((await elsewhere.ok<{ me: null }>(ME)).me).toBeNull();
    const old = await t.client().gql(SIGN_IN, { input: { email: input.email, password: input.password } });
    expect(old.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await t.client().ok(SIGN_IN, { input: { email: input.email, password: 'a new long password' } });
  });

  it('refuses display names that hide characters, mix alphabets or imitate staff', async () => {
    for (const displayName of [
      '\u200B',
      '\u0410dmin',
      'Acme Support Team ✔ (Official)',
      'Bob\u202Egnp.exe',
    ]) {
      const res = await t.client().gql(SIGN_UP, { input: person({ displayName }) });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual([
        { field: 'displayName', message: expect.any(String) },
      ]);
    }
    const ok = await t.client().ok<{ signUp: { displayName: string } }>(SIGN_UP, {
      input: person({ displayName: 'Ｎｏｒａ  Ｓ.' }),
    });
    expect(ok.signUp.displayName).toBe('Nora S.');
  });
});

describe('per-address rate limit', () => {
  let proxied: TestApp;
  beforeAll(async () => {
    proxied = await createTestApp({ trustProxy: ['loopback'] });
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

describe('TRUST_PROXY as a hop count', () => {
  let behindOne: TestApp;
  beforeAll(async () => {
    behindOne = await createTestApp({ trustProxy: 1 });
  });
  afterAll(() => behindOne.close());

  it('takes the address our proxy saw, so a client cannot pick its own with X-Forwarded-For', async () => {
    // The client prepends a fresh made-up address each time; the proxy appends the real one.
    for (let i = 0; i < 30; i++) {
      const res = await behindOne
        .client({ forwardedFor: `6.6.6.${i}, 203.0.113.9` })
        .gql(SIGN_IN, { input: { email: `z${i}@example.com`, password: 'wrong password!' } });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const limited = await behindOne
      .client({ forwardedFor: '6.6.6.250, 203.0.113.9' })
      .gql(SIGN_IN, { input: { email: 'z@example.com', password: 'wrong password!' } });
    expect(limited.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
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
