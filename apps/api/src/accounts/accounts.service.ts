// Accounts: sign-up, sign-in, roles. Passwords are argon2id hashes; every refusal says what to do next.
import { Algorithm, hash, verify } from '@node-rs/argon2';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { Viewer } from '../common/context';
import { badInput, FieldProblem, notFound, unauthenticated } from '../common/errors';
import { Loaders, loaderFor } from '../common/loaders';
import { RateLimits } from '../common/rate-limits';
import { inTransaction } from '../database/transaction';
import { AccountEntity, Role } from './account.entity';
import { SetRoleInput, SignInInput, SignUpInput } from './accounts.inputs';
import { accountsPolicy } from './accounts.policy';
import { SessionsService } from './sessions.service';

const ARGON2 = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };
const WRONG_CREDENTIALS = 'Email or password is incorrect.';

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
  password: string;
  role?: Role;
  jobTitle?: string | null;
}

@Injectable()
export class AccountsService {
  /** Compared against when the email is unknown, so both failures take the same time. */
  private decoyHash: Promise<string> | null = null;

  constructor(
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly rateLimits: RateLimits,
  ) {}

  hashPassword(password: string): Promise<string> {
    return hash(password, ARGON2);
  }

  async signUp(input: SignUpInput, client: ClientMeta): Promise<StartedSession> {
    await this.rateLimits.consume('signUpPerIp', client.ip);
    return inTransaction(this.dataSource, async (manager) => {
      const account = await this.create(input, manager.getRepository(AccountEntity));
      const session = await this.sessions.start(account.id, client, manager);
      return { account, ...session };
    });
  }

  /** Creates an account after checking that email and handle are free; used by sign-up, the seed and the CLI. */
  async create(input: NewAccount, repo: Repository<AccountEntity> = this.accounts): Promise<AccountEntity> {
    const email = input.email.trim();
    const handle = input.handle.trim();
    await this.assertAvailable(email, handle, repo);
    const passwordHash = await this.hashPassword(input.password);
    try {
      return await repo.save(
        repo.create({
          email,
          handle,
          displayName: input.displayName.trim(),
          passwordHash,
          role: input.role ?? Role.MEMBER,
          jobTitle: input.jobTitle ?? null,
        }),
      );
    } catch (e) {
      // A concurrent sign-up took the email or handle between the check and the insert.
      if ((e as { code?: string }).code === '23505') await this.assertAvailable(email, handle, repo);
      throw e;
    }
  }

  private async assertAvailable(
    email: string,
    handle: string,
    repo: Repository<AccountEntity>,
  ): Promise<void> {
    const taken = await repo
      .createQueryBuilder('a')
      .select(['a.email', 'a.handle'])
      .where('a.email = :email OR a.handle = :handle', { email, handle })
      .getMany();
    const problems: FieldProblem[] = [];
    if (taken.some((a) => a.email.toLowerCase() === email.toLowerCase())) {
      problems.push({
        field: 'email',
        message: 'An account with this email already exists. Sign in instead.',
      });
    }
    if (taken.some((a) => a.handle === handle)) {
      problems.push({ field: 'handle', message: `The handle "${handle}" is taken. Choose another.` });
    }
    if (problems.length) throw badInput(problems);
  }

  async signIn(input: SignInInput, client: ClientMeta): Promise<StartedSession> {
    const emailKey = input.email.trim().toLowerCase();
    await this.rateLimits.consume('signInPerIp', client.ip);
    await this.rateLimits.consume('signInPerEmail', emailKey);
    const account = await this.accounts
      .createQueryBuilder('a')
      .addSelect('a.passwordHash')
      .where('a.email = :email', { email: input.email.trim() })
      .getOne();
    const ok = account
      ? await verify(account.passwordHash, input.password)
      : await verify(await this.decoy(), input.password).then(() => false);
    if (!account || !ok) throw unauthenticated(WRONG_CREDENTIALS);
    await this.rateLimits.reset('signInPerEmail', emailKey);
    const session = await this.sessions.start(account.id, client);
    return { account, ...session };
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

  async setRole(viewer: Viewer | null, input: SetRoleInput): Promise<AccountEntity> {
    accountsPolicy.assertCanSetRole(viewer);
    return inTransaction(this.dataSource, async (manager) => {
      const repo = manager.getRepository(AccountEntity);
      const account = await repo.findOne({
        where: { id: input.accountId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!account) throw notFound('The account');
      const jobTitle = input.jobTitle?.trim() || account.jobTitle;
      if (input.role === Role.EMPLOYEE && !jobTitle) {
        throw badInput('jobTitle', 'Employees need a job title; it is shown beside their official answers.');
      }
      if (account.role === Role.ADMIN && input.role !== Role.ADMIN) {
        const admins = await repo.count({ where: { role: Role.ADMIN } });
        if (admins <= 1)
          throw badInput('role', 'This is the last admin; promote someone else to admin first.');
      }
      account.role = input.role;
      account.jobTitle = jobTitle ?? null;
      return repo.save(account);
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
      (ids) => this.findByIds(ids),
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
    return this.accounts.save(account);
  }
}
