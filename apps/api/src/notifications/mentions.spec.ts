// @mentions, handle suggestions and invitations to answer, on a real database through the API.
import { answer, askQuestion, createAccount, createTestApp, TestAccount, TestApp } from '@community/testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const LIST = `{ notifications(first: 50) { edges { node { kind count excerpt actor { id } thread { id } } } } }`;
const EDIT_ANSWER = `mutation($i: EditAnswerInput!) { editAnswer(input: $i) { id bodyHtml } }`;
const SUGGEST = `query($p: String!, $t: ID, $n: Int) { handleSuggestions(prefix: $p, threadId: $t, first: $n) { id handle } }`;
const INVITE = `mutation($i: InviteToAnswerInput!) { inviteToAnswer(input: $i) }`;
const HIDE = `mutation($i: PostActionInput!) { hidePost(input: $i) { id } }`;

interface Item {
  kind: string;
  count: number;
  excerpt: string;
  actor: { id: string } | null;
  thread: { id: string } | null;
}

async function settled(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notification_events WHERE status = 'PENDING'`,
    );
    if (n === 0) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('notification events were not processed');
}

async function kinds(who: TestAccount, kind: string): Promise<Item[]> {
  const { notifications } = await who.client.ok(LIST);
  return notifications.edges.map((e: { node: Item }) => e.node).filter((n: Item) => n.kind === kind);
}

describe('@mentions', () => {
  it('links the handle, notifies the mentioned person once, not the author, and again only for new mentions on edit', async () => {
    const asker = await createAccount(t);
    const writer = await createAccount(t);
    const alice = await createAccount(t);
    const bob = await createAccount(t);
    const threadId = await askQuestion(t, asker);
    const { postAnswer } = await writer.client.ok(
      `mutation($i: PostAnswerInput!) { postAnswer(input: $i) { id bodyHtml } }`,
      {
        i: {
          threadId,
          body: `@${alice.handle.toUpperCase()} knows this; ask @${writer.handle} or @nobody_here.`,
        },
      },
    );
    expect(postAnswer.bodyHtml).toContain(`<a href="/u/${alice.handle}" class="mention"`);
    await settled();
    expect(await kinds(alice, 'MENTION')).toEqual([
      expect.objectContaining({ count: 1, actor: { id: writer.id }, thread: { id: threadId } }),
    ]);
    expect(await kinds(writer, 'MENTION')).toEqual([]);

    // An edit that keeps Alice and adds Bob notifies Bob only.
    await writer.client.ok(EDIT_ANSWER, {
      i: { answerId: postAnswer.id, body: `@${alice.handle} knows this, and @${bob.handle} too.` },
    });
    await settled();
    expect((await kinds(alice, 'MENTION')).map((n) => n.count)).toEqual([1]);
    expect(await kinds(bob, 'MENTION')).toEqual([
      expect.objectContaining({ count: 1, excerpt: expect.stringContaining('knows this') }),
    ]);
    // Editing again with the same people notifies nobody.
    await writer.client.ok(EDIT_ANSWER, {
      i: { answerId: postAnswer.id, body: `Thanks @${alice.handle} and @${bob.handle}.` },
    });
    await settled();
    expect((await kinds(bob, 'MENTION')).map((n) => n.count)).toEqual([1]);
  });

  it('mentions in questions and comments; code is not a mention; at most ten people per post', async () => {
    const asker = await createAccount(t);
    const people = [];
    for (let i = 0; i < 12; i++) people.push(await createAccount(t));
    const body = `${people.map((p) => `@${p.handle}`).join(' ')}\n\n\`@${asker.handle}\``;
    const threadId = await askQuestion(t, asker, { body });
    await settled();
    const notified = [];
    for (const p of people) notified.push((await kinds(p, 'MENTION')).length);
    expect(notified).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0]);

    const commenter = await createAccount(t);
    const answerId = await answer(people[0], threadId);
    await asker.client.ok('mutation($i: PostCommentInput!) { postComment(input: $i) { id } }', {
      i: { targetId: answerId, body: `@${commenter.handle} had this too` },
    });
    await settled();
    expect(await kinds(commenter, 'MENTION')).toHaveLength(1);
  });

  it('does not notify people who cannot see the post', async () => {
    const asker = await createAccount(t);
    const member = await createAccount(t);
    const moderator = await createAccount(t, { role: 'MODERATOR' });
    const colleague = await createAccount(t, { role: 'MODERATOR' });
    const threadId = await askQuestion(t, asker);
    const answerId = await answer(await createAccount(t), threadId, 'First.');
    await moderator.client.ok(HIDE, { i: { targetId: answerId, reason: 'Spam' } });
    // A mention in a comment on the hidden answer reaches a moderator (sees hidden posts), not the member.
    await moderator.client.ok('mutation($i: PostCommentInput!) { postComment(input: $i) { id } }', {
      i: { targetId: answerId, body: `@${member.handle} @${colleague.handle} what do you think?` },
    });
    await settled();
    expect(await kinds(member, 'MENTION')).toEqual([]);
    expect(await kinds(colleague, 'MENTION')).toHaveLength(1);
  });
});

