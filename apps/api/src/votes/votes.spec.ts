import {
  ACCEPT,
  answer,
  askQuestion,
  createAccount,
  createTestApp,
  reputationOf,
  TestApp,
  VOTE,
} from '@community/testing';
import { ReputationService } from '../reputation/reputation.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ledgerRows = async (accountId: string) =>
  t.dataSource.query(
    `SELECT reason, delta FROM reputation_events WHERE account_id = $1 AND source_key <> 'test:grant' ORDER BY id`,
    [accountId],
  );
const voteCount = async () => Number((await t.dataSource.query('SELECT count(*) FROM votes'))[0].count);

describe('the answer journey', () => {
  it('asker accepts (+15 answerer, +2 asker, SOLVED); a staff upvote adds +10: the answerer gains 25', async () => {
    const a = await createAccount(t);
    const b = await createAccount(t);
    const staff = await createAccount(t, { role: 'EMPLOYEE' });
    const threadId = await askQuestion(t, a);
    const answerId = await answer(b, threadId);
    await a.client.ok(ACCEPT, { id: answerId });
    const { vote } = await staff.client.ok(VOTE, { i: { targetId: answerId, value: 'UP' } });
    expect(vote).toEqual({ targetId: answerId, score: 1, viewerVote: 'UP' });
    expect(await reputationOf(t, b.id)).toBe(26);
    expect(await reputationOf(t, a.id)).toBe(3);
    expect(await ledgerRows(b.id)).toEqual([
      { reason: 'ANSWER_ACCEPTED', delta: 15 },
      { reason: 'ANSWER_UPVOTED', delta: 10 },
    ]);
    const { thread } = await t
      .client()
      .ok(
        `query($id: ID!) { thread(id: $id) { status acceptedAnswer { id } answers { edges { node { id accepted score } } } } }`,
        { id: threadId },
      );
    expect(thread).toEqual({
      status: 'SOLVED',
      acceptedAnswer: { id: answerId },
      answers: { edges: [{ node: { id: answerId, accepted: true, score: 1 } }] },
    });
  });
});

describe('vote rules', () => {
  it('refuses a new account with the threshold, and stores nothing', async () => {
    const a = await createAccount(t);
    const c = await createAccount(t);
    const threadId = await askQuestion(t, a);
    const before = await voteCount();
    const res = await c.client.gql(VOTE, { i: { targetId: threadId, value: 'UP' } });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      privilege: 'upvote',
      requiredReputation: 15,
      reputation: 1,
    });
    expect(res.errors?.[0].message).toBe(
      'Voting up needs 15 reputation; you have 1. Earn reputation when others upvote your questions and answers.',
    );
    expect(await voteCount()).toBe(before);
  });

  it('refuses votes on your own post, and downvotes below 125', async () => {
    const a = await createAccount(t, { reputation: 100 });
    const threadId = await askQuestion(t, a);
    const own = await a.client.gql(VOTE, { i: { targetId: threadId, value: 'UP' } });
    expect(own.errors?.[0]).toMatchObject({
      message: 'You cannot vote on your own post.',
      extensions: { code: 'FORBIDDEN' },
    });
    const other = await askQuestion(t, await createAccount(t));
    const down = await a.client.gql(VOTE, { i: { targetId: other, value: 'DOWN' } });
    expect(down.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(down.errors?.[0].message).toMatch(/Voting down needs 125 reputation; you have 100/);
  });

  it('refuses voting the same way twice, leaving score and reputation as they were', async () => {
    const a = await createAccount(t);
    const v = await createAccount(t, { reputation: 20 });
    const threadId = await askQuestion(t, a);
    await v.client.ok(VOTE, { i: { targetId: threadId, value: 'UP' } });
    const again = await v.client.gql(VOTE, { i: { targetId: threadId, value: 'UP' } });
    expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0].message).toMatch(/already voted this up/);
    expect(await reputationOf(t, a.id)).toBe(6);
    const [row] = await t.dataSource.query('SELECT score, up_votes FROM threads WHERE id = $1', [threadId]);
    expect(row).toEqual({ score: 1, up_votes: 1 });
  });

  it('changes and takes back votes, undoing their ledger rows (downvote on an answer costs the voter 1)', async () => {
    const a = await createAccount(t);
    const b = await createAccount(t);
    const v = await createAccount(t, { reputation: 200 });
    const threadId = await askQuestion(t, a);
    const answerId = await answer(b, threadId);
    await v.client.ok(VOTE, { i: { targetId: answerId, value: 'UP' } });
    expect(await reputationOf(t, b.id)).toBe(11);
    const { vote } = await v.client.ok(VOTE, { i: { targetId: answerId, value: 'DOWN' } });
    expect(vote).toMatchObject({ score: -1, viewerVote: 'DOWN' });
    expect(await reputationOf(t, b.id)).toBe(1); // 1 - 2, held at the floor
    expect(await reputationOf(t, v.id)).toBe(199);
    await v.client.ok(VOTE, { i: { targetId: answerId, value: 'NONE' } });
    expect(await reputationOf(t, b.id)).toBe(1);
    expect(await reputationOf(t, v.id)).toBe(200);
    expect(await ledgerRows(b.id)).toEqual([]);
    const [row] = await t.dataSource.query('SELECT score, up_votes, down_votes FROM answers WHERE id = $1', [
      answerId,
    ]);
    expect(row).toEqual({ score: 0, up_votes: 0, down_votes: 0 });
    const viewerVote = await v.client.ok(
      `query($id: ID!) { thread(id: $id) { answers { edges { node { viewerVote } } } } }`,
      { id: threadId },
    );
    expect(viewerVote.thread.answers.edges[0].node.viewerVote).toBe('NONE');
  });

  it('gives +5 for a question upvote and never lets reputation fall below 1', async () => {
    const a = await createAccount(t);
    const threadId = await askQuestion(t, a);
    const up = await createAccount(t, { reputation: 15 });
    await up.client.ok(VOTE, { i: { targetId: threadId, value: 'UP' } });
    expect(await reputationOf(t, a.id)).toBe(6);
    for (let i = 0; i < 4; i++) {
      const down = await createAccount(t, { reputation: 125 });
      await down.client.ok(VOTE, { i: { targetId: threadId, value: 'DOWN' } });
    }
    expect(await reputationOf(t, a.id)).toBe(1);
  });

  it('caps gains from votes at 200 a day', async () => {
    const a = await createAccount(t);
    const b = await createAccount(t);
    const threadId = await askQuestion(t, a);
    const answerId = await answer(b, threadId);
    const voters = await Promise.all(
      Array.from({ length: 21 }, () => createAccount(t, { role: 'MODERATOR' })),
    );
    for (const voter of voters) await voter.client.ok(VOTE, { i: { targetId: answerId, value: 'UP' } });
    expect(await reputationOf(t, b.id)).toBe(201);
    const rows = await ledgerRows(b.id);
    expect(rows).toHaveLength(21);
    expect(rows.at(-1)).toEqual({ reason: 'ANSWER_UPVOTED', delta: 0 });
    // An accept is not a vote: it still counts on a capped day.
    await a.client.ok(ACCEPT, { id: answerId });
    expect(await reputationOf(t, b.id)).toBe(216);
  });
});

