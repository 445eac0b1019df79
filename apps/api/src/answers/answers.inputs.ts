import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { MAX_PAGE_SIZE, PageArgs } from '../common/connection';
import { BODY_MAX } from '../threads/threads.inputs';

// class-validator runs the decorator nearest the property first; with stopAtFirstError that one's message wins.

@InputType()
export class PostAnswerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be a thread id.' })
  threadId: string;

  @Field({ description: 'Markdown, up to 30 000 characters.' })
  @MaxLength(BODY_MAX, { message: `Answer must be at most ${BODY_MAX.toLocaleString('en')} characters.` })
  @IsNotEmpty({ message: 'Answer is empty: write your answer first.' })
  @IsString()
  body: string;
}

@InputType()
export class EditAnswerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'answerId must be an answer id.' })
  answerId: string;

  @Field()
  @MaxLength(BODY_MAX, { message: `Answer must be at most ${BODY_MAX.toLocaleString('en')} characters.` })
  @IsNotEmpty({ message: 'Answer cannot be empty.' })
  @IsString()
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
