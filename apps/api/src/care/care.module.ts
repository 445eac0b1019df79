import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { CategoriesModule } from '../categories/categories.module';
import { QaModule } from '../qa/qa.module';
import { AssignmentEventEntity } from './assignment-event.entity';
import { CareListener } from './care.listener';
import { CarePubSub } from './care-pubsub';
import {
  AssignmentEventResolver,
  CareResolver,
  CategoryCareResolver,
  CustomerHistoryResolver,
  PrivateConversationResolver,
  PrivateMessageResolver,
  SatisfactionRatingResolver,
  TeamResolver,
  ThreadCareResolver,
} from './care.resolver';
import { CareService } from './care.service';
import { CategoryWaitEntity } from './category-wait.entity';
import { ExpectedWaitService } from './expected-wait.service';
import { PrivateConversationEntity, PrivateMessageEntity } from './private-conversation.entity';
import { SatisfactionRatingEntity } from './satisfaction-rating.entity';
import { SavedReplyEntity } from './saved-reply.entity';
import { TeamEntity, TeamMemberEntity } from './team.entity';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const CARE_RESOLVERS = [
  CareResolver,
  ThreadCareResolver,
  CategoryCareResolver,
  TeamResolver,
  AssignmentEventResolver,
  PrivateConversationResolver,
  PrivateMessageResolver,
  SatisfactionRatingResolver,
  CustomerHistoryResolver,
];

@Module({
  imports: [
    TypeOrmModule.forFeature([
      TeamEntity,
      TeamMemberEntity,
      AssignmentEventEntity,
      SavedReplyEntity,
      PrivateConversationEntity,
      PrivateMessageEntity,
      SatisfactionRatingEntity,
      CategoryWaitEntity,
    ]),
    AccountsModule,
    CategoriesModule,
    QaModule,
  ],
  providers: [CarePubSub, CareService, ExpectedWaitService, CareListener, ...CARE_RESOLVERS],
  exports: [CareService, ExpectedWaitService],
})
export class CareModule {}
