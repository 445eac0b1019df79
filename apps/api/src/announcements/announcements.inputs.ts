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
import { BODY_MAX, TITLE_LENGTH_MESSAGE, TITLE_MAX, TITLE_MIN } from '../threads/threads.inputs';
import { TitleLength, Trim } from '../common/validation';

@InputType()
export class PublishAnnouncementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a category.' })
  categoryId: string;

  @Field()
  @Trim()
  @TitleLength(TITLE_MIN, TITLE_MAX, TITLE_LENGTH_MESSAGE)
  @IsString()
  title: string;

  @Field({ description: 'Markdown, up to 30 000 characters.' })
  @MaxLength(BODY_MAX, { message: `Body must be at most ${BODY_MAX.toLocaleString('en')} characters.` })
  @IsNotEmpty({ message: 'Body is required.' })
  @IsString()
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
  @Trim()
  @TitleLength(TITLE_MIN, TITLE_MAX, TITLE_LENGTH_MESSAGE)
  @IsString()
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(BODY_MAX, { message: `Body must be at most ${BODY_MAX.toLocaleString('en')} characters.` })
  @IsNotEmpty({ message: 'Body is required.' })
  @IsString()
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
