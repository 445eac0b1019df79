import {
  createAccount,
  createTestApp,
  freeTcpPort,
  graphqlClient,
  startOidcProvider,
  TestApp,
  TestOidcProvider,
} from '@community/testing';

let t: TestApp;
let provider: TestOidcProvider;
beforeAll(async () => {
  // The provider's port is chosen first: the app needs the issuer, the provider needs the app's callback URL.
  const port = await freeTcpPort();
  t = await createTestApp({
    oidc: {
      issuer: `http://127.0.0.1:${port}`,
      clientId: 'community-test',
      clientSecret: 'community-test-secret-that-is-long-enough',
      buttonLabel: 'Sign in with Acme ID',
    },
  });
  provider = await startOidcProvider(`${t.baseUrl}/auth/oidc/callback`, port);
}, 60_000);
afterAll(async () => {
  await provider?.close();
  await t?.close();
});
afterEach(() => {
  t.config.oidcOnly = false;
});

/** A browser's cookie jar, enough for two hosts on 127.0.0.1 whose cookie names differ. */
class Jar {
  cookies = new Map<string, string>();
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  take(res: Response): void {
    for (const set of res.headers.getSetCookie()) {
      const [pair] = set.split(';');
      const i = pair.indexOf('=');
      const [name, value] = [pair.slice(0, i), pair.slice(i + 1)];
      if (!value || /expires=Thu, 01 Jan 1970/i.test(set)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  async get(url: string): Promise<string | null> {
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: this.header() } });
    this.take(res);
    return res.headers.get('location');
  }
}

/** Follows the redirects from /auth/oidc/start through the provider until it sends the browser back. */
async function untilCallback(jar: Jar, next = '/'): Promise<string> {
  let url = `${t.baseUrl}/auth/oidc/start?next=${encodeURIComponent(next)}`;
  for (let hops = 0; hops < 12; hops++) {
    const location = await jar.get(url);
    if (!location) throw new Error(`No redirect from ${url}`);
    url = new URL(location, url).href;
    if (url.startsWith(`${t.baseUrl}/auth/oidc/callback`)) return url;
  }
  throw new Error('Too many redirects');
}

