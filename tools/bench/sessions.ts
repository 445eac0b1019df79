// Signed-in bench members: sessions inserted straight into the table (as a sign-in would leave them), so the
// signed-in pages and posting are measured without paying for argon2 sign-ins. Removed at the end of a run.
import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { SESSION_COOKIE } from '../../apps/api/src/accounts/sessions.service';

/** The user agent bench sessions carry, so they are found and removed afterwards. */
export const BENCH_AGENT = 'community-bench';

/** Bench members' sessions (members past the new-account limits), so signed-in pages and posting are measured. */
export async function benchSessions(db: Pool, count: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM accounts WHERE role = 'MEMBER' AND reputation >= 200 AND suspended_until IS NULL
     ORDER BY md5(id::text) LIMIT $1`,
    [count],
  );
  const tokens = rows.map(() => randomBytes(32).toString('base64url'));
  await db.query(
    `INSERT INTO sessions (id, account_id, expires_at, last_seen_at, user_agent)
     SELECT encode(sha256(convert_to(t, 'UTF8')), 'hex'), a, now() + interval '1 day', now(), $3
     FROM unnest($1::text[], $2::uuid[]) AS s(t, a)`,
    [tokens, rows.map((r) => r.id), BENCH_AGENT],
  );
  return tokens.map((t) => `${SESSION_COOKIE}=${encodeURIComponent(t)}`);
}

/** Ends the sessions benchSessions started. */
export async function endBenchSessions(db: Pool): Promise<void> {
  await db.query(`DELETE FROM sessions WHERE user_agent = $1`, [BENCH_AGENT]).catch(() => undefined);
}
