// The one place that answers "may this viewer do X to Y?" (and "may they see it at all?"), built per request
// in the GraphQL context, in the spirit of Discourse's Guardian. Each area lives in its own file; services
// ask it (`guardian.ensure(guardian.threads.canEdit(thread))`), resolvers only publish its answers as `can`.
import { checkPrivilege, DEFAULT_REPUTATION_RULES, Privilege, ReputationRules } from '@community/domain';
import type { AccountEntity } from '../accounts/account.entity';
import type { Config } from '../config/config';
import type { RequestContext, Viewer } from '../common/context';
import { ErrorCode } from '../common/errors';
import { moment, msg, type Msg, type ServerMessageId } from '../i18n/translate';
import { Ability, allow, deny, refusal } from './ability';
import { actionMsg, type GuardedAction } from './actions';
import { AccountsGuardian } from './accounts';
import { AdminGuardian } from './admin';
import { AnnouncementsGuardian } from './announcements';
import { CareGuardian } from './care';
import { CategoriesGuardian } from './categories';
import { IdeasGuardian } from './ideas';
import { CategoryAccess, loadCategoryAccess, Queryable, unlimited } from './category-access';
import { GroupsGuardian } from './groups';
import { ModerationGuardian } from './moderation';
import { PostsGuardian } from './posts';
import { PrivacyGuardian } from './privacy';
import { hasAllPrivileges, isAdminRole, isModeratorRole, isStaffRole } from './roles';
import { SearchGuardian } from './search';
import { TokensGuardian } from './tokens';
import { VotesGuardian } from './votes';
import { WebhooksGuardian } from './webhooks';

/** Where the guardian reads the viewer from: the request context, so a sign-in during the request counts. */

/** "Sign in to <action>." in the reader's language, worded as a whole for the actions visitors meet most. */
const SIGN_IN_TO: Partial<Record<GuardedAction, ServerMessageId>> = {
  vote: 'reasons.signInTo.vote',
  answer: 'reasons.signInTo.answer',
  comment: 'reasons.signInTo.comment',
  edit: 'reasons.signInTo.edit',
  delete: 'reasons.signInTo.delete',
  reply: 'reasons.signInTo.reply',
  'flag posts': 'reasons.signInTo.flag',
  'ask a question': 'reasons.signInTo.ask',
  'accept an answer': 'reasons.signInTo.accept',
  'rate the help': 'reasons.signInTo.rate',
  moderate: 'reasons.signInTo.moderate',
};

function signInTo(action: GuardedAction): Msg {
  const id = SIGN_IN_TO[action];
  return id ? msg(id) : msg('reasons.signInToAction', { action: actionMsg(action) });
}

/** The refusal of a reputation privilege, one sentence per privilege (each language words them its own way). */
const PRIVILEGE_REASONS: Record<Privilege, ServerMessageId> = {
  upvote: 'reasons.privilege.upvote',
  flag: 'reasons.privilege.flag',
  comment: 'reasons.privilege.comment',
  downvote: 'reasons.privilege.downvote',
  editOthers: 'reasons.privilege.editOthers',
};

/** How long the guardian keeps its answers about the viewer (see `memo`). */
const VIEWER_ANSWERS_MS = 1_000;

interface ViewerAnswers {
  account: AccountEntity | null;
  role: AccountEntity['role'] | undefined;
  reputation: number | undefined;
  suspendedUntil: Date | null | undefined;
  at: number;
  active: Map<GuardedAction, Ability>;
  privileges: Map<Privilege, Ability>;
}

export interface ViewerSource {
  viewer: Viewer | null;
}

