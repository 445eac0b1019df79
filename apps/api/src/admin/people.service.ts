// People in the admin console: find accounts by handle, name or email, and one account's record (posts,
// flags, sign-ins) in one place. A reporting read model over accounts, threads, answers, flags and sessions
// (declared in tools/boundaries/read-models.json); every change (roles, suspensions) goes through its owner.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AccountEntity } from '../accounts/account.entity';
import { AccountsService } from '../accounts/accounts.service';
import { isUuid } from '../common/connection';
import { badInput, notFound } from '../common/errors';
import { Guardian } from '../guardian/guardian';
import { PersonFlag, PersonPost, PersonRecord, SignIn } from './people.model';
import { msg } from '../i18n/translate';

const LATEST = 20;

const state = (r: { hidden_at: Date | null; deleted_at: Date | null }) =>
  r.deleted_at ? 'DELETED' : r.hidden_at ? 'HIDDEN' : 'VISIBLE';

@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
  ) {}

  /** Accounts whose handle, display name or email contains `query`, exact handle or email first. */
  async search(guardian: Guardian, query: string, first: number): Promise<AccountEntity[]> {
    guardian.ensure(guardian.admin.canLookUpPeople());
    const q = query.trim().replace(/^@/, '');
    if (q.length < 2) throw badInput('query', msg('errors.admin.queryTooShort'));
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM accounts
        WHERE handle ILIKE $1 OR display_name ILIKE $1 OR email ILIKE $1
        ORDER BY (lower(handle) = lower($2) OR lower(email) = lower($2)) DESC, created_at DESC
        LIMIT $3`,
      [like, q, Math.min(Math.max(first, 1), 50)],
    );
    const found = await this.accounts.findByIds(rows.map((r) => r.id));
    const byId = new Map(found.map((a) => [a.id, a]));
    return rows.map((r) => byId.get(r.id)).filter((a): a is AccountEntity => !!a);
  }

  async record(guardian: Guardian, accountId: string): Promise<PersonRecord> {
    guardian.ensure(guardian.admin.canLookUpPeople());
    const account = isUuid(accountId) ? await this.accounts.findById(accountId) : null;
    if (!account) throw notFound('account');
    const q = <T>(sql: string) => this.dataSource.query(sql, [account.id]) as Promise<T[]>;
    const [threads, answers, counts, flags, raised, sessions] = await Promise.all([
      q<{ id: string; title: string; created_at: Date; hidden_at: Date | null; deleted_at: Date | null }>(
        `SELECT id, title, created_at, hidden_at, deleted_at FROM threads WHERE author_id = $1
          ORDER BY created_at DESC LIMIT ${LATEST}`,
      ),
      q<{
        id: string;
        thread_id: string;
        title: string;
        created_at: Date;
        hidden_at: Date | null;
        deleted_at: Date | null;
      }>(
        `SELECT a.id, a.thread_id, t.title, a.created_at, a.hidden_at, a.deleted_at
           FROM answers a JOIN threads t ON t.id = a.thread_id WHERE a.author_id = $1
          ORDER BY a.created_at DESC LIMIT ${LATEST}`,
      ),
      q<{ threads: number; answers: number }>(
        `SELECT (SELECT count(*)::int FROM threads WHERE author_id = $1) AS threads,
                (SELECT count(*)::int FROM answers WHERE author_id = $1) AS answers`,
      ),
      q<{
        id: string;
        target_type: PersonFlag['targetType'];
        target_id: string;
        thread_id: string | null;
        reason: PersonFlag['reason'];
        status: PersonFlag['status'];
        note: string | null;
        handle: string;
        created_at: Date;
      }>(
        `SELECT f.id, f.target_type, f.target_id, f.thread_id, f.reason, f.status, f.note, r.handle, f.created_at
           FROM flags f JOIN accounts r ON r.id = f.account_id
          WHERE (f.target_type = 'THREAD' AND f.target_id IN (SELECT id FROM threads WHERE author_id = $1))
             OR (f.target_type = 'ANSWER' AND f.target_id IN (SELECT id FROM answers WHERE author_id = $1))
             OR (f.target_type = 'COMMENT' AND f.target_id IN (SELECT id FROM comments WHERE author_id = $1))
             OR (f.target_type = 'ACCOUNT' AND f.target_id = $1)
          ORDER BY f.created_at DESC LIMIT ${LATEST}`,
      ),
      q<{ n: number }>(`SELECT count(*)::int AS n FROM flags WHERE account_id = $1`),
      q<{
        created_at: Date;
        last_seen_at: Date;
        expires_at: Date;
        ip: string | null;
        user_agent: string | null;
      }>(
        `SELECT created_at, last_seen_at, expires_at, ip, user_agent FROM sessions
          WHERE account_id = $1 ORDER BY created_at DESC LIMIT ${LATEST}`,
      ),
    ]);
    return {
      account,
      threads: threads.map((t): PersonPost => ({
        id: t.id,
        threadId: t.id,
        title: t.title,
        createdAt: t.created_at,
        state: state(t),
      })),
      answers: answers.map((a): PersonPost => ({
        id: a.id,
        threadId: a.thread_id,
        title: a.title,
        createdAt: a.created_at,
        state: state(a),
      })),
      threadCount: counts[0].threads,
      answerCount: counts[0].answers,
      flagsReceived: flags.map((f) => ({
        id: f.id,
        targetType: f.target_type,
        targetId: f.target_id,
        threadId: f.thread_id,
        reason: f.reason,
        status: f.status,
        note: f.note,
        flaggedBy: f.handle,
        createdAt: f.created_at,
      })),
      flagsRaised: raised[0].n,
      signIns: sessions.map((s): SignIn => ({
        signedInAt: s.created_at,
        lastSeenAt: s.last_seen_at,
        expiresAt: s.expires_at,
        ip: s.ip,
        userAgent: s.user_agent,
      })),
    };
  }
}
