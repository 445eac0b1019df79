// Hostile requests: refused at once, with a coded error and a plain message, without stalling the server
// and without any internal detail reaching the client.
import { Logger } from '@nestjs/common';
import { askQuestion, createAccount, createTestApp, TestApp } from '@community/testing';
import { encodeCursor as encodeForTest } from './connection';

// Every Markdown render in this file's app goes through this counter (it still renders for real), so a test
// can tell that a refused request rendered nothing.
jest.mock('@community/domain', () => {
  const actual = jest.requireActual<typeof import('@community/domain')>('@community/domain');
  return { ...actual, renderMarkdown: jest.fn(actual.renderMarkdown) };
});
// eslint-disable-next-line @typescript-eslint/no-require-imports
const renders = (require('@community/domain') as { renderMarkdown: jest.Mock }).renderMarkdown;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Reply {
  data: Record<string, string>;
  errors: { message: string; extensions: Record<string, string> }[];
}

async function post(body: unknown, forwardedFor = '192.0.2.1') {
  const res = await fetch(`${t.baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      'x-forwarded-for': forwardedFor,
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, text: () => res.text(), json: () => res.json() as Promise<Reply> };
}

const codeOf = (r: { errors?: { extensions?: { code?: unknown } }[] }) => r.errors?.[0]?.extensions?.code;

describe('query cost', () => {
  it('refuses the 500-alias previewMarkdown bomb before rendering any Markdown, and /healthz keeps answering', async () => {
    const body = '**bold** _it_ `code` [link](https://example.com)\n\n'.repeat(600).slice(0, 29_000);
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: previewMarkdown(body: $b)`).join(' ');
    const request = { query: `query($b: String!) { ${aliases} }`, variables: { b: body } };
    expect(JSON.stringify(request).length).toBeGreaterThan(40_000);
    // The counter sees renders: one ordinary preview renders once.
    const before = renders.mock.calls.length;
    const one = await (await post({ query: '{ p: previewMarkdown(body: "*x*") }' }, '192.0.2.9')).json();
    expect(one.data.p).toContain('<em>x</em>');
    expect(renders.mock.calls.length).toBe(before + 1);

    const rendered = renders.mock.calls.length;
    const bomb = post(request).then(async (r) => ({ status: r.status, text: await r.text() }));
    const health = await fetch(`${t.baseUrl}/healthz`);
    const { text } = await bomb;
    expect(health.status).toBe(200);
    // Refused by the cost rules before execution: no resolver ran, so nothing was rendered, and the answer
    // is one short error instead of 500 rendered bodies.
    expect(renders.mock.calls.length).toBe(rendered);
    expect(text.length).toBeLessThan(2000);
    const res = JSON.parse(text) as Reply;
    expect(res.data).toBeUndefined();
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors[0].message).toMatch(/aliases; at most 30/);
  });

  it('refuses even a few aliases when their Markdown adds up past the per-request rendering cap', async () => {
    const body = 'word '.repeat(5_900);
    const query = `query($b: String!) { a: previewMarkdown(body: $b) b: previewMarkdown(body: $b) c: previewMarkdown(body: $b) }`;
    const res = await (await post({ query, variables: { b: body } })).json();
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors[0].message).toMatch(/render 88,500 characters of Markdown; at most 60,000/);
  });

  it('rate limits previews per address, counting each alias', async () => {
    const query = `{ a: previewMarkdown(body: "*x*") b: previewMarkdown(body: "*y*") c: previewMarkdown(body: "*z*") }`;
    const address = '198.51.100.77';
    for (let i = 0; i < 20; i++) {
      const ok = await (await post({ query }, address)).json();
      expect(ok.data.a).toContain('<em>x</em>');
    }
    const refused = await post({ query }, address);
    expect(refused.status).toBe(429);
    const res = await refused.json();
    expect(codeOf(res)).toBe('RATE_LIMITED');
    expect(res.errors[0].message).toMatch(/Too many previews in a minute/);
    // another address is not affected
    expect((await (await post({ query }, '198.51.100.78')).json()).data.b).toContain('<em>y</em>');
  });

  it('refuses categories { tags { tag } } a thousand times over', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `c${i}: categories { tags { tag } }`).join(' ');
    const res = await (await post({ query: `{ ${aliases} }` })).json();
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    // without aliases, a list without `first` (comments) multiplies what it holds like a page does
    const nested = await (
      await post({
        query: `{ threads(first: 40) { edges { node { answers(first: 40) { edges { node { comments { id body author { id } } } } } } } } }`,
      })
    ).json();
    expect(codeOf(nested)).toBe('BAD_USER_INPUT');
    expect(nested.errors[0].message).toMatch(/would cost \d+ \(at most 20000\)/);
    const one = await (await post({ query: '{ categories { tags { tag count } } }' })).json();
    expect(one.errors).toBeUndefined();
  });

  it('refuses a thousand search aliases before running any search', async () => {
    const aliases = Array.from(
      { length: 1000 },
      (_, i) => `s${i}: search(query: "router") { estimatedTotal }`,
    );
    const res = await (await post({ query: `{ ${aliases.join(' ')} }` }, '203.0.113.50')).json();
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM search_queries');
    expect(count).toBe(0);
    // more than three searches in one request are refused even below the alias cap
    const four = await (await post({ query: `{ ${aliases.slice(0, 4).join(' ')} }` }, '203.0.113.50')).json();
    expect(four.errors[0].message).toMatch(/asks for search 4 times; at most 3/);
  });
});

