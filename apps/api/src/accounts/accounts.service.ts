// Accounts: sign-up, sign-in, roles. Passwords are argon2id hashes; every refusal says what to do next.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Locale } from '../i18n/locales';
import { Algorithm, hash, verify } from '@node-rs/argon2';
import { checkDisplayName, type DisplayNameCheck } from '@community/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { isUuid } from '../common/connection';
import { Viewer } from '../common/context';
import { CONFIG, Config } from '../config/config';
import { badInput, FieldProblem, forbidden, notFound, unauthenticated } from '../common/errors';
import { entityRows, EntityRows } from '../common/entity-rows';
import { Loaders, loaderFor } from '../common/loaders';
import { RateLimits } from '../common/rate-limits';
import { inTransaction } from '../database/transaction';
import { AccountEntity, Role } from './account.entity';
import { AccountEvents } from './account-events';
import { ChangePasswordInput, SetRoleInput, SignInInput, SignUpInput } from './accounts.inputs';
import { Guardian } from '../guardian/guardian';
import { SessionsService } from './sessions.service';
import { AuditLogService } from '../moderation/audit-log.service';
import { ModerationActionKind } from '../moderation/moderation-action-kind';
import { ModerationTarget } from '../moderation/flag.entity';
import { ERASED_NAME, ErasedPerson, ErasureCounts, eraseRows } from '../common/erasure';
import { msg, type Msg } from '../i18n/translate';

const ARGON2 = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };
const WRONG_CREDENTIALS = msg('errors.accounts.wrongCredentials');

/** Why a display name is refused, in the reader's language. */
function displayNameProblem(check: Extract<DisplayNameCheck, { ok: false }>): Msg {
  if (check.reason === 'mixedScripts') {
    const [first = '', second = ''] = check.scripts ?? [];
    return msg('errors.accounts.displayName.mixedScripts', { word: check.word ?? '', first, second });
  }
  return msg(`errors.accounts.displayName.${check.reason}`);
}
/** The domain of the placeholder address an account holding an unconfirmed claim has (see signUp). */
export const UNCONFIRMED_DOMAIN = 'unconfirmed.invalid';
/** The stored hash of an account without a local password: matches nothing (not an argon2 hash). */
const NO_PASSWORD = '!none';

export interface ClientMeta {
  ip: string;
  userAgent?: string;
}

export interface StartedSession {
  account: AccountEntity;
  token: string;
  expiresAt: Date;
  sessionId: string;
}

export interface NewAccount {
  email: string;
  handle: string;
  displayName: string;
  /** null: no local password (single sign-on accounts); signing in needs the provider until one is set. */
  password: string | null;
  role?: Role;
  jobTitle?: string | null;
  /** The interface language to keep on the account (null: follow the browser). */
  locale?: Locale | null;
}

@Injectable()
export class AccountsService {
  /** Compared against when the email is unknown, so both failures take the same time. */
  private decoyHash: Promise<string> | null = null;

  private rowReader?: EntityRows<AccountEntity>;

  constructor(
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly rateLimits: RateLimits,
    private readonly events: AccountEvents,
    @Inject(CONFIG) private readonly config: Config,
    private readonly audit: AuditLogService,
  ) {}

  hashPassword(password: string): Promise<string> {
    return hash(password, ARGON2);
  }

  /**
   * Answers alike whether or not the address already has an account, so sign-up cannot be used to learn who is a
   * member. Every call does the same argon2 work (two verifications, against the address's owner and its newest
   * unconfirmed claim or a decoy for each, then one hash) and returns the same shape with a session:
   * - a new address: the account owns it and is sent a confirmation link;
   * - a taken address with a different password: the account is made just the same (handle, name, password,
   *   signed in, the typed address shown as its own, unconfirmed), but the address stays the owner's: it is kept
   *   as an unconfirmed claim that is never mailed, linked or confirmable, and the owner gets an email saying
   *   someone tried to sign up with it (sign in or reset your password);
   * - the password of an account that already has the address: "already exists, sign in instead" — only a person
   *   who knows that password can see this answer, and sign-in would tell them as much.
   */
  /** `locale`: the language the visitor chose before signing up, kept on the account (its first email speaks it). */
  async signUp(
    input: SignUpInput,
    client: ClientMeta,
    locale: Locale | null = null,
  ): Promise<StartedSession> {
    if (this.config.oidcOnly) {
      throw forbidden(msg('errors.accounts.signUpWithSso', { button: this.config.oidc?.buttonLabel ?? '' }));
    }
    await this.rateLimits.consume('signUpPerIp', client.ip);
    const email = input.email.trim();
    if (await this.matching(await this.holdersOf(email), input.password)) {
      throw badInput('email', msg('errors.accounts.emailTaken'));
    }
    return inTransaction(this.dataSource, async (manager) => {
      const repo = manager.getRepository(AccountEntity);
      const owned = await repo.exists({ where: { email } });
      const account = await this.create({ ...input, email, locale }, repo, { claim: owned });
      const session = await this.sessions.start(account.id, client, manager);
      return { account, ...session };
    });
  }

