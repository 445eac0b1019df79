// Reputation on the Account type: its history and the privileges it unlocks (threads and answers are
// resolved by their features).
import { PRIVILEGE_LABELS, Privilege } from '@community/domain';
import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccountEntity } from '../accounts/account.entity';
import { AccountModel } from '../accounts/account.model';
import { AccountsService } from '../accounts/accounts.service';
import { Connection, PageArgs } from '../common/connection';
import { RequestContext } from '../common/context';
import { Ctx, CurrentGuardian, NoArgs } from '../common/decorators';
import type { ThreadEntity } from '../threads/thread.entity';
import { ThreadModel } from '../threads/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { Guardian, privilegeOf } from '../guardian/guardian';
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
    private readonly ledger: ReputationService,
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
      const check = privilegeOf(this.ledger.rules, account, privilege);
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
    @CurrentGuardian() guardian: Guardian,
  ): Promise<Connection<ReputationEventEntity>> {
    return this.ledger.history(guardian, account.id, page);
  }

  @ResolveField(() => Int, {
    description:
      'Reputation as this viewer may see it: points earned in private categories they cannot read are not shown.',
  })
  // Per author on a page: graphql-js's own arguments, no parameter decorators (see NoArgs).
  reputation(account: AccountEntity, _args: NoArgs, ctx: RequestContext): Promise<number> {
    return this.ledger.shownReputation(ctx.guardian, ctx.loaders, account);
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
