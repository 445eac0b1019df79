// Every TypeORM entity, listed once; the data source, the drift check and the migration generator read this list.
import { AccountEntity } from '../accounts/account.entity';
import { SessionEntity } from '../accounts/session.entity';
import { CategoryEntity } from '../categories/category.entity';
import { SystemStateEntity } from '../system/system-state.entity';
import { AnswerEntity } from '../answers/answer.entity';
import { CommentEntity } from '../comments/comment.entity';
import { ReputationEventEntity } from '../reputation/reputation-event.entity';
import { RevisionEntity } from '../threads/revision.entity';
import { ThreadViewEntity } from '../threads/thread-view.entity';
import { ThreadEntity } from '../threads/thread.entity';
import { VoteEntity } from '../votes/vote.entity';

export const ENTITIES = [
  AccountEntity,
  SessionEntity,
  CategoryEntity,
  SystemStateEntity,
  ThreadEntity,
  AnswerEntity,
  CommentEntity,
  VoteEntity,
  ReputationEventEntity,
  RevisionEntity,
  ThreadViewEntity,
];
