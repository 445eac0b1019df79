import { createAccount, createTestApp, firstCategoryId, TestApp } from '@community/testing';
import { PublishedAnnouncement, PublishedKeys, verifyPublished } from './verify-announcement';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('verifies an announcement from its public JSON and the published keys, and catches a changed body', async () => {
  const staff = await createAccount(t, { role: 'EMPLOYEE', jobTitle: 'Community Manager', name: 'Sam Ito' });
  const { publishAnnouncement } = await staff.client.ok(
    `mutation($i: PublishAnnouncementInput!) { publishAnnouncement(input: $i) { id } }`,
    { i: { categoryId: await firstCategoryId(t), title: 'New opening hours', body: 'We now open at 8.' } },
  );
  const get = async <T>(path: string) => (await (await fetch(`${t.baseUrl}${path}`)).json()) as T;
  const keys = await get<PublishedKeys>('/.well-known/community-keys.json');
  const json = await get<PublishedAnnouncement>(`/announcements/${publishAnnouncement.id}.json`);
  expect(verifyPublished(json, keys)).toEqual({
    verified: true,
    reason: expect.stringContaining('signed by Sam Ito, Community Manager'),
  });
  const forged = { ...json, payload: { ...json.payload, body: 'We now open at 9.' }, canonical: undefined };
  expect(verifyPublished(forged, keys)).toMatchObject({
    verified: false,
    reason: expect.stringMatching(/changed/),
  });
  const revoked = { keys: keys.keys.map((k) => ({ ...k, revokedAt: '2026-01-01T00:00:00.000Z' })) };
  expect(verifyPublished(json, revoked)).toMatchObject({
    verified: false,
    reason: expect.stringMatching(/revoked/),
  });
  expect(verifyPublished(json, { keys: [] }).verified).toBe(false);
});
