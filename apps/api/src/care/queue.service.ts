// The care queue and routing: questions waiting for the brand, and who (person or team) answers them.
import { normaliseTags, SENTIMENT_THRESHOLD } from '@community/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { AccountsService } from '../accounts/accounts.service';
import { CategoriesService } from '../categories/categories.service';
import { CategoryEntity } from '../categories/category.entity';
import { Connection, decodeCursor, encodeCursor, isUuid, toConnection } from '../common/connection';
import { Guardian } from '../guardian/guardian';
import { STAFF_ROLES } from '../guardian/roles';
import { badInput, notFound } from '../common/errors';
import { listLoaderFor, Loaders, loaderFor } from '../common/loaders';
import { QaEvents } from '../qa/qa-events';
import { ThreadEntity, ThreadKind } from '../threads/thread.entity';
import { ThreadsService } from '../threads/threads.service';
import { AssignmentEventEntity } from './assignment-event.entity';
import {
  AssignThreadInput,
  CareQueueArgs,
  CreateTeamInput,
  SetCategoryTeamInput,
  TeamMemberInput,
} from './care.inputs';
import { NotificationFanout } from '../notifications/notification-fanout';
import { NotificationKind } from '../notifications/notification.entity';
import { CareQueueItem, CareQueueSort, SentimentFilter } from './care.model';
import { TeamEntity, TeamMemberEntity } from './team.entity';
import { msg } from '../i18n/translate';

type QueueCursor = [number, string, string];
const isQueueCursor = (v: unknown): v is QueueCursor =>
  Array.isArray(v) &&
  v.length === 3 &&
  typeof v[0] === 'number' &&
  typeof v[1] === 'string' &&
  typeof v[2] === 'string' &&
  isUuid(v[2]);

/** Unscored threads (null sentiment) sort after every scored one under MOST_NEGATIVE. */
const NEGATIVE_KEY = 'coalesce(t.sentiment, 2)';

const minutesBetween = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / 60_000);

@Injectable()
export class CareQueueService {
  constructor(
    @InjectRepository(TeamEntity) private readonly teams: Repository<TeamEntity>,
    @InjectRepository(AssignmentEventEntity)
    private readonly assignmentEvents: Repository<AssignmentEventEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
    private readonly accounts: AccountsService,
    private readonly categories: CategoriesService,
    private readonly events: QaEvents,
    private readonly notifications: NotificationFanout,
  ) {}

  // ---- queue -------------------------------------------------------------------------------------

