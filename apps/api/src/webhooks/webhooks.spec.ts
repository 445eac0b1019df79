import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import {
  answer,
  ACCEPT,
  askQuestion,
  createAccount,
  createTestApp,
  TestAccount,
  TestApp,
} from '@community/testing';
import { WebhookDispatcher } from './webhook-dispatcher';
import { verifySignature } from './webhook-signature';

interface Hit {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A loopback receiver; `respond` decides each answer (default 200). */
class Receiver {
  hits: Hit[] = [];
  respond: (hit: Hit, res: ServerResponse) => void = (_hit, res) => res.end('ok');
  private server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString('utf8')));
    req.on('end', () => {
      const hit = { path: req.url ?? '', headers: req.headers, body };
      this.hits.push(hit);
      this.respond(hit, res);
    });
  });
  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return this;
  }
  url(path = '/hook', host = '127.0.0.1'): string {
    return `http://${host}:${(this.server.address() as AddressInfo).port}${path}`;
  }
  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }
}

let t: TestApp;
let admin: TestAccount;
let receiver: Receiver;
beforeAll(async () => {
  t = await createTestApp();
  t.config.webhooks.allowPrivate = true;
  t.config.webhooks.retryBaseSeconds = 0.05;
  t.config.webhooks.timeoutMs = 500;
  admin = await createAccount(t, { role: 'ADMIN' });
  receiver = await new Receiver().start();
});
afterAll(async () => {
  await receiver.close();
  await t.close();
});
beforeEach(async () => {
  t.config.webhooks.allowPrivate = true;
  receiver.hits = [];
  receiver.respond = (_hit, res) => res.end('ok');
  // Each test starts with no webhooks, so only its own deliveries happen.
  await t.dataSource.query('DELETE FROM webhooks');
});

const CREATE = `mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { webhook { id url events } secret } }`;
const LOG = `query($id: ID!) { webhook(id: $id) { deliveries(first: 10) { edges { node {
  id eventId event status attempts responseStatus lastError deliveredAt payload
  attemptLog { responseStatus error durationMs } } } } } }`;

async function createWebhook(url: string, events: string[]): Promise<{ id: string; secret: string }> {
  const { createWebhook } = await admin.client.ok(CREATE, { i: { url, events, description: 'CRM' } });
  return { id: createWebhook.webhook.id, secret: createWebhook.secret };
}

async function until<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  ms = 15_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function deliveries(webhookId: string) {
  const { webhook } = await admin.client.ok(LOG, { id: webhookId });
  return webhook.deliveries.edges.map((e: { node: Record<string, unknown> }) => e.node);
}

