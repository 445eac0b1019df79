// The care console: the queue of questions waiting for the brand, routing to people and teams,
// saved replies, private follow-ups, customer history and satisfaction ratings.
import { normaliseTags, renderMarkdown, SENTIMENT_THRESHOLD } from '@community/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Repository } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { isStaff, requireViewer } from '../accounts/accounts.policy';
import { CategoryEntity } from '../categories/category.entity';
import { Connection, decodeCursor, encodeCursor, isUuid, toConnection } from '../common/connection';
import { Viewer } from '../common/context';
import { badInput, forbidden, notFound } from '../common/errors';
import { listLoaderFor, Loaders, loaderFor } from '../common/loaders';
import { QaEvents } from '../qa/qa-events';
import { ThreadEntity, ThreadKind, ThreadStatus } from '../threads/thread.entity';
import { ThreadsService } from '../threads/threads.service';
import { AssignmentEventEntity } from './assignment-event.entity';
import {
  AssignThreadInput,
  CareQueueArgs,
  CreateSavedReplyInput,
  CreateTeamInput,
  OpenPrivateFollowUpInput,
  RateHelpInput,
  RenderSavedReplyInput,
  ReplyPrivateFollowUpInput,
  SetCategoryTeamInput,
  TeamMemberInput,
  UpdateSavedReplyInput,
} from './care.inputs';
import { CareQueueItem, CareQueueSort, SentimentFilter } from './care.model';
import { carePolicy } from './care.policy';
import { PrivateConversationEntity, PrivateMessageEntity } from './private-conversation.entity';
import { SatisfactionRatingEntity } from './satisfaction-rating.entity';
import { SavedReplyEntity } from './saved-reply.entity';
import { TeamEntity, TeamMemberEntity } from './team.entity';

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

export interface CustomerHistory {
  account: AccountEntity;
  threads: ThreadEntity[];
  threadCount: number;
  answersReceived: number;
  ratings: SatisfactionRatingEntity[];
  openConversations: PrivateConversationEntity[];
}

const minutesBetween = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / 60_000);

@Injectable()
export class CareService {
  constructor(
    @InjectRepository(TeamEntity) private readonly teams: Repository<TeamEntity>,
    @InjectRepository(SavedReplyEntity) private readonly savedReplies: Repository<SavedReplyEntity>,
    @InjectRepository(PrivateConversationEntity)
    private readonly conversations: Repository<PrivateConversationEntity>,
    @InjectRepository(PrivateMessageEntity) private readonly messages: Repository<PrivateMessageEntity>,
    @InjectRepository(SatisfactionRatingEntity)
    private readonly ratings: Repository<SatisfactionRatingEntity>,
    @InjectRepository(AssignmentEventEntity)
    private readonly assignmentEvents: Repository<AssignmentEventEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
    private readonly events: QaEvents,
  ) {}

  // ---- queue -------------------------------------------------------------------------------------

