// The one place the notifications feature asks "may this person see this post?" before notifying them, so
// nobody hears about a post they cannot open. It asks the guardian on the recipient's behalf (hidden posts:
// staff and moderators only); deleted posts notify nobody.
import type { AccountEntity } from '../accounts/account.entity';
import { Guardian } from '../guardian/guardian';

export interface VisiblePost {
  hiddenAt: Date | null;
  deletedAt: Date | null;
}

export function recipientCanSee(
  recipient: Pick<AccountEntity, 'id' | 'role' | 'reputation'>,
  thread: VisiblePost,
  post?: VisiblePost | null,
): boolean {
  // Visibility depends on the recipient's role only; the other account fields are not consulted.
  const guardian = Guardian.of({ account: recipient as AccountEntity, sessionId: null });
  for (const p of [thread, post]) {
    if (!p) continue;
    if (p.deletedAt) return false;
    if (p.hiddenAt && !guardian.posts.seesHidden) return false;
  }
  return true;
}
