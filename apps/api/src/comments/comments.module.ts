import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { AnswersModule } from '../answers/answers.module';
import { QaEventsModule } from '../qa/qa-events.module';
import { ThreadsModule } from '../threads/threads.module';
import { CommentEntity } from './comment.entity';
import { AnswerCommentsResolver, CommentsResolver, ThreadCommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const COMMENTS_RESOLVERS = [CommentsResolver, ThreadCommentsResolver, AnswerCommentsResolver];

@Module({
  imports: [
    TypeOrmModule.forFeature([CommentEntity]),
    AccountsModule,
    QaEventsModule,
    ThreadsModule,
    AnswersModule,
  ],
  providers: [CommentsService, ...COMMENTS_RESOLVERS],
  exports: [CommentsService],
})
export class CommentsModule {}
