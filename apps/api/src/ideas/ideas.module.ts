import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { QaEventsModule } from '../qa/qa-events.module';
import { ThreadsModule } from '../threads/threads.module';
import { IdeaStatusChangeEntity } from './idea-status-change.entity';
import { IdeaAbilityResolver, IdeasResolver, IdeaStatusChangeResolver } from './ideas.resolver';
import { IdeasService } from './ideas.service';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const IDEAS_RESOLVERS = [IdeasResolver, IdeaStatusChangeResolver, IdeaAbilityResolver];

@Module({
  imports: [
    TypeOrmModule.forFeature([IdeaStatusChangeEntity]),
    AccountsModule,
    ThreadsModule,
    QaEventsModule,
  ],
  providers: [IdeasService, ...IDEAS_RESOLVERS],
  exports: [IdeasService],
})
export class IdeasModule {}
