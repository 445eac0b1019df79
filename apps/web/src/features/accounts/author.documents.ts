// The fields every author byline shows; spread wherever an Account appears beside a post.
import { graphql } from '../../gql';

export const AuthorFieldsFragment = graphql(`
  fragment AuthorFields on Account {
    id
    handle
    displayName
    role
    official
    jobTitle
    reputation
  }
`);