/** The README's recipe, written out as a receiver would. */
function verifiesByRecipe(secret: string, hit: Hit): boolean {
  const header = String(hit.headers['community-signature'] ?? '');
  const t = /t=(\d+)/.exec(header)?.[1];
  const v1 = /v1=([0-9a-f]+)/.exec(header)?.[1];
  if (!t || !v1) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${hit.body}`).digest('hex');
  return expected.length === v1.length && timingSafeEqual(Buffer.from(expected), Buffer.from(v1));
}

describe('webhook deliveries', () => {
  it('retries a failing receiver with back-off and delivers exactly once, signed by the documented recipe', async () => {
    let failures = 0;
    receiver.respond = (_hit, res) => {
      if (failures < 3) {
        failures++;
        res.statusCode = 500;
        return res.end('not yet');
      }
      res.end('ok');
    };
    const hook = await createWebhook(receiver.url(), ['THREAD_CREATED']);
    const member = await createAccount(t);
    const threadId = await askQuestion(t, member, { title: 'Where do I find my invoices online?' });

    const [delivered] = await until('the delivery', async () => {
      const rows = await deliveries(hook.id);
      return rows[0]?.status === 'DELIVERED' && rows;
    });
    expect(receiver.hits).toHaveLength(4);
    expect(receiver.hits.every((hit) => verifiesByRecipe(hook.secret, hit))).toBe(true);
    expect(
      receiver.hits.every((hit) =>
        verifySignature(hook.secret, hit.body, String(hit.headers['community-signature'])),
      ),
    ).toBe(true);
    expect(verifiesByRecipe('whsec_some-other-secret', receiver.hits[3])).toBe(false);
    // Every attempt carries the same bytes: same event id, same body.
    expect(new Set(receiver.hits.map((h) => h.body)).size).toBe(1);
    const payload = JSON.parse(receiver.hits[3].body);
    expect(payload).toMatchObject({
      event: 'THREAD_CREATED',
      data: {
        thread: {
          id: threadId,
          title: 'Where do I find my invoices online?',
          author: { handle: member.handle },
        },
      },
    });
    expect(Object.keys(payload).sort()).toEqual(['createdAt', 'data', 'event', 'id']);
    expect(receiver.hits[0].headers['content-type']).toBe('application/json');
    expect(delivered).toMatchObject({
      eventId: payload.id,
      attempts: 4,
      responseStatus: 200,
      lastError: null,
    });
    expect((delivered.attemptLog as { responseStatus: number }[]).map((a) => a.responseStatus)).toEqual([
      500, 500, 500, 200,
    ]);
    // Nothing further arrives: exactly one successful delivery.
    await new Promise((r) => setTimeout(r, 1500));
    expect(receiver.hits).toHaveLength(4);
  });

  it('does not follow redirects', async () => {
    receiver.respond = (hit, res) => {
      if (hit.path === '/moved') {
        res.statusCode = 302;
        res.setHeader('location', receiver.url('/elsewhere'));
      }
      res.end();
    };
    const hook = await createWebhook(receiver.url('/moved'), ['THREAD_CREATED']);
    await askQuestion(t, await createAccount(t));
    const [row] = await until('the failed attempt', async () => {
      const rows = await deliveries(hook.id);
      return rows[0]?.attempts >= 1 && rows;
    });
    expect(row).toMatchObject({ status: 'PENDING', responseStatus: 302 });
    expect(row.lastError).toMatch(/Redirect \(302\) not followed/);
    expect(receiver.hits.map((h) => h.path)).not.toContain('/elsewhere');
  });

  it('refuses private and loopback targets, by resolved address, when saving and when delivering', async () => {
    const existing = await createWebhook(receiver.url('/hook', 'localhost'), ['THREAD_CREATED']);
    t.config.webhooks.allowPrivate = false;
    for (const url of [
      receiver.url(),
      receiver.url('/hook', 'localhost'),
      'http://10.1.2.3/hook',
      'http://[::1]:8080/',
      'http://169.254.169.254/latest/meta-data',
    ]) {
      const refused = await admin.client.gql(CREATE, { i: { url, events: ['THREAD_CREATED'] } });
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.message).toMatch(/private or loopback/);
    }
    expect(
      (await admin.client.gql(CREATE, { i: { url: 'ftp://example.com/x', events: ['THREAD_CREATED'] } }))
        .errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');

    // A webhook saved while allowed (or whose name now resolves inward) is refused at connect time.
    await askQuestion(t, await createAccount(t));
    const [row] = await until('the refused attempt', async () => {
      const rows = await deliveries(existing.id);
      return rows[0]?.attempts >= 1 && rows;
    });
    expect(row.responseStatus).toBeNull();
    expect(row.lastError).toMatch(/private address 127\.0\.0\.1/);
    expect(receiver.hits).toHaveLength(0);
  });

  it('gives up on a slow receiver at the timeout, and parks a delivery as DEAD after the last attempt', async () => {
    receiver.respond = () => undefined; // never answers
    const hook = await createWebhook(receiver.url(), ['THREAD_CREATED']);
    await askQuestion(t, await createAccount(t));
    const [row] = await until('the timed-out attempt', async () => {
      const rows = await deliveries(hook.id);
      return rows[0]?.attempts >= 1 && rows;
    });
    expect(row.lastError).toMatch(/No response within 500 ms/);
    expect((row.attemptLog as { durationMs: number }[])[0].durationMs).toBeLessThan(3000);

    await t.dataSource.query(
      `UPDATE webhook_deliveries SET attempts = 9, available_at = now() WHERE id = $1`,
      [row.id],
    );
    const dead = await until('the dead letter', async () => {
      const rows = await deliveries(hook.id);
      return rows[0]?.status === 'DEAD' && rows[0];
    });
    expect(dead.attempts).toBe(10);
  });

  it('redelivers the same event, and signs with the rotated secret', async () => {
    const hook = await createWebhook(receiver.url(), ['THREAD_CREATED']);
    await askQuestion(t, await createAccount(t));
    const [first] = await until('the delivery', async () => {
      const rows = await deliveries(hook.id);
      return rows[0]?.status === 'DELIVERED' && rows;
    });
    const { rotateWebhookSecret } = await admin.client.ok(
      `mutation($i: WebhookIdInput!) { rotateWebhookSecret(input: $i) { secret } }`,
      { i: { id: hook.id } },
    );
    const { redeliverWebhook } = await admin.client.ok(
      `mutation($i: RedeliverWebhookInput!) { redeliverWebhook(input: $i) { id eventId status } }`,
      { i: { deliveryId: first.id } },
    );
    expect(redeliverWebhook).toMatchObject({ eventId: first.eventId, status: 'PENDING' });
    await until('the redelivery', async () => receiver.hits.length === 2);
    expect(receiver.hits[1].body).toBe(receiver.hits[0].body);
    expect(verifiesByRecipe(rotateWebhookSecret.secret, receiver.hits[1])).toBe(true);
    expect(verifiesByRecipe(hook.secret, receiver.hits[1])).toBe(false);
  });

  it('reports answers, official answers, acceptance, hiding, ratings and new accounts', async () => {
    const events = [
      'ANSWER_POSTED',
      'OFFICIAL_ANSWER_POSTED',
      'ANSWER_ACCEPTED',
      'THREAD_HIDDEN',
      'RATING_SUBMITTED',
      'ACCOUNT_CREATED',
    ];
    await createWebhook(receiver.url(), events);
    const asker = await createAccount(t);
    const staff = await createAccount(t, { role: 'EMPLOYEE' });
    const moderator = await createAccount(t, { role: 'MODERATOR' });
    const threadId = await askQuestion(t, asker);
    const answerId = await answer(staff, threadId, 'Official: hold the button for ten seconds.');
    await asker.client.ok(ACCEPT, { id: answerId });
    await asker.client.ok(`mutation($i: RateHelpInput!) { rateHelp(input: $i) { rating } }`, {
      i: { threadId, rating: 5, comment: 'Quick and clear' },
    });
    const other = await askQuestion(t, asker);
    await moderator.client.ok(`mutation($i: PostActionInput!) { hidePost(input: $i) { id } }`, {
      i: { targetId: other, reason: 'Spam link' },
    });
    const bodies = () =>
      receiver.hits.map((h) => JSON.parse(h.body) as { event: string; data: Record<string, any> }); // eslint-disable-line @typescript-eslint/no-explicit-any
    // Three new accounts, an answer that is also official, its acceptance, the rating and the hidden thread.
    await until('all events', async () => receiver.hits.length >= 8);
    const byEvent = new Map(bodies().map((b) => [b.event, b.data]));
    const created = bodies()
      .filter((b) => b.event === 'ACCOUNT_CREATED')
      .map((b) => b.data.account);
    expect(created).toContainEqual(expect.objectContaining({ handle: asker.handle, email: asker.email }));
    expect(created).toHaveLength(3);
    expect(byEvent.get('ANSWER_POSTED')?.answer).toMatchObject({ id: answerId, official: true });
    expect(byEvent.get('OFFICIAL_ANSWER_POSTED')?.thread).toMatchObject({ id: threadId });
    expect(byEvent.get('ANSWER_ACCEPTED')?.answer).toMatchObject({ id: answerId });
    expect(byEvent.get('RATING_SUBMITTED')?.rating).toMatchObject({ rating: 5, comment: 'Quick and clear' });
    expect(byEvent.get('THREAD_HIDDEN')?.thread).toMatchObject({ id: other });
  });

  it('is for admins only', async () => {
    const member = await createAccount(t);
    const refused = await member.client.gql(CREATE, {
      i: { url: receiver.url(), events: ['THREAD_CREATED'] },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await member.client.gql('{ webhooks { id } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM webhooks')).toEqual([{ n: 0 }]);
    expect(t.app.get(WebhookDispatcher)).toBeDefined();
  });
});
