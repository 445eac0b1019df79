// GraphQL operations of search: the search page, similar questions on the ask page, staff analytics.
import { graphql } from '../../gql';

export const SearchDocument = graphql(`
  query Search($query: String!, $filter: SearchFilter, $first: Int, $after: String) {
    search(query: $query, filter: $filter, first: $first, after: $after) {
      estimatedTotal
      queryId
      didYouMean
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          titleHtml
          snippetHtml
          thread {
            id
            kind
            status
            tags
            score
            answerCount
            createdAt
            category {
              ...CategoryLinkFields
            }
          }
        }
      }
      facets {
        category {
          value
          label
          count
        }
        tag {
          value
          label
          count
        }
        kind {
          value
          label
          count
        }
        status {
          value
          label
          count
        }
      }
    }
  }
`);

export const SimilarThreadsDocument = graphql(`
  query SimilarThreads($input: SimilarThreadsInput!) {
    similarThreads(input: $input) {
      id
      title
      kind
      status
      answerCount
      excerpt
    }
  }
`);

export const RecordSearchClickDocument = graphql(`
  mutation RecordSearchClick($input: RecordSearchClickInput!) {
    recordSearchClick(input: $input)
  }
`);

export const RecordDeflectionDocument = graphql(`
  mutation RecordDeflection($input: RecordDeflectionInput!) {
    recordDeflection(input: $input)
  }
`);

export const SearchAnalyticsDocument = graphql(`
  query SearchAnalytics($input: SearchAnalyticsInput!) {
    searchAnalytics(input: $input) {
      searches
      zeroResultSearches
      clicks
      deflections
      topQueries {
        query
        searches
        averageResults
        clicks
      }
      zeroResultQueries {
        query
        searches
      }
    }
  }
`);
