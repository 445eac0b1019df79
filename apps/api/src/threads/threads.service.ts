// Threads: asking, editing (with revisions), deleting, listing with filters and keyset pagination, views.
import { createHash } from 'node:crypto';
import { markdownToText, normaliseTags, popularScore, renderMarkdown } from '@community/domain';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, Repository } from 'typeorm';
import { CategoriesService } from '../categories/categories.service';
import { Guardian } from '../guardian/guardian';
import { Connection, decodeCursor, encodeCursor, isUuid, toConnection } from '../common/connection';
import { badInput, forbidden, notFound } from '../common/errors';
import { entityRows, EntityRows } from '../common/entity-rows';
import { listLoaderFor, loaded, Loaders, loaderFor } from '../common/loaders';
import { RateLimitName, RateLimits } from '../common/rate-limits';
import { CONFIG, Config } from '../config/config';
import { inTransaction } from '../database/transaction';
import { QaEvents } from '../qa/qa-events';
import { RevisionEntity, RevisionTarget } from './revision.entity';
import { countViews, ViewCounter } from './view-counter';
import { IdeaStatus, ThreadEntity, ThreadKind, ThreadStatus } from './thread.entity';
import { TagCount, ThreadSort } from './thread.model';
import { POST_MESSAGES, TAGS_MAX } from '../common/validation';
import { CreateThreadInput, DeleteThreadInput, EditThreadInput, ThreadsArgs } from './threads.inputs';
import { ErasedPerson, ErasureCounts, eraseRows } from '../common/erasure';
import { msg } from '../i18n/translate';

const SORT_COLUMN: Record<ThreadSort, keyof ThreadEntity & string> = {
  [ThreadSort.NEWEST]: 'createdAt',
  [ThreadSort.ACTIVE]: 'lastActivityAt',
  [ThreadSort.TOP]: 'score',
  [ThreadSort.POPULAR]: 'popularScore',
};

type SortCursor = [string | number, string];
const isSortCursor = (v: unknown): v is SortCursor =>
  Array.isArray(v) &&
  v.length === 2 &&
  (typeof v[0] === 'string' || typeof v[0] === 'number') &&
  typeof v[1] === 'string' &&
  isUuid(v[1]);

const LINK = /(https?:\/\/|www\.)\S/i;

/** Renders a post's Markdown; a blank body is refused with the message of its kind (see PostBody). */
export function renderBody(
  body: string,
  kind: 'body' | 'answer' = 'body',
): { body: string; bodyHtml: string } {
  if (!body.trim()) throw badInput('body', POST_MESSAGES[kind].required);
  return { body, bodyHtml: renderMarkdown(body) };
}

@Injectable()
export class ThreadsService implements OnModuleDestroy {
  private readonly logger = new Logger(ThreadsService.name);
  /** Page views, counted in batches (see view-counter.ts). */
  private readonly views: ViewCounter;
  private rowReader?: EntityRows<ThreadEntity>;

  constructor(
    @InjectRepository(ThreadEntity) private readonly threads: Repository<ThreadEntity>,
    @InjectRepository(RevisionEntity) private readonly revisions: Repository<RevisionEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rateLimits: RateLimits,
    private readonly events: QaEvents,
    private readonly categories: CategoriesService,
    @Inject(CONFIG) private readonly config: Config,
  ) {
    this.views = new ViewCounter(dataSource, async (manager, threadIds) => {
      for (const id of [...threadIds].sort()) await this.refreshPopular(manager, id);
    });
  }

  /** Views noted before the API stops are still counted. */
  async onModuleDestroy(): Promise<void> {
    await this.views.flush();
  }

  private tags(raw: string[]): string[] {
    const tags = normaliseTags(raw);
    if (tags.length > TAGS_MAX) throw badInput('tags', POST_MESSAGES.tags);
    return tags;
  }

