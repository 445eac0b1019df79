// Customer history: a reporting read model for the care team, reading across threads, answers, ratings and
// follow-ups (declared as such in the boundaries' read-model list); it writes nothing.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { isUuid } from '../common/connection';
import { Guardian } from '../guardian/guardian';
import { notFound } from '../common/errors';
import { ThreadEntity } from '../threads/thread.entity';
import { PrivateConversationEntity } from './private-conversation.entity';
import { SatisfactionRatingEntity } from './satisfaction-rating.entity';

export interface CustomerHistory {
  account: AccountEntity;
  threads: ThreadEntity[];
  threadCount: number;
  answersReceived: number;
  ratings: SatisfactionRatingEntity[];
  openConversations: PrivateConversationEntity[];
}

@Injectable()
export class CustomerHistoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forAccount(guardian: Guardian, accountId: string): Promise<CustomerHistory> {
    guardian.ensure(guardian.care.canUseConsole('see customer history'));
    const account = isUuid(accountId)
      ? await this.dataSource.getRepository(AccountEntity).findOne({ where: { id: accountId } })
      : null;
    if (!account) throw notFound('account');
    const threadRepo = this.dataSource.getRepository(ThreadEntity);
    const [threads, threadCount, [received], ratings, openConversations] = await Promise.all([
      threadRepo.find({ where: { authorId: account.id }, order: { createdAt: 'DESC' }, take: 20 }),
      threadRepo.count({ where: { authorId: account.id } }),
      this.dataSource.query(
        `SELECT count(*)::int AS n FROM answers a JOIN threads t ON t.id = a.thread_id
         WHERE t.author_id = $1 AND a.author_id <> $1 AND a.deleted_at IS NULL`,
        [account.id],
      ) as Promise<{ n: number }[]>,
      this.dataSource
        .getRepository(SatisfactionRatingEntity)
        .find({ where: { accountId: account.id }, order: { createdAt: 'DESC' } }),
      this.dataSource.getRepository(PrivateConversationEntity).find({
        where: { customerId: account.id, closedAt: IsNull() },
        order: { createdAt: 'DESC' },
      }),
    ]);
    return {
      account,
      threads,
      threadCount,
      answersReceived: received.n,
      ratings,
      openConversations,
    };
  }
}
