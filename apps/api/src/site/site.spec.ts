// The admin console's site settings, logo uploads and limits, against the real API and database.
import { randomBytes } from 'node:crypto';
import {
  createAccount,
  createTestApp,
  firstCategoryId,
  TestAccount,
  TestApp,
  CREATE_THREAD,
} from '@community/testing';

let t: TestApp;
let admin: TestAccount;
let member: TestAccount;
let moderator: TestAccount;

const COMMUNITY = `{ community { name tagline primaryColor accentColor defaultLocale logoUrl } }`;
const UPDATE = `mutation($i: UpdateSiteSettingsInput!) { updateSiteSettings(input: $i) { name primaryColor accentColor defaultLocale } }`;
const UPLOAD = `mutation($i: UploadLogoInput!) { uploadLogo(input: $i) { logoUrl } }`;
const LIMITS = `{ rateLimitSettings { name points duration defaultPoints minPoints maxPoints } }`;
const UPDATE_LIMITS = `mutation($i: UpdateRateLimitsInput!) { updateRateLimits(input: $i) { name points duration } }`;

/** A real 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const SVG_WITH_SCRIPT = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
  <script>alert(document.cookie)</script>
  <circle cx="5" cy="5" r="4" fill="#ff0066" onclick="steal()"/>
  <a xlink:href="javascript:alert(2)"><rect width="2" height="2"/></a>
  <image href="https://tracker.example/p.png"/>
  <foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example"></iframe></foreignObject>
</svg>`;

const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
const upload = (client: TestAccount['client'], filename: string, bytes: Buffer) =>
  client.gql(UPLOAD, { i: { filename, contentBase64: bytes.toString('base64') } });

beforeAll(async () => {
  t = await createTestApp();
  admin = await createAccount(t, { role: 'ADMIN' });
  moderator = await createAccount(t, { role: 'MODERATOR' });
  member = await createAccount(t, {});
}, 60_000);
afterAll(() => t.close());

describe('site settings', () => {
  it('start from the environment and change live for everyone', async () => {
    const before = await t.client().ok(COMMUNITY);
    expect(before.community).toMatchObject({
      name: t.config.community.name,
      primaryColor: t.config.community.primaryColor,
      defaultLocale: 'en',
      logoUrl: null,
    });
    await admin.client.ok(UPDATE, {
      i: { name: 'Northwind Help', primaryColor: '#0B7A3E', accentColor: '#aa00ff', defaultLocale: 'sl' },
    });
    const after = await t.client().ok(COMMUNITY);
    expect(after.community).toMatchObject({
      name: 'Northwind Help',
      tagline: t.config.community.tagline,
      primaryColor: '#0b7a3e',
      accentColor: '#aa00ff',
      defaultLocale: 'sl',
    });
    const audit = await t.dataSource.query(
      `SELECT action, target_type, actor_id, after FROM moderation_actions WHERE target_type = 'SITE' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit[0]).toMatchObject({ action: 'UPDATE_SITE', actor_id: admin.id });
    expect(audit[0].after).toMatchObject({ name: 'Northwind Help', primaryColor: '#0b7a3e' });
    // Errors read in the community's language when the person has not chosen one (no cookie, no Accept-Language).
    const refused = await admin.client.gql(UPDATE, { i: { primaryColor: 'red' } });
    expect(refused.errors![0].message).toBe(
      'Primarna barva mora biti oblike #1f6feb (znak # in šest šestnajstiških števk).',
    );
    // null (or empty) puts the environment's value back.
    await admin.client.ok(UPDATE, { i: { name: null, defaultLocale: null } });
    const restored = (await t.client().ok(COMMUNITY)).community;
    expect(restored).toMatchObject({ name: t.config.community.name, defaultLocale: 'en' });
  });

  it('refuse bad values with what to fix, and change nothing', async () => {
    const before = (await t.client().ok(COMMUNITY)).community;
    for (const [input, field] of [
      [{ primaryColor: 'red' }, 'Primary colour must look like #1f6feb'],
      [{ accentColor: '#12345' }, 'Accent colour must look like'],
      [{ defaultLocale: 'fr' }, 'Default language must be one of en, ru, sl, zh-CN'],
      [{ name: 'x'.repeat(81) }, 'Community name must be 1–80 characters'],
      [{ name: 'Fine', primaryColor: 'nope' }, 'Primary colour'],
    ] as const) {
      const result = await admin.client.gql(UPDATE, { i: input });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].message).toContain(field);
    }
    expect((await t.client().ok(COMMUNITY)).community).toEqual(before);
  });

  it('are admins’ alone', async () => {
    expect(codeOf(await t.client().gql(UPDATE, { i: { name: 'Guest was here' } }))).toBe('UNAUTHENTICATED');
    for (const who of [member, moderator]) {
      expect(codeOf(await who.client.gql(UPDATE, { i: { name: 'Not mine' } }))).toBe('FORBIDDEN');
      expect(codeOf(await who.client.gql(`{ siteSettings { maxLogoBytes } }`))).toBe('FORBIDDEN');
      expect(codeOf(await upload(who.client, 'logo.png', PNG))).toBe('FORBIDDEN');
      expect(codeOf(await who.client.gql(LIMITS))).toBe('FORBIDDEN');
    }
    expect((await t.client().ok(COMMUNITY)).community.name).not.toMatch(/Guest was here|Not mine/);
  });
});

describe('logo uploads', () => {
  it('keep a PNG and serve it at a URL that changes with the logo', async () => {
    const { uploadLogo } = await admin.client.ok(UPLOAD, {
      i: { filename: 'Logo.PNG', contentBase64: PNG.toString('base64') },
    });
    expect(uploadLogo.logoUrl).toMatch(/^\/brand\/logo\/[0-9a-f]{32}$/);
    const res = await fetch(`${t.baseUrl}${uploadLogo.logoUrl}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await t.client().ok(COMMUNITY)).community.logoUrl).toBe(uploadLogo.logoUrl);
  });

  it('refuse a PNG renamed .svg, and keep the logo there was', async () => {
    const before = (await t.client().ok(COMMUNITY)).community.logoUrl;
    const result = await upload(admin.client, 'logo.svg', PNG);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toMatch(/is a PNG image but is named \.svg: rename it \.png/);
    expect((await t.client().ok(COMMUNITY)).community.logoUrl).toBe(before);
  });

  it('refuse an oversized file and one that is no image, saying why', async () => {
    const before = (await t.client().ok(COMMUNITY)).community.logoUrl;
    const big = Buffer.concat([PNG, randomBytes(270 * 1024)]);
    const oversized = await upload(admin.client, 'big.png', big);
    expect(codeOf(oversized)).toBe('BAD_USER_INPUT');
    expect(oversized.errors![0].message).toMatch(/256 KB/);
    const text = await upload(admin.client, 'logo.png', Buffer.from('GIF89a not really a logo'));
    expect(codeOf(text)).toBe('BAD_USER_INPUT');
    expect(text.errors![0].message).toMatch(/must be a PNG, WebP or SVG/);
    const html = await upload(
      admin.client,
      'logo.svg',
      Buffer.from('<html><script>alert(1)</script></html>'),
    );
    expect(codeOf(html)).toBe('BAD_USER_INPUT');
    expect((await t.client().ok(COMMUNITY)).community.logoUrl).toBe(before);
  });

  it('sanitize an SVG: no script, event handler, javascript: link or outside reference survives', async () => {
    const { uploadLogo } = await admin.client.ok(UPLOAD, {
      i: { filename: 'brand.svg', contentBase64: Buffer.from(SVG_WITH_SCRIPT).toString('base64') },
    });
    const res = await fetch(`${t.baseUrl}${uploadLogo.logoUrl}`);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const served = await res.text();
    expect(served).toMatch(/^<svg/);
    expect(served).toContain('<circle');
    expect(served).toContain('#ff0066');
    for (const bad of [
      '<script',
      'alert',
      'onload',
      'onclick',
      'javascript:',
      'tracker.example',
      'iframe',
      'foreignObject',
    ])
      expect(served).not.toContain(bad);
  });

  it('can be removed: pages show the initial again', async () => {
    const { removeLogo } = await admin.client.ok(`mutation { removeLogo { logoUrl } }`);
    expect(removeLogo.logoUrl).toBeNull();
  });
});

describe('posting limits', () => {
  it('list the editable limits with their bounds', async () => {
    const { rateLimitSettings } = await admin.client.ok(LIMITS);
    const names = rateLimitSettings.map((l: { name: string }) => l.name);
    expect(names).toEqual(expect.arrayContaining(['postsPerAccount', 'newAccountThreads', 'signUpPerIp']));
    expect(rateLimitSettings.find((l: { name: string }) => l.name === 'newAccountThreads')).toMatchObject({
      points: 3,
      defaultPoints: 3,
      minPoints: 1,
    });
  });

  it('refuse values outside the bounds or unknown names, changing nothing', async () => {
    const before = (await admin.client.ok(LIMITS)).rateLimitSettings;
    const result = await admin.client.gql(UPDATE_LIMITS, {
      i: {
        limits: [
          { name: 'postsPerAccount', points: 0, duration: 600 },
          { name: 'newAccountThreads', points: 5, duration: 5 },
          { name: 'noSuchLimit', points: 5, duration: 600 },
        ],
      },
    });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toContain(
      'postsPerAccount: attempts must be between 1 and 500 (got 0)',
    );
    expect(result.errors![0].message).toContain('newAccountThreads: the window must be between 60');
    expect(result.errors![0].message).toContain('There is no limit called “noSuchLimit”');
    expect((await admin.client.ok(LIMITS)).rateLimitSettings).toEqual(before);
  });

  it('apply at once: a new account is stopped after the new limit, not the old one', async () => {
    await admin.client.ok(UPDATE_LIMITS, {
      i: { limits: [{ name: 'newAccountThreads', points: 1, duration: 3600 }] },
    });
    const newcomer = await createAccount(t, {});
    const categoryId = await firstCategoryId(t);
    const ask = (n: number) =>
      newcomer.client.gql(CREATE_THREAD, {
        i: {
          kind: 'QUESTION',
          categoryId,
          title: `Limits question number ${n} here`,
          body: 'Body text here.',
          tags: [],
        },
      });
    expect((await ask(1)).errors).toBeUndefined();
    const second = await ask(2);
    expect(codeOf(second)).toBe('RATE_LIMITED');
    const audit = await t.dataSource.query(
      `SELECT action FROM moderation_actions WHERE action = 'UPDATE_RATE_LIMITS' AND actor_id = $1`,
      [admin.id],
    );
    expect(audit.length).toBe(1);
    await admin.client.ok(`mutation { resetRateLimits(input: { names: ["newAccountThreads"] }) { name } }`);
    expect(
      (await admin.client.ok(LIMITS)).rateLimitSettings.find(
        (l: { name: string }) => l.name === 'newAccountThreads',
      ).points,
    ).toBe(3);
  });
});

describe('roles', () => {
  it('changes go through the audit log', async () => {
    const subject = await createAccount(t, {});
    await admin.client.ok(`mutation($i: SetRoleInput!) { setRole(input: $i) { role } }`, {
      i: { accountId: subject.id, role: 'MODERATOR', reason: 'Runs the beta forum' },
    });
    const rows = await t.dataSource.query(
      `SELECT action, reason, before, after FROM moderation_actions WHERE target_id = $1`,
      [subject.id],
    );
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'SET_ROLE',
        reason: 'Runs the beta forum',
        before: expect.objectContaining({ role: 'MEMBER' }),
        after: expect.objectContaining({ role: 'MODERATOR' }),
      }),
    ]);
  });
});
