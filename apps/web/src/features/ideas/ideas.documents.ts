// GraphQL operations of ideas that move: the roadmap, an idea's status and history, and setting a status.
import { graphql } from '../../gql';

export const IdeaStatusFieldsFragment = graphql(`
  fragment IdeaStatusFields on Thread {
    id
    kind
    ideaStatus
    ideaStatusHistory {
      id
      status
      previousStatus
      note
      createdAt
      author {
        ...AuthorFields
      }
    }
    can {
      setIdeaStatus {
        ...AbilityFields
      }
    }
  }
`);

export const RoadmapDocument = graphql(`
  query Roadmap($categoryId: ID, $first: Int!) {
    categories {
      id
      slug
      name
      forIdeas
    }
    underReview: threads(
      filter: { kind: IDEA, ideaStatus: UNDER_REVIEW, categoryId: $categoryId }
      sort: TOP
      first: $first
    ) {
      ...RoadmapColumn
    }
    planned: threads(
      filter: { kind: IDEA, ideaStatus: PLANNED, categoryId: $categoryId }
      sort: TOP
      first: $first
    ) {
      ...RoadmapColumn
    }
    inProgress: threads(
      filter: { kind: IDEA, ideaStatus: IN_PROGRESS, categoryId: $categoryId }
      sort: TOP
      first: $first
    ) {
      ...RoadmapColumn
    }
    shipped: threads(
      filter: { kind: IDEA, ideaStatus: SHIPPED, categoryId: $categoryId }
      sort: TOP
      first: $first
    ) {
      ...RoadmapColumn
    }
    declined: threads(
      filter: { kind: IDEA, ideaStatus: DECLINED, categoryId: $categoryId }
      sort: TOP
      first: $first
    ) {
      ...RoadmapColumn
    }
  }
`);

export const RoadmapColumnFragment = graphql(`
  fragment RoadmapColumn on ThreadConnection {
    totalCount
    edges {
      node {
        id
        title
        score
        answerCount
        ideaStatus
        category {
          ...CategoryLinkFields
        }
      }
    }
  }
`);

export const SetIdeaStatusDocument = graphql(`
  mutation SetIdeaStatus($input: SetIdeaStatusInput!) {
    setIdeaStatus(input: $input) {
      ...IdeaStatusFields
    }
  }
`);
