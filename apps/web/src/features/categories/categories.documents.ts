// GraphQL operations of the categories feature; types come from codegen.
import { graphql } from '../../gql';

export const CategoriesDocument = graphql(`
  query Categories {
    categories {
      id
      slug
      name
      description
      responseTargetMinutes
      threadCount
      unansweredCount
    }
  }
`);

export const CategoryDocument = graphql(`
  query Category($slug: String!) {
    category(slug: $slug) {
      id
      slug
      name
      description
      responseTargetMinutes
      threadCount
      unansweredCount
      forIdeas
      private
      tags {
        tag
        count
      }
    }
  }
`);
