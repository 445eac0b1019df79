// GraphQL answers are the viewer's own and never kept by browsers or proxies: `Cache-Control: no-store`, as
// Apollo's cache-control plugin said before it was switched off (app.module.ts) for what it cost per field.
import type { ApolloServerPlugin } from '@apollo/server';

export function noStorePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (!response.http.headers.has('cache-control'))
            response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
