// GraphQL operations of the moderation feature; types come from codegen.
import { graphql } from '../../gql';

/** The thread's moderation state (duplicate notice, hidden, pinned); the thread page's one query spreads it. */
export const ThreadModerationFieldsFragment = graphql(`
  fragment ThreadModerationFields on Thread {
    id
    can {
      flag {
        ...AbilityFields
      }
      moderate {
        ...AbilityFields
      }
    }
    kind
    title
    tags
    hidden
    locked
    closed
    featured
    pinnedUntil
    category {
      id
    }
    duplicateOf {
      ...ThreadLinkFields
    }
  }
`);

export const ThreadModerationDocument = graphql(`
  query ThreadModeration($id: ID!) {
    thread(id: $id) {
      ...ThreadModerationFields
    }
  }
`);

export const ModerationActionFieldsFragment = graphql(`
  fragment ModerationActionFields on ModerationAction {
    id
    action
    targetType
    targetId
    reason
    before
    after
    createdAt
    actor {
      ...PersonHandleFields
    }
    thread {
      ...ThreadLinkFields
    }
    account {
      ...PersonHandleFields
    }
  }
`);

export const HidePostDocument = graphql(`
  mutation HidePost($input: PostActionInput!) {
    hidePost(input: $input) {
      id
    }
  }
`);

export const RestorePostDocument = graphql(`
  mutation RestorePost($input: PostActionInput!) {
    restorePost(input: $input) {
      id
    }
  }
`);

export const LockThreadDocument = graphql(`
  mutation LockThread($input: ThreadActionInput!) {
    lockThread(input: $input) {
      id
    }
  }
`);

export const UnlockThreadDocument = graphql(`
  mutation UnlockThread($input: ThreadActionInput!) {
    unlockThread(input: $input) {
      id
    }
  }
`);

export const CloseAsDuplicateDocument = graphql(`
  mutation CloseAsDuplicate($input: CloseAsDuplicateInput!) {
    closeAsDuplicate(input: $input) {
      id
    }
  }
`);

export const MoveThreadDocument = graphql(`
  mutation MoveThread($input: MoveThreadInput!) {
    moveThread(input: $input) {
      id
    }
  }
`);

export const EditTagsDocument = graphql(`
  mutation EditTags($input: EditTagsInput!) {
    editTags(input: $input) {
      id
    }
  }
`);

export const PinThreadDocument = graphql(`
  mutation PinThread($input: PinThreadInput!) {
    pinThread(input: $input) {
      id
    }
  }
`);

export const UnpinThreadDocument = graphql(`
  mutation UnpinThread($input: ThreadActionInput!) {
    unpinThread(input: $input) {
      id
    }
  }
`);

export const FeatureThreadDocument = graphql(`
  mutation FeatureThread($input: ThreadActionInput!) {
    featureThread(input: $input) {
      id
    }
  }
`);

export const UnfeatureThreadDocument = graphql(`
  mutation UnfeatureThread($input: ThreadActionInput!) {
    unfeatureThread(input: $input) {
      id
    }
  }
`);

export const FlagDocument = graphql(`
  mutation Flag($input: FlagInput!) {
    flag(input: $input) {
      id
      status
    }
  }
`);

export const ResolveFlagsDocument = graphql(`
  mutation ResolveFlags($input: ResolveFlagsInput!) {
    resolveFlags(input: $input) {
      id
    }
  }
`);

export const FlagQueueDocument = graphql(`
  query FlagQueue($after: String) {
    flagQueue(first: 50, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          targetId
          targetType
          count
          oldestAt
          excerpt
          hidden
          thread {
            ...ThreadLinkFields
          }
          flags {
            id
            reason
            note
            createdAt
          }
        }
      }
    }
  }
`);

export const ModerationLogDocument = graphql(`
  query ModerationLog($filter: ModerationLogFilter, $after: String) {
    moderationLog(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          ...ModerationActionFields
        }
      }
    }
  }
`);

export const SuspensionDocument = graphql(`
  query Suspension {
    me {
      id
      suspendedUntil
      suspensionReason
    }
  }
`);

export const SuspendAccountDocument = graphql(`
  mutation SuspendAccount($input: SuspendAccountInput!) {
    suspendAccount(input: $input) {
      id
    }
  }
`);

export const FeaturedThreadsDocument = graphql(`
  query FeaturedThreads {
    featuredThreads {
      ...ThreadSummaryFields
    }
    pinnedThreads {
      ...ThreadSummaryFields
    }
  }
`);

export const AccountSuspensionDocument = graphql(`
  query AccountSuspension($handle: String!) {
    account(handle: $handle) {
      id
      suspendedUntil
      suspensionReason
      canSuspend {
        ...AbilityFields
      }
    }
  }
`);

export const UnsuspendAccountDocument = graphql(`
  mutation UnsuspendAccount($input: AccountActionInput!) {
    unsuspendAccount(input: $input) {
      id
    }
  }
`);
