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
import { PostBody, PostCategory, PostTitle, Trim } from '../common/validation';

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
  @IsDate({ message: 'pinnedUntil must be a date.' })
  pinnedUntil?: Date | null;
}

@InputType()
export class EditAnnouncementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'That is not an announcement id.' })
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
  @IsDate({ message: 'pinnedUntil must be a date.' })
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
  @IsNotEmpty({ message: 'Give a reason for revoking the key.' })
  @MaxLength(500)
  @IsString()
  reason: string;
}
