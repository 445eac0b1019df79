// GraphQL operations of the answers feature; types come from codegen.
import { graphql } from '../../gql';

export const PostAnswerDocument = graphql(`
  mutation PostAnswer($input: PostAnswerInput!) {
    postAnswer(input: $input) {
      id
    }
  }
`);

export const EditAnswerDocument = graphql(`
  mutation EditAnswer($input: EditAnswerInput!) {
    editAnswer(input: $input) {
      id
      body
      bodyHtml
      editedAt
      revisions {
        ...RevisionFields
      }
    }
  }
`);

export const DeleteAnswerDocument = graphql(`
  mutation DeleteAnswer($input: DeleteAnswerInput!) {
    deleteAnswer(input: $input) {
      id
    }
  }
`);

export const AcceptAnswerDocument = graphql(`
  mutation AcceptAnswer($answerId: ID!) {
    acceptAnswer(answerId: $answerId) {
      id
      accepted
    }
  }
`);

export const UnacceptAnswerDocument = graphql(`
  mutation UnacceptAnswer($answerId: ID!) {
    unacceptAnswer(answerId: $answerId) {
      id
      accepted
    }
  }
`);

// There is no answer(id) query, so the edit page finds the answer through its thread (?thread=<id>).
export const AnswerForEditDocument = graphql(`
  query AnswerForEdit($threadId: ID!) {
    thread(id: $threadId) {
      id
      title
      answers(first: 100) {
        edges {
          node {
            id
            body
            can {
              edit {
                ...AbilityFields
              }
            }
            revisions {
              ...RevisionFields
            }
          }
        }
      }
    }
  }
`);