  /** Questions still waiting for the brand: no official answer and no accepted answer, not deleted or hidden. */
  async queue(
    viewer: Viewer | null,
    args: CareQueueArgs,
    now = new Date(),
  ): Promise<Connection<CareQueueItem>> {
    const { account } = carePolicy.assertStaff(viewer, 'see the care queue');
    const byNegative = args.sort === CareQueueSort.MOST_NEGATIVE;
    const filtered = () => {
      const qb = this.dataSource
        .getRepository(ThreadEntity)
        .createQueryBuilder('t')
        .innerJoin(CategoryEntity, 'c', 'c.id = t.category_id')
        .where('t.kind = :kind', { kind: ThreadKind.QUESTION })
        .andWhere('t.deleted_at IS NULL AND t.hidden_at IS NULL')
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

  async assign(viewer: Viewer | null, input: AssignThreadInput): Promise<ThreadEntity> {
    const { account } = carePolicy.assertStaff(viewer, 'assign threads');
    return this.events.transaction(async (manager, emit) => {
      const thread = await this.threads.lock(manager, input.threadId);
      const assigneeId = input.assigneeId ?? null;
      if (assigneeId) {
        const assignee = await manager.findOne(AccountEntity, { where: { id: assigneeId } });
        if (!assignee) throw badInput('assigneeId', 'That account does not exist.');
        if (!isStaff(assignee.role))
          throw badInput('assigneeId', 'Threads can only be assigned to employees.');
      }
      const teamId = input.teamId === undefined ? thread.assignedTeamId : input.teamId;
      if (teamId && teamId !== thread.assignedTeamId) {
        if (!(await manager.findOne(TeamEntity, { where: { id: teamId } })))
          throw badInput('teamId', 'That team does not exist.');
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
      await manager.update(ThreadEntity, { id: thread.id }, { assigneeId, assignedTeamId: teamId });
      await manager.insert(AssignmentEventEntity, {
        threadId: thread.id,
        actorId: account.id,
        action,
        assigneeId,
        teamId,
      });
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

  listTeams(viewer: Viewer | null): Promise<TeamEntity[]> {
    carePolicy.assertStaff(viewer, 'see teams');
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

  async createTeam(viewer: Viewer | null, input: CreateTeamInput): Promise<TeamEntity> {
    carePolicy.assertAdmin(viewer, 'create teams');
    const name = input.name.trim();
    if (await this.teams.findOne({ where: { name } })) throw badInput('name', `A team named ${name} exists.`);
    return this.teams.save(this.teams.create({ name }));
  }

  async addTeamMember(viewer: Viewer | null, input: TeamMemberInput): Promise<TeamEntity> {
    carePolicy.assertAdmin(viewer, 'manage teams');
    const team = await this.teams.findOne({ where: { id: input.teamId } });
    if (!team) throw notFound('The team');
    const account = await this.dataSource
      .getRepository(AccountEntity)
      .findOne({ where: { id: input.accountId } });
    if (!account) throw badInput('accountId', 'That account does not exist.');
    if (!isStaff(account.role)) throw badInput('accountId', 'Only employees can join a care team.');
    await this.dataSource
      .getRepository(TeamMemberEntity)
      .upsert({ teamId: team.id, accountId: account.id }, ['teamId', 'accountId']);
    return team;
  }

  async setCategoryTeam(viewer: Viewer | null, input: SetCategoryTeamInput): Promise<CategoryEntity> {
    carePolicy.assertAdmin(viewer, 'route categories');
    const teamId = input.teamId ?? null;
    if (teamId && !(await this.teams.findOne({ where: { id: teamId } })))
      throw badInput('teamId', 'That team does not exist.');
    const repo = this.dataSource.getRepository(CategoryEntity);
    const category = await repo.findOne({ where: { id: input.categoryId } });
    if (!category) throw notFound('The category');
    await repo.update({ id: category.id }, { defaultTeamId: teamId });
    return Object.assign(category, { defaultTeamId: teamId });
  }

  // ---- saved replies -----------------------------------------------------------------------------

  listSavedReplies(viewer: Viewer | null): Promise<SavedReplyEntity[]> {
    carePolicy.assertStaff(viewer, 'use saved replies');
    return this.savedReplies.find({ order: { title: 'ASC' } });
  }

  async createSavedReply(viewer: Viewer | null, input: CreateSavedReplyInput): Promise<SavedReplyEntity> {
    const { account } = carePolicy.assertStaff(viewer, 'write saved replies');
    return this.savedReplies.save(
      this.savedReplies.create({ title: input.title.trim(), body: input.body, createdById: account.id }),
    );
  }

  async updateSavedReply(viewer: Viewer | null, input: UpdateSavedReplyInput): Promise<SavedReplyEntity> {
    const { account } = carePolicy.assertStaff(viewer, 'edit saved replies');
    const reply = await this.savedReplies.findOne({ where: { id: input.id } });
    if (!reply) throw notFound('The saved reply');
    if (input.title != null) reply.title = input.title.trim();
    if (input.body != null) reply.body = input.body;
    reply.updatedById = account.id;
    return this.savedReplies.save(reply);
  }

  async deleteSavedReply(viewer: Viewer | null, id: string): Promise<boolean> {
    carePolicy.assertStaff(viewer, 'delete saved replies');
    const result = isUuid(id) ? await this.savedReplies.delete({ id }) : { affected: 0 };
    if (!result.affected) throw notFound('The saved reply');
    return true;
  }

  /** The reply's Markdown with {{customer_name}} and {{thread_title}} filled in for one thread. */
  async renderSavedReply(viewer: Viewer | null, input: RenderSavedReplyInput): Promise<string> {
    carePolicy.assertStaff(viewer, 'use saved replies');
    const reply = await this.savedReplies.findOne({ where: { id: input.savedReplyId } });
    if (!reply) throw notFound('The saved reply');
    const thread = await this.threads.findVisible(viewer, input.threadId);
    if (!thread) throw notFound('The thread');
    const asker = await this.dataSource
      .getRepository(AccountEntity)
      .findOneOrFail({ where: { id: thread.authorId } });
    return fillPlaceholders(reply.body, { customer_name: asker.displayName, thread_title: thread.title });
  }

  // ---- private follow-up -------------------------------------------------------------------------

  /** Opens (or continues) the private conversation with a thread's asker, with a first message. */
  async openPrivateFollowUp(
    viewer: Viewer | null,
    input: OpenPrivateFollowUpInput,
  ): Promise<PrivateConversationEntity> {
    const { account } = carePolicy.assertStaff(viewer, 'follow up in private');
    const body = messageBody(input.body);
    const thread = await this.threads.findVisible(viewer, input.threadId);
    if (!thread || thread.deletedAt) throw notFound('The thread');
    if (thread.authorId === account.id)
      throw badInput('threadId', 'You asked this question yourself: there is nobody to follow up with.');
    return this.dataSource.transaction(async (manager) => {
      let conversation = await manager.findOne(PrivateConversationEntity, {
        where: { threadId: thread.id, customerId: thread.authorId, closedAt: IsNull() },
        order: { createdAt: 'DESC' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!conversation) {
        conversation = await manager.save(
          manager.create(PrivateConversationEntity, {
            threadId: thread.id,
            customerId: thread.authorId,
            openedById: account.id,
          }),
        );
      }
      await manager.insert(PrivateMessageEntity, {
        conversationId: conversation.id,
        authorId: account.id,
        ...body,
      });
      return conversation;
    });
  }

  async replyPrivateFollowUp(
    viewer: Viewer | null,
    input: ReplyPrivateFollowUpInput,
  ): Promise<PrivateConversationEntity> {
    const v = requireViewer(viewer, 'reply');
    const conversation = await this.readableConversation(v, input.conversationId);
    if (conversation.closedAt)
      throw forbidden('This conversation is closed; ask a new question to continue.');
    await this.messages.insert({
      conversationId: conversation.id,
      authorId: v.account.id,
      ...messageBody(input.body),
    });
    return conversation;
  }

  async closePrivateFollowUp(viewer: Viewer | null, id: string): Promise<PrivateConversationEntity> {
    const v = carePolicy.assertStaff(viewer, 'close follow-ups');
    const conversation = await this.readableConversation(v, id);
    if (!conversation.closedAt) {
      conversation.closedAt = new Date();
      await this.conversations.update({ id: conversation.id }, { closedAt: conversation.closedAt });
    }
    return conversation;
  }

  /** NOT_FOUND, not FORBIDDEN, for outsiders: they do not even learn that the conversation exists. */
  async readableConversation(viewer: Viewer | null, id: string): Promise<PrivateConversationEntity> {
    const v = requireViewer(viewer, 'read private conversations');
    const conversation = isUuid(id) ? await this.conversations.findOne({ where: { id } }) : null;
    if (!conversation || !carePolicy.canReadConversation(v.account, conversation))
      throw notFound('The conversation');
    return conversation;
  }

  /** The customer's own conversations, or for staff the ones they opened; newest first. */
  myConversations(viewer: Viewer | null): Promise<PrivateConversationEntity[]> {
    const { account } = requireViewer(viewer, 'read private conversations');
    return this.conversations.find({
      where: isStaff(account.role)
        ? [{ customerId: account.id }, { openedById: account.id }]
        : { customerId: account.id },
      order: { createdAt: 'DESC' },
      take: 100,
    });
  }

  messagesOf(loaders: Loaders, conversationId: string): Promise<PrivateMessageEntity[]> {
    return listLoaderFor<string, PrivateMessageEntity>(
      loaders,
      'privateMessagesByConversation',
      (ids) =>
        this.messages.find({
          where: { conversationId: In([...ids]) },
          order: { createdAt: 'ASC', id: 'ASC' },
        }),
      (m) => m.conversationId,
    ).load(conversationId);
  }

  /** Whether a thread has had a private follow-up: public, without any of its content. */
  async hasFollowUp(loaders: Loaders, threadId: string): Promise<boolean> {
    const row = await loaderFor<string, { threadId: string }>(
      loaders,
      'followUpByThread',
      (ids) =>
        this.dataSource.query(
          'SELECT DISTINCT thread_id AS "threadId" FROM private_conversations WHERE thread_id = ANY($1)',
          [ids],
        ),
      (r) => r.threadId,
    ).load(threadId);
    return !!row;
  }

  // ---- customer history & satisfaction ----------------------------------------------------------

  async customerHistory(viewer: Viewer | null, accountId: string): Promise<CustomerHistory> {
    carePolicy.assertStaff(viewer, 'see customer history');
    const account = isUuid(accountId)
      ? await this.dataSource.getRepository(AccountEntity).findOne({ where: { id: accountId } })
      : null;
    if (!account) throw notFound('The account');
    const threadRepo = this.dataSource.getRepository(ThreadEntity);
    const [threads, threadCount, [received], ratings, openConversations] = await Promise.all([
      threadRepo.find({ where: { authorId: account.id }, order: { createdAt: 'DESC' }, take: 20 }),
      threadRepo.count({ where: { authorId: account.id } }),
      this.dataSource.query(
        `SELECT count(*)::int AS n FROM answers a JOIN threads t ON t.id = a.thread_id
         WHERE t.author_id = $1 AND a.author_id <> $1 AND a.deleted_at IS NULL`,
        [account.id],
      ) as Promise<{ n: number }[]>,
      this.ratings.find({ where: { accountId: account.id }, order: { createdAt: 'DESC' } }),
      this.conversations.find({
        where: { customerId: account.id, closedAt: IsNull() },
        order: { createdAt: 'DESC' },
      }),
    ]);
    return {
      account,
      threads,
      threadCount,
      answersReceived: received.n,
      ratings,
      openConversations,
    };
  }

  async rateHelp(viewer: Viewer | null, input: RateHelpInput): Promise<SatisfactionRatingEntity> {
    const { account } = requireViewer(viewer, 'rate the help');
    const thread = await this.threads.findVisible(viewer, input.threadId);
    if (!thread || thread.deletedAt) throw notFound('The thread');
    if (!carePolicy.canRate(account, thread)) throw forbidden('Only the person who asked can rate the help.');
    if (thread.kind !== ThreadKind.QUESTION || thread.status !== ThreadStatus.SOLVED)
      throw badInput(
        'threadId',
        'You can rate the help once your question is solved (an answer is accepted).',
      );
    const comment = input.comment?.trim() || null;
    const inserted: { id: string }[] = await this.dataSource.query(
      `INSERT INTO satisfaction_ratings (thread_id, account_id, rating, comment) VALUES ($1, $2, $3, $4)
       ON CONFLICT (thread_id) DO NOTHING RETURNING id`,
      [thread.id, account.id, input.rating, comment],
    );
    if (!inserted.length) throw badInput('threadId', 'You have already rated the help on this question.');
    return this.ratings.findOneOrFail({ where: { id: inserted[0].id } });
  }

  /** The rating on a thread, for its asker and staff only. */
  async ratingFor(loaders: Loaders, viewer: Viewer | null, thread: ThreadEntity) {
    if (!viewer || !(viewer.account.id === thread.authorId || isStaff(viewer.account.role))) return null;
    return loaderFor<string, SatisfactionRatingEntity>(
      loaders,
      'ratingByThread',
      (ids) => this.ratings.find({ where: { threadId: In([...ids]) } }),
      (r) => r.threadId,
    ).load(thread.id);
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

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** Fills known {{placeholders}}; unknown ones stay as written so a typo shows rather than vanishes. */
export function fillPlaceholders(template: string, values: Record<string, string>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

function messageBody(body: string): { body: string; bodyHtml: string } {
  if (!body.trim()) throw badInput('body', 'Write a message first.');
  return { body, bodyHtml: renderMarkdown(body) };
}
