// Flags: members report posts, moderators work through the queue of open flags grouped by post.
import { markdownToText } from '@community/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import type { AccountEntity } from '../accounts/account.entity';
import { Connection, decodeCursor, encodeCursor, PageArgs, toConnection } from '../common/connection';
import { Guardian } from '../guardian/guardian';
import { badInput, notFound } from '../common/errors';
import { ThreadsService } from '../threads/threads.service';
import { AnswersService } from '../answers/answers.service';
import { CommentsService } from '../comments/comments.service';
import { inTransaction } from '../database/transaction';
import { AuditLogService } from './audit-log.service';
import { FlagEntity, FlagStatus, ModerationTarget } from './flag.entity';
import { ModerationActionEntity } from './moderation-action.entity';
import { FlagInput, ResolveFlagsInput } from './moderation.inputs';
import { FlagGroupModel } from './moderation.model';
import { ModerationActionKind as Action } from './moderation-action-kind';
import { locatePost, requireModerator, requireReason } from './moderator';
import { ErasedPerson, ErasureCounts, eraseRows } from '../common/erasure';
import { msg } from '../i18n/translate';

type GroupCursor = [string, string];
const isGroupCursor = (v: unknown): v is GroupCursor =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string';

@Injectable()
export class FlagsService {
  constructor(
    @InjectRepository(FlagEntity) private readonly flags: Repository<FlagEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    readonly threads: ThreadsService,
    readonly answers: AnswersService,
    readonly comments: CommentsService,
    private readonly audit: AuditLogService,
  ) {}

  /** Needs the flag privilege; one open flag per account and post. */
  async flag(guardian: Guardian, input: FlagInput): Promise<FlagEntity> {
    const account = guardian.ensure(guardian.active('flag posts'));
    guardian.ensure(guardian.privilege('flag'));
    return inTransaction(this.dataSource, async (manager) => {
      const found = await locatePost(this, manager, input.targetId);
      const post = found && (found.comment ?? found.answer ?? found.thread);
      if (!found || !post) throw notFound('postFlagged');
      guardian.ensure(guardian.posts.canFlag(post, found.thread));
      const open = await manager.findOne(FlagEntity, {
        where: { accountId: account.id, targetId: post.id, status: FlagStatus.OPEN },
      });
      const already = badInput('targetId', msg('errors.moderation.alreadyFlagged'));
      if (open) throw already;
      try {
        return await manager.save(
          manager.create(FlagEntity, {
            targetType: found.type,
            targetId: post.id,
            threadId: found.thread.id,
            accountId: account.id,
            reason: input.reason,
            note: input.note || null,
          }),
        );
      } catch (e) {
        if ((e as { code?: string }).code === '23505') throw already;
        throw e;
      }
    });
  }

  /** Closes every open flag on a post, inside the caller's transaction; returns how many. */
  async closeFlags(
    manager: EntityManager,
    actor: AccountEntity,
    targetId: string,
    status: FlagStatus,
  ): Promise<number> {
    const result = await manager.query(
      `UPDATE flags SET status = $3, resolved_at = now(), resolved_by_id = $2
       WHERE target_id = $1 AND status = 'OPEN'`,
      [targetId, actor.id, status],
    );
    return (result as [unknown, number])[1] ?? 0;
  }

  async resolveFlags(guardian: Guardian, input: ResolveFlagsInput): Promise<ModerationActionEntity> {
    const action = input.dismiss ? Action.DISMISS_FLAGS : Action.RESOLVE_FLAGS;
    const account = requireModerator(guardian);
    const reason = requireReason(input.reason);
    return inTransaction(this.dataSource, async (manager) => {
      const open = await manager.find(FlagEntity, {
        where: { targetId: input.targetId, status: FlagStatus.OPEN },
      });
      if (!open.length) throw badInput('targetId', msg('errors.moderation.noOpenFlags'));
      const status = input.dismiss ? FlagStatus.DISMISSED : FlagStatus.RESOLVED;
      await this.closeFlags(manager, account, input.targetId, status);
      return this.audit.record(
        manager,
        account,
        action,
        { type: open[0].targetType, id: input.targetId },
        reason,
        { openFlags: open.length, threadId: open[0].threadId },
        { status, threadId: open[0].threadId },
      );
    });
  }

  /** Open flags grouped by post, the post with the oldest open flag first. */
  async flagQueue(guardian: Guardian, page: PageArgs): Promise<Connection<FlagGroupModel>> {
    requireModerator(guardian);
    const after = decodeCursor(page.after, isGroupCursor);
    const params: unknown[] = [page.first + 1];
    let cursorSql = '';
    // Moderators see flags only on posts in categories their groups let them read.
    const categoryReadable = guardian.posts.readableSql('t.category_id');
    const readable =
      categoryReadable === 'TRUE'
        ? 'TRUE'
        : `(f.thread_id IS NULL OR EXISTS (SELECT 1 FROM threads t WHERE t.id = f.thread_id AND ${categoryReadable}))`;
    if (after) {
      params.push(after[0], after[1]);
      cursorSql = 'HAVING (min(created_at), target_id) > ($2::timestamptz, $3::uuid)';
    }
    const groups: {
      targetType: ModerationTarget;
      targetId: string;
      threadId: string | null;
      count: number;
      oldestAt: Date;
    }[] = await this.dataSource.query(
      `SELECT target_type AS "targetType", target_id AS "targetId", min(thread_id::text)::uuid AS "threadId",
           count(*)::int AS count, min(created_at) AS "oldestAt"
         FROM flags f WHERE status = 'OPEN' AND ${readable}
         GROUP BY target_type, target_id ${cursorSql}
         ORDER BY min(created_at), target_id LIMIT $1`,
      params,
    );
    const ids = groups.map((g) => g.targetId);
    const [flags, texts] = ids.length
      ? await Promise.all([
          this.flags.find({
            where: { targetId: In(ids), status: FlagStatus.OPEN },
            order: { createdAt: 'ASC' },
          }),
          this.dataSource.query(
            `SELECT id, title || E'\\n' || body AS text, hidden_at FROM threads WHERE id = ANY($1)
             UNION ALL SELECT id, body, hidden_at FROM answers WHERE id = ANY($1)
             UNION ALL SELECT id, body, hidden_at FROM comments WHERE id = ANY($1)`,
            [ids],
          ) as Promise<{ id: string; text: string; hidden_at: Date | null }[]>,
        ])
      : [[], []];
    const text = new Map(texts.map((r) => [r.id, r]));
    const rows: FlagGroupModel[] = groups.map((g) => ({
      ...g,
      oldestAt: new Date(g.oldestAt),
      excerpt: markdownToText(text.get(g.targetId)?.text ?? '').slice(0, 300),
      hidden: !!text.get(g.targetId)?.hidden_at,
      flags: flags.filter((f) => f.targetId === g.targetId),
    }));
    return toConnection(
      rows,
      page.first,
      (g) => encodeCursor([g.oldestAt.toISOString(), g.targetId]),
      () =>
        this.dataSource
          .query(`SELECT count(DISTINCT target_id)::int AS n FROM flags WHERE status = 'OPEN'`)
          .then((r: { n: number }[]) => r[0].n),
    );
  }

  openFlagCount(): Promise<number> {
    return this.flags.count({ where: { status: FlagStatus.OPEN } });
  }

  /** Erasure: the flags the person raised (with their notes) go. */
  erasePerson(manager: EntityManager, person: ErasedPerson): Promise<ErasureCounts> {
    return eraseRows(manager, { flags: 'DELETE FROM flags WHERE account_id = $1' }, [person.id]);
  }
}