describe('malformed input is the caller’s mistake', () => {
  it('a forged threads cursor is BAD_USER_INPUT, not a database error', async () => {
    for (const after of [
      'not-a-real-cursor',
      encodeForTest(['not a date', 'not-a-uuid']),
      encodeForTest(['2026-01-01T00:00:00Z', 'x']),
    ]) {
      const res = await (
        await post({ query: `{ threads(first: 5, after: "${after}") { edges { node { id } } } }` })
      ).json();
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors)).not.toMatch(/uuid|syntax|invalid input|timestamp/i);
    }
  });

  it('an out-of-range offset cursor is BAD_USER_INPUT (search and a thread’s answers)', async () => {
    const asker = await createAccount(t);
    const threadId = await askQuestion(t, asker);
    for (const o of [-5, 1e12, 1.5]) {
      const after = encodeForTest({ o });
      const search = await (
        await post({ query: `{ search(query: "router", after: "${after}") { estimatedTotal } }` })
      ).json();
      expect(codeOf(search)).toBe('BAD_USER_INPUT');
      const answers = await (
        await post({
          query: `{ thread(id: "${threadId}") { answers(after: "${after}") { edges { cursor } } } }`,
        })
      ).json();
      expect(codeOf(answers)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify([search, answers])).not.toMatch(/OFFSET|negative/);
    }
  });

  it('NUL bytes in variables or in the query text are BAD_USER_INPUT, and nothing is stored', async () => {
    const asker = await createAccount(t);
    const search = await (
      await post({
        query: 'query($q: String!) { search(query: $q) { estimatedTotal } }',
        variables: { q: 'pass\u0000word' },
      })
    ).json();
    expect(codeOf(search)).toBe('BAD_USER_INPUT');
    expect(search.errors[0].message).toMatch(/NUL/);
    const inline = await (
      await post({ query: '{ search(query: "pass\\u0000word") { estimatedTotal } }' })
    ).json();
    expect(codeOf(inline)).toBe('BAD_USER_INPUT');
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM threads');
    const create = await asker.client.gql(
      'mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }',
      {
        i: {
          kind: 'QUESTION',
          categoryId:
            (await t.dataSource.query('SELECT id FROM categories LIMIT 1'))[0]?.id ??
            '00000000-0000-0000-0000-000000000000',
          title: 'Title with a \u0000 NUL byte',
          body: 'Body',
        },
      },
    );
    expect(codeOf(create)).toBe('BAD_USER_INPUT');
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM threads')).toEqual(before);
  });

  it('absurd nesting (query text or variables) is BAD_USER_INPUT, not a stack overflow', async () => {
    const deep = `{ ${'threads { edges { node { '.repeat(3000)} id ${'} } } '.repeat(3000)} }`;
    const query = await post({ query: deep });
    const res = await query.json();
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res)).not.toMatch(/call stack/i);
    // built as text: JSON.stringify itself overflows on 5,000 levels
    const raw = `{"query":"query($q: String!) { search(query: $q) { estimatedTotal } }","variables":{"q":${'['.repeat(5000)}"x"${']'.repeat(5000)}}}`;
    const vars = (await (
      await fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: raw,
      })
    ).json()) as Reply;
    expect(codeOf(vars)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(vars)).not.toMatch(/call stack/i);
    const brackets = await (
      await post({
        query: `{ search(query: "x", filter: { tags: ${'['.repeat(2000)}${']'.repeat(2000)} }) { estimatedTotal } }`,
      })
    ).json();
    expect(codeOf(brackets)).toBe('BAD_USER_INPUT');
  });
});

describe('unexpected failures', () => {
  it('become INTERNAL_SERVER_ERROR with a generic message and an error id that is logged with the details', async () => {
    const logged: string[] = [];
    const spy = jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => {
      logged.push(String(message));
    });
    await t.dataSource.query('ALTER TABLE categories RENAME TO categories_moved_away');
    try {
      const res = await (await post({ query: '{ categories { id name } }' })).json();
      expect(codeOf(res)).toBe('INTERNAL_SERVER_ERROR');
      const error = res.errors[0];
      expect(error.message).toMatch(
        /^Something went wrong on our side\. Please try again\. \(error id [0-9a-f-]{36}\)$/,
      );
      expect(JSON.stringify(res)).not.toMatch(/categories_moved_away|relation|does not exist|QueryFailed/);
      expect(error.extensions.errorId).toMatch(/^[0-9a-f-]{36}$/);
      expect(
        logged.some((line) => line.includes(error.extensions.errorId) && /does not exist/.test(line)),
      ).toBe(true);
    } finally {
      await t.dataSource.query('ALTER TABLE categories_moved_away RENAME TO categories');
      spy.mockRestore();
    }
  });
});