async function me(jar: Jar) {
  const res = await fetch(`${t.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: jar.header() },
    body: JSON.stringify({ query: '{ me { id handle displayName email } }' }),
  });
  return (
    (await res.json()) as {
      data: { me: { id: string; handle: string; displayName: string; email: string } | null };
    }
  ).data.me;
}

const identities = (subject: string) =>
  t.dataSource.query('SELECT account_id FROM account_identities WHERE subject = $1', [subject]);

describe('OpenID Connect sign-in against a real provider', () => {
  it('provisions a new person from the claims, and signs the same person in again', async () => {
    await provider.nextLogin({
      sub: 'alice-1',
      email: 'alice.sso@example.com',
      email_verified: true,
      name: 'Alice Example',
      preferred_username: 'Alice.Example',
    });
    const jar = new Jar();
    const callback = await untilCallback(jar, '/settings');
    expect(await jar.get(callback)).toBe('/settings');
    expect(jar.cookies.has('community_oidc')).toBe(false);
    const first = await me(jar);
    expect(first).toMatchObject({
      handle: 'alice_example',
      displayName: 'Alice Example',
      email: 'alice.sso@example.com',
    });

    const again = new Jar();
    expect(await again.get(await untilCallback(again))).toBe('/');
    expect((await me(again))?.id).toBe(first?.id);
    expect(await identities('alice-1')).toEqual([{ account_id: first?.id }]);
  });

  it('links an existing account only when the provider verified the email', async () => {
    const existing = await createAccount(t);
    await provider.nextLogin({
      sub: 'mallory-1',
      email: existing.email,
      email_verified: false,
      name: 'Not Them',
    });
    const refused = new Jar();
    const location = await refused.get(await untilCallback(refused));
    expect(location).toMatch(/^\/signin\?sso_error=/);
    expect(decodeURIComponent(location ?? '')).toMatch(/has not verified the email/);
    expect(await me(refused)).toBeNull();
    expect(await identities('mallory-1')).toEqual([]);

    await provider.nextLogin({
      sub: 'owner-1',
      email: existing.email.toUpperCase(),
      email_verified: true,
      name: 'Owner',
    });
    const linked = new Jar();
    expect(await linked.get(await untilCallback(linked))).toBe('/');
    expect((await me(linked))?.id).toBe(existing.id);
    expect(await identities('owner-1')).toEqual([{ account_id: existing.id }]);
  });

  it('refuses a tampered state, a wrong nonce and a replayed code', async () => {
    await provider.nextLogin({
      sub: 'bob-1',
      email: 'bob.sso@example.com',
      email_verified: true,
      name: 'Bob',
    });

    const tampered = new Jar();
    const url = new URL(await untilCallback(tampered));
    url.searchParams.set('state', 'not-the-state-we-sent');
    expect(await tampered.get(url.href)).toMatch(/^\/signin\?sso_error=/);
    expect(await me(tampered)).toBeNull();

    const wrongNonce = new Jar();
    const callback = await untilCallback(wrongNonce);
    const pending = JSON.parse(decodeURIComponent(wrongNonce.cookies.get('community_oidc') ?? ''));
    wrongNonce.cookies.set(
      'community_oidc',
      encodeURIComponent(JSON.stringify({ ...pending, nonce: 'forged-nonce' })),
    );
    expect(await wrongNonce.get(callback)).toMatch(/^\/signin\?sso_error=/);
    expect(await me(wrongNonce)).toBeNull();

    const replay = new Jar();
    const used = await untilCallback(replay);
    const savedPending = replay.cookies.get('community_oidc') ?? '';
    expect(await replay.get(used)).toBe('/');
    const attacker = new Jar();
    attacker.cookies.set('community_oidc', savedPending);
    expect(await attacker.get(used)).toMatch(/^\/signin\?sso_error=/);
    expect(await me(attacker)).toBeNull();
    expect(
      await t.dataSource.query(`SELECT count(*)::int AS n FROM accounts WHERE email = 'bob.sso@example.com'`),
    ).toEqual([{ n: 1 }]);
  });

  it('OIDC_ONLY turns off local passwords for members, but admins keep a break-glass sign-in', async () => {
    const member = await createAccount(t);
    const admin = await createAccount(t, { role: 'ADMIN' });
    t.config.oidcOnly = true;
    const signIn = 'mutation($i: SignInInput!) { signIn(input: $i) { id } }';
    const refused = await graphqlClient(t.baseUrl).gql(signIn, {
      i: { email: member.email, password: member.password },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(/Sign in with Acme ID/);
    const breakGlass = await graphqlClient(t.baseUrl).gql(signIn, {
      i: { email: admin.email, password: admin.password },
    });
    expect(breakGlass.data?.signIn).toEqual({ id: admin.id });
    const signUp = await graphqlClient(t.baseUrl).gql(
      'mutation($i: SignUpInput!) { signUp(input: $i) { id } }',
      {
        i: {
          email: 'new.local@example.com',
          handle: 'new_local',
          displayName: 'New',
          password: 'long enough password',
        },
      },
    );
    expect(signUp.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { community } = await graphqlClient(t.baseUrl).ok(
      '{ community { singleSignOn { buttonLabel startUrl only } } }',
    );
    expect(community.singleSignOn).toEqual({
      buttonLabel: 'Sign in with Acme ID',
      startUrl: '/auth/oidc/start',
      only: true,
    });
  });

  it('unlinks an identity from settings, but never the only way to sign in', async () => {
    const METHODS = '{ signInMethods { hasPassword identities { id provider issuer lastSignInAt } } }';
    const UNLINK = `mutation($i: UnlinkIdentityInput!) { unlinkIdentity(input: $i) {
      hasPassword identities { id } } }`;
    const gql = async (jar: Jar, query: string, variables: Record<string, unknown> = {}) => {
      const res = await fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: jar.header(),
          'apollo-require-preflight': '1',
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as {
        data?: Record<string, { hasPassword: boolean; identities: { id: string; provider: string }[] }>;
        errors?: { message: string; extensions: { code: string } }[];
      };
    };

    // Provisioned by the provider: no local password, one identity, which is then the only way in.
    await provider.nextLogin({ sub: 'carol-1', email: 'carol.sso@example.com', email_verified: true });
    const jar = new Jar();
    await jar.get(await untilCallback(jar));
    const methods = (await gql(jar, METHODS)).data!.signInMethods;
    expect(methods).toMatchObject({ hasPassword: false, identities: [{ provider: 'Acme ID' }] });
    const [identity] = methods.identities;
    const refused = await gql(jar, UNLINK, { i: { id: identity.id } });
    expect(refused.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toMatch(/only way to sign in.*Set a password first/);
    expect(await identities('carol-1')).toHaveLength(1);
    // Nor can the account sign in with a password it does not have, or change it.
    const local = await graphqlClient(t.baseUrl).gql(
      'mutation($i: SignInInput!) { signIn(input: $i) { id } }',
      {
        i: { email: 'carol.sso@example.com', password: 'x'.repeat(12) },
      },
    );
    expect(local.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    // Someone else's identity is not found for them, and changes nothing.
    const other = await createAccount(t);
    const notMine = await other.client.gql(UNLINK, { i: { id: identity.id } });
    expect(notMine.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await identities('carol-1')).toHaveLength(1);
    // Visitors are asked to sign in.
    expect((await gql(new Jar(), UNLINK, { i: { id: identity.id } })).errors?.[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );

    // With a password set (by the emailed reset link), the identity can go; the password still signs in.
    await graphqlClient(t.baseUrl).ok(
      'mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }',
      {
        i: { email: 'carol.sso@example.com' },
      },
    );
    const [mail] = await t.dataSource.query(
      `SELECT text_body FROM mail_messages WHERE to_address = 'carol.sso@example.com' AND purpose = 'PASSWORD_RESET'`,
    );
    const token = /reset-password\?token=([\w-]+)/.exec(mail.text_body)![1];
    await graphqlClient(t.baseUrl).ok('mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }', {
      i: { token, password: 'carol has a password now' },
    });
    await jar.get(await untilCallback(jar)); // the reset signed every session out: sign in with the provider again
    expect((await gql(jar, METHODS)).data!.signInMethods.hasPassword).toBe(true);
    const unlinked = await gql(jar, UNLINK, { i: { id: identity.id } });
    expect(unlinked.data?.unlinkIdentity).toEqual({ hasPassword: true, identities: [] });
    expect(await identities('carol-1')).toEqual([]);
    const withPassword = await graphqlClient(t.baseUrl).gql(
      'mutation($i: SignInInput!) { signIn(input: $i) { handle } }',
      { i: { email: 'carol.sso@example.com', password: 'carol has a password now' } },
    );
    expect(withPassword.errors).toBeUndefined();
  });
});
