// The one Apollo client: same-origin GraphQL with the session cookie. On the server the page renderer gives
// it a link that runs operations in process, and the browser starts from the cache the server filled.
import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
  type NormalizedCacheObject,
} from '@apollo/client';
import { getMainDefinition } from '@apollo/client/utilities';
import { Observable, type Subscription } from 'rxjs';

interface CursorPage {
  edges: readonly unknown[];
}

export interface ApolloClientOptions {
  /** Where operations go; the browser's same-origin HTTP and websocket link when absent. */
  link?: ApolloLink;
  /** The cache as the server left it (`cache.extract()`), so hydration needs no request. */
  state?: NormalizedCacheObject;
  ssrMode?: boolean;
}

let subscriptionLink: Promise<ApolloLink> | null = null;

/** Loads the websocket link on the first subscription. */
function lazySubscriptionLink(): ApolloLink {
  return new ApolloLink(
    (operation, forward) =>
      new Observable<ApolloLink.Result>((observer) => {
        let inner: Subscription | undefined;
        let closed = false;
        subscriptionLink ??= import('./subscriptions').then((m) => m.createSubscriptionLink());
        subscriptionLink.then(
          (link) => {
            if (!closed) inner = link.request(operation, forward).subscribe(observer);
          },
          (error: unknown) => observer.error(error),
        );
        return () => {
          closed = true;
          inner?.unsubscribe();
        };
      }),
  );
}

function browserLink(): ApolloLink {
  // Subscriptions go over a websocket on the same origin; queries and mutations over HTTP.
  return ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    lazySubscriptionLink(),
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
            merge(existing: CursorPage | undefined, incoming: CursorPage, { args }) {
              if (!existing || !args?.after) return incoming;
              return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
            },
          },
          careQueue: {
            keyArgs: ['filter', 'sort', 'first'],
            merge(existing: CursorPage | undefined, incoming: CursorPage, { args }) {
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
