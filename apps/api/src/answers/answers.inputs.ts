import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { MAX_PAGE_SIZE, PageArgs } from '../common/connection';
import { PostBody, says } from '../common/validation';
import { msg } from '../i18n/translate';

@InputType()
export class PostAnswerInput {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.input.threadId')) })
  threadId: string;

  @Field({ description: 'Markdown, up to 30 000 characters.' })
  @PostBody('answer')
  body: string;
}

@InputType()
export class EditAnswerInput {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.input.answerId')) })
  answerId: string;

  @Field()
  @PostBody('answer')
  body: string;
}

@InputType()
export class DeleteAnswerInput {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.input.answerId')) })
  answerId: string;
}

@ArgsType()
export class AnswerPageArgs extends PageArgs {
  @Field(() => Int, { defaultValue: 30, description: `Page size, at most ${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1, { message: says(msg('errors.input.firstMin')) })
  @Max(MAX_PAGE_SIZE, { message: says(msg('errors.input.firstMax', { max: MAX_PAGE_SIZE })) })
  override first: number = 30;
}
