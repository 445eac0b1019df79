// Data factories for API tests: real sign-ups through GraphQL, with role and reputation set as a test needs.
import { randomBytes } from 'node:crypto';
import type { GqlClient, TestApp } from './app';

export interface TestAccount {
  id: string;
  handle: string;
  email: string;
  password: string;
  client: GqlClient;
}

export type TestRole = 'MEMBER' | 'EMPLOYEE' | 'MODERATOR' | 'ADMIN';

/**
 * Signs up a new account and returns its signed-in client. `reputation` is granted through a ledger row
 * (reason ANSWER_UPVOTED, source `test:grant`) so the ledger and the stored total still agree.
 */
export async function createAccount(
  t: TestApp,
  options: { role?: TestRole; reputation?: number; jobTitle?: string; name?: string } = {},
): Promise<TestAccount> {
  const tag = randomBytes(4).toString('hex');
  const input = {
    email: `user_${tag}@example.com`,
    handle: `user_${tag}`,
    // Staff-like names are refused at sign-up; staff accounts get theirs when the role is set below.
    displayName: options.role && options.role !== 'MEMBER' ? `User ${tag}` : (options.name ?? `User ${tag}`),
    password: `password-${tag}`,
  };
  const client = t.client({ forwardedFor: `10.${randomBytes(3).join('.')}` });
  const { signUp } = await client.ok<{ signUp: { id: string } }>(
    'mutation($input: SignUpInput!) { signUp(input: $input) { id } }',
    { input },
  );
  const id = signUp.id;
  if (options.role && options.role !== 'MEMBER') {
    const jobTitle = options.jobTitle ?? (options.role === 'MODERATOR' ? null : 'Support Engineer');
    await t.dataSource.query(
      'UPDATE accounts SET role = $2, job_title = $3, display_name = $4 WHERE id = $1',
      [id, options.role, jobTitle, options.name ?? input.displayName],
    );
    input.displayName = options.name ?? input.displayName;
  }
  if (options.reputation && options.reputation > 1) {
    await t.dataSource.query(
      `INSERT INTO reputation_events (account_id, reason, delta, source_key, created_at)
       VALUES ($1, 'ANSWER_UPVOTED', $2, 'test:grant', now() - interval '2 days')`,
      [id, options.reputation - 1],
    );
    await t.dataSource.query('UPDATE accounts SET reputation = $2 WHERE id = $1', [id, options.reputation]);
  }
  return { id, client, ...input };
}

export async function reputationOf(t: TestApp, accountId: string): Promise<number> {
  const [row] = await t.dataSource.query('SELECT reputation FROM accounts WHERE id = $1', [accountId]);
  return row.reputation;
}

export async function firstCategoryId(t: TestApp): Promise<string> {
  const rows = await t.dataSource.query('SELECT id FROM categories ORDER BY position LIMIT 1');
  if (rows.length) return rows[0].id;
  const [created] = await t.dataSource.query(
    `INSERT INTO categories (slug, name, description, position) VALUES ('general', 'General', 'Everything else', 1) RETURNING id`,
  );
  return created.id;
}

export const CREATE_THREAD = `mutation($i: CreateThreadInput!) { createThread(input: $i) { id title body bodyHtml tags status kind } }`;
export const POST_ANSWER = `mutation($i: PostAnswerInput!) { postAnswer(input: $i) { id official bodyHtml } }`;
export const VOTE = `mutation($i: VoteInput!) { vote(input: $i) { targetId score viewerVote } }`;
export const ACCEPT = `mutation($id: ID!) { acceptAnswer(answerId: $id) { id } }`;

export async function askQuestion(
  t: TestApp,
  asker: TestAccount,
  overrides: Partial<{ title: string; body: string; tags: string[]; kind: string; categoryId: string }> = {},
): Promise<string> {
  const { createThread } = await asker.client.ok<{ createThread: { id: string } }>(CREATE_THREAD, {
    i: {
      kind: 'QUESTION',
      categoryId: overrides.categoryId ?? (await firstCategoryId(t)),
      title: `How do I reset my router ${randomBytes(3).toString('hex')}?`,
      body: 'It blinks **red** after the update.',
      tags: ['router'],
      ...overrides,
    },
  });
  return createThread.id;
}

export async function answer(
  author: TestAccount,
  threadId: string,
  body = 'Hold the reset button for 10 seconds.',
): Promise<string> {
  const { postAnswer } = await author.client.ok<{ postAnswer: { id: string } }>(POST_ANSWER, {
    i: { threadId, body },
  });
  return postAnswer.id;
}