describe('handleSuggestions', () => {
  it('suggests handles by prefix, participants first, to signed-in people only', async () => {
    const tag = Math.random().toString(36).slice(2, 7);
    const mk = async (suffix: string) => {
      const a = await createAccount(t);
      const handle = `zz${tag}_${suffix}`;
      await t.dataSource.query('UPDATE accounts SET handle = $2 WHERE id = $1', [a.id, handle]);
      return { ...a, handle };
    };
    const one = await mk('one');
    const two = await mk('two');
    const other = await mk('x');
    const threadId = await askQuestion(t, two);
    const viewer = await createAccount(t);
    const all = await viewer.client.ok(SUGGEST, { p: `ZZ${tag}`, t: threadId });
    expect(all.handleSuggestions.map((a: { handle: string }) => a.handle)).toEqual([
      two.handle,
      one.handle,
      other.handle,
    ]);
    const some = await viewer.client.ok(SUGGEST, { p: `zz${tag}_o`, n: 1 });
    expect(some.handleSuggestions).toEqual([{ id: one.id, handle: one.handle }]);
    // `_` is not a wildcard.
    expect((await viewer.client.ok(SUGGEST, { p: `zz${tag}xo` })).handleSuggestions).toEqual([]);

    const guest = await t.client().gql(SUGGEST, { p: 'zz' });
    expect(guest.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const tooMany = await viewer.client.gql(SUGGEST, { p: 'zz', n: 50 });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const bad = await viewer.client.gql(SUGGEST, { p: '%' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(other).toBeDefined();
  });
});

describe('inviteToAnswer', () => {
  it('notifies the invitee once per thread and limits invitations per thread', async () => {
    const asker = await createAccount(t);
    const inviter = await createAccount(t);
    const threadId = await askQuestion(t, asker);
    const invitee = await createAccount(t);
    expect((await inviter.client.ok(INVITE, { i: { threadId, accountId: invitee.id } })).inviteToAnswer).toBe(
      true,
    );
    await settled();
    expect(await kinds(invitee, 'INVITED_TO_ANSWER')).toEqual([
      expect.objectContaining({ actor: { id: inviter.id }, thread: { id: threadId } }),
    ]);
    const again = await inviter.client.gql(INVITE, { i: { threadId, accountId: invitee.id } });
    expect(again.errors?.[0]).toMatchObject({
      message: expect.stringContaining('already invited'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const self = await inviter.client.gql(INVITE, { i: { threadId, accountId: inviter.id } });
    expect(self.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const theAsker = await inviter.client.gql(INVITE, { i: { threadId, accountId: asker.id } });
    expect(theAsker.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    for (let i = 0; i < 4; i++) {
      const p = await createAccount(t);
      await inviter.client.ok(INVITE, { i: { threadId, accountId: p.id } });
    }
    await settled();
    const sixth = await inviter.client.gql(INVITE, {
      i: { threadId, accountId: (await createAccount(t)).id },
    });
    expect(sixth.errors?.[0]).toMatchObject({
      message: expect.stringContaining('5 people'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
