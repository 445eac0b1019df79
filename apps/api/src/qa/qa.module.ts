// The Q&A core: threads, answers, comments, votes and reputation depend on each other's services,
// so they are provided together; each still owns its tables and folder.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { AnswerEntity } from '../answers/answer.entity';
import { AnswersResolver } from '../answers/answers.resolver';
import { AnswersService } from '../answers/answers.service';
import { CategoriesModule } from '../categories/categories.module';
import { CategoriesResolver } from '../categories/categories.resolver';
import { CommentEntity } from '../comments/comment.entity';
import { CommentsResolver } from '../comments/comments.resolver';
import { CommentsService } from '../comments/comments.service';
import { ReputationEventEntity } from '../reputation/reputation-event.entity';
import { AccountActivityResolver, ReputationEventResolver } from '../reputation/reputation.resolver';
import { ReputationService } from '../reputation/reputation.service';
import { RevisionEntity } from '../threads/revision.entity';
import { ThreadViewEntity } from '../threads/thread-view.entity';
import { ThreadEntity } from '../threads/thread.entity';
import { RevisionsResolver, ThreadsResolver } from '../threads/threads.resolver';
import { ThreadsService } from '../threads/threads.service';
import { VoteEntity } from '../votes/vote.entity';
import { VotesResolver } from '../votes/votes.resolver';
import { VotesService } from '../votes/votes.service';
import { QaEvents } from './qa-events';

export const QA_RESOLVERS = [
  CategoriesResolver,
  ThreadsResolver,
  RevisionsResolver,
  AnswersResolver,
  CommentsResolver,
  VotesResolver,
  AccountActivityResolver,
  ReputationEventResolver,
];

@Module({
  imports: [
    TypeOrmModule.forFeature([
      ThreadEntity,
      AnswerEntity,
      CommentEntity,
      VoteEntity,
      ReputationEventEntity,
      RevisionEntity,
      ThreadViewEntity,
    ]),
    AccountsModule,
    CategoriesModule,
  ],
  providers: [
    QaEvents,
    ThreadsService,
    AnswersService,
    CommentsService,
    VotesService,
    ReputationService,
    ...QA_RESOLVERS,
  ],
  exports: [QaEvents, ThreadsService, AnswersService, CommentsService, VotesService, ReputationService],
})
export class QaModule {}
