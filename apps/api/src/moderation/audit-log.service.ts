// The moderation audit log: every moderator action writes one row (who, what, target, why, before, after).
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { AccountEntity } from '../accounts/account.entity';
import { Connection, decodeCursor, encodeCursor, toConnection } from '../common/connection';
import { Guardian } from '../guardian/guardian';
import { ModerationTarget } from './flag.entity';
import { ModerationActionEntity } from './moderation-action.entity';
import { ModerationLogArgs } from './moderation.inputs';
import { ModerationActionKind as Action } from './moderation-action-kind';
import { requireModerator } from './moderator';

export type Snapshot = Record<string, unknown>;

const isLogCursor = (v: unknown): v is string => typeof v === 'string' && /^\d+$/.test(v);

@Injectable()
export class AuditLogService {
  constructor(
    @InjectRepository(ModerationActionEntity) private readonly log: Repository<ModerationActionEntity>,
  ) {}

  /** Writes the audit row inside the action's transaction, so an action and its record commit together. */
  record(
    manager: EntityManager,
    actor: AccountEntity,
    action: Action,
    target: { type: ModerationTarget; id: string },
    reason: string,
    before: Snapshot | null,
    after: Snapshot | null,
  ): Promise<ModerationActionEntity> {
    return manager.save(
      manager.create(ModerationActionEntity, {
        actorId: actor.id,
        action,
        targetType: target.type,
        targetId: target.id,
        reason,
        before,
        after,
      }),
    );
  }

  /** The audit log, newest first, filtered by actor, action, target. */
  async list(guardian: Guardian, args: ModerationLogArgs): Promise<Connection<ModerationActionEntity>> {
    requireModerator(guardian);
    const filtered = () => {
      const qb = this.log.createQueryBuilder('m');
      const f = args.filter ?? {};
      if (f.actorId) qb.andWhere('m.actor_id = :actorId', { actorId: f.actorId });
      if (f.action) qb.andWhere('m.action = :action', { action: f.action });
      if (f.targetId) qb.andWhere('m.target_id = :targetId', { targetId: f.targetId });
      if (f.targetType) qb.andWhere('m.target_type = :targetType', { targetType: f.targetType });
      return qb;
    };
    const qb = filtered();
    const after = decodeCursor(args.after, isLogCursor);
    if (after) qb.andWhere('m.id < :after', { after });
    const rows = await qb
      .orderBy('m.id', 'DESC')
      .limit(args.first + 1)
      .getMany();
    return toConnection(
      rows,
      args.first,
      (m) => encodeCursor(String(m.id)),
      () => filtered().getCount(),
    );
  }
}
