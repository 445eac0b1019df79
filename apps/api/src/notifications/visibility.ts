// The one place the notifications feature asks "may this person see this post?" before notifying them, so
// nobody hears about a post they cannot open (mentions and invitations included). It asks the guardian on the
// recipient's behalf (canSeeThread / canSeeAnswer: hidden posts, and whatever else the guardian decides, such
// as private categories); deleted posts notify nobody.
import type { AccountEntity } from '../accounts/account.entity';
import { CategoryAccess, loadCategoryAccessFor, Queryable } from '../guardian/category-access';
import { Guardian } from '../guardian/guardian';
import type { ThreadEntity } from '../threads/thread.entity';

export interface VisiblePost {
  hiddenAt: Date | null;
  deletedAt: Date | null;
  authorId?: string;
  categoryId?: string;
}

/** The recipients' private-category access (one query for all of them; see guardian/category-access.ts). */
export function recipientsAccess(
  db: Queryable,
  recipients: readonly Pick<AccountEntity, 'id' | 'role'>[],
): Promise<Map<string, CategoryAccess>> {
  return loadCategoryAccessFor(db, recipients);
}

/** `access`: the recipient's, from recipientsAccess (private categories: only their read groups hear of it). */
export function recipientCanSee(
  recipient: Pick<AccountEntity, 'id' | 'role' | 'reputation'>,
  thread: VisiblePost & { categoryId: string },
  post: VisiblePost | null | undefined,
  access: CategoryAccess | undefined,
): boolean {
  if (thread.deletedAt || post?.deletedAt) return false;
  if (!access) return false;
  // The guardian reads the viewer's account (role, id); the other account fields are not consulted.
  const guardian = Guardian.of({ account: recipient as AccountEntity, sessionId: null }).withAccess(access);
  const asThread = { authorId: '', ...thread } as ThreadEntity;
  if (!guardian.posts.canSeeThread(asThread)) return false;
  if (post && !guardian.posts.canSeeAnswer({ authorId: '', ...post }, asThread)) return false;
  return true;
}
