// The one Apollo client: same-origin GraphQL with the session cookie.
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

interface ThreadPage {
  edges: readonly unknown[];
}

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri: '/graphql',
      // The session is an httpOnly cookie on this origin; the SPA never sees or stores a token.
      credentials: 'same-origin',
      // The server's CSRF prevention rejects "simple" requests; this header forces a preflighted request.
      headers: { 'apollo-require-preflight': 'true' },
    }),
    cache: new InMemoryCache({
      typePolicies: {
        // There is exactly one community; without a key it would be stored inline under every query.
        Community: { keyFields: [] },
        Query: {
          fields: {
            // "Load more" asks for the page after the last cursor; the cache appends it to what is shown.
            threads: {
              keyArgs: ['filter', 'sort', 'first'],
              merge(existing: ThreadPage | undefined, incoming: ThreadPage, { args }) {
                if (!existing || !args?.after) return incoming;
                return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
              },
            },
          },
        },
      },
    }),
  });
}
