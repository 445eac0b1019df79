// Threads, answers and comments: who sees them (hidden, deleted) and who may edit, delete, answer,
// comment on, accept and flag them.
import { msg, type Msg } from '../i18n/translate';
import { ErrorCode } from '../common/errors';
import type { AnswerEntity } from '../answers/answer.entity';
import type { CommentEntity } from '../comments/comment.entity';
import { ThreadKind } from '../threads/thread.entity';
import type { ThreadEntity } from '../threads/thread.entity';
import { Ability, all, allow, deny } from './ability';
import { readableCategorySql } from './category-access';
import type { Guardian } from './guardian';

type Post = Pick<ThreadEntity | AnswerEntity | CommentEntity, 'authorId' | 'hiddenAt' | 'deletedAt'>;

export class PostsGuardian {
  constructor(private readonly g: Guardian) {}

  // ---- seeing ----

  /** Staff and moderators see hidden posts (marked hidden); everyone else does not see them at all. */
  get seesHidden(): boolean {
    return this.g.isStaff || this.g.isModerator;
  }

  /**
   * Private categories: only members of one of the category's read groups (and staff) read it and everything
   * in it. Moderators see what their groups allow.
   */
  canReadCategory(categoryId: string | null | undefined): boolean {
    return !categoryId || !this.g.categoryAccess.hidden.has(categoryId);
  }

  /** The categories this viewer may not read (empty for staff). */
  get hiddenCategoryIds(): string[] {
    return [...this.g.categoryAccess.hidden];
  }

  /**
   * SQL that is true when the category in `column` (e.g. `t.category_id`) is readable by the viewer: every list,
   * count, search, feed and sitemap of threads (or of what is in them) adds it, so visibility is decided here.
   */
  readableSql(column: string): string {
    return readableCategorySql(column, this.g.categoryAccess.hidden);
  }

  /** SQL true for a thread (alias `t`) everyone may see in public lists: live, not hidden, readable here. */
  listedThreadSql(alias = 't'): string {
    return `${alias}.deleted_at IS NULL AND ${alias}.hidden_at IS NULL AND ${this.readableSql(`${alias}.category_id`)}`;
  }

  /** Hidden threads: staff and moderators. Deleted threads: their author and moderators. Private: its groups. */
  canSeeThread(thread: Pick<ThreadEntity, 'authorId' | 'hiddenAt' | 'deletedAt' | 'categoryId'>): boolean {
    if (!this.canReadCategory(thread.categoryId)) return false;
    if (thread.hiddenAt && !this.seesHidden) return false;
    if (thread.deletedAt && !(this.g.is(thread.authorId) || this.g.isModerator)) return false;
    return true;
  }

  /** A live answer, not hidden from this viewer, on a thread they may see. */
  canSeeAnswer(answer: Post, thread: Parameters<PostsGuardian['canSeeThread']>[0]): boolean {
    return !answer.deletedAt && (!answer.hiddenAt || this.seesHidden) && this.canSeeThread(thread);
  }

  /** A live comment, not hidden from this viewer, on a thread (and answer) they may see. */
  canSeeComment(
    comment: Post,
    thread: Parameters<PostsGuardian['canSeeThread']>[0],
    answer?: Post | null,
  ): boolean {
    return (
      !comment.deletedAt &&
      (!comment.hiddenAt || this.seesHidden) &&
      (!answer || this.canSeeAnswer(answer, thread)) &&
      this.canSeeThread(thread)
    );
  }

  /** NOT_FOUND (as if it did not exist) unless the viewer may see the thread. */
  see(thread: ThreadEntity | null, missing: Msg = msg('errors.notFound.thread')): Ability {
    return thread && this.canSeeThread(thread) ? allow() : deny(missing, ErrorCode.NOT_FOUND);
  }

  // ---- writing ----

  /** Starting a thread; in a given category, only if the viewer may read it and is in its post groups. */
  canAsk(categoryId?: string | null): Ability {
    return all(
      () => this.g.active('ask a question'),
      () => (categoryId ? this.canPostIn(categoryId) : allow()),
    );
  }

  /** Reading is checked first (NOT_FOUND: a private category does not exist for outsiders), then posting. */
  canPostIn(categoryId: string): Ability {
    if (!this.canReadCategory(categoryId)) return deny(msg('errors.notFound.category'), ErrorCode.NOT_FOUND);
    return this.g.categoryAccess.readOnly.has(categoryId) ? deny(msg('reasons.postingGroupsOnly')) : allow();
  }

