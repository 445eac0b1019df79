// Ideas: employees (staff) move them on the roadmap; members vote and watch, they do not set a status.
// Moderators are community volunteers: what the brand plans is the brand's to say.
import type { ThreadEntity } from '../threads/thread.entity';
import { ThreadKind } from '../threads/thread.entity';
import { ErrorCode } from '../common/errors';
import { Ability, all, allow, deny } from './ability';
import type { Guardian } from './guardian';
import { msg } from '../i18n/translate';

export class IdeasGuardian {
  constructor(private readonly g: Guardian) {}

  /** Setting an idea's status (with a note to the community). */
  canSetStatus(thread?: Pick<ThreadEntity, 'kind' | 'deletedAt'>): Ability {
    return all(
      () => this.g.active('set the status of an idea'),
      () => (this.g.isStaff ? allow() : deny(msg('reasons.onlyEmployeesSetIdeaStatus'))),
      () => (thread?.deletedAt ? deny(msg('reasons.ideaDeleted'), ErrorCode.NOT_FOUND) : allow()),
      () => (thread && thread.kind !== ThreadKind.IDEA ? deny(msg('reasons.onlyIdeasHaveStatus')) : allow()),
    );
  }
}
