// Account email flows: password reset (answers alike whether the address exists, rate limited; the token
// is single use, lasts an hour and signing in with the new password ends every other session) and email
// verification on sign-up.
import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { badInput } from '../common/errors';
import { RateLimits } from '../common/rate-limits';
import { CONFIG, Config } from '../config/config';
import { inTransaction } from '../database/transaction';
import { MailPurpose } from '../mail/mail-message.entity';
import { composeMail, mailWords, MailService } from '../mail/mail.service';
import { AccountEntity } from './account.entity';
import { AccountEvents } from './account-events';
import { AccountTokenPurpose } from './account-token.entity';
import { ResetPasswordInput } from './account-email.inputs';
import { AccountsService } from './accounts.service';
import { msg } from '../i18n/translate';

const RESET_TTL_MS = 60 * 60 * 1000;
const VERIFY_TTL_MS = 7 * 86_400_000;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class AccountEmailService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: Config,
    private readonly accounts: AccountsService,
    private readonly mail: MailService,
    private readonly rateLimits: RateLimits,
    private readonly accountEvents: AccountEvents,
  ) {}

  onModuleInit(): void {
    // Every new account gets a confirmation email, queued in the transaction that creates it; one made with an
    // address someone already owns (an unconfirmed claim, see AccountsService.signUp) warns the owner instead.
    this.accountEvents.register({
      onAccountCreated: (manager, account) =>
        account.unconfirmedEmail
          ? this.warnOwner(account.unconfirmedEmail, manager)
          : this.sendVerification(account, manager),
    });
  }

  private async issue(
    manager: EntityManager,
    accountId: string,
    purpose: AccountTokenPurpose,
    ttlMs: number,
  ): Promise<{ id: string; token: string }> {
    const token = randomBytes(32).toString('base64url');
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO account_tokens (account_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, $4) RETURNING id`,
      [accountId, purpose, hashToken(token), new Date(Date.now() + ttlMs)],
    );
    return { id: row.id, token };
  }

  /** Always true, so the answer never tells whether an address has an account. */
  async requestPasswordReset(email: string, ip: string): Promise<boolean> {
    await this.rateLimits.consume('passwordResetPerIp', ip);
    await this.rateLimits.consume('passwordResetPerEmail', email.toLowerCase());
    const account = await this.accounts.findByEmail(email);
    if (!account) return true;
    await inTransaction(this.dataSource, async (manager) => {
      const { id, token } = await this.issue(
        manager,
        account.id,
        AccountTokenPurpose.PASSWORD_RESET,
        RESET_TTL_MS,
      );
      const url = `${this.mail.publicUrl}/reset-password?token=${token}`;
      const locale = this.mail.localeFor(account.locale);
      const t = mailWords(locale);
      const community = this.mail.communityName;
      await this.mail.enqueue(manager, {
        purpose: MailPurpose.PASSWORD_RESET,
        accountId: account.id,
        to: account.email,
        dedupeKey: `reset:${id}`,
        content: composeMail({
          locale,
          subject: t('mail.passwordReset.subject', { community }),
          heading: t('mail.passwordReset.heading'),
          body: t('mail.passwordReset.body', { handle: account.handle }),
          link: { url, label: t('mail.passwordReset.link') },
          reason: t('mail.passwordReset.reason'),
          community,
        }),
      });
    });
    return true;
  }

  async resetPassword(input: ResetPasswordInput): Promise<boolean> {
    const passwordHash = await this.accounts.hashPassword(input.password);
    return inTransaction(this.dataSource, async (manager) => {
      const accountId = await this.consume(manager, input.token, AccountTokenPurpose.PASSWORD_RESET);
      if (!accountId) throw badInput('token', msg('errors.accounts.resetLinkExpired'));
      await manager.update(AccountEntity, { id: accountId }, { passwordHash });
      // Whoever knew the old password is signed out everywhere.
      await manager.query('DELETE FROM sessions WHERE account_id = $1', [accountId]);
      // Other reset links for this account stop working too.
      await manager.query(
        `UPDATE account_tokens SET used_at = now() WHERE account_id = $1 AND purpose = 'PASSWORD_RESET' AND used_at IS NULL`,
        [accountId],
      );
      return true;
    });
  }

  async sendVerification(
    account: Pick<AccountEntity, 'id' | 'email' | 'handle' | 'locale'>,
    outer?: EntityManager,
  ): Promise<void> {
    const run = (work: (manager: EntityManager) => Promise<void>) =>
      outer ? work(outer) : inTransaction(this.dataSource, work);
    await run(async (manager) => {
      const { id, token } = await this.issue(
        manager,
        account.id,
        AccountTokenPurpose.VERIFY_EMAIL,
        VERIFY_TTL_MS,
      );
      const locale = this.mail.localeFor(account.locale);
      const t = mailWords(locale);
      const community = this.mail.communityName;
      await this.mail.enqueue(manager, {
        purpose: MailPurpose.VERIFY_EMAIL,
        accountId: account.id,
        to: account.email,
        dedupeKey: `verify:${id}`,
        content: composeMail({
          locale,
          subject: t('mail.verifyEmail.subject', { community }),
          heading: t('mail.verifyEmail.heading', { handle: account.handle }),
          body: t('mail.verifyEmail.body'),
          link: {
            url: `${this.mail.publicUrl}/verify-email?token=${token}`,
            label: t('mail.verifyEmail.link'),
          },
          reason: t('mail.verifyEmail.reason'),
          community,
        }),
      });
    });
  }

  /**
   * Tells an address's owner that someone tried to sign up with it (at most once an hour): nothing changed on
   * their account; sign in, or reset the password if they forgot it. In the owner's language, not the sign-up's.
   */
  private async warnOwner(address: string, manager: EntityManager): Promise<void> {
    const owner = await manager.findOne(AccountEntity, { where: { email: address } });
    if (!owner) return;
    const hour = new Date().toISOString().slice(0, 13);
    const locale = this.mail.localeFor(owner.locale);
    const t = mailWords(locale);
    const community = this.mail.communityName;
    await this.mail.enqueue(manager, {
      purpose: MailPurpose.ACCOUNT_EXISTS,
      accountId: owner.id,
      to: owner.email,
      dedupeKey: `account-exists:${owner.id}:${hour}`,
      content: composeMail({
        locale,
        subject: t('mail.accountExists.subject', { community }),
        heading: t('mail.accountExists.heading'),
        body: t('mail.accountExists.body', { handle: owner.handle }),
        link: { url: `${this.mail.publicUrl}/signin`, label: t('mail.accountExists.link') },
        reason: t('mail.accountExists.reason'),
        community,
      }),
    });
  }

  async verifyEmail(token: string): Promise<boolean> {
    return inTransaction(this.dataSource, async (manager) => {
      const accountId = await this.consume(manager, token, AccountTokenPurpose.VERIFY_EMAIL);
      if (!accountId) throw badInput('token', msg('errors.accounts.confirmLinkExpired'));
      await manager.query(
        'UPDATE accounts SET email_verified_at = now() WHERE id = $1 AND email_verified_at IS NULL',
        [accountId],
      );
      return true;
    });
  }

  /** Marks a live token used (once: the row lock makes a second use see used_at) and returns its account. */
  private async consume(
    manager: EntityManager,
    token: string,
    purpose: AccountTokenPurpose,
  ): Promise<string | null> {
    const [row]: { id: string; account_id: string }[] = await manager.query(
      `SELECT id, account_id FROM account_tokens
       WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now() FOR UPDATE`,
      [hashToken(token), purpose],
    );
    if (!row) return null;
    await manager.query('UPDATE account_tokens SET used_at = now() WHERE id = $1', [row.id]);
    return row.account_id;
  }

  get verificationRequired(): boolean {
    return this.config.requireEmailVerification;
  }
}
