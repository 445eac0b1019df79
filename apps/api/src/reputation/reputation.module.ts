import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { ThreadsModule } from '../threads/threads.module';
import { ReputationEventEntity } from './reputation-event.entity';
import { AccountActivityResolver, ReputationEventResolver } from './reputation.resolver';
import { ReputationService } from './reputation.service';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const REPUTATION_RESOLVERS = [AccountActivityResolver, ReputationEventResolver];

@Module({
  imports: [TypeOrmModule.forFeature([ReputationEventEntity]), AccountsModule, ThreadsModule],
  providers: [ReputationService, ...REPUTATION_RESOLVERS],
  exports: [ReputationService],
})
export class ReputationModule {}
