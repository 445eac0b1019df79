// The one Apollo client: same-origin GraphQL with the session cookie. On the server the page renderer gives
// it a link that runs operations in process, and the browser starts from the cache the server filled.
import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
  type NormalizedCacheObject,
} from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';

interface ThreadPage {
  edges: readonly unknown[];
}

export interface ApolloClientOptions {
  /** Where operations go; the browser's same-origin HTTP and websocket link when absent. */
  link?: ApolloLink;
  /** The cache as the server left it (`cache.extract()`), so hydration needs no request. */
  state?: NormalizedCacheObject;
  ssrMode?: boolean;
}

function browserLink(): ApolloLink {
  // Subscriptions (the care queue) go over a websocket on the same origin, which carries the session
  // cookie; the socket opens lazily, on the first subscription.
  return ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    new GraphQLWsLink(
      createClient({ url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql` }),
    ),
    new HttpLink({
      uri: '/graphql',
      // The session is an httpOnly cookie on this origin; the SPA never sees or stores a token.
      credentials: 'same-origin',
      // The server's CSRF prevention rejects "simple" requests; this header forces a preflighted request.
      headers: { 'apollo-require-preflight': 'true' },
    }),
  );
}

export function createApolloClient(options: ApolloClientOptions = {}): ApolloClient {
  const cache = new InMemoryCache({
    typePolicies: {
      // There is exactly one community; without a key it would be stored inline under every query.
      Community: { keyFields: [] },
      Query: {
        fields: {
          // `countView` asks the server to count a visit; it does not change which thread comes back, so a
          // thread the page arrived with (or saw before) answers from the cache.
          thread: { keyArgs: ['id'] },
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
  });
  if (options.state) cache.restore(options.state);
  return new ApolloClient({
    link: options.link ?? browserLink(),
    cache,
    ssrMode: options.ssrMode,
  });
}
