import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { CategoriesModule } from '../categories/categories.module';
import { QaEventsModule } from '../qa/qa-events.module';
import { RevisionEntity } from './revision.entity';
import { ThreadViewEntity } from './thread-view.entity';
import { ThreadEntity } from './thread.entity';
import {
  AccountThreadsResolver,
  CategoryThreadsResolver,
  RevisionsResolver,
  ThreadsResolver,
} from './threads.resolver';
import { ThreadsService } from './threads.service';

/** Resolvers of this feature; graphql/schema.ts prints the committed schema from them. */
export const THREADS_RESOLVERS = [
  ThreadsResolver,
  RevisionsResolver,
  AccountThreadsResolver,
  CategoryThreadsResolver,
];

@Module({
  imports: [
    TypeOrmModule.forFeature([ThreadEntity, RevisionEntity, ThreadViewEntity]),
    AccountsModule,
    CategoriesModule,
    QaEventsModule,
  ],
  providers: [ThreadsService, ...THREADS_RESOLVERS],
  exports: [ThreadsService],
})
export class ThreadsModule {}
