// A visitor walks every field of the schema that returns a thread, answer or comment (the list comes from the
// schema itself, so a new field cannot be forgotten) and must find nothing hidden or deleted.
import {
  ACCEPT,
  answer,
  askQuestion,
  createAccount,
  createTestApp,
  firstCategoryId,
  GqlClient,
  TestAccount,
  TestApp,
} from '@community/testing';
import { SearchIndexer } from '../search/search-indexer';

let t: TestApp;
let guest: GqlClient;
const ids = {} as Record<
  | 'visible'
  | 'hidden'
  | 'deleted'
  | 'duplicate'
  | 'visibleAnswer'
  | 'hiddenAnswer'
  | 'answerOnHidden'
  | 'answerOnDeleted'
  | 'visibleComment'
  | 'hiddenComment'
  | 'hiddenCommentOnAnswer'
  | 'commentOnHiddenAnswer'
  | 'hiddenAnnouncement',
  string
>;
let asker: TestAccount;
let answerer: TestAccount;

const comment = async (who: TestAccount, targetId: string, body: string) =>
  (
    await who.client.ok(`mutation($i: PostCommentInput!) { postComment(input: $i) { id } }`, {
      i: { targetId, body },
    })
  ).postComment.id as string;
const sql = (query: string, params: unknown[]) => t.dataSource.query(query, params);

beforeAll(async () => {
  t = await createTestApp({ searchIndexer: 'off' });
  guest = t.client();
  const categoryId = await firstCategoryId(t);
  asker = await createAccount(t, { reputation: 200 });
  answerer = await createAccount(t, { reputation: 200 });
  const employee = await createAccount(t, { role: 'EMPLOYEE' });
  const ask = (title: string) =>
    askQuestion(t, asker, { title, body: `Zebracorn router question: ${title}` });

  ids.visible = await ask('Zebracorn visible question');
  ids.visibleAnswer = await answer(answerer, ids.visible, 'A visible zebracorn answer');
  ids.hiddenAnswer = await answer(answerer, ids.visible, 'A hidden zebracorn answer');
  await asker.client.ok(ACCEPT, { id: ids.hiddenAnswer });
  ids.visibleComment = await comment(answerer, ids.visible, 'A visible comment');
  ids.hiddenComment = await comment(answerer, ids.visible, 'A hidden comment');
  ids.hiddenCommentOnAnswer = await comment(asker, ids.visibleAnswer, 'A hidden comment on an answer');
  ids.commentOnHiddenAnswer = await comment(asker, ids.hiddenAnswer, 'A comment on a hidden answer');

  ids.hidden = await ask('Zebracorn hidden question');
  ids.answerOnHidden = await answer(answerer, ids.hidden, 'An answer on a hidden thread');
  await asker.client.ok(ACCEPT, { id: ids.answerOnHidden });
  ids.deleted = await ask('Zebracorn deleted question');
  ids.answerOnDeleted = await answer(answerer, ids.deleted, 'An answer on a deleted thread');
  await asker.client.ok(ACCEPT, { id: ids.answerOnDeleted });
  ids.duplicate = await ask('Zebracorn duplicate question');

  ids.hiddenAnnouncement = (
    await employee.client.ok(
      `mutation($i: PublishAnnouncementInput!) { publishAnnouncement(input: $i) { id } }`,
      { i: { categoryId, title: 'Zebracorn hidden announcement', body: 'Hidden news' } },
    )
  ).publishAnnouncement.id;

  await t.app.get(SearchIndexer).drain();
  // Moderators hid these (and featured and pinned some before); the authors deleted the others.
  await sql(
    `UPDATE threads SET hidden_at = now(), featured_at = now(), pinned_until = now() + interval '1 day' WHERE id = ANY($1)`,
    [[ids.hidden, ids.hiddenAnnouncement]],
  );
  await sql(`UPDATE threads SET deleted_at = now(), featured_at = now() WHERE id = $1`, [ids.deleted]);
  await sql(`UPDATE answers SET hidden_at = now() WHERE id = $1`, [ids.hiddenAnswer]);
  await sql(`UPDATE comments SET hidden_at = now() WHERE id = ANY($1)`, [
    [ids.hiddenComment, ids.hiddenCommentOnAnswer],
  ]);
  await sql(`UPDATE threads SET closed_at = now(), duplicate_of_id = $2 WHERE id = $1`, [
    ids.duplicate,
    ids.hidden,
  ]);
});
afterAll(() => t.close());

// Small pages keep the walk under the query cost limit; the fixtures have fewer posts than that.
const THREAD_FIELDS = `id acceptedAnswer { id thread { id } comments { id } } duplicateOf { id }
  comments { id } answers(first: 5) { edges { node { id thread { id } comments { id } } } }
  satisfaction { thread { id } }`;
const ACCOUNT_FIELDS = `threads(first: 50) { totalCount edges { node { id } } }
  answers(first: 50) { totalCount edges { node { id thread { id title } comments { id } } } }
  reputationHistory(first: 50) { edges { node { thread { id title } } } }`;
const period = { from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date().toISOString() };

