import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { AnswersModule } from '../answers/answers.module';
import { QaEventsModule } from '../qa/qa-events.module';
import { ReputationModule } from '../reputation/reputation.module';
import { ThreadsModule } from '../threads/threads.module';
import { VoteEntity } from './vote.entity';
import { AnswerVotesResolver, ThreadVotesResolver, VotesResolver } from './votes.resolver';
import { VotesService } from './votes.service';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const VOTES_RESOLVERS = [VotesResolver, ThreadVotesResolver, AnswerVotesResolver];

@Module({
  imports: [
    TypeOrmModule.forFeature([VoteEntity]),
    AccountsModule,
    QaEventsModule,
    ThreadsModule,
    AnswersModule,
    ReputationModule,
  ],
  providers: [VotesService, ...VOTES_RESOLVERS],
  exports: [VotesService],
})
export class VotesModule {}