  /**
   * Creates an account after checking that email and handle are free; used by sign-up, the seed and the CLI.
   * With `claim`, the address is recorded as this account's unconfirmed claim instead (see signUp).
   */
  async create(
    input: NewAccount,
    repo: Repository<AccountEntity> = this.accounts,
    options: { claim?: boolean } = {},
  ): Promise<AccountEntity> {
    const typed = input.email.trim();
    const handle = input.handle.trim();
    const role = input.role ?? Role.MEMBER;
    const displayName = checkDisplayName(input.displayName, { staff: role !== Role.MEMBER });
    if (!displayName.ok) throw badInput('displayName', displayNameProblem(displayName));
    // `.invalid` can never be delivered to (RFC 2606), and the mail outbox skips it.
    const email = options.claim ? `${randomUUID()}@${UNCONFIRMED_DOMAIN}` : typed;
    await this.assertAvailable(options.claim ? null : email, handle, repo);
    const passwordHash = input.password === null ? NO_PASSWORD : await this.hashPassword(input.password);
    try {
      const account = await repo.save(
        repo.create({
          email,
          unconfirmedEmail: options.claim ? typed : null,
          handle,
          displayName: displayName.name,
          passwordHash,
          role,
          jobTitle: input.jobTitle ?? null,
          locale: input.locale ?? null,
        }),
      );
      await this.events.created(repo.manager, account);
      return account;
    } catch (e) {
      // A concurrent sign-up took the email or handle between the check and the insert.
      if ((e as { code?: string }).code === '23505') await this.assertAvailable(email, handle, repo);
      throw e;
    }
  }

  private async assertAvailable(
    email: string | null,
    handle: string,
    repo: Repository<AccountEntity>,
  ): Promise<void> {
    const taken = await repo
      .createQueryBuilder('a')
      .select(['a.email', 'a.handle'])
      .where('a.email = :email OR a.handle = :handle', { email: email ?? '', handle })
      .getMany();
    const problems: FieldProblem[] = [];
    if (email && taken.some((a) => a.email.toLowerCase() === email.toLowerCase())) {
      problems.push({
        field: 'email',
        message: msg('errors.accounts.emailTaken'),
      });
    }
    if (taken.some((a) => a.handle === handle)) {
      problems.push({ field: 'handle', message: msg('errors.accounts.handleTaken', { handle }) });
    }
    if (problems.length) throw badInput(problems);
  }

  /** The account owning an address and the newest account holding it as an unconfirmed claim, with hashes. */
  private async holdersOf(email: string): Promise<[AccountEntity | null, AccountEntity | null]> {
    const query = () => this.accounts.createQueryBuilder('a').addSelect('a.passwordHash');
    return Promise.all([
      query().where('a.email = :email', { email }).getOne(),
      query()
        .where('a.unconfirmedEmail = :email', { email })
        .orderBy('a.createdAt', 'DESC')
        .limit(1)
        .getOne(),
    ]);
  }

  /**
   * The holder whose password this is, or null. Always two argon2 verifications (a decoy hash stands in for a
   * missing holder or one without a local password), so the time taken does not tell which holders exist.
   */
  private async matching(
    holders: [AccountEntity | null, AccountEntity | null],
    password: string,
  ): Promise<AccountEntity | null> {
    const decoy = await this.decoy();
    const results = await Promise.all(
      holders.map((a) =>
        a?.passwordHash?.startsWith('$argon2')
          ? verify(a.passwordHash, password)
          : verify(decoy, password).then(() => false),
      ),
    );
    return holders.find((_, i) => results[i]) ?? null;
  }

