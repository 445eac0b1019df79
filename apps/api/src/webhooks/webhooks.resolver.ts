import {
  Args,
  GraphQLISODateTime,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Connection, PageArgs } from '../common/connection';
import { RequestContext, Viewer } from '../common/context';
import { Ctx, CurrentViewer } from '../common/decorators';
import {
  WebhookAttemptEntity,
  WebhookDeliveryEntity,
  WebhookDeliveryStatus,
  WebhookEntity,
} from './webhook.entity';
import {
  CreatedWebhookModel,
  WebhookAttemptModel,
  WebhookDeliveryConnection,
  WebhookDeliveryModel,
  WebhookModel,
} from './webhook.model';
import {
  CreateWebhookInput,
  RedeliverWebhookInput,
  UpdateWebhookInput,
  WebhookIdInput,
} from './webhooks.inputs';
import { WebhooksService } from './webhooks.service';

@Resolver(() => WebhookModel)
export class WebhooksResolver {
  constructor(private readonly service: WebhooksService) {}

  @Query(() => [WebhookModel], { description: 'Admins only.' })
  webhooks(@CurrentViewer() viewer: Viewer | null): Promise<WebhookEntity[]> {
    return this.service.list(viewer);
  }

  @Query(() => WebhookModel, { description: 'Admins only.' })
  webhook(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<WebhookEntity> {
    return this.service.get(viewer, id);
  }

  @Mutation(() => CreatedWebhookModel, { description: 'Admins only. The secret is returned only this once.' })
  createWebhook(
    @Args('input') input: CreateWebhookInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<{ webhook: WebhookEntity; secret: string }> {
    return this.service.create(viewer, input);
  }

  @Mutation(() => WebhookModel, { description: 'Admins only.' })
  updateWebhook(
    @Args('input') input: UpdateWebhookInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<WebhookEntity> {
    return this.service.update(viewer, input);
  }

  @Mutation(() => Boolean, { description: 'Admins only. Its pending deliveries are dropped.' })
  deleteWebhook(
    @Args('input') input: WebhookIdInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<boolean> {
    return this.service.remove(viewer, input);
  }

  @Mutation(() => CreatedWebhookModel, {
    description: 'Admins only. A new signing secret, returned only this once.',
  })
  rotateWebhookSecret(
    @Args('input') input: WebhookIdInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<{ webhook: WebhookEntity; secret: string }> {
    return this.service.rotateSecret(viewer, input);
  }

  @Mutation(() => WebhookDeliveryModel, { description: 'Admins only. Sends the same payload again.' })
  redeliverWebhook(
    @Args('input') input: RedeliverWebhookInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<WebhookDeliveryEntity> {
    return this.service.redeliver(viewer, input);
  }

  @ResolveField(() => WebhookDeliveryConnection, { description: 'The delivery log, newest first.' })
  deliveries(
    @Parent() webhook: WebhookEntity,
    @Args() page: PageArgs,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<Connection<WebhookDeliveryEntity>> {
    return this.service.deliveriesOf(viewer, webhook.id, page);
  }
}

@Resolver(() => WebhookDeliveryModel)
export class WebhookDeliveryResolver {
  constructor(private readonly service: WebhooksService) {}

  @ResolveField(() => [WebhookAttemptModel], { description: 'Each attempt, oldest first.' })
  attemptLog(
    @Parent() delivery: WebhookDeliveryEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookAttemptEntity[]> {
    return this.service.attemptsOf(ctx.loaders, delivery.id);
  }

  @ResolveField(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the next attempt is due (PENDING only).',
  })
  nextAttemptAt(@Parent() delivery: WebhookDeliveryEntity): Date | null {
    return delivery.status === WebhookDeliveryStatus.PENDING ? delivery.availableAt : null;
  }

  @ResolveField(() => String, { description: 'The JSON body as sent.' })
  payload(@Parent() delivery: WebhookDeliveryEntity): string {
    return delivery.body;
  }
}