  async create(guardian: Guardian, input: CreateThreadInput): Promise<ThreadEntity> {
    await guardian.prepare(this.dataSource);
    const account = guardian.ensure(guardian.posts.canAsk(input.categoryId));
    if (input.kind === ThreadKind.ANNOUNCEMENT) {
      throw badInput('kind', msg('errors.threads.announcementsByEmployees'));
    }
    const tags = this.tags(input.tags ?? []);
    const text = renderBody(input.body);
    await this.rateLimits.consume('postsPerAccount', account.id);
    await this.limitNewAccount(guardian, 'newAccountThreads', input.body);
    return this.events.transaction(async (manager, emit) => {
      const saved = await this.createPost(manager, {
        kind: input.kind,
        categoryId: input.categoryId,
        authorId: account.id,
        title: input.title,
        ...text,
        tags,
      });
      await emit({ threadId: saved.id, change: 'created', actorId: account.id });
      return saved;
    });
  }

  /**
   * Counts a post, or an edit, by a new account against its hourly limits (and its link limit when the text
   * links out): an edit that adds links is a post with links as far as spam goes.
   */
  async limitNewAccount(guardian: Guardian, limit: RateLimitName | null, body: string): Promise<void> {
    const account = guardian.account;
    if (!account) return;
    if (this.config.requireEmailVerification && !account.emailVerifiedAt && LINK.test(body))
      throw forbidden(msg('errors.threads.confirmEmailForLinks'), {
        reason: 'EMAIL_NOT_VERIFIED',
      });
    if (!guardian.isNewAccount) return;
    if (LINK.test(body)) await this.rateLimits.consume('newAccountLinks', account.id);
    if (limit) await this.rateLimits.consume(limit, account.id);
  }

  /** Edits obey the posting limits: they count as posts, and new accounts' links count against theirs. */
  async limitEdit(guardian: Guardian, before: string, after: string | null | undefined): Promise<void> {
    const account = guardian.account;
    if (!account || after == null || after === before) return;
    await this.rateLimits.consume('postsPerAccount', account.id);
    await this.limitNewAccount(guardian, null, after);
  }

  async edit(guardian: Guardian, input: EditThreadInput): Promise<ThreadEntity> {
    guardian.ensure(guardian.active('edit'));
    const current = await this.findVisible(guardian, input.threadId);
    if (!current || current.deletedAt) throw notFound('thread');
    const account = guardian.ensure(guardian.posts.canEditThread(current));
    await this.limitEdit(guardian, current.body, input.body);
    return this.events.transaction(async (manager, emit) => {
      const thread = await this.lock(manager, input.threadId);
      guardian.ensure(guardian.posts.canEditThread(thread));
      const next = {
        title: input.title ?? thread.title,
        ...(input.body != null ? renderBody(input.body) : { body: thread.body, bodyHtml: thread.bodyHtml }),
        tags: input.tags != null ? this.tags(input.tags) : thread.tags,
      };
      const changed =
        next.title !== thread.title || next.body !== thread.body || next.tags.join() !== thread.tags.join();
      if (!changed) return thread;
      const saved = await this.editText(manager, thread, account.id, next);
      await emit({ threadId: thread.id, change: 'edited', actorId: account.id });
      return saved;
    });
  }

  async delete(guardian: Guardian, input: DeleteThreadInput): Promise<ThreadEntity> {
    guardian.ensure(guardian.active('delete'));
    return this.events.transaction(async (manager, emit) => {
      const thread = await this.lock(manager, input.threadId);
      const account = guardian.ensure(guardian.posts.canDelete(thread, 'thread'));
      thread.deletedAt = new Date();
      const saved = await manager.save(thread);
      await emit({ threadId: thread.id, change: 'deleted', actorId: account.id });
      return saved;
    });
  }

  /** Loads and row-locks a live thread inside a transaction; NOT_FOUND when missing or deleted. */
  async lock(manager: EntityManager, id: string): Promise<ThreadEntity> {
    const thread = isUuid(id)
      ? await manager.findOne(ThreadEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!thread || thread.deletedAt) throw notFound('thread');
    return thread;
  }

  // ---- what other features ask of the threads table (they never write it themselves) ----------------

