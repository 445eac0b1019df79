// Live thread pages: after a change to a thread commits, its readers hear about it on `threadUpdated(threadId)`
// (graphql-ws, through the shared PubSub, so Redis carries it across replicas). The update carries ids only:
// the page shows "N new answers" and loads them (one Thread query) when the reader asks, so nothing a reader
// may not see travels over the socket. The guardian decides at subscription time and again for every update
// (the thread may have been hidden meanwhile).
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import {
  Args,
  ArgsType,
  Field,
  ID,
  ObjectType,
  registerEnumType,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { isUuid } from '../common/connection';
import { CurrentGuardian } from '../common/decorators';
import { notFound } from '../common/errors';
import { PubSub } from '../common/pubsub';
import { Guardian } from '../guardian/guardian';
import { QaEvents, ThreadChange, ThreadChanged } from '../qa/qa-events';
import { ThreadsService } from '../threads/threads.service';
import { msg } from '../i18n/translate';
import { says } from '../common/validation';

export enum ThreadUpdateKind {
  ANSWER_ADDED = 'ANSWER_ADDED',
  ANSWER_EDITED = 'ANSWER_EDITED',
  ANSWER_REMOVED = 'ANSWER_REMOVED',
  COMMENT_ADDED = 'COMMENT_ADDED',
  THREAD_EDITED = 'THREAD_EDITED',
  ACCEPTED = 'ACCEPTED',
  STATE_CHANGED = 'STATE_CHANGED',
}

registerEnumType(ThreadUpdateKind, {
  name: 'ThreadUpdateKind',
  description:
    'ANSWER_ADDED: a new answer; ANSWER_EDITED; ANSWER_REMOVED: deleted or hidden; COMMENT_ADDED; THREAD_EDITED: ' +
    'the question changed; ACCEPTED: an answer was accepted or unaccepted; STATE_CHANGED: locked, closed, moved…',
});

const KINDS: Partial<Record<ThreadChange, ThreadUpdateKind>> = {
  answered: ThreadUpdateKind.ANSWER_ADDED,
  'answer-edited': ThreadUpdateKind.ANSWER_EDITED,
  'answer-deleted': ThreadUpdateKind.ANSWER_REMOVED,
  commented: ThreadUpdateKind.COMMENT_ADDED,
  edited: ThreadUpdateKind.THREAD_EDITED,
  retagged: ThreadUpdateKind.THREAD_EDITED,
  accepted: ThreadUpdateKind.ACCEPTED,
  unaccepted: ThreadUpdateKind.ACCEPTED,
  hidden: ThreadUpdateKind.STATE_CHANGED,
  restored: ThreadUpdateKind.STATE_CHANGED,
  locked: ThreadUpdateKind.STATE_CHANGED,
  unlocked: ThreadUpdateKind.STATE_CHANGED,
  closed: ThreadUpdateKind.STATE_CHANGED,
  moved: ThreadUpdateKind.STATE_CHANGED,
  merged: ThreadUpdateKind.STATE_CHANGED,
};

export const threadTopic = (threadId: string) => `thread:${threadId}`;

@ObjectType('ThreadUpdate', { description: 'Something changed on a thread you are reading (ids only).' })
export class ThreadUpdateModel {
  @Field(() => ID)
  threadId: string;

  @Field(() => ThreadUpdateKind)
  kind: ThreadUpdateKind;

  @Field(() => ID, { nullable: true, description: 'The answer concerned, if any.' })
  answerId: string | null;

  @Field(() => ID, { nullable: true, description: 'Who did it (so a page can skip its own changes).' })
  actorId: string | null;

  @Field({ description: 'When the change committed.' })
  at: Date;
}

@ArgsType()
export class ThreadUpdatedArgs {
  @Field(() => ID)
  @IsUUID('all', { message: says(msg('errors.input.threadId')) })
  threadId: string;
}

/** Publishes every committed change of a thread on its topic. */
@Injectable()
export class ThreadLive implements OnModuleInit {
  private readonly logger = new Logger(ThreadLive.name);

  constructor(
    private readonly events: QaEvents,
    private readonly pubsub: PubSub,
  ) {}

  onModuleInit(): void {
    this.events.register({ afterCommit: (event) => this.publish(event) });
  }

  private publish(event: ThreadChanged): void {
    const kind = KINDS[event.change];
    if (!kind) return;
    const update: ThreadUpdateModel = {
      threadId: event.threadId,
      kind,
      answerId: event.answerId ?? null,
      actorId: event.actorId ?? null,
      at: new Date(),
    };
    this.pubsub
      .publish(threadTopic(event.threadId), update)
      .catch((e: unknown) => this.logger.warn(`Thread update not published: ${String(e)}`));
  }
}

@Resolver(() => ThreadUpdateModel)
export class ThreadLiveResolver {
  constructor(
    private readonly threads: ThreadsService,
    private readonly pubsub: PubSub,
  ) {}

  @Subscription(() => ThreadUpdateModel, {
    description:
      'Changes to a thread as they happen (new answers and comments, edits), for readers who may see it; ' +
      'over graphql-ws. Ids only: reload the thread to show them.',
    resolve: (update: ThreadUpdateModel) => ({ ...update, at: new Date(update.at) }),
  })
  async threadUpdated(
    @Args() args: ThreadUpdatedArgs,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<AsyncIterableIterator<ThreadUpdateModel>> {
    if (!isUuid(args.threadId) || !(await this.threads.findVisible(guardian, args.threadId)))
      throw notFound('thread');
    const source = this.pubsub.subscribe<ThreadUpdateModel>(threadTopic(args.threadId));
    // Checked again for each update: the thread may have been hidden or deleted since the reader subscribed.
    return visibleOnly(source, () => this.threads.findVisible(guardian, args.threadId).then(Boolean));
  }
}

/** Passes on the updates for which `visible()` still holds; ends nothing early (the reader may regain sight). */
function visibleOnly<T>(
  source: AsyncIterableIterator<T>,
  visible: () => Promise<boolean>,
): AsyncIterableIterator<T> {
  const iterator: AsyncIterableIterator<T> = {
    next: async () => {
      for (;;) {
        const step = await source.next();
        if (step.done || (await visible())) return step;
      }
    },
    return: async () => (await source.return?.()) ?? { done: true, value: undefined },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
