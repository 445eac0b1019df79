// Email: a Postgres outbox (mail_messages) drained with SKIP LOCKED into nodemailer over SMTP_URL, retried with
// back-off and dead-lettered; the same rows are the admin mail log. Without SMTP_URL every message is still
// rendered and recorded (SKIPPED, "SMTP_URL is not set"), so a newcomer sees what would have been sent.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '../accounts/account.entity';
import { Connection, decodeCursor, encodeCursor, toConnection } from '../common/connection';
import { Viewer } from '../common/context';
import { badInput, forbidden, unauthenticated } from '../common/errors';
import { Failures, OutboxDrain } from '../common/outbox-drain';
import { CONFIG, Config } from '../config/config';
import { SystemStateService } from '../system/system-state.service';
import {
  DigestFrequency,
  EmailPreferenceEntity,
  NotificationEmailFrequency,
} from './email-preference.entity';
import { MailMessageEntity, MailPurpose, MailStatus } from './mail-message.entity';
import { ErasedPerson, ErasureCounts, eraseRows } from '../common/erasure';
import { isLocale, type Locale } from '../i18n/locales';
import { msg, translate, type MessageValues, type ServerMessageId } from '../i18n/translate';

export const MAX_ATTEMPTS = 8;
/** The lists a person can leave with one click (RFC 8058). */
export type MailList = 'notifications' | 'digest';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** A message to queue; rendered now, or (notificationId set) by the purpose's renderer when it is sent. */
export interface NewMail {
  purpose: MailPurpose;
  accountId: string | null;
  to: string;
  dedupeKey: string;
  content?: RenderedMail;
  notificationId?: string | null;
  delaySeconds?: number;
}

/** Renders queued rows at send time; a string result skips the row with that reason. */
export type MailRenderer = (
  manager: EntityManager,
  row: MailRow,
) => Promise<(RenderedMail & { list?: MailList }) | string>;

