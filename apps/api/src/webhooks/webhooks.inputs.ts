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
import { Trim } from '../common/validation';
import { WebhookEvent } from './webhook.entity';

const EVENTS_RULE = `Events must be some of ${Object.values(WebhookEvent).join(', ')}.`;

@InputType()
export class CreateWebhookInput {
  @Field({ description: 'An http(s) URL on a public address.' })
  @Trim()
  @Matches(/^https?:\/\/\S+$/i, { message: 'The URL must start with https:// (or http://).' })
  @MaxLength(2000, { message: 'The URL must be at most 2000 characters.' })
  url: string;

  @Field(() => [WebhookEvent])
  @IsEnum(WebhookEvent, { each: true, message: EVENTS_RULE })
  @ArrayMaxSize(Object.values(WebhookEvent).length, { message: 'Give each event at most once.' })
  @ArrayMinSize(1, { message: 'Choose at least one event, e.g. THREAD_CREATED.' })
  events: WebhookEvent[];

  @Field({ nullable: true, defaultValue: '' })
  @IsOptional()
  @Trim()
  @Length(0, 200, { message: 'Description must be at most 200 characters.' })
  description?: string;
}

@InputType()
export class UpdateWebhookInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a webhook id.' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @Matches(/^https?:\/\/\S+$/i, { message: 'The URL must start with https:// (or http://).' })
  @MaxLength(2000, { message: 'The URL must be at most 2000 characters.' })
  url?: string;

  @Field(() => [WebhookEvent], { nullable: true })
  @IsOptional()
  @IsEnum(WebhookEvent, { each: true, message: EVENTS_RULE })
  @ArrayMinSize(1, { message: 'Choose at least one event, e.g. THREAD_CREATED.' })
  events?: WebhookEvent[];

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @Length(0, 200, { message: 'Description must be at most 200 characters.' })
  description?: string;
}

@InputType()
export class WebhookIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a webhook id.' })
  id: string;
}

@InputType()
export class RedeliverWebhookInput {
  @Field(() => ID)
  @Matches(/^\d{1,18}$/, { message: 'deliveryId must be a delivery id.' })
  deliveryId: string;
}
