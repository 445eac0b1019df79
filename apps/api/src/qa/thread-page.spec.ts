// A thread page costs a fixed number of SQL queries, whatever its size: every relation goes through DataLoaders.
import { answer, askQuestion, createAccount, createTestApp, TestApp } from '@community/testing';

const THREAD_PAGE = `query($id: ID!) { thread(id: $id) {
  id title bodyHtml tags status score answerCount viewCount viewerVote
  viewerCan { edit delete answer vote comment }
  category { id name } author { id handle displayName reputation role jobTitle }
  comments { id bodyHtml author { id displayName } }
  acceptedAnswer { id }
  answers(first: 100) { totalCount edges { node { id bodyHtml score official accepted viewerVote
    viewerCan { edit accept vote comment }
    author { id handle displayName reputation role jobTitle }
    comments { id bodyHtml author { id handle displayName } } } } } } }`;

let t: TestApp;
beforeAll(async () => {
  // The search indexer polls in the background; off here so only the page's own queries are counted.
  t = await createTestApp({ searchIndexer: 'off' });
});
afterAll(() => t.close());

async function threadWithAnswers(count: number): Promise<string> {
  const asker = await createAccount(t);
  const threadId = await askQuestion(t, asker);
  await asker.client.ok(`mutation($i: PostCommentInput!) { postComment(input: $i) { id } }`, {
    i: { targetId: threadId, body: 'More info' },
  });
  for (let i = 0; i < count; i++) {
    const author = await createAccount(t, { reputation: 60 });
    const answerId = await answer(author, threadId, `Answer number ${i}`);
    const commenter = await createAccount(t, { reputation: 60 });
    await commenter.client.ok(`mutation($i: PostCommentInput!) { postComment(input: $i) { id } }`, {
      i: { targetId: answerId, body: `Comment ${i}` },
    });
  }
  return threadId;
}

describe('thread page cost', () => {
  it('runs the same number of SQL queries for 1 answer and for 50 answers with distinct authors and comments', async () => {
    const small = await threadWithAnswers(1);
    const large = await threadWithAnswers(50);
    const viewer = await createAccount(t, { reputation: 100 });

    const cost = async (id: string) => {
      const { result, queries } = await t.countQueries(() => viewer.client.ok(THREAD_PAGE, { id }));
      return { thread: result.thread, queries };
    };
    const one = await cost(small);
    const fifty = await cost(large);
    expect(one.thread.answers.edges).toHaveLength(1);
    expect(fifty.thread.answers.edges).toHaveLength(50);
    expect(
      new Set(fifty.thread.answers.edges.map((e: { node: { author: { id: string } } }) => e.node.author.id))
        .size,
    ).toBe(50);
    expect(
      fifty.thread.answers.edges.every(
        (e: { node: { comments: unknown[] } }) => e.node.comments.length === 1,
      ),
    ).toBe(true);
    // The same statements, whatever the size; a loader's batch may split in two when the results it follows
    // arrive in different turns of the event loop (50 answers' rows come in several reads), never one per answer.
    const shapes = (queries: string[]) => [...new Set(queries.map((sql) => sql.slice(0, 80)))].sort();
    expect(shapes(fifty.queries)).toEqual(shapes(one.queries));
    expect(fifty.queries.length).toBeLessThanOrEqual(one.queries.length + 1);

    // The page's own statements are counted (the thread, its answers, authors, comments, votes …).
    expect(one.queries.some((sql) => sql.includes('ThreadEntity'))).toBe(true);
    expect(one.queries.length).toBeLessThanOrEqual(12);
  }, 120_000);
});