  async signIn(input: SignInInput, client: ClientMeta): Promise<StartedSession> {
    const emailKey = input.email.trim().toLowerCase();
    // Only failures count, per email and address together: five wrong passwords from an attacker's address
    // do not lock the owner out, and an office's successful sign-ins never use up its address's allowance.
    const pairKey = `${emailKey}|${client.ip}`;
    await this.rateLimits.assertAllowed('signInFailuresPerIp', client.ip);
    await this.rateLimits.assertAllowed('signInFailuresPerEmailAndIp', pairKey);
    // The address's owner or its newest unconfirmed claim (see signUp); accounts without a usable local
    // password (erased, or made by single sign-on) fail like a wrong password.
    const account = await this.matching(await this.holdersOf(input.email.trim()), input.password);
    if (!account) {
      await this.rateLimits.record('signInFailuresPerIp', client.ip);
      await this.rateLimits.record('signInFailuresPerEmailAndIp', pairKey);
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    await this.rateLimits.reset('signInFailuresPerEmailAndIp', pairKey);
    // With OIDC_ONLY, local passwords are only the admins' break-glass way in.
    if (this.config.oidcOnly && account.role !== Role.ADMIN) {
      throw forbidden(msg('errors.accounts.signInWithSso', { button: this.config.oidc?.buttonLabel ?? '' }));
    }
    const session = await this.sessions.start(account.id, client);
    return { account, ...session };
  }

  /** Re-authentication before a destructive step (erasing the account): is this the account's password? */
  async checkPassword(accountId: string, password: string): Promise<boolean> {
    const row = await this.accounts
      .createQueryBuilder('a')
      .addSelect('a.passwordHash')
      .where('a.id = :id', { id: accountId })
      .getOne();
    if (!row?.passwordHash || !row.passwordHash.startsWith('$argon2')) return false;
    return verify(row.passwordHash, password);
  }

  /** Whether the account has a local password (not one made by single sign-on or erased). */
  async hasLocalPassword(accountId: string): Promise<boolean> {
    const row = await this.accounts
      .createQueryBuilder('a')
      .addSelect('a.passwordHash')
      .where('a.id = :id', { id: accountId })
      .getOne();
    return !!row?.passwordHash?.startsWith('$argon2');
  }

  private decoy(): Promise<string> {
    this.decoyHash ??= this.hashPassword('decoy password that matches nothing');
    return this.decoyHash;
  }

  async signOut(viewer: Viewer | null): Promise<boolean> {
    if (!viewer?.sessionId) return false;
    await this.sessions.end(viewer.sessionId);
    return true;
  }

  /** Ends every session of the viewer's account, this one included; returns how many ended. */
  async signOutEverywhere(viewer: Viewer | null): Promise<number> {
    if (!viewer) throw unauthenticated(msg('errors.accounts.signInToSignOutEverywhere'));
    return this.sessions.endAllFor(viewer.account.id);
  }

  /** Checks the current password, stores the new one and ends every other session of the account. */
  async changePassword(
    viewer: Viewer | null,
    input: ChangePasswordInput,
    client: ClientMeta,
  ): Promise<number> {
    if (!viewer) throw unauthenticated(msg('errors.accounts.signInToChangePassword'));
    const key = `${viewer.account.email.toLowerCase()}|${client.ip}`;
    await this.rateLimits.assertAllowed('signInFailuresPerEmailAndIp', key);
    const account = await this.accounts
      .createQueryBuilder('a')
      .addSelect('a.passwordHash')
      .where('a.id = :id', { id: viewer.account.id })
      .getOneOrFail();
    if (!account.passwordHash.startsWith('$argon2')) {
      throw badInput('currentPassword', msg('errors.accounts.noPasswordYet'));
    }
    if (!(await verify(account.passwordHash, input.currentPassword))) {
      await this.rateLimits.record('signInFailuresPerEmailAndIp', key);
      throw badInput('currentPassword', msg('errors.accounts.currentPasswordWrong'));
    }
    await this.accounts.update(
      { id: account.id },
      { passwordHash: await this.hashPassword(input.newPassword) },
    );
    return this.sessions.endAllFor(account.id, viewer.sessionId ?? undefined);
  }

  /** Keeps the interface language on the signed-in account (null: follow the browser again). */
  async setLocale(viewer: Viewer, locale: Locale | null): Promise<void> {
    await this.accounts.update({ id: viewer.account.id }, { locale });
    viewer.account.locale = locale;
  }

  async setRole(guardian: Guardian, input: SetRoleInput): Promise<AccountEntity> {
    const actor = guardian.ensure(guardian.accounts.canSetRole());
    return inTransaction(this.dataSource, async (manager) => {
      const repo = manager.getRepository(AccountEntity);
      const account = await repo.findOne({
        where: { id: input.accountId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!account) throw notFound('account');
      const jobTitle = input.jobTitle?.trim() || account.jobTitle;
      if (input.role === Role.EMPLOYEE && !jobTitle) {
        throw badInput('jobTitle', msg('errors.accounts.jobTitleRequired'));
      }
      if (account.role === Role.ADMIN && input.role !== Role.ADMIN) {
        const admins = await repo.count({ where: { role: Role.ADMIN } });
        if (admins <= 1) throw badInput('role', msg('errors.accounts.lastAdminRole'));
      }
      const before = { role: account.role, jobTitle: account.jobTitle };
      account.role = input.role;
      account.jobTitle = jobTitle ?? null;
      const saved = await repo.save(account);
      await this.audit.record(
        manager,
        actor,
        ModerationActionKind.SET_ROLE,
        { type: ModerationTarget.ACCOUNT, id: account.id },
        input.reason?.trim() || `Role changed to ${input.role}.`,
        before,
        { role: saved.role, jobTitle: saved.jobTitle },
      );
      return saved;
    });
  }

  findById(id: string): Promise<AccountEntity | null> {
    return this.accounts.findOne({ where: { id } });
  }

  findByEmail(email: string): Promise<AccountEntity | null> {
    return this.accounts.findOne({ where: { email: email.trim() } });
  }

  findByIds(ids: readonly string[]): Promise<AccountEntity[]> {
    return this.accounts.find({ where: { id: In([...ids]) } });
  }

  /** Batched per request: a page with many authors costs one query. */
  load(loaders: Loaders, id: string): Promise<AccountEntity | null> {
    return loaderFor<string, AccountEntity>(
      loaders,
      'accountById',
      // The statement findByIds runs, without TypeORM building and hydrating it for every page.
      (ids) => (this.rowReader ??= entityRows(this.dataSource, AccountEntity)).byIds(ids),
      (a) => a.id,
    ).load(id);
  }

  findByHandle(handle: string): Promise<AccountEntity | null> {
    return this.accounts.findOne({ where: { handle } });
  }

  /** Creates the account or, when the email exists, sets its role (and password when given). For the CLI and seed. */
  /**
   * Changes the role (and job title) of an existing account, for `npm run account`. The password changes only
   * when one is given: promoting someone must never lock them out by accident.
   */
  async promote(
    account: AccountEntity,
    change: { role?: Role; jobTitle?: string | null; password?: string },
  ): Promise<AccountEntity> {
    if (change.role) account.role = change.role;
    if (change.jobTitle !== undefined) account.jobTitle = change.jobTitle;
    if (change.password) account.passwordHash = await this.hashPassword(change.password);
    const saved = await this.accounts.save(account);
    // A new password ends every session: whoever knew the old one is signed out.
    if (change.password) await this.sessions.endAllFor(saved.id);
    return saved;
  }

  // ---- what other features ask of the accounts table --------------------------------------------------

  /** The account by id, row-locked inside the caller's transaction; null when missing. */
  lock(manager: EntityManager, id: string): Promise<AccountEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return manager.findOne(AccountEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Suspends until a time (with the reason the account is shown), or lifts it with null. */
  setSuspension(
    manager: EntityManager,
    account: AccountEntity,
    until: Date | null,
    reason: string | null,
  ): Promise<AccountEntity> {
    account.suspendedUntil = until;
    account.suspensionReason = until ? reason : null;
    return manager.save(account);
  }

  /** Sets the stored reputation of these accounts to their ledger sum (never below the floor). */
  async refreshReputation(manager: EntityManager, accountIds: string[], floor: number): Promise<void> {
    if (!accountIds.length) return;
    await manager.query(
      `UPDATE accounts a SET reputation = GREATEST($2::int, $2::int + COALESCE(
         (SELECT SUM(delta) FROM reputation_events e WHERE e.account_id = a.id), 0))
       WHERE a.id = ANY($1)`,
      [accountIds, floor],
    );
  }

  async setReputation(manager: EntityManager, accountId: string, reputation: number): Promise<void> {
    await manager.query('UPDATE accounts SET reputation = $2 WHERE id = $1', [accountId, reputation]);
  }

  /** Erasure begins here: locks the account row for the rest of the erasure's transaction. */
  async lockForErasure(manager: EntityManager, accountId: string): Promise<{ id: string; email: string }> {
    const [account]: { id: string; email: string }[] = await manager.query(
      'SELECT id, email FROM accounts WHERE id = $1 FOR UPDATE',
      [accountId],
    );
    if (!account) throw notFound('account');
    return account;
  }

  /** Erasure: the person's one-time links (confirmations, resets) go. `anonymise` is the last step. */
  erasePerson(manager: EntityManager, person: ErasedPerson): Promise<ErasureCounts> {
    return eraseRows(manager, { accountTokens: 'DELETE FROM account_tokens WHERE account_id = $1' }, [
      person.id,
    ]);
  }

  /** Erasure, last step: the account becomes a tombstone nobody can sign in to, under an anonymous name. */
  async anonymise(manager: EntityManager, accountId: string): Promise<void> {
    const tag = randomBytes(6).toString('hex');
    await manager.query(
      `UPDATE accounts SET email = $2, handle = $3, display_name = $4, password_hash = $5, job_title = NULL,
         suspension_reason = NULL, role = 'MEMBER', email_verified_at = NULL, unconfirmed_email = NULL,
         erased_at = now() WHERE id = $1`,
      [
        accountId,
        `erased-${tag}@erased.invalid`,
        `deleted_${tag}`,
        ERASED_NAME,
        `!erased-${randomBytes(16).toString('hex')}`,
      ],
    );
  }
}
