// GraphQL fragments for the small selections many features' documents repeat (a page's cursor, a link to a
// thread or category, a person's name). Spread them by name; codegen resolves them across files.
import { graphql } from '../gql';

/** What "Load more" needs from any connection. */
export const PageInfoFieldsFragment = graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    endCursor
  }
`);

/** Enough to link to a category by name. */
export const CategoryLinkFieldsFragment = graphql(`
  fragment CategoryLinkFields on Category {
    id
    slug
    name
  }
`);

/** Enough to link to a thread by its title. */
export const ThreadLinkFieldsFragment = graphql(`
  fragment ThreadLinkFields on Thread {
    id
    title
  }
`);

/** A person as named in lists (queue, history, conversations). */
export const PersonNameFieldsFragment = graphql(`
  fragment PersonNameFields on Account {
    id
    displayName
  }
`);

/** A person with the handle their profile link needs. */
export const PersonHandleFieldsFragment = graphql(`
  fragment PersonHandleFields on Account {
    id
    handle
    displayName
  }
`);
