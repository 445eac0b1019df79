// Erases a person's personal data across the community in one transaction. The account row stays as an
// anonymous tombstone ("Deleted user"), because public posts keep pointing at their author; everything that
// identifies the person, or that they said in private, goes. Each table is erased by the service that owns it
// (its `erasePerson`), all with this transaction's EntityManager; this file only decides the order and keeps
// the counts for the audit row.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountsService } from '../accounts/accounts.service';
import { SessionsService } from '../accounts/sessions.service';
import { AnnouncementsService } from '../announcements/announcements.service';
import { AnswersService } from '../answers/answers.service';
import { FollowUpsService } from '../care/follow-ups.service';
import { RatingsService } from '../care/ratings.service';
import { CommentsService } from '../comments/comments.service';
import { ErasedPerson, ErasureCounts, eraseRows } from '../common/erasure';
import { MailService } from '../mail/mail.service';
import { GroupsService } from '../groups/groups.service';
import { FlagsService } from '../moderation/flags.service';
import { NotificationsService } from '../notifications/notifications.service';
import { OidcService } from '../oidc/oidc.service';
import { ThreadsService } from '../threads/threads.service';
import { ApiTokensService } from '../tokens/api-tokens.service';
import { WebhooksService } from '../webhooks/webhooks.service';

export { ERASED_NAME } from '../common/erasure';
export type { ErasureCounts } from '../common/erasure';

@Injectable()
export class Erasure {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    private readonly followUps: FollowUpsService,
    private readonly ratings: RatingsService,
    private readonly apiTokens: ApiTokensService,
    private readonly oidc: OidcService,
    private readonly flags: FlagsService,
    private readonly notifications: NotificationsService,
    private readonly mail: MailService,
    private readonly announcements: AnnouncementsService,
    private readonly webhooks: WebhooksService,
    private readonly threads: ThreadsService,
    private readonly answers: AnswersService,
    private readonly comments: CommentsService,
    private readonly groups: GroupsService,
  ) {}

  /**
   * `deletePosts`: also remove the person's public threads, answers and comments (and their revisions) instead
   * of keeping them under the anonymous name. Returns the thread ids whose public content changed.
   */
  async eraseAccount(
    manager: EntityManager,
    accountId: string,
    deletePosts: boolean,
  ): Promise<{ counts: ErasureCounts; changedThreads: string[] }> {
    const account = await this.accounts.lockForErasure(manager, accountId);
    const person: ErasedPerson = { id: account.id, email: account.email, deletePosts };
    const counts: ErasureCounts = { deletePosts };
    const add = (more: ErasureCounts) => Object.assign(counts, more);

    // One-time links (confirmations, resets).
    add(await this.accounts.erasePerson(manager, person));
    // Private content: the person's conversations with the care team, and what they wrote in others'.
    add(await this.followUps.erasePerson(manager, person));
    // Sign-ins, tokens, their exports, their flags' notes, their rating comments.
    add(await this.sessions.erasePerson(manager, person));
    add(await this.apiTokens.erasePerson(manager, person));
    add(await this.oidc.erasePerson(manager, person));
    add(
      await eraseRows(
        manager,
        { dataExports: 'DELETE FROM data_exports WHERE account_id = $1 OR requested_by_id = $1' },
        [person.id],
      ),
    );
    add(await this.flags.erasePerson(manager, person));
    // Group memberships (who is in a beta or partner programme).
    add(await this.groups.erasePerson(manager, person));
    add(await this.ratings.erasePerson(manager, person));
    // Notifications to them, quotes of them in others', what they watch and where they were mentioned.
    add(await this.notifications.erasePerson(manager, person));
    // Mail to or about them and their email settings.
    add(await this.mail.erasePerson(manager, person));
    // Signed announcements lose their name; webhook payloads naming them are redacted.
    add(await this.announcements.erasePerson(manager, person));
    add(await this.webhooks.erasePerson(manager, person));
    // Public posts: kept anonymously, or (deletePosts) emptied and deleted.
    const threads = await this.threads.erasePerson(manager, person);
    const answers = await this.answers.erasePerson(manager, person);
    add(threads.counts);
    add(answers.counts);
    add(await this.comments.erasePerson(manager, person));

    // Last, the account itself: a tombstone nobody can sign in to, under an anonymous name.
    await this.accounts.anonymise(manager, account.id);
    return { counts, changedThreads: [...new Set([...threads.threadIds, ...answers.threadIds])] };
  }
}
