import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { createAccount, createTestApp, firstCategoryId, TestAccount, TestApp } from '@community/testing';
import type { PublicAnnouncement } from './announcements.service';
import { SigningKeysService } from './signing-keys.service';

let t: TestApp;
let staff: TestAccount;
let categoryId: string;
beforeAll(async () => {
  t = await createTestApp();
  staff = await createAccount(t, { role: 'EMPLOYEE', jobTitle: 'Head of Support', name: 'Dana Lee' });
  categoryId = await firstCategoryId(t);
});
afterAll(() => t.close());

const PUBLISH = `mutation($i: PublishAnnouncementInput!) { publishAnnouncement(input: $i) {
  id title version pinnedUntil author { displayName }
  signature { keyId algorithm value verified keyRevoked authorName authorTitle signedAt } } }`;
const EDIT = `mutation($i: EditAnnouncementInput!) { editAnnouncement(input: $i) {
  id body version versions { version keyId } signature { keyId verified keyRevoked } } }`;
const GET = `query($id: ID!) { announcement(id: $id) { id body version signature { keyId verified keyRevoked } } }`;

async function publish(body = 'We upgrade the servers from 02:00 to 04:00 UTC.', extra = {}) {
  const { publishAnnouncement } = await staff.client.ok(PUBLISH, {
    i: { categoryId, title: 'Service window on Sunday', body, ...extra },
  });
  return publishAnnouncement;
}

const publishedKeys = async () =>
  (await (await fetch(`${t.baseUrl}/.well-known/community-keys.json`)).json()) as {
    keys: { keyId: string; publicKeyPem: string; revokedAt: string | null; createdAt: string }[];
  };

