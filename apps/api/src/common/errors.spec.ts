import { createTestApp, TestApp } from '@community/testing';
import { badInput, rateLimited } from './errors';

describe('error helpers', () => {
  it('badInput lists every field and joins the messages', () => {
    const e = badInput([
      { field: 'title', message: 'Title is too short.' },
      { field: 'body', message: 'Body is required.' },
    ]);
    expect(e.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'title' }, { field: 'body' }],
    });
    expect(e.message).toBe('Title is too short. Body is required.');
  });

  it('rateLimited says when to retry, in seconds or minutes', () => {
    expect(rateLimited('attempts', 12.2).message).toBe('Too many attempts. Try again in 13 seconds.');
    expect(rateLimited('attempts', 900).message).toBe('Too many attempts. Try again in 15 minutes.');
  });
});

describe('errors over GraphQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('gives unknown fields a validation code and no stack trace', async () => {
    const res = await t.client().gql('{ nothingHere }');
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].extensions).not.toHaveProperty('stacktrace');
  });

  it('rejects a GET mutation and a simple cross-site POST (CSRF prevention)', async () => {
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(res.status).toBe(400);
  });
});
