// The public profile: who someone is, what they may do, what they wrote and how they earned reputation.
import { graphql } from '../../gql';

export const ProfileDocument = graphql(`
  query Profile($handle: String!) {
    account(handle: $handle) {
      id
      handle
      displayName
      role
      official
      jobTitle
      reputation
      createdAt
      privileges {
        privilege
        required
        granted
      }
      threads(first: 20) {
        totalCount
        edges {
          node {
            id
            kind
            status
            title
            score
            answerCount
            createdAt
          }
        }
      }
      answers(first: 20) {
        totalCount
        edges {
          node {
            id
            score
            accepted
            official
            createdAt
            thread {
              ...ThreadLinkFields
            }
          }
        }
      }
      reputationHistory(first: 20) {
        edges {
          node {
            id
            reason
            delta
            createdAt
            thread {
              ...ThreadLinkFields
            }
          }
        }
      }
    }
  }
`);
