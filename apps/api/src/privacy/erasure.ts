// Erases a person's personal data across the community's tables in one transaction. The account row stays as
// an anonymous tombstone ("Deleted user"), because public posts keep pointing at their author; everything that
// identifies the person, or that they said in private, goes. A write model over other features' tables by
// necessity: erasure has to reach all of them at once, atomically.
import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';

export const ERASED_NAME = 'Deleted user';

export interface ErasureCounts {
  [kind: string]: number | boolean;
}

const count = (result: unknown): number =>
  Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;

async function present(manager: EntityManager, table: string): Promise<boolean> {
  const [row] = await manager.query('SELECT to_regclass($1) IS NOT NULL AS present', [`public.${table}`]);
  return row.present as boolean;
}

/**
 * `deletePosts`: also remove the person's public threads, answers and comments (and their revisions) instead
 * of keeping them under the anonymous name. Returns the thread ids whose public content changed.
 */
export async function eraseAccount(
  manager: EntityManager,
  accountId: string,
  deletePosts: boolean,
): Promise<{ counts: ErasureCounts; changedThreads: string[] }> {
  const [account] = await manager.query(
    'SELECT id, email, handle, display_name FROM accounts WHERE id = $1 FOR UPDATE',
    [accountId],
  );
  const id: string = account.id;
  const counts: ErasureCounts = { deletePosts };
  const run = async (name: string, sql: string, params: unknown[] = [id]) => {
    counts[name] = count(await manager.query(sql, params));
  };

  // Private content: the person's conversations with the care team, and what they wrote in others'.
  await run('privateConversations', 'DELETE FROM private_conversations WHERE customer_id = $1');
  await run(
    'privateMessages',
    `UPDATE private_messages SET body = '[deleted]', body_html = '<p>[deleted]</p>' WHERE author_id = $1`,
  );
  // Sign-ins, tokens, their exports, their flags' notes, their rating comments.
  await run('sessions', 'DELETE FROM sessions WHERE account_id = $1');
  await run('apiTokens', 'DELETE FROM api_tokens WHERE account_id = $1');
  await run('identities', 'DELETE FROM account_identities WHERE account_id = $1');
  await run('dataExports', 'DELETE FROM data_exports WHERE account_id = $1 OR requested_by_id = $1');
  await run('flags', 'DELETE FROM flags WHERE account_id = $1');
  await run('ratingComments', 'UPDATE satisfaction_ratings SET comment = NULL WHERE account_id = $1');
  if (await present(manager, 'notifications')) {
    await run('notifications', 'DELETE FROM notifications WHERE recipient_id = $1');
    // Others' notifications quote what the person wrote (private replies included): the quote goes.
    await run('notificationExcerpts', `UPDATE notifications SET excerpt = '' WHERE actor_id = $1`);
  }
  if (await present(manager, 'watches')) await run('watches', 'DELETE FROM watches WHERE account_id = $1');
  if (await present(manager, 'mentions')) await run('mentions', 'DELETE FROM mentions WHERE account_id = $1');
  // Mail to or about them (the outbox doubles as the mail log), their email settings and one-time links.
  if (await present(manager, 'mail_messages')) {
    await run('mail', 'DELETE FROM mail_messages WHERE account_id = $1 OR lower(to_address) = lower($2)', [
      id,
      account.email,
    ]);
  }
  if (await present(manager, 'email_preferences')) {
    await run('emailPreferences', 'DELETE FROM email_preferences WHERE account_id = $1');
  }
  if (await present(manager, 'account_tokens')) {
    await run('accountTokens', 'DELETE FROM account_tokens WHERE account_id = $1');
  }
  // Announcements carry their author's name as signed; the name goes (the signature then no longer verifies).
  await run(
    'announcementNames',
    `UPDATE announcement_versions SET author_name = $2, author_title = '' WHERE author_id = $1`,
    [id, ERASED_NAME],
  );
  // Webhook payloads already built (sent or pending) that name the person.
  await run(
    'webhookPayloads',
    `UPDATE webhook_deliveries SET body = json_build_object('id', event_id, 'event', event,
       'createdAt', created_at, 'data', json_build_object('redacted', true))::text
     WHERE strpos(body, $1) > 0 OR strpos(lower(body), lower($2)) > 0`,
    [id, account.email],
  );

  const changedThreads = new Set<string>();
  if (deletePosts) {
    const threads: { id: string }[] = await manager.query('SELECT id FROM threads WHERE author_id = $1', [
      id,
    ]);
    threads.forEach((t) => changedThreads.add(t.id));
    const answers: { thread_id: string }[] = await manager.query(
      'SELECT thread_id FROM answers WHERE author_id = $1',
      [id],
    );
    answers.forEach((a) => changedThreads.add(a.thread_id));
    await run(
      'revisions',
      `DELETE FROM revisions WHERE editor_id = $1
         OR (target_type = 'THREAD' AND target_id IN (SELECT id FROM threads WHERE author_id = $1))
         OR (target_type = 'ANSWER' AND target_id IN (SELECT id FROM answers WHERE author_id = $1))`,
    );
    await run(
      'threads',
      `UPDATE threads SET title = '[deleted]', body = '', body_html = '', tags = '{}',
         deleted_at = COALESCE(deleted_at, now()) WHERE author_id = $1`,
    );
    await run(
      'answers',
      `UPDATE answers SET body = '', body_html = '', deleted_at = COALESCE(deleted_at, now()) WHERE author_id = $1`,
    );
    await run(
      'comments',
      `UPDATE comments SET body = '', body_html = '', deleted_at = COALESCE(deleted_at, now()) WHERE author_id = $1`,
    );
  } else {
    const threads: { id: string }[] = await manager.query(
      `SELECT id FROM threads WHERE author_id = $1
       UNION SELECT thread_id FROM answers WHERE author_id = $1`,
      [id],
    );
    threads.forEach((t) => changedThreads.add(t.id));
  }

  // Last, the account itself: a tombstone nobody can sign in to, under an anonymous name.
  const tag = randomBytes(6).toString('hex');
  await manager.query(
    `UPDATE accounts SET email = $2, handle = $3, display_name = $4, password_hash = $5, job_title = NULL,
       suspension_reason = NULL, role = 'MEMBER', email_verified_at = NULL, unconfirmed_email = NULL,
       erased_at = now() WHERE id = $1`,
    [
      id,
      `erased-${tag}@erased.invalid`,
      `deleted_${tag}`,
      ERASED_NAME,
      `!erased-${randomBytes(16).toString('hex')}`,
    ],
  );
  return { counts, changedThreads: [...changedThreads] };
}