describe('accepting', () => {
  it("refuses someone else's question, and non-questions, storing nothing", async () => {
    const a = await createAccount(t);
    const b = await createAccount(t);
    const stranger = await createAccount(t, { reputation: 5000 });
    const threadId = await askQuestion(t, a);
    const answerId = await answer(b, threadId);
    const res = await stranger.client.gql(ACCEPT, { id: answerId });
    expect(res.errors?.[0]).toMatchObject({
      message: 'Only the person who asked (or staff) can accept an answer.',
      extensions: { code: 'FORBIDDEN' },
    });
    const idea = await askQuestion(t, a, { kind: 'IDEA' });
    const ideaAnswer = await answer(b, idea);
    const notQuestion = await a.client.gql(ACCEPT, { id: ideaAnswer });
    expect(notQuestion.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await reputationOf(t, b.id)).toBe(1);
    const [row] = await t.dataSource.query('SELECT status, accepted_answer_id FROM threads WHERE id = $1', [
      threadId,
    ]);
    expect(row).toEqual({ status: 'ANSWERED', accepted_answer_id: null });
  });

  it('moves the accept (and its reputation) to another answer, and unaccepts back to ANSWERED', async () => {
    const a = await createAccount(t);
    const b = await createAccount(t);
    const c = await createAccount(t);
    const threadId = await askQuestion(t, a);
    const first = await answer(b, threadId);
    const second = await answer(c, threadId);
    await a.client.ok(ACCEPT, { id: first });
    await a.client.ok(ACCEPT, { id: second });
    expect([await reputationOf(t, b.id), await reputationOf(t, c.id), await reputationOf(t, a.id)]).toEqual([
      1, 16, 3,
    ]);
    await a.client.ok(`mutation($id: ID!) { unacceptAnswer(answerId: $id) { id } }`, { id: second });
    expect([await reputationOf(t, c.id), await reputationOf(t, a.id)]).toEqual([1, 1]);
    const [row] = await t.dataSource.query('SELECT status FROM threads WHERE id = $1', [threadId]);
    expect(row.status).toBe('ANSWERED');
  });

  it('lets staff accept, and gives nothing for accepting your own answer', async () => {
    const a = await createAccount(t);
    const staff = await createAccount(t, { role: 'EMPLOYEE' });
    const threadId = await askQuestion(t, a);
    const own = await answer(a, threadId);
    await a.client.ok(ACCEPT, { id: own });
    expect(await reputationOf(t, a.id)).toBe(1);
    const b = await createAccount(t);
    const other = await answer(b, threadId);
    await staff.client.ok(ACCEPT, { id: other });
    expect(await reputationOf(t, b.id)).toBe(16);
  });

  it('drops the accept and its reputation when the accepted answer is deleted', async () => {
    const a = await createAccount(t);
    const b = await createAccount(t);
    const threadId = await askQuestion(t, a);
    const answerId = await answer(b, threadId);
    await a.client.ok(ACCEPT, { id: answerId });
    await b.client.ok(`mutation($i: DeleteAnswerInput!) { deleteAnswer(input: $i) { id } }`, {
      i: { answerId },
    });
    expect(await reputationOf(t, b.id)).toBe(1);
    const [row] = await t.dataSource.query(
      'SELECT status, answer_count, accepted_answer_id FROM threads WHERE id = $1',
      [threadId],
    );
    expect(row).toEqual({ status: 'OPEN', answer_count: 0, accepted_answer_id: null });
  });
});

describe('recomputing reputation', () => {
  it('agrees with every stored total after all of the above, and repairs a tampered one', async () => {
    const reputation = t.app.get(ReputationService);
    expect((await reputation.recomputeAll()).corrected).toEqual([]);
    const a = await createAccount(t, { reputation: 40 });
    await t.dataSource.query('UPDATE accounts SET reputation = 999 WHERE id = $1', [a.id]);
    const result = await reputation.recomputeAll();
    expect(result.corrected).toEqual([{ id: a.id, stored: 999, ledger: 40 }]);
    expect(await reputationOf(t, a.id)).toBe(40);
  });
});