export interface MailRow {
  id: string;
  attempts: number;
  purpose: MailPurpose;
  account_id: string | null;
  to_address: string;
  /** Names what the email is about (e.g. data-export:<id>), for renderers of purposes without a notification. */
  dedupe_key: string;
  notification_id: string | null;
  subject: string | null;
  text_body: string | null;
  html_body: string | null;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** The community as emails name it: its live name and default language (site settings, else the environment). */
export interface MailCommunity {
  name: string;
  defaultLocale: string;
}

/** Words one email in its recipient's language: `t('mail.…', values)`. */
export function mailWords(locale: Locale): (id: ServerMessageId, values?: MessageValues) => string {
  return (id, values) => translate(locale, msg(id, values));
}

/** Plain text and HTML of one email from the same parts, so both always say the same thing. */
export function composeMail(parts: {
  /** The recipient's language: the footer's words and the HTML's lang. */
  locale: Locale;
  subject: string;
  heading: string;
  body: string;
  link: { url: string; label: string };
  reason: string;
  unsubscribeUrl?: string;
  community: string;
}): RenderedMail {
  const t = mailWords(parts.locale);
  const unsubscribe = t('mail.unsubscribe');
  const text = [
    parts.heading,
    '',
    parts.body,
    '',
    `${parts.link.label}: ${parts.link.url}`,
    '',
    '--',
    parts.reason,
    parts.unsubscribeUrl ? `${unsubscribe}: ${parts.unsubscribeUrl}` : '',
    parts.community,
  ]
    .filter((l, i, all) => l !== '' || all[i - 1] !== '')
    .join('\n');
  const paragraphs = parts.body
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 12px">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
  const html = `<!doctype html><html lang="${parts.locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#222;max-width:600px">
<h2 style="font-size:18px">${escapeHtml(parts.heading)}</h2>
${paragraphs}
<p><a href="${escapeHtml(parts.link.url)}" style="background:#3451b2;color:#fff;padding:8px 14px;border-radius:6px;text-decoration:none">${escapeHtml(parts.link.label)}</a></p>
<hr style="border:0;border-top:1px solid #ddd">
<p style="font-size:12px;color:#666">${escapeHtml(parts.reason)}${
    parts.unsubscribeUrl
      ? ` <a href="${escapeHtml(parts.unsubscribeUrl)}">${escapeHtml(unsubscribe)}</a>.`
      : ''
  }<br>${escapeHtml(parts.community)}</p>
</body></html>`;
  return { subject: parts.subject, text, html };
}

@Injectable()
export class MailService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private readonly drainer: OutboxDrain<MailRow>;
  private readonly renderers = new Map<MailPurpose, MailRenderer>();
  private readonly transport: Transporter | null;
  private secret: Buffer | null = null;
  private communitySource: (() => MailCommunity) | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: Config,
    private readonly systemState: SystemStateService,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
    this.drainer = new OutboxDrain<MailRow>(dataSource, {
      name: 'MailOutbox',
      table: 'mail_messages',
      statusType: 'mail_status',
      columns:
        'id, attempts, purpose, account_id, to_address, dedupe_key, notification_id, subject, text_body, html_body',
      batchSize: 20,
      maxAttempts: MAX_ATTEMPTS,
      retryBaseSeconds: 5,
      pollMs: 1000,
      handle: (manager, rows) => this.send(manager, rows),
      // send() records SENT or SKIPPED itself; rows stay as the log.
      complete: async () => undefined,
    });
  }

  get publicUrl(): string {
    return (this.config.publicUrl ?? `http://localhost:${this.config.port}`).replace(/\/$/, '');
  }

  /**
   * Where the live community comes from: SiteService registers its settings here at start (it cannot be injected:
   * the site module depends on accounts, which send mail). Until then, the environment's values.
   */
  useCommunity(source: () => MailCommunity): void {
    this.communitySource = source;
  }

  private community(): MailCommunity {
    return (
      this.communitySource?.() ?? {
        name: this.config.community.name,
        defaultLocale: this.config.community.locale,
      }
    );
  }

  /** The community's name now (admins can change it in /admin). */
  get communityName(): string {
    return this.community().name;
  }

  /** The language of an email to someone: their account's preference, else the community's default. */
  localeFor(preference: string | null | undefined): Locale {
    if (isLocale(preference)) return preference;
    const fallback = this.community().defaultLocale;
    return isLocale(fallback) ? fallback : 'en';
  }

  /**
   * The sender: MAIL_FROM's address, named as MAIL_FROM names it, else with the community's live name (MAIL_FROM
   * without a name, the default, follows a rename in /admin).
   */
  sender(): string | { name: string; address: string } {
    const from = this.config.mailFrom.trim();
    const named = /^(.*)<([^>]+)>$/.exec(from);
    if (named && named[1].replace(/"/g, '').trim()) return from;
    return { name: this.communityName, address: named ? named[2].trim() : from };
  }

  onApplicationBootstrap(): void {
    this.drainer.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.drainer.stop();
    this.transport?.close();
  }

  registerRenderer(purpose: MailPurpose, renderer: MailRenderer): void {
    this.renderers.set(purpose, renderer);
  }

  drain(): Promise<number> {
    return this.drainer.drain();
  }

  nudge(): void {
    this.drainer.nudge();
  }

  /** Queues one email in the caller's transaction; a second one with the same dedupe key is ignored. */
  async enqueue(manager: EntityManager, mail: NewMail): Promise<void> {
    await manager.query(
      `INSERT INTO mail_messages (purpose, account_id, to_address, dedupe_key, notification_id, subject,
         text_body, html_body, available_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() + make_interval(secs => $9))
       ON CONFLICT (dedupe_key) DO NOTHING`,
      [
        mail.purpose,
        mail.accountId,
        mail.to,
        mail.dedupeKey,
        mail.notificationId ?? null,
        mail.content?.subject ?? null,
        mail.content?.text ?? null,
        mail.content?.html ?? null,
        mail.delaySeconds ?? 0,
      ],
    );
    if (!mail.delaySeconds) setTimeout(() => this.drainer.nudge(), 50).unref();
  }

  /**
   * Queues one email per notification for recipients who want them one by one (IMMEDIATE), set-based so a
   * fan-out to thousands costs one statement; the content is rendered when each is sent.
   */
  async enqueueNotifications(
    manager: EntityManager,
    items: { accountId: string; notificationId: string }[],
  ): Promise<void> {
    if (!items.length) return;
    await manager.query(
      `INSERT INTO mail_messages (purpose, account_id, to_address, dedupe_key, notification_id, available_at)
       SELECT 'NOTIFICATION', a.id, a.email, 'notification:' || x.n, x.n, now() + make_interval(secs => $3)
       FROM unnest($1::uuid[], $2::uuid[]) AS x(a, n)
       JOIN accounts a ON a.id = x.a
       LEFT JOIN email_preferences p ON p.account_id = a.id
       WHERE coalesce(p.notifications, 'IMMEDIATE') = 'IMMEDIATE'
       ON CONFLICT (dedupe_key) DO NOTHING`,
      [
        items.map((i) => i.accountId),
        items.map((i) => i.notificationId),
        this.config.notificationEmailDelaySeconds,
      ],
    );
    if (!this.config.notificationEmailDelaySeconds) setTimeout(() => this.drainer.nudge(), 50).unref();
  }

  private async send(manager: EntityManager, rows: MailRow[]): Promise<Failures> {
    const failures: Failures = new Map();
    for (const row of rows) {
      let content: RenderedMail & { list?: MailList };
      if (row.subject && row.text_body && row.html_body) {
        content = { subject: row.subject, text: row.text_body, html: row.html_body };
      } else {
        const renderer = this.renderers.get(row.purpose);
        const rendered = renderer ? await renderer(manager, row) : 'Nothing renders this kind of email.';
        if (typeof rendered === 'string') {
          await this.finish(manager, row.id, MailStatus.SKIPPED, rendered);
          continue;
        }
        content = rendered;
        await manager.query(
          'UPDATE mail_messages SET subject = $2, text_body = $3, html_body = $4 WHERE id = $1',
          [row.id, content.subject, content.text, content.html],
        );
      }
      if (row.to_address.endsWith('.invalid')) {
        // Erased accounts and unconfirmed sign-up claims have a placeholder address (RFC 2606), never sent to.
        await this.finish(manager, row.id, MailStatus.SKIPPED, 'The account has no deliverable address.');
        continue;
      }
      if (!this.transport) {
        await this.finish(manager, row.id, MailStatus.SKIPPED, 'SMTP_URL is not set: recorded here only.');
        continue;
      }
      const list = content.list ?? this.listOf(row.purpose);
      const headers: Record<string, string> = {};
      if (list && row.account_id) {
        const url = await this.unsubscribeUrl(row.account_id, list);
        headers['List-Unsubscribe'] = `<${url}>`;
        headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
      }
      try {
        await this.transport.sendMail({
          from: this.sender(),
          to: row.to_address,
          subject: content.subject,
          text: content.text,
          html: content.html,
          headers,
          // A stable Message-ID lets receivers drop a duplicate if a commit is lost after a send.
          messageId: `<mail-${row.id}@${new URL(this.publicUrl).hostname}>`,
        });
      } catch (e) {
        failures.set(row.id, e instanceof Error ? e.message : String(e));
        continue;
      }
      await this.finish(manager, row.id, MailStatus.SENT, null);
    }
    return failures;
  }

  private listOf(purpose: MailPurpose): MailList | null {
    if (purpose === MailPurpose.NOTIFICATION) return 'notifications';
    if (purpose === MailPurpose.DIGEST) return 'digest';
    return null;
  }

  private async finish(manager: EntityManager, id: string, status: MailStatus, reason: string | null) {
    await manager.query(
      `UPDATE mail_messages SET status = $2::mail_status, skip_reason = $3,
         sent_at = CASE WHEN $2::text = 'SENT' THEN now() END,
         last_error = NULL WHERE id = $1`,
      [id, status, reason],
    );
  }

  // ---- signed tokens (unsubscribe) ----

  private async key(): Promise<Buffer> {
    if (this.secret) return this.secret;
    const stored = await this.systemState.ensure('mail-token-secret', randomBytes(32).toString('base64url'));
    this.secret = Buffer.from(stored, 'base64url');
    return this.secret;
  }

  async sign(payload: string): Promise<string> {
    const mac = createHmac('sha256', await this.key())
      .update(payload)
      .digest('base64url');
    return `${Buffer.from(payload).toString('base64url')}.${mac}`;
  }

  async verify(token: string): Promise<string | null> {
    const [data, mac] = token.split('.');
    if (!data || !mac) return null;
    const payload = Buffer.from(data, 'base64url').toString('utf8');
    const expected = Buffer.from(
      createHmac('sha256', await this.key())
        .update(payload)
        .digest('base64url'),
    );
    const given = Buffer.from(mac);
    return given.length === expected.length && timingSafeEqual(given, expected) ? payload : null;
  }

  async unsubscribeUrl(accountId: string, list: MailList): Promise<string> {
    return `${this.publicUrl}/email/unsubscribe?token=${await this.sign(`unsubscribe:${accountId}:${list}`)}`;
  }

  /** The language preference of the account an unsubscribe token is for (null: none, or a bad token). */
  async tokenLocale(token: string): Promise<string | null> {
    const payload = await this.verify(token);
    const accountId = payload?.match(/^unsubscribe:([0-9a-f-]{36}):/)?.[1];
    if (!accountId) return null;
    const [row]: { locale: string | null }[] = await this.dataSource.query(
      'SELECT locale FROM accounts WHERE id = $1',
      [accountId],
    );
    return row?.locale ?? null;
  }

  /** One-click unsubscribe: turns the token's list off for its account. False for a bad token. */
  async unsubscribe(token: string): Promise<MailList | null> {
    const payload = await this.verify(token);
    const m = payload?.match(/^unsubscribe:([0-9a-f-]{36}):(notifications|digest)$/);
    if (!m) return null;
    const [, accountId, list] = m;
    await this.dataSource.query(
      `INSERT INTO email_preferences (account_id, notifications, digest) VALUES ($1, $2, $3)
       ON CONFLICT (account_id) DO UPDATE SET ${list} = 'NEVER', updated_at = now()`,
      [
        accountId,
        list === 'notifications' ? NotificationEmailFrequency.NEVER : NotificationEmailFrequency.IMMEDIATE,
        list === 'digest' ? DigestFrequency.NEVER : DigestFrequency.WEEKLY,
      ],
    );
    return list as MailList;
  }

  /** Records that an account's digest for the period starting before `at` is done (sent or empty). */
  async markDigest(manager: EntityManager, accountIds: string[], at: Date): Promise<void> {
    if (!accountIds.length) return;
    await manager.query(
      `INSERT INTO email_preferences (account_id, last_digest_at) SELECT unnest($1::uuid[]), $2
       ON CONFLICT (account_id) DO UPDATE SET last_digest_at = EXCLUDED.last_digest_at`,
      [accountIds, at],
    );
  }

  // ---- preferences ----

  async preferences(accountId: string): Promise<EmailPreferenceEntity> {
    const [row] = await this.dataSource.getRepository(EmailPreferenceEntity).findBy({ accountId });
    return (
      row ??
      Object.assign(new EmailPreferenceEntity(), {
        accountId,
        notifications: NotificationEmailFrequency.IMMEDIATE,
        digest: DigestFrequency.WEEKLY,
        lastDigestAt: null,
      })
    );
  }

  async updatePreferences(
    viewer: Viewer | null,
    input: { notifications?: NotificationEmailFrequency | null; digest?: DigestFrequency | null },
  ): Promise<EmailPreferenceEntity> {
    if (!viewer) throw unauthenticated(msg('errors.mail.signInToChangePreferences'));
    if (!input.notifications && !input.digest)
      throw badInput('notifications', msg('errors.mail.chooseFrequency'));
    const current = await this.preferences(viewer.account.id);
    await this.dataSource.query(
      `INSERT INTO email_preferences (account_id, notifications, digest) VALUES ($1, $2, $3)
       ON CONFLICT (account_id) DO UPDATE SET notifications = $2, digest = $3, updated_at = now()`,
      [viewer.account.id, input.notifications ?? current.notifications, input.digest ?? current.digest],
    );
    return this.preferences(viewer.account.id);
  }

  // ---- the admin mail log ----

  async log(
    viewer: Viewer | null,
    args: { first: number; after?: string | null; status?: MailStatus | null },
  ): Promise<Connection<MailMessageEntity>> {
    if (!viewer) throw unauthenticated(msg('errors.mail.signInToReadLog'));
    if (viewer.account.role !== Role.ADMIN) throw forbidden(msg('errors.mail.onlyAdminsReadLog'));
    const after = decodeCursor(
      args.after,
      (v): v is { id: string } => typeof (v as { id?: unknown })?.id === 'string',
    );
    const q = this.dataSource
      .getRepository(MailMessageEntity)
      .createQueryBuilder('m')
      .orderBy('m.id', 'DESC')
      .limit(args.first + 1);
    if (args.status) q.andWhere('m.status = :status', { status: args.status });
    if (after) q.andWhere('m.id < :id', { id: after.id });
    return toConnection(await q.getMany(), args.first, (m) => encodeCursor({ id: m.id }));
  }

  /** Erasure: mail to or about the person (the outbox doubles as the mail log) and their email settings go. */
  async erasePerson(manager: EntityManager, person: ErasedPerson): Promise<ErasureCounts> {
    const mail = await eraseRows(
      manager,
      { mail: 'DELETE FROM mail_messages WHERE account_id = $1 OR lower(to_address) = lower($2)' },
      [person.id, person.email],
    );
    const settings = await eraseRows(
      manager,
      { emailPreferences: 'DELETE FROM email_preferences WHERE account_id = $1' },
      [person.id],
    );
    return { ...mail, ...settings };
  }
}
