// GraphQL types of notifications and watches (entities never go out as GraphQL types).
import { ArgsType, Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { AccountModel } from '../accounts/account.model';
import { ConnectionType, PageArgs } from '../common/connection';
import { ThreadModel } from '../threads/thread.model';
import { NotificationKind } from './notification.entity';
import { WatchLevel, WatchTarget } from './watch.entity';
import { msg } from '../i18n/translate';
import { says } from '../common/validation';

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description:
    'ANSWER/OFFICIAL_ANSWER: on your question; COMMENT: on your post; ACCEPTED: your answer; MENTION: @you; ' +
    'PRIVATE_MESSAGE: a private follow-up from the team; WATCHED_REPLY / WATCHED_NEW_THREAD: in what you watch; ' +
    'INVITED_TO_ANSWER; MODERATION: your post hidden or your account suspended, with the reason; ' +
    'ASSIGNED: a colleague assigned you a thread in the care queue; ' +
    'IDEA_STATUS: an idea you asked, voted for or watch moved on the roadmap (reason: its new status, excerpt: the note).',
});
registerEnumType(WatchTarget, { name: 'WatchTarget' });
registerEnumType(WatchLevel, {
  name: 'WatchLevel',
  description:
    'WATCHING: every answer and comment (every new thread in a category or tag); TRACKING: new answers ' +
    '(new threads in a category or tag); NORMAL: only what concerns you directly; MUTED: nothing.',
});

@ObjectType('Notification', {
  description: 'Something that happened for you; several events on one thread collapse into one unread item.',
})
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => GraphQLISODateTime, { description: 'When the latest event of this item happened.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  readAt: Date | null;

  @Field(() => AccountModel, { nullable: true, description: 'Who caused the latest event.' })
  actor?: unknown;

  @Field(() => ThreadModel, {
    nullable: true,
    description: 'Null when it is gone or you may no longer see it.',
  })
  thread?: unknown;

  @Field({ description: 'Plain text of the latest post, cut short.' })
  excerpt: string;

  @Field(() => Int, { description: 'How many events this item stands for ("3 new answers").' })
  count: number;

  @Field(() => String, { nullable: true, description: "Why: the moderator's reason, or the invitation." })
  reason: string | null;

  @Field({ description: 'A one-line summary, e.g. "3 new answers to your question".' })
  summary?: string;
}

export const NotificationConnection = ConnectionType(NotificationModel, 'Notification');

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field({ defaultValue: false, description: 'Only unread items.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly: boolean = false;
}

@ObjectType('Watch', { description: 'Your level for a thread, category or tag.' })
export class WatchModel {
  @Field(() => WatchTarget)
  targetType: WatchTarget;

  @Field({ description: 'A thread or category id, or a tag name.' })
  targetId: string;

  @Field(() => WatchLevel)
  level: WatchLevel;

  @Field({ description: 'False when it was set automatically (you asked or answered).' })
  explicit: boolean;

  @Field({ description: 'The thread title, category name or tag.' })
  label?: string;
}

export const HANDLE_SUGGESTIONS_MAX = 10;

@ArgsType()
export class HandleSuggestionsArgs {
  @Field({ description: 'What follows the @ so far: the start of a handle or of a display name.' })
  @Matches(/^[\p{L}\p{N}_ .'-]{1,30}$/u, {
    message: says(msg('errors.notifications.prefix')),
  })
  prefix: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The thread being written in: its participants come first, and only people who can see it.',
  })
  @IsOptional()
  @IsUUID('all', { message: says(msg('errors.input.threadId')) })
  threadId?: string | null;

  @Field(() => Int, { defaultValue: 6, description: `At most ${HANDLE_SUGGESTIONS_MAX}.` })
  @IsInt()
  @Min(1, { message: says(msg('errors.input.firstMin')) })
  @Max(HANDLE_SUGGESTIONS_MAX, {
    message: says(msg('errors.input.firstMax', { max: HANDLE_SUGGESTIONS_MAX })),
  })
  first: number = 6;
}
