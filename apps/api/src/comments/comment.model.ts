import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

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
  @IsUUID('all', { message: 'targetId must be a thread or answer id.' })
  targetId: string;

  @Field({ description: `Markdown, up to ${COMMENT_MAX} characters.` })
  @MaxLength(COMMENT_MAX, { message: `Comments are short: at most ${COMMENT_MAX} characters.` })
  @IsNotEmpty({ message: 'Comment is empty.' })
  @IsString()
  body: string;
}