export class Guardian {
  readonly posts = new PostsGuardian(this);
  readonly votes = new VotesGuardian(this);
  readonly moderation = new ModerationGuardian(this);
  readonly care = new CareGuardian(this);
  readonly accounts = new AccountsGuardian(this);
  readonly announcements = new AnnouncementsGuardian(this);
  readonly search = new SearchGuardian(this);
  readonly categories = new CategoriesGuardian(this);
  readonly tokens = new TokensGuardian(this);
  readonly webhooks = new WebhooksGuardian(this);
  readonly privacy = new PrivacyGuardian(this);
  readonly ideas = new IdeasGuardian(this);
  readonly admin = new AdminGuardian(this);
  readonly groups = new GroupsGuardian(this);

  private access: CategoryAccess | null = null;
  private answers: ViewerAnswers | null = null;

  constructor(
    private readonly source: ViewerSource,
    readonly rules: ReputationRules,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * A guardian outside a GraphQL request (public JSON and feeds, notifications, the demo seed) for a fixed
   * viewer. Without `rules`, reputation privileges use the default thresholds (visibility and roles do not
   * depend on them).
   */
  static of(viewer: Viewer | null, rules: ReputationRules = DEFAULT_REPUTATION_RULES): Guardian {
    return new Guardian({ viewer }, rules);
  }

  /** A guardian for a fixed viewer with its private-category access loaded (see `prepare`). */
  static async load(
    db: Queryable,
    viewer: Viewer | null,
    rules: ReputationRules = DEFAULT_REPUTATION_RULES,
  ): Promise<Guardian> {
    return new Guardian({ viewer }, rules).prepare(db);
  }

  /**
   * Loads which private categories the viewer may not read or post in (one query; none for staff, or when it
   * came with the viewer's session). Every request context does this; a guardian asked about a private
   * category without it throws rather than guess.
   */
  async prepare(db: Queryable): Promise<this> {
    const account = this.account;
    const accountId = account?.id ?? null;
    if (this.access && this.access.accountId === accountId) return this;
    // Read with the viewer's session (sessions.service.ts), in the same statement.
    const withSession = this.viewer?.categoryAccess;
    this.access =
      withSession && withSession.accountId === accountId
        ? withSession
        : await loadCategoryAccess(db, account);
    return this;
  }

  /** Uses access loaded elsewhere (e.g. for many notification recipients at once). */
  withAccess(access: CategoryAccess): this {
    this.access = access;
    return this;
  }

  /** The viewer's private-category access; staff and admins have no limits. */
  get categoryAccess(): CategoryAccess {
    if (this.isStaff) return unlimited(this.account!.id);
    const access = this.access;
    if (!access)
      throw new Error('Guardian: private-category access was not loaded (await guardian.prepare(db) first).');
    // A sign-in during the request keeps the visitor's access (which hides more), never another account's.
    if (access.accountId !== null && access.accountId !== (this.account?.id ?? null))
      throw new Error('Guardian: private-category access belongs to another account.');
    return access;
  }

  get viewer(): Viewer | null {
    return this.source.viewer;
  }

  /** The signed-in account, or null for a visitor. */
  get account(): AccountEntity | null {
    return this.source.viewer?.account ?? null;
  }

  get isStaff(): boolean {
    return !!this.account && isStaffRole(this.account.role);
  }

  get isModerator(): boolean {
    return !!this.account && isModeratorRole(this.account.role);
  }

  get isAdmin(): boolean {
    return !!this.account && isAdminRole(this.account.role);
  }

  /** Whether `accountId` is the viewer. */
  is(accountId: string): boolean {
    return this.account?.id === accountId;
  }

  get isSuspended(): boolean {
    const until = this.account?.suspendedUntil;
    return !!until && until > this.clock();
  }

  /** Signed in at all (reading one's own things); UNAUTHENTICATED otherwise. */
  signedIn(action: GuardedAction): Ability {
    return this.account ? allow() : deny(signInTo(action), ErrorCode.UNAUTHENTICATED);
  }

  /**
   * Signed in and not suspended: every action that changes something starts here, so a suspension stops
   * everything (posting, editing, deleting, voting, moderating, care work) until it ends.
   */
  active(action: GuardedAction): Ability {
    const memo = this.memo();
    let ability = memo.active.get(action);
    if (!ability) memo.active.set(action, (ability = this.activeNow(action)));
    return ability;
  }

  private activeNow(action: GuardedAction): Ability {
    const account = this.account;
    if (!account) return deny(signInTo(action), ErrorCode.UNAUTHENTICATED);
    if (this.isSuspended) {
      const until = account.suspendedUntil!.toISOString();
      return deny(
        msg('reasons.suspended', {
          until: moment(account.suspendedUntil!),
          reason: account.suspensionReason ?? msg('reasons.noReasonGiven'),
        }),
        ErrorCode.FORBIDDEN,
        { suspendedUntil: until },
      );
    }
    return allow();
  }

  /** A reputation privilege; staff and moderators have them all. */
  privilege(privilege: Privilege): Ability {
    const memo = this.memo();
    let ability = memo.privileges.get(privilege);
    if (!ability) memo.privileges.set(privilege, (ability = this.privilegeNow(privilege)));
    return ability;
  }

  /**
   * `active` and `privilege` are asked for every post of a page (hundreds of times for one viewer), so their
   * answers are kept while the viewer's account, role, reputation and suspension stay as they were, for a second
   * at most (a suspension ends on the clock).
   */
  private memo(): ViewerAnswers {
    const account = this.account;
    const now = Date.now();
    const memo = this.answers;
    if (
      memo &&
      memo.account === account &&
      memo.role === account?.role &&
      memo.reputation === account?.reputation &&
      memo.suspendedUntil === account?.suspendedUntil &&
      now - memo.at < VIEWER_ANSWERS_MS
    )
      return memo;
    return (this.answers = {
      account,
      role: account?.role,
      reputation: account?.reputation,
      suspendedUntil: account?.suspendedUntil,
      at: now,
      active: new Map(),
      privileges: new Map(),
    });
  }

  private privilegeNow(privilege: Privilege): Ability {
    const account = this.account;
    if (!account) return deny(msg('reasons.signInFirst'), ErrorCode.UNAUTHENTICATED);
    const check = checkPrivilege(this.rules, privilege, account.reputation, hasAllPrivileges(account.role));
    return check.allowed
      ? allow()
      : deny(
          msg(PRIVILEGE_REASONS[privilege], { required: check.required, reputation: account.reputation }),
          ErrorCode.FORBIDDEN,
          { privilege, requiredReputation: check.required, reputation: account.reputation },
        );
  }

  /**
   * New accounts are members whose reputation is still below the flag privilege (15 by default): others have
   * earned trust through votes, or are staff. They get hourly posting limits (RATE_LIMITS.newAccount*).
   */
  get isNewAccount(): boolean {
    const account = this.account;
    return !!account && !hasAllPrivileges(account.role) && account.reputation < this.rules.privileges.flag;
  }

  /** Throws the ability's coded error unless allowed; returns the signed-in account the action is done as. */
  ensure(ability: Ability): AccountEntity {
    if (!ability.allowed) throw refusal(ability);
    if (!this.account) throw refusal(deny(msg('reasons.signInFirst'), ErrorCode.UNAUTHENTICATED));
    return this.account;
  }

  /** Throws unless allowed; for abilities a visitor may have too (seeing things). */
  check(ability: Ability): void {
    if (!ability.allowed) throw refusal(ability);
  }
}

/** What reputation has unlocked for any account (its profile's privileges list), whoever looks. */
export function privilegeOf(
  rules: ReputationRules,
  account: Pick<AccountEntity, 'role' | 'reputation'>,
  privilege: Privilege,
) {
  return checkPrivilege(rules, privilege, account.reputation, hasAllPrivileges(account.role));
}

/** Completes a request context with its guardian, which reads the viewer from the context itself. */
export function withGuardian(
  context: Omit<RequestContext, 'guardian'>,
  config: Pick<Config, 'reputation'>,
): RequestContext {
  const ctx = context as RequestContext;
  ctx.guardian = new Guardian(ctx, config.reputation);
  return ctx;
}
