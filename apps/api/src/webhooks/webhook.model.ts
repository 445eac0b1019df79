import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../common/connection';
import { WebhookDeliveryStatus, WebhookEvent } from './webhook.entity';

registerEnumType(WebhookEvent, { name: 'WebhookEvent', description: 'What a webhook can be told about.' });
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description:
    'PENDING (waiting or retrying), DELIVERED (a 2xx came back), DEAD (gave up; redeliver by hand).',
});

@ObjectType('WebhookAttempt', { description: 'One POST of a delivery.' })
export class WebhookAttemptModel {
  @Field(() => GraphQLISODateTime)
  attemptedAt: Date;

  @Field(() => Int, { nullable: true, description: 'HTTP status; null when no response came.' })
  responseStatus: number | null;

  @Field(() => String, { nullable: true })
  error: string | null;

  @Field(() => Int)
  durationMs: number;
}

@ObjectType('WebhookDelivery', { description: 'One event sent (or being sent) to one webhook.' })
export class WebhookDeliveryModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The payload `id`; a redelivery keeps it, so receivers can skip repeats.' })
  eventId: string;

  @Field(() => WebhookEvent)
  event: WebhookEvent;

  @Field(() => WebhookDeliveryStatus)
  status: WebhookDeliveryStatus;

  @Field(() => Int)
  attempts: number;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the last attempt.' })
  responseStatus: number | null;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastAttemptAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  deliveredAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

export const WebhookDeliveryConnection = ConnectionType(WebhookDeliveryModel, 'WebhookDelivery', false);

@ObjectType('Webhook', { description: 'Community events POSTed to a URL, signed with the webhook secret.' })
export class WebhookModel {
  @Field(() => ID)
  id: string;

  @Field()
  url: string;

  @Field(() => [WebhookEvent])
  events: WebhookEvent[];

  @Field()
  description: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  secretRotatedAt: Date;
}

@ObjectType('CreatedWebhook')
export class CreatedWebhookModel {
  @Field(() => WebhookModel)
  webhook: WebhookModel;

  @Field({ description: 'The signing secret (Community-Signature). Shown only this once.' })
  secret: string;
}
