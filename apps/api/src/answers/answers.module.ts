import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { QaEventsModule } from '../qa/qa-events.module';
import { ReputationModule } from '../reputation/reputation.module';
import { ThreadsModule } from '../threads/threads.module';
import { AnswerEntity } from './answer.entity';
import { AccountAnswersResolver, AnswersResolver, ThreadAnswersResolver } from './answers.resolver';
import { AnswersService } from './answers.service';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const ANSWERS_RESOLVERS = [AnswersResolver, ThreadAnswersResolver, AccountAnswersResolver];

@Module({
  imports: [
    TypeOrmModule.forFeature([AnswerEntity]),
    AccountsModule,
    QaEventsModule,
    ThreadsModule,
    ReputationModule,
  ],
  providers: [AnswersService, ...ANSWERS_RESOLVERS],
  exports: [AnswersService],
})
export class AnswersModule {}
