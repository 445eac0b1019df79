// GraphQL types of the ideas roadmap (entities never go out as GraphQL types).
import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IdeaStatus } from '../threads/thread.entity';
import { says, Trim } from '../common/validation';
import { msg } from '../i18n/translate';

export const NOTE_MAX = 2000;

@ObjectType('IdeaStatusChange', {
  description: 'One move of an idea on the roadmap, with the note to the community.',
})
export class IdeaStatusChangeModel {
  @Field(() => ID)
  id: string;

  @Field(() => IdeaStatus)
  status: IdeaStatus;

  @Field(() => IdeaStatus, { description: 'Where the idea stood before.' })
  previousStatus: IdeaStatus;

  @Field({ description: 'Plain text from the employee who moved it (may be empty).' })
  note: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@InputType()
export class SetIdeaStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.input.threadId')) })
  threadId: string;

  @Field(() => IdeaStatus)
  @IsEnum(IdeaStatus, {
    message: says(msg('errors.ideas.status')),
  })
  status: IdeaStatus;

  @Field(() => String, {
    nullable: true,
    description: `Plain text shown on the idea and kept in its history, up to ${NOTE_MAX} characters.`,
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(NOTE_MAX, { message: says(msg('errors.ideas.noteTooLong', { max: NOTE_MAX })) })
  note?: string | null;
}
