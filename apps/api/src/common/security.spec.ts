// What production enforces at the edge: security headers, no introspection, same-origin subscriptions,
// keep-alive that outlasts a load balancer's idle timeout.
import { createTestApp, TestApp } from '@community/testing';
import { existsSync } from 'node:fs';
import WebSocket from 'ws';
import { KEEP_ALIVE_TIMEOUT_MS } from '../server';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: 'production' });
});
afterAll(() => t.close());

describe('security headers', () => {
  it('sends a Content-Security-Policy, nosniff, a Referrer-Policy and frame protection', async () => {
    for (const path of ['/healthz', '/graphql?query=%7B__typename%7D', '/announcements.atom']) {
      const res = await fetch(`${t.baseUrl}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });
});

describe('production GraphQL', () => {
  it('refuses introspection', async () => {
    const res = await t.client().gql('{ __schema { types { name } } }');
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/introspection/i);
  });

  it('tells browsers and proxies never to keep a GraphQL answer', async () => {
    for (const query of ['{ __typename }', '{ thread(id: "nope") { id } }']) {
      const res = await fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query }),
      });
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('hashes no ETag for POST answers, and keeps ETags and 304s for GET', async () => {
    const post = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({
        query: `{ preview: previewMarkdown(body: "${'Pair the sensor. '.repeat(100)}") }`,
      }),
    });
    expect(post.status).toBe(200);
    expect(post.headers.get('etag')).toBeNull();
    expect(post.headers.get('content-type')).toMatch(/application\/(graphql-response\+)?json/);
    expect(((await post.json()) as { data: { preview: string } }).data.preview).toContain('Pair the sensor.');

    const get = await fetch(`${t.baseUrl}/robots.txt`);
    const etag = get.headers.get('etag');
    expect(etag).toBeTruthy();
    // As a browser revalidates (fetch would add `Cache-Control: no-cache`, which asks for a full answer).
    const again = await fetch(`${t.baseUrl}/robots.txt`, {
      headers: { 'if-none-match': etag!, 'cache-control': 'max-age=0' },
    });
    expect(again.status).toBe(304);
  });

  it('leaves small answers uncompressed and compresses large ones', async () => {
    const ask = (query: string) =>
      fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'apollo-require-preflight': 'true',
          'accept-encoding': 'gzip',
          // A fresh answer, not a guest's kept one (those are kept compressed, whatever their size).
          'cache-control': 'no-cache',
        },
        body: JSON.stringify({ query }),
      });
    expect((await ask('{ __typename }')).headers.get('content-encoding')).toBeNull();
    const large = `{ previewMarkdown(body: "${'Restart the hub, then pair the sensor again. '.repeat(200)}") }`;
    expect((await ask(large)).headers.get('content-encoding')).toBe('gzip');
  });

  it('keeps idle connections open longer than a load balancer does', () => {
    const server = t.app.getHttpServer();
    expect(server.keepAliveTimeout).toBe(KEEP_ALIVE_TIMEOUT_MS);
    expect(KEEP_ALIVE_TIMEOUT_MS).toBeGreaterThan(60_000);
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
  });
});

describe('subscriptions', () => {
  /** Opens a graphql-ws socket with the given Origin; resolves with the first server message or the close code. */
  function connect(origin: string): Promise<string> {
    return new Promise((resolve) => {
      const socket = new WebSocket(`${t.baseUrl.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
        headers: { origin },
      });
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
      socket.on('message', (data) => {
        resolve(JSON.parse(String(data)).type);
        socket.close();
      });
      socket.on('close', (code) => resolve(`closed ${code}`));
      socket.on('error', () => resolve('error'));
    });
  }

  it('accepts this site and refuses sockets opened from another site', async () => {
    expect(await connect(t.baseUrl)).toBe('connection_ack');
    expect(await connect('https://evil.example')).toBe('closed 4403');
  });
});

describe('test harness', () => {
  it('removes its data directory (with the generated signing key) when the app closes', async () => {
    const app = await createTestApp();
    const dir = app.config.dataDir;
    await fetch(`${app.baseUrl}/.well-known/community-keys.json`);
    expect(existsSync(dir)).toBe(true);
    await app.close();
    expect(existsSync(dir)).toBe(false);
  });
});
