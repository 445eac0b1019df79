// Builds a person's data archive: a read model over every feature's tables, as one JSON document.
import { EntityManager } from 'typeorm';

export const ARCHIVE_FORMAT = 'community-data-export/1';

async function optionalTable(manager: EntityManager, table: string): Promise<boolean> {
  const [row] = await manager.query('SELECT to_regclass($1) IS NOT NULL AS present', [`public.${table}`]);
  return row.present as boolean;
}

/** Everything the community holds about the account, readable by the person it is about. */
export async function buildArchive(
  manager: EntityManager,
  accountId: string,
): Promise<Record<string, unknown>> {
  const q = (sql: string) => manager.query(sql, [accountId]) as Promise<Record<string, unknown>[]>;
  const [profile] = await q(
    `SELECT id, email, handle, display_name AS "displayName", role, job_title AS "jobTitle", reputation,
            created_at AS "createdAt", suspended_until AS "suspendedUntil", suspension_reason AS "suspensionReason"
     FROM accounts WHERE id = $1`,
  );
  const threads = await q(
    `SELECT t.id, t.kind, t.status, t.title, t.body, t.tags, t.created_at AS "createdAt", t.edited_at AS "editedAt",
            t.deleted_at AS "deletedAt", t.hidden_at AS "hiddenAt",
            COALESCE((SELECT json_agg(json_build_object('title', r.title, 'body', r.body, 'tags', r.tags,
                        'createdAt', r.created_at) ORDER BY r.created_at)
                      FROM revisions r WHERE r.target_type = 'THREAD' AND r.target_id = t.id), '[]') AS revisions
     FROM threads t WHERE t.author_id = $1 ORDER BY t.created_at`,
  );
  const answers = await q(
    `SELECT x.id, x.thread_id AS "threadId", x.body, x.official, x.created_at AS "createdAt",
            x.edited_at AS "editedAt", x.deleted_at AS "deletedAt",
            COALESCE((SELECT json_agg(json_build_object('body', r.body, 'createdAt', r.created_at) ORDER BY r.created_at)
                      FROM revisions r WHERE r.target_type = 'ANSWER' AND r.target_id = x.id), '[]') AS revisions
     FROM answers x WHERE x.author_id = $1 ORDER BY x.created_at`,
  );
  const comments = await q(
    `SELECT id, thread_id AS "threadId", answer_id AS "answerId", body, created_at AS "createdAt"
     FROM comments WHERE author_id = $1 ORDER BY created_at`,
  );
  const votes = await q(
    `SELECT target_type AS "targetType", target_id AS "targetId", value, created_at AS "createdAt"
     FROM votes WHERE account_id = $1 ORDER BY created_at`,
  );
  const ratings = await q(
    `SELECT thread_id AS "threadId", rating, comment, created_at AS "createdAt"
     FROM satisfaction_ratings WHERE account_id = $1 ORDER BY created_at`,
  );
  const privateConversations = await q(
    `SELECT c.id, c.thread_id AS "threadId", c.created_at AS "createdAt", c.closed_at AS "closedAt",
            COALESCE((SELECT json_agg(json_build_object('author', a.display_name, 'fromYou', m.author_id = $1,
                        'body', m.body, 'createdAt', m.created_at) ORDER BY m.created_at)
                      FROM private_messages m JOIN accounts a ON a.id = m.author_id
                      WHERE m.conversation_id = c.id), '[]') AS messages
     FROM private_conversations c
     WHERE c.customer_id = $1 OR EXISTS (SELECT 1 FROM private_messages m WHERE m.conversation_id = c.id AND m.author_id = $1)
     ORDER BY c.created_at`,
  );
  const reputation = await q(
    `SELECT reason, delta, created_at AS "createdAt" FROM reputation_events WHERE account_id = $1 ORDER BY id`,
  );
  const sessions = await q(
    `SELECT created_at AS "createdAt", last_seen_at AS "lastSeenAt", ip, user_agent AS "userAgent"
     FROM sessions WHERE account_id = $1 ORDER BY created_at`,
  );
  const apiTokens = await q(
    `SELECT name, scopes, created_at AS "createdAt", last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"
     FROM api_tokens WHERE account_id = $1 ORDER BY created_at`,
  );
  const archive: Record<string, unknown> = {
    format: ARCHIVE_FORMAT,
    exportedAt: new Date().toISOString(),
    profile,
    threads,
    answers,
    comments,
    votes,
    ratings,
    privateConversations,
    reputation,
    sessions,
    apiTokens,
  };
  // Tables owned by features that may not be installed in every deployment.
  if (await optionalTable(manager, 'notifications')) {
    archive.notifications = await q(
      `SELECT * FROM notifications WHERE recipient_id = $1 ORDER BY created_at`,
    );
  }
  if (await optionalTable(manager, 'watches')) {
    archive.watches = await q(`SELECT * FROM watches WHERE account_id = $1`);
  }
  if (await optionalTable(manager, 'group_members')) {
    archive.groups = await q(
      `SELECT g.id, g.name, m.owner, m.created_at AS "joinedAt" FROM group_members m
       JOIN groups g ON g.id = m.group_id WHERE m.account_id = $1 ORDER BY g.name`,
    );
  }
  return archive;
}
