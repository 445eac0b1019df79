import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { AnswersModule } from '../answers/answers.module';
import { CategoriesModule } from '../categories/categories.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { QaEventsModule } from '../qa/qa-events.module';
import { ThreadsModule } from '../threads/threads.module';
import { AssignmentEventEntity } from './assignment-event.entity';
import { CareListener } from './care.listener';
import { CustomerHistoryResolver } from './customer-history.resolver';
import { CustomerHistoryService } from './customer-history.service';
import { CategoryWaitEntity } from './category-wait.entity';
import { ExpectedWaitService } from './expected-wait.service';
import {
  FollowUpsResolver,
  PrivateConversationResolver,
  PrivateMessageResolver,
  ThreadFollowUpResolver,
} from './follow-ups.resolver';
import { FollowUpsService } from './follow-ups.service';
import { PrivateConversationEntity, PrivateMessageEntity } from './private-conversation.entity';
import {
  AssignmentEventResolver,
  CareQueueResolver,
  CategoryCareResolver,
  TeamResolver,
  ThreadRoutingResolver,
} from './queue.resolver';
import { CareQueueService } from './queue.service';
import { RatingsResolver, ThreadRateAbilityResolver, ThreadRatingResolver } from './ratings.resolver';
import { RatingsService } from './ratings.service';
import { SatisfactionRatingEntity } from './satisfaction-rating.entity';
import { SavedRepliesResolver } from './saved-replies.resolver';
import { SavedRepliesService } from './saved-replies.service';
import { SavedReplyEntity } from './saved-reply.entity';
import { TeamEntity, TeamMemberEntity } from './team.entity';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const CARE_RESOLVERS = [
  CareQueueResolver,
  ThreadRoutingResolver,
  CategoryCareResolver,
  TeamResolver,
  AssignmentEventResolver,
  SavedRepliesResolver,
  FollowUpsResolver,
  ThreadFollowUpResolver,
  PrivateConversationResolver,
  PrivateMessageResolver,
  RatingsResolver,
  ThreadRatingResolver,
  ThreadRateAbilityResolver,
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
    AnswersModule,
    CategoriesModule,
    QaEventsModule,
    NotificationsModule,
    ThreadsModule,
  ],
  providers: [
    CareQueueService,
    SavedRepliesService,
    FollowUpsService,
    CustomerHistoryService,
    RatingsService,
    ExpectedWaitService,
    CareListener,
    ...CARE_RESOLVERS,
  ],
  exports: [CareQueueService, SavedRepliesService, FollowUpsService, RatingsService, ExpectedWaitService],
})
export class CareModule {}