describe('signed announcements', () => {
  it('signs a new announcement, verified with the key the community publishes', async () => {
    const a = await publish();
    expect(a).toMatchObject({
      version: 1,
      author: { displayName: 'Dana Lee' },
      signature: {
        algorithm: 'Ed25519',
        verified: true,
        keyRevoked: false,
        authorName: 'Dana Lee',
        authorTitle: 'Head of Support',
      },
    });
    const { keys } = await publishedKeys();
    expect(keys.map((k) => k.keyId)).toContain(a.signature.keyId);
    const [row] = await t.dataSource.query('SELECT kind FROM threads WHERE id = $1', [a.id]);
    expect(row.kind).toBe('ANNOUNCEMENT');
  });

  it('shows verified: false once the stored body is changed in the database', async () => {
    const a = await publish();
    await t.dataSource.query(`UPDATE threads SET body = body || ' Send us your password.' WHERE id = $1`, [
      a.id,
    ]);
    const { announcement } = await t.client().ok(GET, { id: a.id });
    expect(announcement.signature.verified).toBe(false);
  });

  it('verifies the public JSON with node:crypto alone, from the published key', async () => {
    const a = await publish('Verify me **offline**.');
    const json = (await (
      await fetch(`${t.baseUrl}/announcements/${a.id}.json`)
    ).json()) as PublicAnnouncement;
    const { keys } = await publishedKeys();
    const key = keys.find((k) => k.keyId === json.signature.keyId)!;
    // Nothing from the app: rebuild the canonical form by hand and check it with node:crypto.
    const p = json.payload;
    const canonical = JSON.stringify({
      context: 'community-announcement/v1',
      id: p.id,
      version: p.version,
      title: p.title,
      body: p.body,
      authorId: p.authorId,
      authorName: p.authorName,
      authorTitle: p.authorTitle,
      signedAt: p.signedAt,
    });
    expect(canonical).toBe(json.canonical);
    const ok = verify(
      null,
      Buffer.from(canonical),
      createPublicKey(key.publicKeyPem),
      Buffer.from(json.signature.value, 'base64'),
    );
    expect(ok).toBe(true);
    expect(p.body).toBe('Verify me **offline**.');
    expect((await fetch(`${t.baseUrl}/announcements/not-an-id.json`)).status).toBe(404);
  });

  it('re-signs an edit as a new version; after rotation the new key signs and old versions still verify; a revoked key shows as revoked', async () => {
    const a = await publish();
    const oldKey = a.signature.keyId;
    const keysService = t.app.get(SigningKeysService);
    const before = await keysService.current();
    try {
      await keysService.activate(generateKeyPairSync('ed25519').privateKey);
      const edited = (await staff.client.ok(EDIT, { i: { id: a.id, body: 'Moved to 03:00–05:00 UTC.' } }))
        .editAnnouncement;
      expect(edited.version).toBe(2);
      expect(edited.signature.keyId).not.toBe(oldKey);
      expect(edited.signature.verified).toBe(true);
      expect(edited.versions.map((v: { keyId: string }) => v.keyId)).toEqual([
        edited.signature.keyId,
        oldKey,
      ]);
      const other = await publish();
      expect(other.signature.keyId).toBe(edited.signature.keyId);
      const { keys } = await publishedKeys();
      expect(keys.map((k) => k.keyId)).toEqual(expect.arrayContaining([oldKey, edited.signature.keyId]));

      const admin = await createAccount(t, { role: 'ADMIN' });
      await admin.client.ok(
        `mutation($i: RevokeSigningKeyInput!) { revokeSigningKey(input: $i) { keyId revokedAt } }`,
        { i: { keyId: edited.signature.keyId, reason: 'Laptop lost' } },
      );
      const revoked = (await t.client().ok(GET, { id: a.id })).announcement.signature;
      expect(revoked).toMatchObject({ verified: false, keyRevoked: true });
      expect(
        (await publishedKeys()).keys.find((k) => k.keyId === edited.signature.keyId)!.revokedAt,
      ).toBeTruthy();
      // Signing with a revoked key is refused until a new key is configured.
      const refused = await staff.client.gql(PUBLISH, {
        i: { categoryId, title: 'Another announcement', body: 'Body' },
      });
      expect(refused.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await keysService.activate(before.privateKey);
    }
    // versions signed by the original key still verify after the rotation
    const stillOld = await publish();
    expect(stillOld.signature).toMatchObject({ keyId: oldKey, verified: true });
  });

  it('shows pinned announcements until their end, on the home page and in their category', async () => {
    // A pin that ends a few seconds from now, read by guests, whose answers are kept for a while
    // (pages/guest-read-cache.ts): a kept answer must end with the pin it shows, not a minute later.
    const end = Date.now() + 8_000;
    const a = await publish('Pinned banner.', { pinnedUntil: new Date(end).toISOString() });
    const q = `query($c: ID) { pinnedAnnouncements(categoryId: $c) { id pinnedUntil } }`;
    const pinned = async (c: string | null) =>
      (await t.client().ok(q, { c })).pinnedAnnouncements.map((x: { id: string }) => x.id);
    expect(await pinned(null)).toContain(a.id);
    expect(await pinned(categoryId)).toContain(a.id);
    expect(await pinned(null)).toContain(a.id);
    await new Promise((resolve) => setTimeout(resolve, end - Date.now() + 250));
    expect(await pinned(null)).not.toContain(a.id);
    expect(await pinned(categoryId)).not.toContain(a.id);
    const past = await staff.client.gql(PUBLISH, {
      i: { categoryId, title: 'Service window on Sunday', body: 'x', pinnedUntil: '2020-01-01T00:00:00Z' },
    });
    expect(past.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('publishes an Atom feed of announcements', async () => {
    const a = await publish('In the feed.');
    const res = await fetch(`${t.baseUrl}/announcements.atom`);
    expect(res.headers.get('content-type')).toMatch(/application\/atom\+xml/);
    const xml = await res.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toContain(`/announcements/${a.id}`);
    expect(xml).toContain('Signed by Dana Lee, Head of Support');
  });

  it("names the feed as the community is named now, in the reader's language", async () => {
    await publish('In the Russian feed.');
    const admin = await createAccount(t, { role: 'ADMIN' });
    const RENAME = 'mutation($i: UpdateSiteSettingsInput!) { updateSiteSettings(input: $i) { name } }';
    await admin.client.ok(RENAME, { i: { name: 'Nordlicht Help' } });
    try {
      const res = await fetch(`${t.baseUrl}/announcements.atom`, {
        headers: { 'accept-language': 'ru-RU,ru' },
      });
      expect(res.headers.get('vary')).toMatch(/Accept-Language/i);
      const xml = await res.text();
      expect(xml).toContain('<title>Nordlicht Help: объявления</title>');
      expect(xml).toContain('<subtitle>Подписанные объявления от команды.</subtitle>');
      expect(xml).toContain('Подписано: Dana Lee, Head of Support (ключ ');
      const english = await (await fetch(`${t.baseUrl}/announcements.atom`)).text();
      expect(english).toContain('<title>Nordlicht Help: announcements</title>');
    } finally {
      await admin.client.ok(RENAME, { i: { name: null } });
    }
  });

  it('never shows "Signed by" over text whose signature no longer verifies', async () => {
    const a = await publish('Original signed words.');
    await t.dataSource.query(
      `UPDATE threads SET body = 'Go to evil.example and enter your password.', body_html = '<p>Go to evil.example and enter your password.</p>' WHERE id = $1`,
      [a.id],
    );
    const xml = await (await fetch(`${t.baseUrl}/announcements.atom`)).text();
    const entry = xml.slice(xml.indexOf(`/announcements/${a.id}<`) - 400).split('</entry>')[0];
    expect(entry).toContain('evil.example');
    expect(entry).not.toContain('Signed by');
    expect(entry).toContain('Signature not verified');
  });

  it('escapes titles in the Atom feed, which declares them as HTML', async () => {
    const { publishAnnouncement } = await staff.client.ok(PUBLISH, {
      i: { categoryId, title: 'Use <b>bold</b> & <img src=x onerror=alert(1)>', body: 'Body' },
    });
    const xml = await (await fetch(`${t.baseUrl}/announcements.atom`)).text();
    expect(xml).toContain(`/announcements/${publishAnnouncement.id}`);
    expect(xml).not.toContain('<img src=x');
    expect(xml).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; &lt;img');
  });

  it('refuses members with FORBIDDEN and visitors with UNAUTHENTICATED', async () => {
    const member = await createAccount(t);
    const i = { categoryId, title: 'Fake announcement here', body: 'Send us your password.' };
    expect((await member.client.gql(PUBLISH, { i })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.client().gql(PUBLISH, { i })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
