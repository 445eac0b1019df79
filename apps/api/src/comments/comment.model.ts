import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { msg } from '../i18n/translate';
import { says } from '../common/validation';

export const COMMENT_MAX = 600;

@ObjectType('Comment', { description: 'A short remark on a thread or an answer.' })
export class CommentModel {
  @Field(() => ID)
  id: string;

  @Field()
  body: string;

  @Field()
  bodyHtml: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@InputType()
export class PostCommentInput {
  @Field(() => ID, { description: 'A thread id or an answer id.' })
  @IsUUID('all', { message: says(msg('errors.input.postTargetId')) })
  targetId: string;

  @Field({ description: `Markdown, up to ${COMMENT_MAX} characters.` })
  @MaxLength(COMMENT_MAX, { message: says(msg('errors.comments.tooLong', { max: COMMENT_MAX })) })
  @IsNotEmpty({ message: says(msg('errors.comments.empty')) })
  @IsString()
  body: string;
}
