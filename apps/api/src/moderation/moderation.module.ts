import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { CategoriesModule } from '../categories/categories.module';
import { QaModule } from '../qa/qa.module';
import { FlagEntity } from './flag.entity';
import { ModerationActionEntity } from './moderation-action.entity';
import {
  AccountSuspensionResolver,
  AnswerModerationResolver,
  CommentModerationResolver,
  FlagGroupResolver,
  ModerationResolver,
  ThreadModerationResolver,
} from './moderation.resolver';
import { ModerationService } from './moderation.service';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const MODERATION_RESOLVERS = [
  ModerationResolver,
  FlagGroupResolver,
  ThreadModerationResolver,
  AnswerModerationResolver,
  CommentModerationResolver,
  AccountSuspensionResolver,
];

@Module({
  imports: [
    TypeOrmModule.forFeature([FlagEntity, ModerationActionEntity]),
    AccountsModule,
    CategoriesModule,
    QaModule,
  ],
  providers: [ModerationService, ...MODERATION_RESOLVERS],
  exports: [ModerationService],
})
export class ModerationModule {}
