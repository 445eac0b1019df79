// The admin console's category editor, signing keys and search tools, against the real API and database.
import { createAccount, createTestApp, CREATE_THREAD, TestAccount, TestApp } from '@community/testing';

let t: TestApp;
let admin: TestAccount;
let member: TestAccount;
let employee: TestAccount;

const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
const CATEGORIES = `query($all: Boolean!) { categories(includeArchived: $all) { id name position archivedAt } }`;

beforeAll(async () => {
  t = await createTestApp();
  admin = await createAccount(t, { role: 'ADMIN' });
  member = await createAccount(t, { reputation: 50 });
  employee = await createAccount(t, { role: 'EMPLOYEE' });
}, 60_000);
afterAll(() => t.close());

describe('categories', () => {
  it('reorder: the new order shows everywhere; a list missing one is refused and changes nothing', async () => {
    for (const slug of ['routers', 'billing', 'mobile-app'])
      await admin.client.ok(`mutation($i: CreateCategoryInput!) { createCategory(input: $i) { id } }`, {
        i: { slug, name: slug },
      });
    const before = (await t.client().ok(CATEGORIES, { all: false })).categories as { id: string }[];
    expect(before.length).toBeGreaterThanOrEqual(3);
    const reversed = [...before].reverse().map((c) => c.id);
    await admin.client.ok(`mutation($i: ReorderCategoriesInput!) { reorderCategories(input: $i) { id } }`, {
      i: { categoryIds: reversed },
    });
    const after = (await t.client().ok(CATEGORIES, { all: false })).categories as { id: string }[];
    expect(after.map((c) => c.id)).toEqual(reversed);
    const bad = await admin.client.gql(
      `mutation($i: ReorderCategoriesInput!) { reorderCategories(input: $i) { id } }`,
      {
        i: { categoryIds: reversed.slice(1) },
      },
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toMatch(/List every category exactly once/);
    expect(
      ((await t.client().ok(CATEGORIES, { all: false })).categories as { id: string }[]).map((c) => c.id),
    ).toEqual(reversed);
  });

  it('archive: gone from the lists and closed to new threads, back when unarchived', async () => {
    const { createCategory } = await admin.client.ok(
      `mutation { createCategory(input: { slug: "old-products", name: "Old products" }) { id } }`,
    );
    const archive = (archived: boolean) =>
      admin.client.ok(`mutation($i: UpdateCategoryInput!) { updateCategory(input: $i) { archivedAt } }`, {
        i: { categoryId: createCategory.id, archived },
      });
    expect((await archive(true)).updateCategory.archivedAt).not.toBeNull();
    const ids = async (client: TestAccount['client'], all: boolean) =>
      ((await client.ok(CATEGORIES, { all })).categories as { id: string }[]).map((c) => c.id);
    expect(await ids(t.client(), false)).not.toContain(createCategory.id);
    expect(await ids(member.client, true)).not.toContain(createCategory.id);
    expect(await ids(admin.client, true)).toContain(createCategory.id);
    const ask = await member.client.gql(CREATE_THREAD, {
      i: {
        kind: 'QUESTION',
        categoryId: createCategory.id,
        title: 'Is the old router still supported?',
        body: 'Asking.',
        tags: [],
      },
    });
    expect(codeOf(ask)).toBe('BAD_USER_INPUT');
    expect(ask.errors![0].message).toMatch(/Old products is archived/);
    expect((await archive(false)).updateCategory.archivedAt).toBeNull();
    expect(await ids(t.client(), false)).toContain(createCategory.id);
  });
});

describe('signing keys', () => {
  const KEYS = `{ signingKeys { keyId active revokedAt revocationReason signed { threadId title } } }`;

  it('list what each key signed (for admins), and revoke with a reason kept', async () => {
    const categoryId = (await t.client().ok(CATEGORIES, { all: false })).categories[0].id;
    const { publishAnnouncement } = await employee.client.ok(
      `mutation($i: PublishAnnouncementInput!) { publishAnnouncement(input: $i) { id } }`,
      { i: { categoryId, title: 'Firmware 2.1 is out for every router', body: 'Update from the app.' } },
    );
    const { signingKeys } = await admin.client.ok(KEYS);
    const active = signingKeys.find((k: { active: boolean }) => k.active);
    expect(active.signed).toEqual([
      { threadId: publishAnnouncement.id, title: 'Firmware 2.1 is out for every router' },
    ]);
    expect((await member.client.ok(KEYS)).signingKeys[0].signed).toBeNull();

    const revoke = `mutation($i: RevokeSigningKeyInput!) { revokeSigningKey(input: $i) { revokedAt revocationReason } }`;
    const blank = await admin.client.gql(revoke, { i: { keyId: active.keyId, reason: '  ' } });
    expect(codeOf(blank)).toBe('BAD_USER_INPUT');
    expect((await admin.client.ok(KEYS)).signingKeys[0].revokedAt).toBeNull();
    const { revokeSigningKey } = await admin.client.ok(revoke, {
      i: { keyId: active.keyId, reason: 'The laptop holding it was stolen' },
    });
    expect(revokeSigningKey).toMatchObject({ revocationReason: 'The laptop holding it was stolen' });
    const again = await admin.client.gql(revoke, { i: { keyId: active.keyId, reason: 'Twice' } });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(again.errors![0].message).toMatch(/already revoked/);
  });
});

describe('search tools', () => {
  it('synonyms read back as set; admins only', async () => {
    await admin.client.ok(
      `mutation { setSearchSynonyms(input: { groups: [{ word: "wifi", synonyms: ["wi-fi", "WLAN"] }] }) }`,
    );
    const { searchSynonyms } = await admin.client.ok(`{ searchSynonyms { word synonyms } }`);
    expect(searchSynonyms).toEqual([{ word: 'wifi', synonyms: ['wi-fi', 'wlan'] }]);
    expect(codeOf(await member.client.gql(`{ searchSynonyms { word } }`))).toBe('FORBIDDEN');
    expect(codeOf(await member.client.gql(`mutation { startSearchReindex { state } }`))).toBe('FORBIDDEN');
  });

  it('a reindex runs in the background and reports its progress to the end', async () => {
    const PROGRESS = `{ searchReindex { state total done error } }`;
    expect((await admin.client.ok(PROGRESS)).searchReindex.state).toBe('IDLE');
    const { startSearchReindex } = await admin.client.ok(
      `mutation { startSearchReindex { state total done } }`,
    );
    expect(startSearchReindex.state).toBe('RUNNING');
    let progress = startSearchReindex;
    for (let i = 0; i < 200 && progress.state === 'RUNNING'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      progress = (await admin.client.ok(PROGRESS)).searchReindex;
    }
    expect(progress).toMatchObject({ state: 'DONE', error: null });
    expect(progress.done).toBe(progress.total);
    expect(progress.total).toBeGreaterThan(0);
  });
});
