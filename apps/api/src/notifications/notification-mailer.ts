// Notification emails: queued for every new item whose recipient wants them one by one, sent after
// NOTIFICATION_EMAIL_DELAY_SECONDS, and rendered only then — so it says "3 new answers" if more came, and is
// skipped if the person read the notification on the site meanwhile or can no longer see the post.
import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AccountEntity } from '../accounts/account.entity';
import { MailPurpose } from '../mail/mail-message.entity';
import { composeMail, MailRow, MailService, RenderedMail } from '../mail/mail.service';
import { ThreadsService } from '../threads/threads.service';
import { NotificationFanout } from './notification-fanout';
import { NotificationKind } from './notification.entity';
import { summarize } from './notifications.service';
import { recipientCanSee, recipientsAccess } from './visibility';

const WHY: Record<NotificationKind, string> = {
  ANSWER: 'You get this because you asked this question.',
  OFFICIAL_ANSWER: 'You get this because you asked this question.',
  COMMENT: 'You get this because someone commented on your post.',
  ACCEPTED: 'You get this because your answer was accepted.',
  MENTION: 'You get this because you were mentioned.',
  PRIVATE_MESSAGE: 'You get this because the team wrote to you privately.',
  WATCHED_REPLY: 'You get this because you watch this thread (or its category or tag).',
  WATCHED_NEW_THREAD: 'You get this because you watch this category or tag.',
  INVITED_TO_ANSWER: 'You get this because someone invited you to answer.',
  MODERATION: 'You get this because a moderator acted on your post or account.',
  ASSIGNED: 'You get this because a colleague assigned this thread to you in the care queue.',
  IDEA_STATUS: 'You get this because you shared, voted for or watch this idea.',
};

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
              t.title, t.hidden_at, t.deleted_at, t.category_id, actor.display_name AS actor, r.role, r.reputation
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
    const summary = summarize(n);
    const title = n.title ?? 'your account';
    const link = n.thread_id
      ? { url: `${this.mail.publicUrl}/t/${n.thread_id}`, label: 'Open the thread' }
      : { url: `${this.mail.publicUrl}/notifications`, label: 'Open your notifications' };
    const body = [n.actor ? `${n.actor} wrote:` : '', n.excerpt, n.reason ? `Reason: ${n.reason}` : '']
      .filter(Boolean)
      .join('\n\n');
    return {
      ...composeMail({
        subject: `${summary}: ${title}`,
        heading: `${summary}: ${title}`,
        body,
        link,
        reason: `${WHY[n.kind]} You can change your emails in Settings.`,
        unsubscribeUrl: mail.account_id
          ? await this.mail.unsubscribeUrl(mail.account_id, 'notifications')
          : undefined,
        community: this.mail.communityName,
      }),
      list: 'notifications',
    };
  }
}
