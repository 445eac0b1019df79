import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../common/connection';

@ObjectType('Answer')
export class AnswerModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Markdown as written.' })
  body: string;

  @Field({ description: 'Sanitized HTML rendered from the Markdown.' })
  bodyHtml: string;

  @Field(() => Int)
  score: number;

  @Field({ description: 'Written by staff: the brand’s own answer.' })
  official: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  editedAt: Date | null;
}

@ObjectType('AnswerPermissions', { description: 'What the viewer may do with this answer now.' })
export class AnswerPermissions {
  @Field() edit: boolean;
  @Field() delete: boolean;
  @Field() accept: boolean;
  @Field() unaccept: boolean;
  @Field() vote: boolean;
  @Field() comment: boolean;
}

export const AnswerConnection = ConnectionType(AnswerModel, 'Answer');
