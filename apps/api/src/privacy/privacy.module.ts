import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AnnouncementsModule } from '../announcements/announcements.module';
import { AnswersModule } from '../answers/answers.module';
import { CareModule } from '../care/care.module';
import { CommentsModule } from '../comments/comments.module';
import { GroupsModule } from '../groups/groups.module';
import { MailModule } from '../mail/mail.module';
import { ModerationModule } from '../moderation/moderation.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OidcModule } from '../oidc/oidc.module';
import { QaEventsModule } from '../qa/qa-events.module';
import { ThreadsModule } from '../threads/threads.module';
import { ApiTokensModule } from '../tokens/api-tokens.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { Erasure } from './erasure';
import { ExportsController } from './exports.controller';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyService } from './privacy.service';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const PRIVACY_RESOLVERS = [PrivacyResolver];

@Module({
  // Erasure asks each feature that holds personal data to erase its own tables.
  imports: [
    AccountsModule,
    AnnouncementsModule,
    AnswersModule,
    CareModule,
    CommentsModule,
    GroupsModule,
    MailModule,
    ModerationModule,
    NotificationsModule,
    OidcModule,
    QaEventsModule,
    ThreadsModule,
    ApiTokensModule,
    WebhooksModule,
  ],
  controllers: [ExportsController],
  providers: [PrivacyService, Erasure, ...PRIVACY_RESOLVERS],
})
export class PrivacyModule {}