interface Walk {
  query: string;
  variables?: () => Record<string, unknown>;
  /** Ids of visible things the walk must find, so it proves the field was really exercised. */
  finds?: () => string[];
  /** Visitors cannot reach the field at all: the query is refused with this code. */
  refused?: 'UNAUTHENTICATED' | 'NOT_FOUND';
}

/** Every field returning a Thread, Answer or Comment (or their connections), and how a visitor reaches it. */
const WALKS: Record<string, Walk> = {
  'Query.thread': {
    query: `query($a: ID!, $b: ID!, $c: ID!, $d: ID!) { a: thread(id: $a) { ${THREAD_FIELDS} }
      b: thread(id: $b) { id } c: thread(id: $c) { id } d: thread(id: $d) { ${THREAD_FIELDS} } }`,
    variables: () => ({ a: ids.visible, b: ids.hidden, c: ids.deleted, d: ids.duplicate }),
    finds: () => [ids.visible, ids.visibleAnswer, ids.visibleComment, ids.duplicate],
  },
  'Query.threads': {
    query: `{ threads(first: 50) { totalCount edges { node { id } } } }`,
    finds: () => [ids.visible],
  },
  'Query.answer': {
    query: `query($a: ID!, $b: ID!, $c: ID!, $d: ID!) { a: answer(id: $a) { id thread { id } comments { id } }
      b: answer(id: $b) { id } c: answer(id: $c) { id } d: answer(id: $d) { id } }`,
    variables: () => ({
      a: ids.visibleAnswer,
      b: ids.hiddenAnswer,
      c: ids.answerOnHidden,
      d: ids.answerOnDeleted,
    }),
    finds: () => [ids.visibleAnswer],
  },
  'Query.featuredThreads': { query: `{ featuredThreads { ${THREAD_FIELDS} } }` },
  'Query.pinnedThreads': { query: `{ pinnedThreads { ${THREAD_FIELDS} } }` },
  'Query.similarThreads': {
    query: `{ similarThreads(input: { title: "Zebracorn question" }) { id } }`,
    finds: () => [ids.visible],
  },
  'Account.threads': {
    query: `query($h: String!) { account(handle: $h) { ${ACCOUNT_FIELDS} } }`,
    variables: () => ({ h: asker.handle }),
    finds: () => [ids.visible],
  },
  'Account.answers': {
    query: `query($h: String!) { account(handle: $h) { ${ACCOUNT_FIELDS} } }`,
    variables: () => ({ h: answerer.handle }),
    finds: () => [ids.visibleAnswer, ids.visible],
  },
  'ReputationEvent.thread': {
    query: `query($h: String!) { account(handle: $h) { reputationHistory(first: 10) { edges { node { thread { ${THREAD_FIELDS} } } } } } }`,
    variables: () => ({ h: answerer.handle }),
  },
  'Thread.acceptedAnswer': {
    query: `query($id: ID!) { thread(id: $id) { acceptedAnswer { id body } } }`,
    variables: () => ({ id: ids.visible }),
  },
  'Thread.answers': {
    query: `query($id: ID!) { thread(id: $id) { answers(first: 50) { totalCount edges { node { id } } } } }`,
    variables: () => ({ id: ids.visible }),
    finds: () => [ids.visibleAnswer],
  },
  'Thread.comments': {
    query: `query($id: ID!) { thread(id: $id) { comments { id } } }`,
    variables: () => ({ id: ids.visible }),
    finds: () => [ids.visibleComment],
  },
  'Thread.duplicateOf': {
    query: `query($id: ID!) { thread(id: $id) { duplicateOf { id } } }`,
    variables: () => ({ id: ids.duplicate }),
  },
  'Answer.thread': {
    query: `query($h: String!) { account(handle: $h) { answers(first: 50) { edges { node { thread { id } } } } } }`,
    variables: () => ({ h: answerer.handle }),
    finds: () => [ids.visible],
  },
  'Answer.comments': {
    query: `query($id: ID!) { thread(id: $id) { answers(first: 50) { edges { node { comments { id } } } } } }`,
    variables: () => ({ id: ids.visible }),
  },
  'SearchHit.thread': {
    query: `{ search(query: "zebracorn", first: 10) { edges { node { thread { ${THREAD_FIELDS} } } } } }`,
    finds: () => [ids.visible],
  },
  'Announcement.thread': {
    query: `query($id: ID!) { announcements(first: 50) { edges { node { id thread { id } } } }
      pinnedAnnouncements { id thread { id } } announcement(id: $id) { id thread { id } } }`,
    variables: () => ({ id: ids.hiddenAnnouncement }),
  },
  'SatisfactionRating.thread': {
    query: `query($id: ID!) { thread(id: $id) { satisfaction { thread { id } } } }`,
    variables: () => ({ id: ids.visible }),
  },
  // Staff and moderators only: a visitor is turned away before any thread is read.
  'CareQueueItem.thread': {
    query: `{ careQueue { edges { node { thread { id } } } } }`,
    refused: 'UNAUTHENTICATED',
  },
  'CommunityAnalytics.mostNegativeThreads': {
    query: `query($i: CommunityAnalyticsInput!) { communityAnalytics(input: $i) { mostNegativeThreads { id } } }`,
    variables: () => ({ i: period }),
    refused: 'UNAUTHENTICATED',
  },
  'CustomerHistory.threads': {
    query: `query($id: ID!) { customerHistory(accountId: $id) { threads { id } } }`,
    variables: () => ({ id: asker.id }),
    refused: 'UNAUTHENTICATED',
  },
  'FlagGroup.thread': {
    query: `{ flagQueue { edges { node { thread { id } } } } }`,
    refused: 'UNAUTHENTICATED',
  },
  'ModerationAction.thread': {
    query: `{ moderationLog { edges { node { thread { id } } } } }`,
    refused: 'UNAUTHENTICATED',
  },
  'Notification.thread': {
    query: `{ notifications { edges { node { thread { id } } } } }`,
    refused: 'UNAUTHENTICATED',
  },
  'PrivateConversation.thread': {
    query: `{ myPrivateConversations { thread { id } } }`,
    refused: 'UNAUTHENTICATED',
  },
  // Mutations: the only one open to visitors counts views, and refuses threads they may not see.
  'Mutation.recordView': {
    query: `mutation($id: ID!) { recordView(input: { threadId: $id }) { id } }`,
    variables: () => ({ id: ids.hidden }),
    refused: 'NOT_FOUND',
  },
  ...Object.fromEntries(
    [
      ['acceptAnswer', `acceptAnswer(answerId: $id) { id }`],
      ['unacceptAnswer', `unacceptAnswer(answerId: $id) { id }`],
      ['assignThread', `assignThread(input: { threadId: $id }) { id }`],
      [
        'createThread',
        `createThread(input: { kind: QUESTION, categoryId: $id, title: "Hello there", body: "Body" }) { id }`,
      ],
      ['deleteAnswer', `deleteAnswer(input: { answerId: $id }) { id }`],
      ['deleteThread', `deleteThread(input: { threadId: $id }) { id }`],
      ['editAnswer', `editAnswer(input: { answerId: $id, body: "Edited" }) { id }`],
      ['editThread', `editThread(input: { threadId: $id, body: "Edited" }) { id }`],
      ['postAnswer', `postAnswer(input: { threadId: $id, body: "An answer" }) { id }`],
      ['postComment', `postComment(input: { targetId: $id, body: "A comment" }) { id }`],
      ['setIdeaStatus', `setIdeaStatus(input: { threadId: $id, status: PLANNED }) { id }`],
    ].map(([name, call]) => [
      `Mutation.${name}`,
      {
        query: `mutation($id: ID!) { ${call} }`,
        variables: () => ({ id: ids.hidden }),
        refused: 'UNAUTHENTICATED' as const,
      },
    ]),
  ),
};

