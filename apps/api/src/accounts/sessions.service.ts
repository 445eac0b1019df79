// Server-side sessions in Postgres: the browser holds a random token, the table holds its hash.
import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Response } from 'express';
import { EntityManager, Repository } from 'typeorm';
import { CONFIG, Config } from '../config/config';
import { Viewer } from '../common/context';
import { AccountEntity } from './account.entity';
import { SessionEntity } from './session.entity';
import { entityRows, EntityRows } from '../common/entity-rows';
import { ErasedPerson, ErasureCounts, eraseRows } from '../common/erasure';
import { categoryAccessColumnSql, categoryAccessFromColumn } from '../guardian/category-access';

export const SESSION_COOKIE = 'community_session';
const TOUCH_EVERY_MS = 60 * 60 * 1000;
const CATEGORY_ACCESS = 'category_access';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class SessionsService {
  private rowReaders?: { session: EntityRows<SessionEntity>; account: EntityRows<AccountEntity> };

  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /** Creates a session for the account and returns the token for the cookie. */
  async start(
    accountId: string,
    meta: { ip: string; userAgent?: string },
    manager: EntityManager = this.sessions.manager,
  ): Promise<{ token: string; expiresAt: Date; sessionId: string }> {
    const token = randomBytes(32).toString('base64url');
    const sessionId = hashToken(token);
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.sessionTtlDays * 86_400_000);
    await manager.insert(SessionEntity, {
      id: sessionId,
      accountId,
      expiresAt,
      lastSeenAt: now,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 400) ?? null,
    });
    return { token, expiresAt, sessionId };
  }

  /** The viewer behind a cookie token, or null when it is unknown or expired. One query. */
  async resolve(token: string | undefined): Promise<Viewer | null> {
    if (!token || token.length > 100) return null;
    const id = hashToken(token);
    // Every signed-in request starts here: the statement is built once, its row read without TypeORM.
    const connection = this.sessions.manager.connection;
    const readers = (this.rowReaders ??= {
      session: entityRows(connection, SessionEntity, 's'),
      account: entityRows(connection, AccountEntity, 'a'),
    });
    const sql = readers.session.statement('live-by-id', [id], () =>
      this.sessions
        .createQueryBuilder('s')
        .innerJoinAndSelect('s.account', 'a')
        // The guardian's private-category access rides along: no second statement per request.
        .addSelect(categoryAccessColumnSql('"a"."id"'), CATEGORY_ACCESS)
        .where('s.id = :id AND s.expires_at > now()', { id })
        .getQueryAndParameters(),
    );
    const [row] = await readers.session.rows(sql, [id]);
    if (!row) return null;
    const session = readers.session.hydrate(row);
    const account = readers.account.hydrate(row);
    if (Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await this.sessions.update({ id }, { lastSeenAt: new Date() });
    }
    return {
      account,
      sessionId: id,
      categoryAccess: categoryAccessFromColumn(account, row[CATEGORY_ACCESS]),
    };
  }

  /** When the session was started (its sign-in), for "signed in recently" checks. */
  async startedAt(sessionId: string): Promise<Date | null> {
    const session = await this.sessions.findOne({ where: { id: sessionId }, select: { createdAt: true } });
    return session?.createdAt ?? null;
  }

  async end(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
  }

  /** Ends the account's sessions (all but `keep`, when given); returns how many ended. */
  async endAllFor(accountId: string, keep?: string): Promise<number> {
    const qb = this.sessions.createQueryBuilder().delete().where('account_id = :accountId', { accountId });
    if (keep) qb.andWhere('id <> :keep', { keep });
    return (await qb.execute()).affected ?? 0;
  }

  setCookie(res: Response, token: string, expiresAt: Date): void {
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      path: '/',
      expires: expiresAt,
    });
  }

  clearCookie(res: Response): void {
    res.clearCookie(SESSION_COOKIE, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      path: '/',
    });
  }

  /** Erasure: every sign-in of the person ends. */
  erasePerson(manager: EntityManager, person: ErasedPerson): Promise<ErasureCounts> {
    return eraseRows(manager, { sessions: 'DELETE FROM sessions WHERE account_id = $1' }, [person.id]);
  }
}
