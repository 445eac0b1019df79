import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { AnswersModule } from '../answers/answers.module';
import { CategoriesModule } from '../categories/categories.module';
import { CommentsModule } from '../comments/comments.module';
import { QaEventsModule } from '../qa/qa-events.module';
import { ThreadsModule } from '../threads/threads.module';
import { FlagEntity } from './flag.entity';
import { ModerationActionEntity } from './moderation-action.entity';
import { AuditLogModule } from './audit-log.module';
import { FlagGroupResolver, FlagsResolver } from './flags.resolver';
import { FlagsService } from './flags.service';
import {
  AccountSuspensionResolver,
  AnswerModerationResolver,
  CommentModerationResolver,
  ModerationResolver,
  ThreadModerationResolver,
} from './moderation.resolver';
import { ModerationService } from './moderation.service';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const MODERATION_RESOLVERS = [
  ModerationResolver,
  FlagsResolver,
  FlagGroupResolver,
  ThreadModerationResolver,
  AnswerModerationResolver,
  CommentModerationResolver,
  AccountSuspensionResolver,
];

@Module({
  imports: [
    TypeOrmModule.forFeature([FlagEntity, ModerationActionEntity]),
    AuditLogModule,
    AccountsModule,
    AnswersModule,
    CommentsModule,
    CategoriesModule,
    QaEventsModule,
    NotificationsModule,
    ThreadsModule,
  ],
  providers: [ModerationService, FlagsService, ...MODERATION_RESOLVERS],
  exports: [ModerationService, FlagsService, AuditLogModule],
})
export class ModerationModule {}
