// The one place the notifications feature asks "may this person see this post?" before notifying them, so
// nobody hears about a post they cannot open. It defers to the Q&A policy (hidden posts: staff and
// moderators only); deleted posts notify nobody.
import type { AccountEntity } from '../accounts/account.entity';
import type { QaPolicy } from '../threads/threads.policy';

export interface VisiblePost {
  hiddenAt: Date | null;
  deletedAt: Date | null;
}

export function recipientCanSee(
  policy: QaPolicy,
  recipient: Pick<AccountEntity, 'id' | 'role' | 'reputation'>,
  thread: VisiblePost,
  post?: VisiblePost | null,
): boolean {
  for (const p of [thread, post]) {
    if (!p) continue;
    if (p.deletedAt) return false;
    if (p.hiddenAt && !policy.canSeeHidden(recipient)) return false;
  }
  return true;
}
