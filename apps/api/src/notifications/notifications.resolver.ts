// GraphQL for notifications and watches; thin: rules live in NotificationsService and the fan-out.
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { AccountEntity } from '../accounts/account.entity';
import { AccountModel } from '../accounts/account.model';
import { AccountsService } from '../accounts/accounts.service';
import { requireViewer } from '../accounts/accounts.policy';
import { Connection } from '../common/connection';
import { RequestContext, Viewer } from '../common/context';
import { Ctx, CurrentViewer } from '../common/decorators';
import { PubSub } from '../common/pubsub';
import type { ThreadEntity } from '../threads/thread.entity';
import { ThreadModel } from '../threads/thread.model';
import { ThreadsService } from '../threads/threads.service';
import { notificationTopic, NotifiedRow } from './notification-fanout';
import { NotificationEntity } from './notification.entity';
import {
  NotificationConnection,
  NotificationModel,
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
  ) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  notifications(
    @Args() args: NotificationsArgs,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<Connection<NotificationEntity>> {
    return this.service.list(viewer, args);
  }

  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotificationCount(@CurrentViewer() viewer: Viewer | null): Promise<number> {
    return this.service.unreadCount(viewer);
  }

  @Mutation(() => Int, {
    description: 'Marks the given notifications, or all, read; returns how many it marked.',
  })
  markNotificationsRead(
    @Args('input') input: MarkNotificationsReadInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<number> {
    return this.service.markRead(viewer, input);
  }

  @Subscription(() => NotificationModel, {
    description: 'Your new (or grown) notifications as they happen (over graphql-ws).',
    resolve: (row: NotifiedRow) => toEntity(row),
  })
  notificationAdded(@CurrentViewer() viewer: Viewer | null): AsyncIterableIterator<NotifiedRow> {
    const { account } = requireViewer(viewer, 'follow your notifications');
    return this.pubsub.subscribe<NotifiedRow>(notificationTopic(account.id));
  }

  @ResolveField(() => AccountModel, { nullable: true })
  actor(@Parent() n: NotificationEntity, @Ctx() ctx: RequestContext): Promise<AccountEntity | null> | null {
    return n.actorId ? this.accounts.load(ctx.loaders, n.actorId) : null;
  }

  @ResolveField(() => ThreadModel, { nullable: true })
  thread(@Parent() n: NotificationEntity, @Ctx() ctx: RequestContext): Promise<ThreadEntity | null> | null {
    return n.threadId ? this.threads.findVisible(ctx.viewer, n.threadId, ctx.loaders) : null;
  }

  @ResolveField(() => String)
  summary(@Parent() n: NotificationEntity): string {
    return summarize(n);
  }
}

@Resolver(() => WatchModel)
export class WatchesResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Mutation(() => WatchModel, {
    description: 'Sets your level for a thread, category or tag (NORMAL is the default everywhere).',
  })
  watch(@Args('input') input: WatchInput, @CurrentViewer() viewer: Viewer | null): Promise<WatchEntity> {
    return this.notifications.watch(viewer, input);
  }

  @Query(() => [WatchModel], { description: 'What you watch, track or mute (newest first, up to 500).' })
  async myWatches(
    @CurrentViewer() viewer: Viewer | null,
    @Args('targetType', { type: () => WatchTarget, nullable: true }) targetType?: WatchTarget | null,
  ): Promise<(WatchEntity & { label: string })[]> {
    const watches = await this.notifications.myWatches(viewer, targetType);
    const labels = await this.notifications.labels(watches);
    return watches.map((w) => Object.assign(w, { label: labels.get(w.targetId) ?? w.targetId }));
  }

  @Mutation(() => Boolean, {
    description: 'Invites a member who knows the subject to answer a thread (they get a notification).',
  })
  inviteToAnswer(
    @Args('input') input: InviteToAnswerInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<boolean> {
    return this.notifications.inviteToAnswer(viewer, input);
  }
}