  /** The thread by id inside a transaction, deleted or not (row-locked when asked); null when missing. */
  find(manager: EntityManager, id: string, lock = false): Promise<ThreadEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return manager.findOne(ThreadEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** Stores a new thread of any kind (questions here, announcements by their feature) in the caller's transaction. */
  async createPost(
    manager: EntityManager,
    post: Pick<ThreadEntity, 'kind' | 'categoryId' | 'authorId' | 'title' | 'body' | 'bodyHtml' | 'tags'> &
      Partial<Pick<ThreadEntity, 'pinnedUntil'>>,
  ): Promise<ThreadEntity> {
    const category = await this.categories.findById(post.categoryId);
    if (!category) throw badInput('categoryId', msg('errors.threads.noSuchCategory'));
    if (category.archivedAt)
      throw badInput('categoryId', msg('errors.threads.categoryArchived', { category: category.name }));
    const now = new Date();
    return manager.save(
      manager.create(ThreadEntity, {
        ...post,
        categoryId: category.id,
        status: ThreadStatus.OPEN,
        ideaStatus: post.kind === ThreadKind.IDEA ? IdeaStatus.UNDER_REVIEW : null,
        createdAt: now,
        lastActivityAt: now,
        popularScore: popularScore({ score: 0, answerCount: 0, viewCount: 0, createdAt: now }),
      }),
    );
  }

  /** Replaces a thread's text, keeping the previous one as a revision. */
  async editText(
    manager: EntityManager,
    thread: ThreadEntity,
    editorId: string,
    next: Pick<ThreadEntity, 'title' | 'body' | 'bodyHtml' | 'tags'>,
  ): Promise<ThreadEntity> {
    await manager.insert(RevisionEntity, {
      targetType: RevisionTarget.THREAD,
      targetId: thread.id,
      editorId,
      title: thread.title,
      body: thread.body,
      tags: thread.tags,
    });
    Object.assign(thread, next, { editedAt: new Date(), lastActivityAt: new Date() });
    return manager.save(thread);
  }

  /** Saves moderation and publishing state (hidden, locked, closed, moved, tags, pinned, featured, …). */
  setState(
    manager: EntityManager,
    thread: ThreadEntity,
    changes: Partial<
      Pick<
        ThreadEntity,
        | 'hiddenAt'
        | 'lockedAt'
        | 'closedAt'
        | 'duplicateOfId'
        | 'categoryId'
        | 'tags'
        | 'pinnedUntil'
        | 'featuredAt'
      >
    > = {},
  ): Promise<ThreadEntity> {
    Object.assign(thread, changes);
    return manager.save(thread);
  }

  /** Routes a thread to an employee and/or a care team (null clears). */
  async setAssignment(
    manager: EntityManager,
    threadId: string,
    assignment: Pick<ThreadEntity, 'assigneeId' | 'assignedTeamId'>,
  ): Promise<void> {
    await manager.update(ThreadEntity, { id: threadId }, assignment);
  }

  /** A new question goes to its category's default team, unless it already has one. */
  async assignDefaultTeam(manager: EntityManager, threadId: string): Promise<void> {
    await manager.query(
      `UPDATE threads t SET assigned_team_id = c.default_team_id FROM categories c
       WHERE t.id = $1 AND c.id = t.category_id AND t.kind = 'QUESTION' AND t.assigned_team_id IS NULL`,
      [threadId],
    );
  }

  /** The response clock stops at the first official answer; later ones do not move it. */
  async markFirstOfficialAnswer(manager: EntityManager, answerId: string): Promise<void> {
    await manager.query(
      `UPDATE threads t SET first_official_answer_at = a.created_at FROM answers a
       WHERE a.id = $1 AND t.id = a.thread_id AND a.official AND t.first_official_answer_at IS NULL`,
      [answerId],
    );
  }

  /** Moves an idea on the roadmap (the ideas feature keeps the history and checks who may). */
  async setIdeaStatus(manager: EntityManager, threadId: string, status: IdeaStatus): Promise<void> {
    await manager.query(
      `UPDATE threads SET idea_status = $2, last_activity_at = now() WHERE id = $1 AND kind = 'IDEA'`,
      [threadId, status],
    );
  }

  async setSentiment(manager: EntityManager, threadId: string, sentiment: number | null): Promise<void> {
    await manager.query('UPDATE threads SET sentiment = $2 WHERE id = $1', [threadId, sentiment]);
  }

  /** A visitor's guardian, ready (private categories loaded): for public feeds, JSON and pages outside GraphQL. */
  visitor(): Promise<Guardian> {
    return Guardian.load(this.dataSource, null);
  }

  /** The thread as the viewer may see it (the guardian decides: hidden, deleted, private), or null. */
  async findVisible(guardian: Guardian, id: string, loaders?: Loaders): Promise<ThreadEntity | null> {
    if (!isUuid(id)) return null;
    await guardian.prepare(this.dataSource);
    const thread = loaders ? await this.load(loaders, id) : await this.threads.findOne({ where: { id } });
    return thread && guardian.posts.canSeeThread(thread) ? thread : null;
  }

  load(loaders: Loaders, id: string): Promise<ThreadEntity | null> {
    return this.byId(loaders).load(id);
  }

  /** The thread at once when this request has loaded it already (a page's answers ask for it), else later. */
  loaded(loaders: Loaders, id: string): ThreadEntity | null | Promise<ThreadEntity | null> {
    return loaded(this.byId(loaders), id);
  }

  private byId(loaders: Loaders) {
    return loaderFor<string, ThreadEntity>(
      loaders,
      'threadById',
      (ids) => this.rows().byIds(ids),
      (t) => t.id,
    );
  }

  /** A page of threads the viewer may see in lists (live, not hidden, in categories they may read). */
  async list(
    guardian: Guardian,
    args: ThreadsArgs,
    extra: { authorId?: string } = {},
  ): Promise<Connection<ThreadEntity>> {
    const column = SORT_COLUMN[args.sort];
    const dbColumn = `t.${this.threads.metadata.findColumnWithPropertyName(column)!.databaseName}`;
    const filtered = () => {
      const qb = this.threads.createQueryBuilder('t').where(guardian.posts.listedThreadSql('t'));
      const f = args.filter ?? {};
      if (f.categoryId) qb.andWhere('t.category_id = :categoryId', { categoryId: f.categoryId });
      if (f.kind) qb.andWhere('t.kind = :kind', { kind: f.kind });
      if (f.status) qb.andWhere('t.status = :status', { status: f.status });
      if (f.ideaStatus) qb.andWhere('t.idea_status = :ideaStatus', { ideaStatus: f.ideaStatus });
      if (f.unanswered) qb.andWhere('t.answer_count = 0');
      if (f.tag) qb.andWhere('t.tags @> ARRAY[:tag]::text[]', { tag: normaliseTags([f.tag])[0] ?? f.tag });
      if (extra.authorId) qb.andWhere('t.author_id = :authorId', { authorId: extra.authorId });
      return qb;
    };
    const qb = filtered();
    const after = decodeCursor(args.after, isSortCursor);
    if (after) {
      const value = column === 'createdAt' || column === 'lastActivityAt' ? new Date(after[0]) : after[0];
      qb.andWhere(
        new Brackets((w) =>
          w
            .where(`${dbColumn} < :v`, { v: value })
            .orWhere(`${dbColumn} = :v AND t.id < :id`, { v: value, id: after[1] }),
        ),
      );
    }
    const rows = await qb
      .orderBy(dbColumn, 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(args.first + 1)
      .getMany();
    return toConnection(
      rows,
      args.first,
      (t) => {
        const v = t[column] as Date | number;
        return encodeCursor([v instanceof Date ? v.toISOString() : v, t.id]);
      },
      () => filtered().getCount(),
    );
  }

  /** Threads pinned until a time still ahead (announcements or pinned by moderators), soonest end last. */
  pinned(
    guardian: Guardian,
    filter: { categoryId?: string | null; kind?: ThreadKind } = {},
    limit = 10,
  ): Promise<ThreadEntity[]> {
    const qb = this.threads
      .createQueryBuilder('t')
      .where(`${guardian.posts.listedThreadSql('t')} AND t.pinned_until > now()`);
    if (filter.categoryId) qb.andWhere('t.category_id = :categoryId', { categoryId: filter.categoryId });
    if (filter.kind) qb.andWhere('t.kind = :kind', { kind: filter.kind });
    return qb.orderBy('t.pinned_until', 'DESC').addOrderBy('t.id', 'DESC').limit(limit).getMany();
  }

  /** Threads moderators featured, most recently featured first: they lead the home page. */
  featured(guardian: Guardian, limit = 5): Promise<ThreadEntity[]> {
    return this.threads
      .createQueryBuilder('t')
      .where(`${guardian.posts.listedThreadSql('t')} AND t.featured_at IS NOT NULL`)
      .orderBy('t.featured_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  /**
   * Counts a view of a thread the reader was just shown (a page, a kept guest read, the thread query with
   * countView) without making anyone wait for it: noted now, counted within a second with the others.
   */
  countViewInBackground(
    guardian: Guardian,
    threadId: string,
    client: { ip: string; userAgent?: string },
  ): void {
    this.views.note({ threadId, viewerKey: this.viewerKey(guardian, client) });
  }

  private rows(): EntityRows<ThreadEntity> {
    return (this.rowReader ??= entityRows(this.dataSource, ThreadEntity));
  }

  /** Views noted so far, counted now (tests, shutdown). */
  flushViews(): Promise<void> {
    return this.views.flush();
  }

  /** Counts a view at most once per viewer (account, or address and browser for visitors) per hour. */
  async recordView(
    guardian: Guardian,
    threadId: string,
    client: { ip: string; userAgent?: string },
  ): Promise<ThreadEntity> {
    await guardian.prepare(this.dataSource);
    const thread = await this.findVisible(guardian, threadId);
    if (!thread) throw notFound('thread');
    const viewerKey = this.viewerKey(guardian, client);
    return inTransaction(this.dataSource, async (manager) => {
      const counted = await countViews(manager, [{ threadId: thread.id, viewerKey }]);
      return counted.length ? this.refreshPopular(manager, thread.id) : thread;
    });
  }

  private viewerKey(guardian: Guardian, client: { ip: string; userAgent?: string }): string {
    const viewer = guardian.viewer;
    return viewer
      ? viewer.account.id
      : createHash('sha256')
          .update(`${client.ip}\n${client.userAgent ?? ''}`)
          .digest('hex')
          .slice(0, 32);
  }

  /** Recomputes the stored popular score from the thread's counters (see libs/domain popular.ts). */
  async refreshPopular(manager: EntityManager, threadId: string): Promise<ThreadEntity> {
    const thread = await manager.findOneOrFail(ThreadEntity, { where: { id: threadId } });
    thread.popularScore = popularScore(thread);
    await manager.update(ThreadEntity, { id: threadId }, { popularScore: thread.popularScore });
    return thread;
  }

  /** Applies a change in votes to the thread's counters. Call inside a transaction, after lock(). */
  async applyVote(manager: EntityManager, threadId: string, up: number, down: number): Promise<ThreadEntity> {
    await manager.query(
      'UPDATE threads SET up_votes = up_votes + $2, down_votes = down_votes + $3, score = score + $2 - $3 WHERE id = $1',
      [threadId, up, down],
    );
    return this.refreshPopular(manager, threadId);
  }

  /** Recounts answers and derives the status after an answer was posted, deleted, accepted or unaccepted. */
  async afterAnswersChanged(
    manager: EntityManager,
    threadId: string,
    acceptedAnswerId?: string | null,
  ): Promise<ThreadEntity> {
    const sets: string[] = [
      'answer_count = (SELECT count(*) FROM answers a WHERE a.thread_id = threads.id AND a.deleted_at IS NULL)',
      'last_activity_at = now()',
    ];
    const params: unknown[] = [threadId];
    if (acceptedAnswerId !== undefined) {
      params.push(acceptedAnswerId);
      sets.push(`accepted_answer_id = $${params.length}`);
    }
    await manager.query(`UPDATE threads SET ${sets.join(', ')} WHERE id = $1`, params);
    await manager.query(
      // Answered and solved describe questions; a reply to a discussion or an idea answers nothing.
      `UPDATE threads SET status = (CASE WHEN kind <> 'QUESTION' THEN 'OPEN'
         WHEN accepted_answer_id IS NOT NULL THEN 'SOLVED'
         WHEN answer_count > 0 THEN 'ANSWERED' ELSE 'OPEN' END)::thread_status WHERE id = $1`,
      [threadId],
    );
    return this.refreshPopular(manager, threadId);
  }

  async touch(manager: EntityManager, threadId: string, comments = 0): Promise<void> {
    await manager.query(
      'UPDATE threads SET last_activity_at = now(), comment_count = comment_count + $2 WHERE id = $1',
      [threadId, comments],
    );
  }

  revisionsOf(loaders: Loaders, targetId: string): Promise<RevisionEntity[]> {
    return listLoaderFor<string, RevisionEntity>(
      loaders,
      'revisionsByTarget',
      (ids) => this.revisions.find({ where: { targetId: In([...ids]) }, order: { createdAt: 'DESC' } }),
      (r) => r.targetId,
    ).load(targetId);
  }

  async recordRevision(manager: EntityManager, revision: Partial<RevisionEntity>): Promise<void> {
    await manager.insert(RevisionEntity, revision);
  }

  unansweredCount(guardian: Guardian, categoryId?: string): Promise<number> {
    const qb = this.threads
      .createQueryBuilder('t')
      .where(`${guardian.posts.listedThreadSql('t')} AND t.answer_count = 0 AND t.kind = :kind`, {
        kind: ThreadKind.QUESTION,
      });
    if (categoryId) qb.andWhere('t.category_id = :categoryId', { categoryId });
    return qb.getCount();
  }

  /** Thread and unanswered-question counts per category, batched for a page. */
  categoryCounts(
    loaders: Loaders,
    categoryId: string,
  ): Promise<{ threads: number; unanswered: number; ideas: number }> {
    return loaderFor<string, { categoryId: string; threads: number; unanswered: number; ideas: number }>(
      loaders,
      'categoryCounts',
      (ids) =>
        this.dataSource.query(
          `SELECT category_id AS "categoryId", count(*)::int AS threads,
             (count(*) FILTER (WHERE answer_count = 0 AND kind = 'QUESTION'))::int AS unanswered,
             (count(*) FILTER (WHERE kind = 'IDEA'))::int AS ideas
           FROM threads WHERE deleted_at IS NULL AND hidden_at IS NULL AND category_id = ANY($1)
           GROUP BY category_id`,
          [ids],
        ),
      (r) => r.categoryId,
    )
      .load(categoryId)
      .then((r) => r ?? { threads: 0, unanswered: 0, ideas: 0 });
  }

  async categoryTags(categoryId: string, limit = 20): Promise<TagCount[]> {
    return this.dataSource.query(
      `SELECT tag, count(*)::int AS count FROM threads, unnest(tags) AS tag
       WHERE category_id = $1 AND deleted_at IS NULL AND hidden_at IS NULL GROUP BY tag ORDER BY count DESC, tag LIMIT $2`,
      [categoryId, limit],
    );
  }

  excerpt(thread: ThreadEntity, length = 200): string {
    const text = markdownToText(thread.body);
    return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
  }

  assertNotLocked(thread: ThreadEntity, action: 'answers' | 'comments'): void {
    if (thread.lockedAt)
      throw forbidden(msg(action === 'answers' ? 'reasons.lockedAnswers' : 'reasons.lockedComments'));
  }

  /**
   * Erasure: with `deletePosts`, the person's threads are emptied and deleted, and every revision they wrote or
   * of their threads and answers goes; otherwise the threads stay, under the anonymous name. Returns the threads
   * whose public content changed (search and caches follow them).
   */
  async erasePerson(
    manager: EntityManager,
    person: ErasedPerson,
  ): Promise<{ counts: ErasureCounts; threadIds: string[] }> {
    const threads: { id: string }[] = await manager.query('SELECT id FROM threads WHERE author_id = $1', [
      person.id,
    ]);
    if (!person.deletePosts) return { counts: {}, threadIds: threads.map((t) => t.id) };
    const counts = await eraseRows(
      manager,
      {
        revisions: `DELETE FROM revisions WHERE editor_id = $1
           OR (target_type = 'THREAD' AND target_id IN (SELECT id FROM threads WHERE author_id = $1))
           OR (target_type = 'ANSWER' AND target_id IN (SELECT id FROM answers WHERE author_id = $1))`,
        threads: `UPDATE threads SET title = '[deleted]', body = '', body_html = '', tags = '{}',
           deleted_at = COALESCE(deleted_at, now()) WHERE author_id = $1`,
      },
      [person.id],
    );
    return { counts, threadIds: threads.map((t) => t.id) };
  }
}
