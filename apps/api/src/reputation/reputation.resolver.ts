// Reputation on the Account type: its history and the privileges it unlocks (threads and answers are
// resolved by their features).
import { PRIVILEGE_LABELS, Privilege } from '@community/domain';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccountEntity } from '../accounts/account.entity';
import { AccountModel } from '../accounts/account.model';
import { AccountsService } from '../accounts/accounts.service';
import { Connection, PageArgs } from '../common/connection';
import { RequestContext } from '../common/context';
import { Ctx } from '../common/decorators';
import type { ThreadEntity } from '../threads/thread.entity';
import { ThreadModel } from '../threads/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { privilegeOf } from '../guardian/guardian';
import { ReputationEventEntity } from './reputation-event.entity';
import { ReputationService } from './reputation.service';
import {
  PrivilegeEnum,
  PrivilegeStatus,
  ReputationEventConnection,
  ReputationEventModel,
} from './reputation.model';

@Resolver(() => AccountModel)
export class AccountActivityResolver {
  constructor(
    private readonly accountsService: AccountsService,
    private readonly threadsService: ThreadsService,
    private readonly reputation: ReputationService,
  ) {}

  @Query(() => AccountModel, { nullable: true, description: 'A profile by handle.' })
  account(@Args('handle') handle: string): Promise<AccountEntity | null> {
    return this.accountsService.findByHandle(handle);
  }

  @ResolveField(() => [PrivilegeStatus], {
    description: 'What reputation unlocks, and what this account has.',
  })
  privileges(@Parent() account: AccountEntity): PrivilegeStatus[] {
    return (Object.keys(PRIVILEGE_LABELS) as Privilege[]).map((privilege) => {
      const check = privilegeOf(this.reputation.rules, account, privilege);
      return {
        privilege: privilege as PrivilegeEnum,
        label: PRIVILEGE_LABELS[privilege],
        required: check.required,
        granted: check.allowed,
      };
    });
  }

  @ResolveField(() => ReputationEventConnection, { description: 'The reputation ledger, newest first.' })
  reputationHistory(
    @Parent() account: AccountEntity,
    @Args() page: PageArgs,
  ): Promise<Connection<ReputationEventEntity>> {
    return this.reputation.history(account.id, page);
  }
}

@Resolver(() => ReputationEventModel)
export class ReputationEventResolver {
  constructor(private readonly threadsService: ThreadsService) {}

  @ResolveField(() => ThreadModel, { nullable: true })
  thread(
    @Parent() event: ReputationEventEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<ThreadEntity | null> | null {
    return event.threadId ? this.threadsService.findVisible(ctx.guardian, event.threadId, ctx.loaders) : null;
  }
}
