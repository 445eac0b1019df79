// Live thread pages: threadUpdated(threadId) over graphql-ws, checked by the guardian when subscribing and for
// every update.
import { answer, askQuestion, createAccount, createTestApp, TestApp } from '@community/testing';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const QUERY = 'subscription($id: ID!) { threadUpdated(threadId: $id) { threadId kind answerId actorId at } }';
const HIDE = `mutation($i: PostActionInput!) { hidePost(input: $i) { id } }`;
const COMMENT = 'mutation($i: PostCommentInput!) { postComment(input: $i) { id } }';

function clientFor(cookie: string): Client {
  return createClient({
    url: t.baseUrl.replace('http', 'ws') + '/graphql',
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie } });
      }
    },
    retryAttempts: 0,
  });
}

/** Subscribes and collects what arrives; resolves once the server has taken the subscription. */
async function listen(client: Client, threadId: string) {
  const received: { kind: string; answerId: string | null; actorId: string | null }[] = [];
  const errors: unknown[] = [];
  client.subscribe(
    { query: QUERY, variables: { id: threadId } },
    {
      next: (v) => {
        if (v.errors) errors.push(v.errors);
        else received.push((v.data as { threadUpdated: (typeof received)[number] }).threadUpdated);
      },
      error: (e) => errors.push(e),
      complete: () => undefined,
    },
  );
  // The subscribe call resolves its visibility check before listening; give it a moment (no event is lost
  // after this, since events only come from the writes below).
  await new Promise((r) => setTimeout(r, 300));
  return { received, errors };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
}

describe('threadUpdated', () => {
  it('tells a reader about new answers and comments as they commit', async () => {
    const asker = await createAccount(t);
    const reader = await createAccount(t);
    const threadId = await askQuestion(t, asker);
    const client = clientFor(reader.client.cookie);
    const guest = clientFor('');
    const live = await listen(client, threadId);
    const guestLive = await listen(guest, threadId);
    const answerer = await createAccount(t);
    const answerId = await answer(answerer, threadId, 'Live answer.');
    await asker.client.ok(COMMENT, { i: { targetId: answerId, body: 'Thanks, trying it now.' } });
    await until(() => live.received.length >= 2 && guestLive.received.length >= 2);
    expect(live.errors).toEqual([]);
    expect(live.received).toEqual([
      expect.objectContaining({ kind: 'ANSWER_ADDED', answerId, actorId: answerer.id }),
      expect.objectContaining({ kind: 'COMMENT_ADDED', actorId: asker.id }),
    ]);
    expect(guestLive.received.map((u) => u.kind)).toEqual(['ANSWER_ADDED', 'COMMENT_ADDED']);
    await client.dispose();
    await guest.dispose();
  });

  it('refuses threads the reader cannot see, and stops updates once the thread is hidden from them', async () => {
    const asker = await createAccount(t);
    const reader = await createAccount(t);
    const moderator = await createAccount(t, { role: 'MODERATOR' });
    const threadId = await askQuestion(t, asker);
    const readerClient = clientFor(reader.client.cookie);
    const modClient = clientFor(moderator.client.cookie);
    const readerLive = await listen(readerClient, threadId);
    const modLive = await listen(modClient, threadId);
    await moderator.client.ok(HIDE, { i: { targetId: threadId, reason: 'Spam' } });
    await moderator.client.ok(COMMENT, { i: { targetId: threadId, body: 'Hidden for review.' } });
    await until(() => modLive.received.length >= 2);
    expect(modLive.received.map((u) => u.kind)).toEqual(['STATE_CHANGED', 'COMMENT_ADDED']);
    expect(readerLive.received).toEqual([]);

    const late = clientFor(reader.client.cookie);
    const refused = await listen(late, threadId);
    await until(() => refused.errors.length > 0);
    expect(JSON.stringify(refused.errors)).toContain('NOT_FOUND');
    await Promise.all([readerClient.dispose(), modClient.dispose(), late.dispose()]);
  });
});
