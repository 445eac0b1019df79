import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AccountModel } from '../accounts/account.model';
import { FlagReason, FlagStatus, ModerationTarget } from '../moderation/flag.entity';

@ObjectType({ description: 'A thread or answer someone wrote, as an admin looking them up sees it.' })
export class PersonPost {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  threadId: string;

  @Field({ description: 'The thread’s title (for an answer, the title of the thread it answers).' })
  title: string;

  @Field()
  createdAt: Date;

  @Field({ description: 'VISIBLE, HIDDEN (by a moderator) or DELETED.' })
  state: string;
}

@ObjectType({ description: 'A flag on someone’s post (or on their account).' })
export class PersonFlag {
  @Field(() => ID)
  id: string;

  @Field(() => ModerationTarget)
  targetType: ModerationTarget;

  @Field(() => ID)
  targetId: string;

  @Field(() => ID, { nullable: true })
  threadId: string | null;

  @Field(() => FlagReason)
  reason: FlagReason;

  @Field(() => FlagStatus)
  status: FlagStatus;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field({ description: 'Who flagged it (handle).' })
  flaggedBy: string;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'A signed-in browser of the account (current sessions, newest first).' })
export class SignIn {
  @Field()
  signedInAt: Date;

  @Field()
  lastSeenAt: Date;

  @Field()
  expiresAt: Date;

  @Field(() => String, { nullable: true })
  ip: string | null;

  @Field(() => String, { nullable: true })
  userAgent: string | null;
}

@ObjectType({
  description:
    'Admins: one account’s posts, flags and sign-ins (suspensions and role changes: moderationLog).',
})
export class PersonRecord {
  @Field(() => AccountModel)
  account: AccountModel;

  @Field(() => [PersonPost], { description: 'Latest 20 threads.' })
  threads: PersonPost[];

  @Field(() => [PersonPost], { description: 'Latest 20 answers.' })
  answers: PersonPost[];

  @Field(() => Int)
  threadCount: number;

  @Field(() => Int)
  answerCount: number;

  @Field(() => [PersonFlag], { description: 'Latest 20 flags on their posts or account.' })
  flagsReceived: PersonFlag[];

  @Field(() => Int, { description: 'How many flags they raised.' })
  flagsRaised: number;

  @Field(() => [SignIn])
  signIns: SignIn[];
}
