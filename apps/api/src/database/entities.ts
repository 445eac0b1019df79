// Every TypeORM entity, listed once; the data source, the drift check and the migration generator read this list.
import { AccountEntity } from '../accounts/account.entity';
import { CategoryPermissionEntity, GroupEntity, GroupMemberEntity } from '../groups/group.entity';
import { SessionEntity } from '../accounts/session.entity';
import { AccountTokenEntity } from '../accounts/account-token.entity';
import { IdempotencyKeyEntity } from '../common/idempotency-key.entity';
import { CategoryEntity } from '../categories/category.entity';
import { SystemStateEntity } from '../system/system-state.entity';
import { SiteSettingsEntity } from '../site/site-settings.entity';
import { AnnouncementVersionEntity } from '../announcements/announcement-version.entity';
import { SigningKeyEntity } from '../announcements/signing-key.entity';
import { AssignmentEventEntity } from '../care/assignment-event.entity';
import { CategoryWaitEntity } from '../care/category-wait.entity';
import { PrivateConversationEntity, PrivateMessageEntity } from '../care/private-conversation.entity';
import { SatisfactionRatingEntity } from '../care/satisfaction-rating.entity';
import { SavedReplyEntity } from '../care/saved-reply.entity';
import { TeamEntity, TeamMemberEntity } from '../care/team.entity';
import { FlagEntity } from '../moderation/flag.entity';
import { ModerationActionEntity } from '../moderation/moderation-action.entity';
import { EmailPreferenceEntity } from '../mail/email-preference.entity';
import { MailMessageEntity } from '../mail/mail-message.entity';
import { MentionEntity } from '../notifications/mention.entity';
import { NotificationEventEntity } from '../notifications/notification-event.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { WatchEntity } from '../notifications/watch.entity';
import { OutboxEntity } from '../search/outbox.entity';
import { DeflectionEntity, SearchClickEntity, SearchQueryEntity } from '../search/search-query.entity';
import { AnswerEntity } from '../answers/answer.entity';
import { IdeaStatusChangeEntity } from '../ideas/idea-status-change.entity';
import { CommentEntity } from '../comments/comment.entity';
import { ReputationEventEntity } from '../reputation/reputation-event.entity';
import { RevisionEntity } from '../threads/revision.entity';
import { ThreadViewEntity } from '../threads/thread-view.entity';
import { ThreadEntity } from '../threads/thread.entity';
import { VoteEntity } from '../votes/vote.entity';
import { ApiTokenEntity } from '../tokens/api-token.entity';
import { DataExportEntity, PrivacyRequestEntity } from '../privacy/privacy.entity';
import { AccountIdentityEntity } from '../oidc/account-identity.entity';
import { WebhookAttemptEntity, WebhookDeliveryEntity, WebhookEntity } from '../webhooks/webhook.entity';

export const ENTITIES = [
  AccountEntity,
  SessionEntity,
  IdempotencyKeyEntity,
  CategoryEntity,
  SystemStateEntity,
  ThreadEntity,
  AnswerEntity,
  CommentEntity,
  VoteEntity,
  ReputationEventEntity,
  RevisionEntity,
  ThreadViewEntity,
  SigningKeyEntity,
  AnnouncementVersionEntity,
  FlagEntity,
  ModerationActionEntity,
  TeamEntity,
  TeamMemberEntity,
  AssignmentEventEntity,
  SavedReplyEntity,
  PrivateConversationEntity,
  PrivateMessageEntity,
  SatisfactionRatingEntity,
  CategoryWaitEntity,
  OutboxEntity,
  SearchQueryEntity,
  SearchClickEntity,
  DeflectionEntity,
  ApiTokenEntity,
  NotificationEntity,
  WatchEntity,
  MentionEntity,
  NotificationEventEntity,
  WebhookEntity,
  WebhookDeliveryEntity,
  WebhookAttemptEntity,
  MailMessageEntity,
  EmailPreferenceEntity,
  AccountTokenEntity,
  PrivacyRequestEntity,
  DataExportEntity,
  AccountIdentityEntity,
  IdeaStatusChangeEntity,
  SiteSettingsEntity,
  GroupEntity,
  GroupMemberEntity,
  CategoryPermissionEntity,
];
