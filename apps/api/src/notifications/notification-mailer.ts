// Notification emails: queued for every new item whose recipient wants them one by one, sent after
// NOTIFICATION_EMAIL_DELAY_SECONDS, and rendered only then — so it says "3 new answers" if more came, and is
// skipped if the person read the notification on the site meanwhile or can no longer see the post.
import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AccountEntity } from '../accounts/account.entity';
import { MailPurpose } from '../mail/mail-message.entity';
import { composeMail, MailRow, MailService, mailWords, RenderedMail } from '../mail/mail.service';
import { ThreadsService } from '../threads/threads.service';
import { NotificationFanout } from './notification-fanout';
import { NotificationKind } from './notification.entity';
import { summarize } from './notifications.service';
import { recipientCanSee, recipientsAccess } from './visibility';

interface Row {
  kind: NotificationKind;
  count: number;
  excerpt: string;
  reason: string | null;
  read_at: Date | null;
  thread_id: string | null;
  title: string | null;
  hidden_at: Date | null;
  deleted_at: Date | null;
  category_id: string;
  actor: string | null;
  role: AccountEntity['role'];
  reputation: number;
  recipient_id: string;
  locale: string | null;
}

@Injectable()
export class NotificationMailer implements OnModuleInit {
  constructor(
    private readonly fanout: NotificationFanout,
    private readonly mail: MailService,
    private readonly threads: ThreadsService,
  ) {}

  onModuleInit(): void {
    this.fanout.onNotified((manager, rows) =>
      this.mail.enqueueNotifications(
        manager,
        rows.map((r) => ({ accountId: r.recipient_id, notificationId: r.id })),
      ),
    );
    this.mail.registerRenderer(MailPurpose.NOTIFICATION, (manager, row) => this.render(manager, row));
  }

  async render(
    manager: EntityManager,
    mail: MailRow,
  ): Promise<(RenderedMail & { list: 'notifications' }) | string> {
    const [n]: Row[] = await manager.query(
      `SELECT n.kind, n.count, n.excerpt, n.reason, n.read_at, n.thread_id, n.recipient_id,
              t.title, t.hidden_at, t.deleted_at, t.category_id, actor.display_name AS actor, r.role, r.reputation,
              r.locale
       FROM notifications n
       JOIN accounts r ON r.id = n.recipient_id
       LEFT JOIN threads t ON t.id = n.thread_id
       LEFT JOIN accounts actor ON actor.id = n.actor_id
       WHERE n.id = $1`,
      [mail.notification_id],
    );
    if (!n) return 'The notification no longer exists.';
    if (n.read_at) return 'Read on the site before the email was due.';
    const [prefs]: { notifications: string }[] = await manager.query(
      'SELECT notifications FROM email_preferences WHERE account_id = $1',
      [n.recipient_id],
    );
    if (prefs && prefs.notifications !== 'IMMEDIATE')
      return `The recipient chose ${prefs.notifications} notification emails.`;
    if (
      n.kind !== NotificationKind.MODERATION &&
      n.thread_id &&
      !recipientCanSee(
        { id: n.recipient_id, role: n.role, reputation: n.reputation },
        { hiddenAt: n.hidden_at, deletedAt: n.deleted_at, categoryId: n.category_id },
        null,
        (await recipientsAccess(manager, [{ id: n.recipient_id, role: n.role }])).get(n.recipient_id),
      )
    )
      return 'The recipient can no longer see the post.';
    // In the recipient's language as it is when the email goes out.
    const locale = this.mail.localeFor(n.locale);
    const t = mailWords(locale);
    const heading = t('mail.notification.heading', {
      summary: summarize(n),
      title: n.title ?? t('mail.notification.yourAccount'),
    });
    const link = n.thread_id
      ? { url: `${this.mail.publicUrl}/t/${n.thread_id}`, label: t('mail.notification.openThread') }
      : { url: `${this.mail.publicUrl}/notifications`, label: t('mail.notification.openNotifications') };
    const body = [
      n.actor ? t('mail.notification.wrote', { actor: n.actor }) : '',
      n.excerpt,
      n.reason ? t('mail.notification.reason', { reason: n.reason }) : '',
    ]
      .filter(Boolean)
      .join('\n\n');
    return {
      ...composeMail({
        locale,
        subject: heading,
        heading,
        body,
        link,
        reason: t('mail.notification.why', { kind: n.kind }),
        unsubscribeUrl: mail.account_id
          ? await this.mail.unsubscribeUrl(mail.account_id, 'notifications')
          : undefined,
        community: this.mail.communityName,
      }),
      list: 'notifications',
    };
  }
}
