import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsDate,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { PostBody, PostCategory, PostTitle, says, Trim } from '../common/validation';
import { msg } from '../i18n/translate';

@InputType()
export class PublishAnnouncementInput {
  @Field(() => ID)
  @PostCategory()
  categoryId: string;

  @Field()
  @PostTitle()
  title: string;

  @Field({ description: 'Markdown, up to 30 000 characters.' })
  @PostBody()
  body: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Show as a banner on the home and category pages until then.',
  })
  @IsOptional()
  @IsDate({ message: says(msg('errors.announcements.pinnedUntil')) })
  pinnedUntil?: Date | null;
}

@InputType()
export class EditAnnouncementInput {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.announcements.notId')) })
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PostTitle()
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PostBody()
  body?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'A new end for the banner.' })
  @IsOptional()
  @IsDate({ message: says(msg('errors.announcements.pinnedUntil')) })
  pinnedUntil?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Take the banner down now.' })
  @IsOptional()
  @IsBoolean()
  unpin?: boolean | null;
}

@InputType()
export class RevokeSigningKeyInput {
  @Field()
  @IsString()
  @Length(1, 64)
  keyId: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: says(msg('errors.announcements.revokeReason')) })
  @MaxLength(500)
  @IsString()
  reason: string;
}
