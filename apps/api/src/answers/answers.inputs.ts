import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { MAX_PAGE_SIZE, PageArgs } from '../common/connection';
import { PostBody } from '../common/validation';

@InputType()
export class PostAnswerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be a thread id.' })
  threadId: string;

  @Field({ description: 'Markdown, up to 30 000 characters.' })
  @PostBody('answer')
  body: string;
}

@InputType()
export class EditAnswerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'answerId must be an answer id.' })
  answerId: string;

  @Field()
  @PostBody('answer')
  body: string;
}

@InputType()
export class DeleteAnswerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'answerId must be an answer id.' })
  answerId: string;
}

@ArgsType()
export class AnswerPageArgs extends PageArgs {
  @Field(() => Int, { defaultValue: 30, description: `Page size, at most ${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1, { message: 'first must be at least 1.' })
  @Max(MAX_PAGE_SIZE, { message: `first must be at most ${MAX_PAGE_SIZE}.` })
  override first: number = 30;
}
