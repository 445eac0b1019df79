// Every migration in order. `npm run migration:generate -- <name>` writes a new file and appends it here.
import { MigrationInterface } from 'typeorm';
import { CategoryArchiveAndKeyRevocationReason1795631949478 } from './1795631949478-category-archive-and-key-revocation-reason';
import { IdeaStatuses1795627573468 } from './1795627573468-idea-statuses';
import { Mentions1795627590780 } from './1795627590780-mentions';
import { SiteSettings1795627780245 } from './1795627780245-site-settings';
import { GroupsPrivateCategories1795629100000 } from './1795629100000-groups-private-categories';
import { AccountIdentities1795622817886 } from './1795622817886-account-identities';
import { AssignedNotifications1795624000000 } from './1795624000000-assigned-notifications';
import { SignUpClaimsDataExportMail1795629000000 } from './1795629000000-sign-up-claims-data-export-mail';
import { AccountLocale1795630000000 } from './1795630000000-account-locale';
import { IdempotencyKeys1795620495318 } from './1795620495318-idempotency-keys';
import { Privacy1795621449703 } from './1795621449703-privacy';
import { Webhooks1795617547151 } from './1795617547151-webhooks';
import { MailOutboxAccountTokens1795617823428 } from './1795617823428-mail-outbox-account-tokens';
import { ApiTokens1795616526077 } from './1795616526077-api-tokens';
import { NotificationsWatches1795616731161 } from './1795616731161-notifications-watches';
import { SearchRelevance1795617221852 } from './1795617221852-search-relevance';
import { SearchDocuments1795464276184 } from './1795464276184-search-documents';
import { VoiceModerationCareSearch1795463299992 } from './1795463299992-voice-moderation-care-search';
import { QaCore1795461737318 } from './1795461737318-qa-core';
import { AccountsSessionsCategories1795461012046 } from './1795461012046-accounts-sessions-categories';
import { Extensions1795461005244 } from './1795461005244-extensions';
import { SearchRankVector1795632500000 } from './1795632500000-search-rank-vector';
import { SearchRankVectorIndex1796615457221 } from './1796615457221-search-rank-vector-index';

export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Extensions1795461005244,
  AccountsSessionsCategories1795461012046,
  QaCore1795461737318,
  VoiceModerationCareSearch1795463299992,
  SearchDocuments1795464276184,
  ApiTokens1795616526077,
  NotificationsWatches1795616731161,
  SearchRelevance1795617221852,
  Webhooks1795617547151,
  MailOutboxAccountTokens1795617823428,
  IdempotencyKeys1795620495318,
  Privacy1795621449703,
  AccountIdentities1795622817886,
  AssignedNotifications1795624000000,
  IdeaStatuses1795627573468,
  Mentions1795627590780,
  SiteSettings1795627780245,
  SignUpClaimsDataExportMail1795629000000,
  GroupsPrivateCategories1795629100000,
  AccountLocale1795630000000,
  CategoryArchiveAndKeyRevocationReason1795631949478,
  SearchRankVector1795632500000,
  SearchRankVectorIndex1796615457221,
];
