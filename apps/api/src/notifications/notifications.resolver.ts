// GraphQL for notifications and watches; thin: rules live in NotificationsService and the fan-out.
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { AccountEntity } from '../accounts/account.entity';
import { AccountModel } from '../accounts/account.model';
import { AccountsService } from '../accounts/accounts.service';
import { Connection } from '../common/connection';
import { RequestContext } from '../common/context';
import { Ctx, CurrentGuardian } from '../common/decorators';
import { Guardian } from '../guardian/guardian';
import { PubSub } from '../common/pubsub';
import { communityLocale, requestLocale } from '../i18n/locales';
import { translate } from '../i18n/translate';
import { SiteService } from '../site/site.service';
import type { ThreadEntity } from '../threads/thread.entity';
import { ThreadModel } from '../threads/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { notificationTopic, NotifiedRow } from './notification-fanout';
import { NotificationEntity } from './notification.entity';
import {
  NotificationConnection,
  NotificationModel,
  HandleSuggestionsArgs,
  NotificationsArgs,
  WatchModel,
} from './notification.model';
import { InviteToAnswerInput, MarkNotificationsReadInput, WatchInput } from './notifications.inputs';
import { NotificationsService, summarize, toEntity } from './notifications.service';
import { WatchEntity, WatchTarget } from './watch.entity';

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly accounts: AccountsService,
    private readonly threads: ThreadsService,
    private readonly pubsub: PubSub,
    private readonly site: SiteService,
  ) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  notifications(
    @Args() args: NotificationsArgs,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<Connection<NotificationEntity>> {
    return this.service.list(guardian, args);
  }

  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotificationCount(@CurrentGuardian() guardian: Guardian): Promise<number> {
    return this.service.unreadCount(guardian);
  }

  @Mutation(() => Int, {
    description: 'Marks the given notifications, or all, read; returns how many it marked.',
  })
  markNotificationsRead(
    @Args('input') input: MarkNotificationsReadInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<number> {
    return this.service.markRead(guardian, input);
  }

  @Subscription(() => NotificationModel, {
    description: 'Your new (or grown) notifications as they happen (over graphql-ws).',
    resolve: (row: NotifiedRow) => toEntity(row),
  })
  notificationAdded(@CurrentGuardian() guardian: Guardian): AsyncIterableIterator<NotifiedRow> {
    const account = guardian.ensure(guardian.signedIn('follow your notifications'));
    return this.pubsub.subscribe<NotifiedRow>(notificationTopic(account.id));
  }

  @ResolveField(() => AccountModel, { nullable: true })
  actor(@Parent() n: NotificationEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity | null> | null {
    return n.actorId ? this.accounts.load(ctx.loaders, n.actorId) : null;
  }

  @ResolveField(() => ThreadModel, { nullable: true })
  thread(@Parent() n: NotificationEntity, @Ctx() ctx: RequestContext): Promise<ThreadEntity | null> | null {
    return n.threadId ? this.threads.findVisible(ctx.guardian, n.threadId, ctx.loaders) : null;
  }

  @ResolveField(() => String)
  summary(@Parent() n: NotificationEntity, @Ctx() ctx: RequestContext): string {
    return translate(requestLocale(ctx.req, ctx.viewer?.account, communityLocale(this.site)), summarize(n));
  }
}

@Resolver(() => WatchModel)
export class WatchesResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Mutation(() => WatchModel, {
    description: 'Sets your level for a thread, category or tag (NORMAL is the default everywhere).',
  })
  watch(@Args('input') input: WatchInput, @CurrentGuardian() guardian: Guardian): Promise<WatchEntity> {
    return this.notifications.watch(guardian, input);
  }

  @Query(() => [WatchModel], { description: 'What you watch, track or mute (newest first, up to 500).' })
  async myWatches(
    @CurrentGuardian() guardian: Guardian,
    @Args('targetType', { type: () => WatchTarget, nullable: true }) targetType?: WatchTarget | null,
  ): Promise<(WatchEntity & { label: string })[]> {
    const watches = await this.notifications.myWatches(guardian, targetType);
    const labels = await this.notifications.labels(watches);
    return watches.map((w) => Object.assign(w, { label: labels.get(w.targetId) ?? w.targetId }));
  }

  @Query(() => [AccountModel], {
    description:
      'People whose handle or display name starts with prefix (@mention autocomplete, invitations); signed in only.',
  })
  handleSuggestions(
    @Args() args: HandleSuggestionsArgs,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<AccountEntity[]> {
    return this.notifications.handleSuggestions(guardian, args);
  }

  @Mutation(() => Boolean, {
    description: 'Invites a member who knows the subject to answer a thread (they get a notification).',
  })
  inviteToAnswer(
    @Args('input') input: InviteToAnswerInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<boolean> {
    return this.notifications.inviteToAnswer(guardian, input);
  }
}