  /**
   * Questions still waiting for the brand: no official answer and no accepted answer, not deleted or hidden,
   * and still taking answers (not locked, not closed as a duplicate): nobody can answer those, so their clock
   * must not run in the queue.
   */
  async queue(guardian: Guardian, args: CareQueueArgs, now = new Date()): Promise<Connection<CareQueueItem>> {
    const account = guardian.ensure(guardian.care.canUseConsole('see the care queue'));
    const byNegative = args.sort === CareQueueSort.MOST_NEGATIVE;
    const filtered = () => {
      const qb = this.dataSource
        .getRepository(ThreadEntity)
        .createQueryBuilder('t')
        .innerJoin(CategoryEntity, 'c', 'c.id = t.category_id')
        .where('t.kind = :kind', { kind: ThreadKind.QUESTION })
        .andWhere('t.deleted_at IS NULL AND t.hidden_at IS NULL')
        .andWhere('t.locked_at IS NULL AND t.closed_at IS NULL')
        .andWhere('t.first_official_answer_at IS NULL AND t.accepted_answer_id IS NULL');
      const f = args.filter ?? {};
      if (f.categoryId) qb.andWhere('t.category_id = :categoryId', { categoryId: f.categoryId });
      if (f.tag) qb.andWhere('t.tags @> ARRAY[:tag]::text[]', { tag: normaliseTags([f.tag])[0] ?? f.tag });
      if (f.mine) qb.andWhere('t.assignee_id = :me', { me: account.id });
      else if (f.assigneeId) qb.andWhere('t.assignee_id = :assigneeId', { assigneeId: f.assigneeId });
      if (f.unassigned) qb.andWhere('t.assignee_id IS NULL');
      if (f.sentiment === SentimentFilter.NEGATIVE)
        qb.andWhere('t.sentiment <= :neg', { neg: -SENTIMENT_THRESHOLD });
      if (f.sentiment === SentimentFilter.POSITIVE)
        qb.andWhere('t.sentiment >= :pos', { pos: SENTIMENT_THRESHOLD });
      if (f.sentiment === SentimentFilter.NEUTRAL)
        qb.andWhere('t.sentiment > :neg AND t.sentiment < :pos', {
          neg: -SENTIMENT_THRESHOLD,
          pos: SENTIMENT_THRESHOLD,
        });
      return qb;
    };
    const qb = filtered().addSelect('c.response_target_minutes', 'target');
    const after = decodeCursor(args.after, isQueueCursor);
    if (after) {
      const key = byNegative ? NEGATIVE_KEY : '0';
      qb.andWhere(`(${key}, t.created_at, t.id) > (:k, :c, :id)`, {
        k: after[0],
        c: new Date(after[1]),
        id: after[2],
      });
    }
    if (byNegative) qb.orderBy(NEGATIVE_KEY, 'ASC');
    const { entities, raw } = await qb
      .addOrderBy('t.created_at', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .limit(args.first + 1)
      .getRawAndEntities<{ t_id: string; target: number }>();
    const targetOf = new Map(raw.map((r) => [r.t_id, Number(r.target)]));
    const items = entities.map((thread) => queueItem(thread, targetOf.get(thread.id) ?? 0, now));
    return toConnection(
      items,
      args.first,
      (item) =>
        encodeCursor([
          byNegative ? (item.thread.sentiment ?? 2) : 0,
          item.thread.createdAt.toISOString(),
          item.thread.id,
        ]),
      () => filtered().getCount(),
    );
  }

  // ---- routing -----------------------------------------------------------------------------------

  async assign(guardian: Guardian, input: AssignThreadInput): Promise<ThreadEntity> {
    const account = guardian.ensure(guardian.care.canUseConsole('assign threads'));
    return this.events.transaction(async (manager, emit) => {
      const thread = await this.threads.lock(manager, input.threadId);
      const assigneeId = input.assigneeId ?? null;
      if (assigneeId) {
        const assignee = await this.accounts.findById(assigneeId);
        if (!assignee) throw badInput('assigneeId', msg('errors.care.noSuchAccount'));
        if (!guardian.care.canWorkCases(assignee))
          throw badInput('assigneeId', msg('errors.care.assignEmployeesOnly'));
      }
      const teamId = input.teamId === undefined ? thread.assignedTeamId : input.teamId;
      if (teamId && teamId !== thread.assignedTeamId) {
        if (!(await manager.findOne(TeamEntity, { where: { id: teamId } })))
          throw badInput('teamId', msg('errors.care.noSuchTeam'));
      }
      if (assigneeId === thread.assigneeId && teamId === thread.assignedTeamId) return thread;
      const action =
        !assigneeId && !teamId
          ? 'UNASSIGN'
          : !thread.assigneeId && !thread.assignedTeamId
            ? 'ASSIGN'
            : !assigneeId && thread.assigneeId && teamId === thread.assignedTeamId
              ? 'UNASSIGN'
              : 'REASSIGN';
      await this.threads.setAssignment(manager, thread.id, { assigneeId, assignedTeamId: teamId });
      await manager.insert(AssignmentEventEntity, {
        threadId: thread.id,
        actorId: account.id,
        action,
        assigneeId,
        teamId,
      });
      // The person a colleague hands a thread to hears about it (assigning yourself needs no notice).
      if (assigneeId && assigneeId !== account.id && assigneeId !== thread.assigneeId) {
        await this.notifications.notify(manager, {
          kind: NotificationKind.ASSIGNED,
          recipientId: assigneeId,
          threadId: thread.id,
          actorId: account.id,
          excerpt: thread.title,
        });
      }
      await emit({ threadId: thread.id, change: 'assigned', actorId: account.id });
      return Object.assign(thread, { assigneeId, assignedTeamId: teamId });
    });
  }

  assignmentHistory(loaders: Loaders, threadId: string): Promise<AssignmentEventEntity[]> {
    return listLoaderFor<string, AssignmentEventEntity>(
      loaders,
      'assignmentEventsByThread',
      (ids) =>
        this.assignmentEvents.find({
          where: { threadId: In([...ids]) },
          order: { createdAt: 'ASC', id: 'ASC' },
        }),
      (e) => e.threadId,
    ).load(threadId);
  }

  /** The people a thread can be assigned to (employees and admins), by name, for the routing controls. */
  assignableStaff(guardian: Guardian): Promise<AccountEntity[]> {
    guardian.ensure(guardian.care.canUseConsole('see who threads can be assigned to'));
    return this.dataSource
      .getRepository(AccountEntity)
      .find({ where: { role: In([...STAFF_ROLES]) }, order: { displayName: 'ASC', id: 'ASC' } });
  }

  listTeams(guardian: Guardian): Promise<TeamEntity[]> {
    guardian.ensure(guardian.care.canUseConsole('see teams'));
    return this.teams.find({ order: { name: 'ASC' } });
  }

  loadTeam(loaders: Loaders, id: string): Promise<TeamEntity | null> {
    return loaderFor<string, TeamEntity>(
      loaders,
      'teamById',
      (ids) => this.teams.find({ where: { id: In([...ids]) } }),
      (t) => t.id,
    ).load(id);
  }

  teamMembers(loaders: Loaders, teamId: string): Promise<AccountEntity[]> {
    return listLoaderFor<string, AccountEntity & { teamId: string }>(
      loaders,
      'teamMembersByTeam',
      async (ids) => {
        const rows = await this.dataSource
          .getRepository(TeamMemberEntity)
          .find({ where: { teamId: In([...ids]) }, relations: { account: true } });
        return rows.map((r) => Object.assign(r.account!, { teamId: r.teamId }));
      },
      (a) => a.teamId,
    ).load(teamId);
  }

  async createTeam(guardian: Guardian, input: CreateTeamInput): Promise<TeamEntity> {
    guardian.ensure(guardian.care.canManageTeams('create teams'));
    const name = input.name.trim();
    if (await this.teams.findOne({ where: { name } }))
      throw badInput('name', msg('errors.care.teamExists', { name }));
    return this.teams.save(this.teams.create({ name }));
  }

  async addTeamMember(guardian: Guardian, input: TeamMemberInput): Promise<TeamEntity> {
    guardian.ensure(guardian.care.canManageTeams('manage teams'));
    const team = await this.teams.findOne({ where: { id: input.teamId } });
    if (!team) throw notFound('team');
    const account = await this.accounts.findById(input.accountId);
    if (!account) throw badInput('accountId', msg('errors.care.noSuchAccount'));
    if (!guardian.care.canWorkCases(account))
      throw badInput('accountId', msg('errors.care.employeesOnlyJoin'));
    await this.dataSource
      .getRepository(TeamMemberEntity)
      .upsert({ teamId: team.id, accountId: account.id }, ['teamId', 'accountId']);
    return team;
  }

  /** Takes an account off a team; removing someone who is not on it changes nothing. */
  async removeTeamMember(guardian: Guardian, input: TeamMemberInput): Promise<TeamEntity> {
    guardian.ensure(guardian.care.canManageTeams('manage teams'));
    const team = await this.teams.findOne({ where: { id: input.teamId } });
    if (!team) throw notFound('team');
    await this.dataSource
      .getRepository(TeamMemberEntity)
      .delete({ teamId: team.id, accountId: input.accountId });
    return team;
  }

  async setCategoryTeam(guardian: Guardian, input: SetCategoryTeamInput): Promise<CategoryEntity> {
    guardian.ensure(guardian.care.canManageTeams('route categories'));
    const teamId = input.teamId ?? null;
    if (teamId && !(await this.teams.findOne({ where: { id: teamId } })))
      throw badInput('teamId', msg('errors.care.noSuchTeam'));
    return this.categories.setDefaultTeam(input.categoryId, teamId);
  }
}

export function queueItem(thread: ThreadEntity, targetMinutes: number, now: Date): CareQueueItem {
  const waitingMinutes = Math.max(0, minutesBetween(thread.createdAt, now));
  const minutesLeft = targetMinutes - waitingMinutes;
  return {
    thread,
    waitingMinutes,
    targetMinutes,
    minutesLeft,
    overdue: minutesLeft < 0,
    sentiment: thread.sentiment,
  };
}
