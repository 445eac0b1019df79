// The one place the notifications feature asks "may this person see this post?" before notifying them, so
// nobody hears about a post they cannot open (mentions and invitations included). It asks the guardian on the
// recipient's behalf (canSeeThread / canSeeAnswer: hidden posts, and whatever else the guardian decides, such
// as private categories); deleted posts notify nobody.
import type { AccountEntity } from '../accounts/account.entity';
import { Guardian } from '../guardian/guardian';
import type { ThreadEntity } from '../threads/thread.entity';

export interface VisiblePost {
  hiddenAt: Date | null;
  deletedAt: Date | null;
  authorId?: string;
  categoryId?: string;
}

export function recipientCanSee(
  recipient: Pick<AccountEntity, 'id' | 'role' | 'reputation'>,
  thread: VisiblePost,
  post?: VisiblePost | null,
): boolean {
  if (thread.deletedAt || post?.deletedAt) return false;
  // The guardian reads the viewer's account (role, id); the other account fields are not consulted.
  const guardian = Guardian.of({ account: recipient as AccountEntity, sessionId: null });
  const asThread = { authorId: '', ...thread } as ThreadEntity;
  if (!guardian.posts.canSeeThread(asThread)) return false;
  if (post && !guardian.posts.canSeeAnswer({ authorId: '', ...post }, asThread)) return false;
  return true;
}
