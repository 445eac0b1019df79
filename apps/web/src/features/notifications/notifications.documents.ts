// GraphQL operations of notifications, watches, email preferences and the mail log; types come from codegen.
import { graphql } from '../../gql';

export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    count
    summary
    excerpt
    reason
    createdAt
    readAt
    actor {
      ...PersonNameFields
    }
    thread {
      ...ThreadLinkFields
    }
  }
`);

export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationsDocument = graphql(`
  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      edges {
        node {
          ...NotificationFields
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input)
  }
`);

export const NotificationAddedDocument = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationFields
    }
  }
`);

export const EmailPreferencesDocument = graphql(`
  query EmailPreferences {
    emailPreferences {
      notifications
      digest
    }
  }
`);

export const UpdateEmailPreferencesDocument = graphql(`
  mutation UpdateEmailPreferences($input: UpdateEmailPreferencesInput!) {
    updateEmailPreferences(input: $input) {
      notifications
      digest
    }
  }
`);

export const MailLogDocument = graphql(`
  query MailLog($after: String, $status: MailStatus) {
    mailLog(first: 50, after: $after, status: $status) {
      edges {
        node {
          id
          purpose
          toAddress
          subject
          textBody
          status
          skipReason
          attempts
          lastError
          createdAt
          sentAt
          availableAt
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

export const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const ResetPasswordDocument = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

export const VerifyEmailDocument = graphql(`
  mutation VerifyEmail($input: VerifyEmailInput!) {
    verifyEmail(input: $input)
  }
`);

export const WatchDocument = graphql(`
  mutation Watch($input: WatchInput!) {
    watch(input: $input) {
      targetType
      targetId
      level
      explicit
    }
  }
`);

export const MyWatchesDocument = graphql(`
  query MyWatches($targetType: WatchTarget) {
    myWatches(targetType: $targetType) {
      targetType
      targetId
      level
      explicit
      label
    }
  }
`);
