// The actions the guardian's reasons name ("Sign in to <action>.", "Only employees can <action>."), worded in
// each language from the server catalogs.
import { msg, type Msg } from '../i18n/translate';

/**
 * What a person may be refused, as an infinitive phrase in each language ("use the care console"): reasons
 * say "Sign in to <action>." or "Only employees can <action>." with it. The keys are the English phrases.
 */
const ACTIONS = {
  'accept an answer': msg('reasons.action.acceptAnswer'),
  'administer the community': msg('reasons.action.administerCommunity'),
  answer: msg('reasons.action.answer'),
  'ask a question': msg('reasons.action.ask'),
  'assign threads': msg('reasons.action.assignThreads'),
  'change roles': msg('reasons.action.changeRoles'),
  'change the posting limits': msg('reasons.action.changeLimits'),
  'change the site settings': msg('reasons.action.changeSiteSettings'),
  'change groups': msg('reasons.action.changeGroups'),
  'change who may read a category': msg('reasons.action.changeCategoryAccess'),
  'close follow-ups': msg('reasons.action.closeFollowUps'),
  comment: msg('reasons.action.comment'),
  'create API tokens': msg('reasons.action.createApiTokens'),
  'create groups': msg('reasons.action.createGroups'),
  'create teams': msg('reasons.action.createTeams'),
  delete: msg('reasons.action.delete'),
  'delete saved replies': msg('reasons.action.deleteSavedReplies'),
  'download an export': msg('reasons.action.downloadExport'),
  edit: msg('reasons.action.edit'),
  'edit saved replies': msg('reasons.action.editSavedReplies'),
  'erase accounts': msg('reasons.action.eraseAccounts'),
  'erase your account': msg('reasons.action.eraseOwnAccount'),
  'export data': msg('reasons.action.exportData'),
  'flag posts': msg('reasons.action.flagPosts'),
  'follow the care queue': msg('reasons.action.followCareQueue'),
  'follow up in private': msg('reasons.action.followUpPrivately'),
  'follow your notifications': msg('reasons.action.followNotifications'),
  'invite people to answer': msg('reasons.action.inviteToAnswer'),
  'leave a group': msg('reasons.action.leaveGroup'),
  'look people up': msg('reasons.action.lookPeopleUp'),
  'look up people': msg('reasons.action.lookUpPeople'),
  'manage categories': msg('reasons.action.manageCategories'),
  'manage group members': msg('reasons.action.manageGroupMembers'),
  'manage how you sign in': msg('reasons.action.manageSignIn'),
  'manage teams': msg('reasons.action.manageTeams'),
  'manage the search index': msg('reasons.action.manageSearchIndex'),
  'manage webhooks': msg('reasons.action.manageWebhooks'),
  'mark notifications read': msg('reasons.action.markNotificationsRead'),
  moderate: msg('reasons.action.moderate'),
  'open the admin console': msg('reasons.action.openAdminConsole'),
  'publish announcements': msg('reasons.action.publishAnnouncements'),
  'rate the help': msg('reasons.action.rate'),
  'read private conversations': msg('reasons.action.readPrivateConversations'),
  reply: msg('reasons.action.reply'),
  'revoke API tokens': msg('reasons.action.revokeApiTokens'),
  'revoke signing keys': msg('reasons.action.revokeSigningKeys'),
  'route categories': msg('reasons.action.routeCategories'),
  'see analytics': msg('reasons.action.seeAnalytics'),
  'see customer history': msg('reasons.action.seeCustomerHistory'),
  'see search analytics': msg('reasons.action.seeSearchAnalytics'),
  'see teams': msg('reasons.action.seeTeams'),
  'see the care queue': msg('reasons.action.seeCareQueue'),
  'see what you watch': msg('reasons.action.seeWatched'),
  'see who threads can be assigned to': msg('reasons.action.seeAssignees'),
  'see your API tokens': msg('reasons.action.seeApiTokens'),
  'see your notifications': msg('reasons.action.seeNotifications'),
  'set the status of an idea': msg('reasons.action.setIdeaStatus'),
  'unaccept an answer': msg('reasons.action.unacceptAnswer'),
  'use saved replies': msg('reasons.action.useSavedReplies'),
  'use the care console': msg('reasons.action.useCareConsole'),
  vote: msg('reasons.action.vote'),
  watch: msg('reasons.action.watch'),
  'write saved replies': msg('reasons.action.writeSavedReplies'),
} satisfies Record<string, Msg>;

/** An action a reason can name (see ACTIONS). */
export type GuardedAction = keyof typeof ACTIONS;

/** The action as a message, worded in the reader's language ("Only employees can {action}."). */
export const actionMsg = (action: GuardedAction): Msg => ACTIONS[action];
