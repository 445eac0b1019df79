import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../common/connection';
import { IdeaStatus, ThreadKind, ThreadStatus } from './thread.entity';

registerEnumType(ThreadKind, { name: 'ThreadKind' });
registerEnumType(ThreadStatus, {
  name: 'ThreadStatus',
  description: 'OPEN: no answer yet; ANSWERED: has answers; SOLVED: has an accepted answer.',
});

registerEnumType(IdeaStatus, {
  name: 'IdeaStatus',
  description:
    'Where an idea stands: UNDER_REVIEW (new ideas start here), PLANNED, IN_PROGRESS, SHIPPED or DECLINED.',
});

export enum ThreadSort {
  NEWEST = 'NEWEST',
  ACTIVE = 'ACTIVE',
  TOP = 'TOP',
  POPULAR = 'POPULAR',
}
registerEnumType(ThreadSort, { name: 'ThreadSort' });

export enum VoteValue {
  UP = 'UP',
  DOWN = 'DOWN',
  NONE = 'NONE',
}
registerEnumType(VoteValue, { name: 'VoteValue', description: 'NONE takes a vote back.' });

@ObjectType('Thread', { description: 'A question, discussion, idea or announcement, with its answers.' })
export class ThreadModel {
  @Field(() => ID)
  id: string;

  @Field(() => ThreadKind)
  kind: ThreadKind;

  @Field(() => ThreadStatus)
  status: ThreadStatus;

  @Field(() => IdeaStatus, {
    nullable: true,
    description: 'Where an idea stands on the roadmap (employees move it); null for every other kind.',
  })
  ideaStatus: IdeaStatus | null;

  @Field()
  title: string;

  @Field({ description: 'Markdown as written.' })
  body: string;

  @Field({ description: 'Sanitized HTML rendered from the Markdown.' })
  bodyHtml: string;

  @Field(() => [String])
  tags: string[];

  @Field(() => Int, { description: 'Up votes minus down votes.' })
  score: number;

  @Field(() => Int)
  answerCount: number;

  @Field(() => Int)
  commentCount: number;

  @Field(() => Int)
  viewCount: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  editedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  lastActivityAt: Date;
}

@ObjectType('ThreadPermissions', { description: 'What the viewer may do with this thread now.' })
export class ThreadPermissions {
  @Field() edit: boolean;
  @Field() delete: boolean;
  @Field() answer: boolean;
  @Field() vote: boolean;
  @Field() comment: boolean;
}

@ObjectType('Revision', { description: 'The text a post had before an edit.' })
export class RevisionModel {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => String, { nullable: true, description: 'Previous title (threads only).' })
  title: string | null;

  @Field({ description: 'Previous Markdown body.' })
  body: string;

  @Field(() => [String], { nullable: true, description: 'Previous tags (threads only).' })
  tags: string[] | null;
}

@ObjectType('TagCount')
export class TagCount {
  @Field()
  tag: string;

  @Field(() => Int)
  count: number;
}

export const ThreadConnection = ConnectionType(ThreadModel, 'Thread');
