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
});