/** Every string in a response (ids and titles alike), to look for anything hidden. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

const invisible = () =>
  [
    ids.hidden,
    ids.deleted,
    ids.hiddenAnswer,
    ids.answerOnHidden,
    ids.answerOnDeleted,
    ids.hiddenComment,
    ids.hiddenCommentOnAnswer,
    ids.commentOnHiddenAnswer,
    ids.hiddenAnnouncement,
  ].concat(['Zebracorn hidden question', 'Zebracorn deleted question', 'A hidden zebracorn answer']);

describe('a visitor sees nothing hidden or deleted', () => {
  it('the walk covers every field of the schema that returns a thread, answer or comment', async () => {
    const { __schema } = await guest.ok(`{ __schema { types { name kind fields { name type {
      name ofType { name ofType { name ofType { name ofType { name } } } } } } } } }`);
    type TypeRef = { name: string | null; ofType?: TypeRef | null };
    const named = (ref: TypeRef): string => ref.name ?? named(ref.ofType!);
    const targets = new Set(['Thread', 'Answer', 'Comment', 'ThreadConnection', 'AnswerConnection']);
    const fields = (
      __schema.types as { name: string; kind: string; fields: { name: string; type: TypeRef }[] | null }[]
    )
      // Edges are walked through their connection field.
      .filter((type) => type.kind === 'OBJECT' && !type.name.startsWith('__') && !type.name.endsWith('Edge'))
      .flatMap((type) =>
        (type.fields ?? []).filter((f) => targets.has(named(f.type))).map((f) => `${type.name}.${f.name}`),
      );
    expect(fields.length).toBeGreaterThan(30);
    expect(Object.keys(WALKS).sort()).toEqual(expect.arrayContaining(fields.sort()));
  });

  for (const [field, walk] of Object.entries(WALKS)) {
    it(`${field}${walk.refused ? ` (refused: ${walk.refused})` : ''}`, async () => {
      const result = await guest.gql(walk.query, walk.variables?.() ?? {});
      if (walk.refused) {
        expect(result.errors?.[0]?.extensions?.code).toBe(walk.refused);
      } else {
        expect(result.errors).toBeUndefined();
      }
      const seen = strings(result.data);
      expect(seen.filter((s) => invisible().includes(s))).toEqual([]);
      for (const id of walk.finds?.() ?? []) expect(seen).toContain(id);
    });
  }
});
