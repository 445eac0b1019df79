import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { CategoriesModule } from '../categories/categories.module';
import { QaEventsModule } from '../qa/qa-events.module';
import { SiteModule } from '../site/site.module';
import { ThreadsModule } from '../threads/threads.module';
import { MailModule } from '../mail/mail.module';
import { DigestScheduler } from './digests';
import { MentionEntity } from './mention.entity';
import { NotificationMailer } from './notification-mailer';
import { NotificationEventEntity } from './notification-event.entity';
import { NotificationFanout } from './notification-fanout';
import { NotificationEntity } from './notification.entity';
import { NotificationsResolver, WatchesResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { ThreadLive, ThreadLiveResolver } from './thread-live';
import { WatchEntity } from './watch.entity';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const NOTIFICATIONS_RESOLVERS = [NotificationsResolver, WatchesResolver, ThreadLiveResolver];

@Module({
  imports: [
    TypeOrmModule.forFeature([NotificationEntity, WatchEntity, NotificationEventEntity, MentionEntity]),
    AccountsModule,
    CategoriesModule,
    MailModule,
    QaEventsModule,
    SiteModule,
    ThreadsModule,
  ],
  providers: [
    NotificationFanout,
    NotificationMailer,
    NotificationsService,
    ThreadLive,
    DigestScheduler,
    ...NOTIFICATIONS_RESOLVERS,
  ],
  exports: [NotificationFanout, NotificationsService, DigestScheduler],
})
export class NotificationsModule {}
