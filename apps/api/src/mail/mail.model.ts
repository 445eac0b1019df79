// GraphQL types of the mail log and email preferences (entities never go out as GraphQL types).
import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { ConnectionType, PageArgs } from '../common/connection';
import { DigestFrequency, NotificationEmailFrequency } from './email-preference.entity';
import { MailPurpose, MailStatus } from './mail-message.entity';
import { msg } from '../i18n/translate';
import { says } from '../common/validation';

registerEnumType(MailPurpose, { name: 'MailPurpose' });
registerEnumType(MailStatus, {
  name: 'MailStatus',
  description:
    'PENDING: waiting (delay or retry); SENT; SKIPPED: not sent on purpose (see skipReason); DEAD: failed for good.',
});
registerEnumType(NotificationEmailFrequency, {
  name: 'NotificationEmailFrequency',
  description:
    'IMMEDIATE: one email per notification (after a short delay); DAILY/WEEKLY: in a digest; NEVER.',
});
registerEnumType(DigestFrequency, { name: 'DigestFrequency' });

@ObjectType('MailMessage', { description: 'One email in the mail log (tokens in links are redacted).' })
export class MailMessageModel {
  @Field(() => ID)
  id: string;

  @Field(() => MailPurpose)
  purpose: MailPurpose;

  @Field()
  toAddress: string;

  @Field(() => String, { nullable: true })
  subject: string | null;

  @Field(() => String, { nullable: true })
  textBody: string | null;

  @Field(() => MailStatus)
  status: MailStatus;

  @Field(() => String, { nullable: true })
  skipReason: string | null;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  sentAt: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When it is (or was) due to be sent.' })
  availableAt: Date;
}

export const MailMessageConnection = ConnectionType(MailMessageModel, 'MailMessage', false);

@ArgsType()
export class MailLogArgs extends PageArgs {
  @Field(() => MailStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MailStatus)
  status?: MailStatus | null;
}

@ObjectType('EmailPreferences')
export class EmailPreferencesModel {
  @Field(() => NotificationEmailFrequency)
  notifications: NotificationEmailFrequency;

  @Field(() => DigestFrequency)
  digest: DigestFrequency;
}

@InputType()
export class UpdateEmailPreferencesInput {
  @Field(() => NotificationEmailFrequency, { nullable: true })
  @IsOptional()
  @IsEnum(NotificationEmailFrequency, { message: says(msg('errors.mail.notificationsFrequency')) })
  notifications?: NotificationEmailFrequency | null;

  @Field(() => DigestFrequency, { nullable: true })
  @IsOptional()
  @IsEnum(DigestFrequency, { message: says(msg('errors.mail.digestFrequency')) })
  digest?: DigestFrequency | null;
}
