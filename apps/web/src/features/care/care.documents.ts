// GraphQL operations of the care console; types come from codegen.
import { graphql } from '../../gql';

/** Who and which team a thread is routed to, as the queue and the routing controls show it. */
export const ThreadRoutingFieldsFragment = graphql(`
  fragment ThreadRoutingFields on Thread {
    assignee {
      ...PersonNameFields
    }
    assignedTeam {
      id
      name
    }
  }
`);

/** A private follow-up as listed: when, about which thread, with whom. */
export const PrivateConversationSummaryFieldsFragment = graphql(`
  fragment PrivateConversationSummaryFields on PrivateConversation {
    id
    createdAt
    closedAt
    thread {
      ...ThreadLinkFields
    }
    customer {
      ...PersonNameFields
    }
  }
`);

export const CareQueueDocument = graphql(`
  query CareQueue($filter: CareQueueFilter, $sort: CareQueueSort, $after: String) {
    careQueue(filter: $filter, sort: $sort, first: 50, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          waitingMinutes
          targetMinutes
          minutesLeft
          overdue
          sentiment
          thread {
            id
            title
            tags
            createdAt
            category {
              id
              name
            }
            author {
              ...PersonNameFields
            }
            ...ThreadRoutingFields
          }
        }
      }
    }
  }
`);

export const CareQueueChangedDocument = graphql(`
  subscription CareQueueChanged {
    careQueueChanged {
      threadId
      change
    }
  }
`);

export const AssignThreadDocument = graphql(`
  mutation AssignThread($input: AssignThreadInput!) {
    assignThread(input: $input) {
      id
      ...ThreadRoutingFields
    }
  }
`);

export const RoutingChoicesDocument = graphql(`
  query RoutingChoices {
    assignableStaff {
      id
      displayName
      jobTitle
    }
    teams {
      id
      name
    }
  }
`);

export const ClosePrivateFollowUpDocument = graphql(`
  mutation ClosePrivateFollowUp($id: ID!) {
    closePrivateFollowUp(id: $id) {
      id
      closedAt
      viewerCanClose
    }
  }
`);

export const SavedRepliesDocument = graphql(`
  query SavedReplies {
    savedReplies {
      id
      title
      body
      updatedAt
    }
  }
`);

export const CreateSavedReplyDocument = graphql(`
  mutation CreateSavedReply($input: CreateSavedReplyInput!) {
    createSavedReply(input: $input) {
      id
    }
  }
`);

export const UpdateSavedReplyDocument = graphql(`
  mutation UpdateSavedReply($input: UpdateSavedReplyInput!) {
    updateSavedReply(input: $input) {
      id
      title
      body
    }
  }
`);

export const DeleteSavedReplyDocument = graphql(`
  mutation DeleteSavedReply($id: ID!) {
    deleteSavedReply(id: $id)
  }
`);

export const RenderSavedReplyDocument = graphql(`
  query RenderSavedReply($input: RenderSavedReplyInput!) {
    renderSavedReply(input: $input)
  }
`);

export const CategoryWaitsDocument = graphql(`
  query CategoryWaits {
    categories {
      id
      slug
      expectedWait {
        minutes
        sampleSize
        computedAt
      }
    }
  }
`);

/** What the thread page's care panel shows; the thread page's one query spreads it for signed-in people. */
export const ThreadCareFieldsFragment = graphql(`
  fragment ThreadCareFields on Thread {
    status
    answerCount
    locked
    closed
    assignee {
      id
    }
    assignedTeam {
      id
    }
    privateFollowUp
    can {
      rate {
        ...AbilityFields
      }
    }
    satisfaction {
      id
      rating
      comment
    }
    author {
      ...PersonNameFields
    }
    assignmentHistory {
      id
      action
      createdAt
      actor {
        ...PersonNameFields
      }
      assignee {
        ...PersonNameFields
      }
      team {
        id
        name
      }
    }
  }
`);

export const ThreadCareDocument = graphql(`
  query ThreadCare($id: ID!) {
    thread(id: $id) {
      id
      ...ThreadCareFields
    }
  }
`);

export const RateHelpDocument = graphql(`
  mutation RateHelp($input: RateHelpInput!) {
    rateHelp(input: $input) {
      id
      rating
    }
  }
`);

export const CustomerHistoryDocument = graphql(`
  query CustomerHistory($accountId: ID!) {
    customerHistory(accountId: $accountId) {
      threadCount
      answersReceived
      threads {
        id
        title
        status
        createdAt
      }
      ratings {
        id
        rating
        comment
        thread {
          ...ThreadLinkFields
        }
      }
      openConversations {
        id
        createdAt
        thread {
          ...ThreadLinkFields
        }
      }
    }
  }
`);

export const OpenPrivateFollowUpDocument = graphql(`
  mutation OpenPrivateFollowUp($input: OpenPrivateFollowUpInput!) {
    openPrivateFollowUp(input: $input) {
      id
    }
  }
`);

export const PrivateConversationDocument = graphql(`
  query PrivateConversation($id: ID!) {
    privateConversation(id: $id) {
      ...PrivateConversationSummaryFields
      viewerCanClose
      messages {
        id
        bodyHtml
        createdAt
        author {
          id
          displayName
          official
          jobTitle
        }
      }
    }
  }
`);

export const ReplyPrivateFollowUpDocument = graphql(`
  mutation ReplyPrivateFollowUp($input: ReplyPrivateFollowUpInput!) {
    replyPrivateFollowUp(input: $input) {
      id
    }
  }
`);

export const MyPrivateConversationsDocument = graphql(`
  query MyPrivateConversations {
    myPrivateConversations {
      ...PrivateConversationSummaryFields
    }
  }
`);