  private live(post: Post, what: 'thread' | 'answer'): Ability {
    return post.deletedAt ? deny(msg(`reasons.deleted.${what}`)) : allow();
  }

  /** The author, or someone with the edit privilege; announcements only through editAnnouncement. */
  canEditThread(thread: ThreadEntity): Ability {
    return all(
      () => this.g.active('edit'),
      () => this.live(thread, 'thread'),
      () => (thread.kind === ThreadKind.ANNOUNCEMENT ? deny(msg('reasons.announcementsSigned')) : allow()),
      () => this.editOwnOrOthers(thread, 'thread'),
    );
  }

  canEditAnswer(answer: AnswerEntity): Ability {
    return all(
      () => this.g.active('edit'),
      () => this.live(answer, 'answer'),
      () => this.editOwnOrOthers(answer, 'answer'),
    );
  }

  private editOwnOrOthers(post: Post, what: 'thread' | 'answer'): Ability {
    if (this.g.is(post.authorId)) return allow();
    const privilege = this.g.privilege('editOthers');
    return privilege.allowed
      ? allow()
      : deny(
          msg(`reasons.onlyAuthorEdits.${what}`, { privilege: privilege.reason ?? '' }),
          ErrorCode.FORBIDDEN,
          {
            ...privilege.extensions,
          },
        );
  }

  /** The author or a moderator; a soft delete. */
  canDelete(post: Post, what: 'thread' | 'answer'): Ability {
    return all(
      () => this.g.active('delete'),
      () => this.live(post, what),
      () =>
        this.g.is(post.authorId) || this.g.isModerator
          ? allow()
          : deny(msg(`reasons.onlyAuthorDeletes.${what}`)),
    );
  }

  canAnswer(thread: ThreadEntity): Ability {
    return all(
      () => this.g.active('answer'),
      () => this.live(thread, 'thread'),
      () => this.canPostIn(thread.categoryId),
      () =>
        thread.kind === ThreadKind.ANNOUNCEMENT ? deny(msg('reasons.announcementsTakeComments')) : allow(),
      () => (thread.lockedAt ? deny(msg('reasons.lockedAnswers')) : allow()),
      () =>
        thread.closedAt && thread.duplicateOfId
          ? deny(
              msg('reasons.closedAsDuplicate', { link: `/t/${thread.duplicateOfId}` }),
              ErrorCode.FORBIDDEN,
              { duplicateOfId: thread.duplicateOfId },
            )
          : allow(),
    );
  }

  /** Everyone may comment on their own posts and on answers to their own question; others need the privilege. */
  canComment(thread: ThreadEntity, answer?: AnswerEntity | null): Ability {
    return all(
      () => this.g.active('comment'),
      () => this.live(thread, 'thread'),
      () => this.canPostIn(thread.categoryId),
      () => (answer ? this.live(answer, 'answer') : allow()),
      () => (thread.lockedAt ? deny(msg('reasons.lockedComments')) : allow()),
      () =>
        this.g.is((answer ?? thread).authorId) || this.g.is(thread.authorId)
          ? allow()
          : this.g.privilege('comment'),
    );
  }

  /** The asker, or staff speaking for the brand (not moderators: accepting awards reputation). */
  canAccept(thread: ThreadEntity, answer?: AnswerEntity | null): Ability {
    return all(
      () => this.g.active('accept an answer'),
      () => this.live(thread, 'thread'),
      () => (answer ? this.live(answer, 'answer') : allow()),
      () =>
        thread.kind === ThreadKind.QUESTION
          ? allow()
          : deny(msg('reasons.onlyQuestionsAccept'), ErrorCode.FORBIDDEN),
      () => (this.g.is(thread.authorId) || this.g.isStaff ? allow() : deny(msg('reasons.onlyAskerAccepts'))),
    );
  }

  /** Needs the flag privilege; posts the viewer cannot see cannot be flagged. */
  canFlag(post: Post, thread: ThreadEntity): Ability {
    return all(
      () => this.g.active('flag posts'),
      () =>
        post.deletedAt || (post.hiddenAt && !this.seesHidden) || !this.canSeeThread(thread)
          ? deny(msg('errors.notFound.postFlagged'), ErrorCode.NOT_FOUND)
          : allow(),
      () => this.g.privilege('flag'),
    );
  }
}

/** Visible to everyone, visitors included (neither hidden nor deleted): what search and public lists show. */
export const isPublicThread = (
  thread: Pick<ThreadEntity, 'hiddenAt' | 'deletedAt'> | null,
): thread is ThreadEntity => !!thread && !thread.deletedAt && !thread.hiddenAt;
