// A retried createThread with the same Idempotency-Key answers with the first result instead of a duplicate.
import { createAccount, createTestApp, firstCategoryId, TestAccount, TestApp } from '@community/testing';

let t: TestApp;
let asker: TestAccount;
let categoryId: string;
beforeAll(async () => {
  t = await createTestApp();
  asker = await createAccount(t, { reputation: 100 });
  categoryId = await firstCategoryId(t);
});
afterAll(() => t.close());

const CREATE = 'mutation($i: CreateThreadInput!) { createThread(input: $i) { id title } }';

async function create(title: string, key?: string) {
  const res = await fetch(`${t.baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      cookie: asker.client.cookie,
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: JSON.stringify({
      query: CREATE,
      variables: { i: { kind: 'QUESTION', categoryId, title, body: 'Body of the question.', tags: [] } },
    }),
  });
  const body = (await res.json()) as {
    data?: { createThread: { id: string } };
    errors?: { message: string; extensions: { code: string } }[];
  };
  return { body, replayed: res.headers.get('idempotent-replayed') };
}

const count = async (title: string) =>
  (await t.dataSource.query('SELECT count(*)::int AS n FROM threads WHERE title = $1', [title]))[0].n;

describe('Idempotency-Key', () => {
  it('answers a retry with the first result and creates nothing more', async () => {
    const key = 'c0ffee00-0000-4000-8000-000000000001';
    const first = await create('How do I pair the remote again?', key);
    const retry = await create('How do I pair the remote again?', key);
    expect(first.body.data?.createThread.id).toBeTruthy();
    expect(retry.body).toEqual(first.body);
    expect(retry.replayed).toBe('true');
    expect(await count('How do I pair the remote again?')).toBe(1);
  });

  it('refuses the same key for a different request', async () => {
    const key = 'c0ffee00-0000-4000-8000-000000000002';
    await create('Why does the fan spin at night?', key);
    const other = await create('Something else entirely, is it?', key);
    expect(other.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(other.body.errors?.[0].message).toMatch(/already used for a different request/);
    expect(await count('Something else entirely, is it?')).toBe(0);
  });

  it('lets a refused request be fixed and retried with the same key', async () => {
    const key = 'c0ffee00-0000-4000-8000-000000000003';
    const refused = await create('no', key);
    expect(refused.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const fixed = await create('no', key);
    expect(fixed.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(fixed.replayed).toBeNull();
  });

  it('without a key, a retry creates a second thread (what the key prevents)', async () => {
    await create('Is the warranty transferable?');
    await create('Is the warranty transferable?');
    expect(await count('Is the warranty transferable?')).toBe(2);
  });
});
