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
import { RequestContext } from '../common/context';
import { Ctx, CurrentGuardian } from '../common/decorators';
import { Guardian } from '../guardian/guardian';
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
  webhooks(@CurrentGuardian() guardian: Guardian): Promise<WebhookEntity[]> {
    return this.service.list(guardian);
  }

  @Query(() => WebhookModel, { description: 'Admins only.' })
  webhook(
    @Args('id', { type: () => ID }) id: string,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<WebhookEntity> {
    return this.service.get(guardian, id);
  }

  @Mutation(() => CreatedWebhookModel, { description: 'Admins only. The secret is returned only this once.' })
  createWebhook(
    @Args('input') input: CreateWebhookInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<{ webhook: WebhookEntity; secret: string }> {
    return this.service.create(guardian, input);
  }

  @Mutation(() => WebhookModel, { description: 'Admins only.' })
  updateWebhook(
    @Args('input') input: UpdateWebhookInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<WebhookEntity> {
    return this.service.update(guardian, input);
  }

  @Mutation(() => Boolean, { description: 'Admins only. Its pending deliveries are dropped.' })
  deleteWebhook(
    @Args('input') input: WebhookIdInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<boolean> {
    return this.service.remove(guardian, input);
  }

  @Mutation(() => CreatedWebhookModel, {
    description: 'Admins only. A new signing secret, returned only this once.',
  })
  rotateWebhookSecret(
    @Args('input') input: WebhookIdInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<{ webhook: WebhookEntity; secret: string }> {
    return this.service.rotateSecret(guardian, input);
  }

  @Mutation(() => WebhookDeliveryModel, { description: 'Admins only. Sends the same payload again.' })
  redeliverWebhook(
    @Args('input') input: RedeliverWebhookInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<WebhookDeliveryEntity> {
    return this.service.redeliver(guardian, input);
  }

  @ResolveField(() => WebhookDeliveryConnection, { description: 'The delivery log, newest first.' })
  deliveries(
    @Parent() webhook: WebhookEntity,
    @Args() page: PageArgs,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<Connection<WebhookDeliveryEntity>> {
    return this.service.deliveriesOf(guardian, webhook.id, page);
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
