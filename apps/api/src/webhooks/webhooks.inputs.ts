import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { says, Trim } from '../common/validation';
import { WebhookEvent } from './webhook.entity';
import { msg } from '../i18n/translate';

const EVENTS_RULE = says(
  msg('errors.webhooks.eventsRule', { events: Object.values(WebhookEvent).join(', ') }),
);

@InputType()
export class CreateWebhookInput {
  @Field({ description: 'An http(s) URL on a public address.' })
  @Trim()
  @Matches(/^https?:\/\/\S+$/i, { message: says(msg('errors.webhooks.urlScheme')) })
  @MaxLength(2000, { message: says(msg('errors.webhooks.urlTooLong', { max: 2000 })) })
  url: string;

  @Field(() => [WebhookEvent])
  @IsEnum(WebhookEvent, { each: true, message: EVENTS_RULE })
  @ArrayMaxSize(Object.values(WebhookEvent).length, { message: says(msg('errors.webhooks.eventOnce')) })
  @ArrayMinSize(1, { message: says(msg('errors.webhooks.eventRequired')) })
  events: WebhookEvent[];

  @Field({ nullable: true, defaultValue: '' })
  @IsOptional()
  @Trim()
  @Length(0, 200, { message: says(msg('errors.input.descriptionTooLong', { max: 200 })) })
  description?: string;
}

@InputType()
export class UpdateWebhookInput {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.webhooks.id')) })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @Matches(/^https?:\/\/\S+$/i, { message: says(msg('errors.webhooks.urlScheme')) })
  @MaxLength(2000, { message: says(msg('errors.webhooks.urlTooLong', { max: 2000 })) })
  url?: string;

  @Field(() => [WebhookEvent], { nullable: true })
  @IsOptional()
  @IsEnum(WebhookEvent, { each: true, message: EVENTS_RULE })
  @ArrayMinSize(1, { message: says(msg('errors.webhooks.eventRequired')) })
  events?: WebhookEvent[];

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @Length(0, 200, { message: says(msg('errors.input.descriptionTooLong', { max: 200 })) })
  description?: string;
}

@InputType()
export class WebhookIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.webhooks.id')) })
  id: string;
}

@InputType()
export class RedeliverWebhookInput {
  @Field(() => ID)
  @Matches(/^\d{1,18}$/, { message: says(msg('errors.webhooks.deliveryId')) })
  deliveryId: string;
}
