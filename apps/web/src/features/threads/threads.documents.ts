// GraphQL operations of the threads feature (lists, the thread page, asking and editing); types come from codegen.
import { graphql } from '../../gql';

export const ThreadSummaryFieldsFragment = graphql(`
  fragment ThreadSummaryFields on Thread {
    id
    kind
    status
    ideaStatus
    closed
    title
    excerpt
    tags
    score
    answerCount
    viewCount
    createdAt
    lastActivityAt
    category {
      ...CategoryLinkFields
    }
    author {
      ...AuthorFields
    }
  }
`);

export const ThreadListDocument = graphql(`
  query ThreadList($filter: ThreadFilter, $sort: ThreadSort, $first: Int, $after: String) {
    threads(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...ThreadSummaryFields
        }
      }
    }
  }
`);

export const HomeThreadsDocument = graphql(`
  query HomeThreads {
    unansweredCount
    popular: threads(sort: POPULAR, first: 10) {
      edges {
        cursor
        node {
          ...ThreadSummaryFields
        }
      }
    }
    newest: threads(sort: NEWEST, first: 10) {
      edges {
        cursor
        node {
          ...ThreadSummaryFields
        }
      }
    }
  }
`);

export const CommentFieldsFragment = graphql(`
  fragment CommentFields on Comment {
    id
    hidden
    bodyHtml
    createdAt
    author {
      ...AuthorFields
    }
    can {
      flag {
        ...AbilityFields
      }
      moderate {
        ...AbilityFields
      }
    }
  }
`);

export const AnswerFieldsFragment = graphql(`
  fragment AnswerFields on Answer {
    id
    bodyHtml
    score
    official
    hidden
    accepted
    createdAt
    editedAt
    viewerVote
    can {
      edit {
        ...AbilityFields
      }
      delete {
        ...AbilityFields
      }
      accept {
        ...AbilityFields
      }
      vote {
        ...AbilityFields
      }
      comment {
        ...AbilityFields
      }
      flag {
        ...AbilityFields
      }
      moderate {
        ...AbilityFields
      }
    }
    author {
      ...AuthorFields
    }
    comments {
      ...CommentFields
    }
  }
`);

/**
 * The thread page's one operation: the thread, its answers and comments, the moderation state, and (for
 * signed-in people) the care panel. `countView` counts the visit on the server, with no second request.
 */
export const ThreadDocument = graphql(`
  query Thread($id: ID!, $signedIn: Boolean!, $countView: Boolean!) {
    thread(id: $id, countView: $countView) {
      id
      kind
      status
      title
      bodyHtml
      tags
      score
      answerCount
      commentCount
      viewCount
      createdAt
      editedAt
      lastActivityAt
      locked
      deleted
      closed
      duplicateOf {
        ...ThreadLinkFields
      }
      viewerVote
      can {
        edit {
          ...AbilityFields
        }
        delete {
          ...AbilityFields
        }
        answer {
          ...AbilityFields
        }
        vote {
          ...AbilityFields
        }
        comment {
          ...AbilityFields
        }
      }
      category {
        ...CategoryLinkFields
      }
      author {
        ...AuthorFields
      }
      comments {
        ...CommentFields
      }
      ...ThreadModerationFields
      ...ThreadCareFields @include(if: $signedIn)
      ...IdeaStatusFields
      answers(first: 30) {
        totalCount
        pageInfo {
          ...PageInfoFields
        }
        edges {
          cursor
          node {
            ...AnswerFields
          }
        }
      }
    }
  }
`);

export const RecordViewDocument = graphql(`
  mutation RecordView($input: RecordViewInput!) {
    recordView(input: $input) {
      id
      viewCount
    }
  }
`);

export const RevisionFieldsFragment = graphql(`
  fragment RevisionFields on Revision {
    id
    createdAt
    title
    body
    tags
    editor {
      ...PersonHandleFields
    }
  }
`);

export const ThreadForEditDocument = graphql(`
  query ThreadForEdit($id: ID!) {
    thread(id: $id) {
      id
      title
      body
      tags
      can {
        edit {
          ...AbilityFields
        }
      }
      category {
        ...CategoryLinkFields
      }
      revisions {
        ...RevisionFields
      }
    }
  }
`);

export const AskCategoriesDocument = graphql(`
  query AskCategories {
    categories {
      id
      slug
      name
      description
      forIdeas
    }
  }
`);

export const CreateThreadDocument = graphql(`
  mutation CreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
    }
  }
`);

export const EditThreadDocument = graphql(`
  mutation EditThread($input: EditThreadInput!) {
    editThread(input: $input) {
      id
      title
      body
      bodyHtml
      tags
      editedAt
      revisions {
        ...RevisionFields
      }
    }
  }
`);

export const DeleteThreadDocument = graphql(`
  mutation DeleteThread($input: DeleteThreadInput!) {
    deleteThread(input: $input) {
      id
      deleted
    }
  }
`);

export const VoteDocument = graphql(`
  mutation Vote($input: VoteInput!) {
    vote(input: $input) {
      targetId
      score
      viewerVote
    }
  }
`);

export const PostCommentDocument = graphql(`
  mutation PostComment($input: PostCommentInput!) {
    postComment(input: $input) {
      ...CommentFields
    }
  }
`);
