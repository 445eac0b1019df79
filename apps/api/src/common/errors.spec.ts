import { createTestApp, TestApp } from '@community/testing';
import { msg } from '../i18n/translate';
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
    const votes = msg('errors.rateAction.votesPerAccount');
    expect(rateLimited(votes, 12.2).message).toBe('Too many votes in a minute. Try again in 13 seconds.');
    expect(rateLimited(votes, 900).message).toBe('Too many votes in a minute. Try again in 15 minutes.');
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

describe('query limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('refuses queries nested too deeply, saying how deep', async () => {
    const deep = `{ threads { edges { node { answers { edges { node { thread { answers { edges { node { thread { answers { edges { node { id } } } } } } } } } } } } } } }`;
    const res = await t.client().gql(deep);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/nests \d+ levels deep; at most 12/);
  });

  it('refuses queries that would cost too much, and allows a full thread page', async () => {
    const costly = `{ threads(first: 100) { edges { node { answers(first: 100) { edges { node { id bodyHtml author { id } } } } } } } }`;
    const res = await t.client().gql(costly);
    expect(res.errors?.[0].message).toMatch(/would cost \d+ \(at most 20000\)/);
    const page = await t
      .client()
      .gql(
        `{ threads(first: 20) { edges { node { id title author { id } } } } thread(id: "00000000-0000-4000-8000-000000000000") { id answers(first: 30) { edges { node { id author { id } comments { id author { id } } } } } } }`,
      );
    expect(page.errors).toBeUndefined();
  });

  it('answers introspection outside production (tools use it; production refuses it)', async () => {
    const res = await t
      .client()
      .gql(
        `{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }`,
      );
    expect(res.errors).toBeUndefined();
  });
});
