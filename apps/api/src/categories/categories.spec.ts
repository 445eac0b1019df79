import { askQuestion, createAccount, createTestApp, TestApp } from '@community/testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const CREATE = `mutation($i: CreateCategoryInput!) { createCategory(input: $i) { id slug name responseTargetMinutes } }`;
const UPDATE = `mutation($i: UpdateCategoryInput!) { updateCategory(input: $i) { id slug name description position responseTargetMinutes } }`;
const count = async () => Number((await t.dataSource.query('SELECT count(*) FROM categories'))[0].count);

describe('categories', () => {
  it('lets admins create and update them', async () => {
    const admin = await createAccount(t, { role: 'ADMIN' });
    const { createCategory } = await admin.client.ok(CREATE, {
      i: { name: 'Returns', slug: 'returns', responseTargetMinutes: 90 },
    });
    expect(createCategory).toMatchObject({ slug: 'returns', name: 'Returns', responseTargetMinutes: 90 });
    const { updateCategory } = await admin.client.ok(UPDATE, {
      i: { categoryId: createCategory.id, description: 'Sending things back', position: 7 },
    });
    expect(updateCategory).toMatchObject({
      name: 'Returns',
      description: 'Sending things back',
      position: 7,
      responseTargetMinutes: 90,
    });
    const { category } = await t
      .client()
      .ok('{ category(slug: "returns") { name threadCount unansweredCount tags { tag count } } }');
    expect(category).toEqual({ name: 'Returns', threadCount: 0, unansweredCount: 0, tags: [] });
  });

  it('refuses members, bad slugs, taken slugs and impossible targets, storing nothing', async () => {
    const admin = await createAccount(t, { role: 'ADMIN' });
    await admin.client.ok(CREATE, { i: { name: 'Shipping', slug: 'shipping' } });
    const before = await count();
    const member = await createAccount(t, { reputation: 10_000 });
    expect(
      (await member.client.gql(CREATE, { i: { name: 'Nope', slug: 'nope' } })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    const badSlug = await admin.client.gql(CREATE, { i: { name: 'Bad', slug: 'Bad Slug' } });
    expect(badSlug.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'slug' }] },
    });
    const taken = await admin.client.gql(CREATE, { i: { name: 'Shipping 2', slug: 'shipping' } });
    expect(taken.errors?.[0].message).toMatch(/already used by Shipping/);
    const target = await admin.client.gql(CREATE, {
      i: { name: 'Slow', slug: 'slow', responseTargetMinutes: 0 },
    });
    expect(target.errors?.[0].message).toMatch(/Response target must be 1 to 43 200 minutes/);
    expect(await count()).toBe(before);
  });

  it('counts threads and unanswered questions, and lists tags by use', async () => {
    const admin = await createAccount(t, { role: 'ADMIN' });
    const { createCategory } = await admin.client.ok(CREATE, { i: { name: 'Wifi help', slug: 'wifi-help' } });
    const a = await createAccount(t);
    await askQuestion(t, a, { categoryId: createCategory.id, tags: ['mesh', 'wifi'] });
    await askQuestion(t, a, { categoryId: createCategory.id, tags: ['wifi'] });
    await askQuestion(t, a, { categoryId: createCategory.id, tags: [], kind: 'DISCUSSION' });
    const { category } = await t
      .client()
      .ok('{ category(slug: "wifi-help") { threadCount unansweredCount tags { tag count } } }');
    expect(category).toEqual({
      threadCount: 3,
      unansweredCount: 2,
      tags: [
        { tag: 'wifi', count: 2 },
        { tag: 'mesh', count: 1 },
      ],
    });
  });
});
