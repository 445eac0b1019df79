// Refuses mutations for READ-only API tokens before anything runs; what the token's role allows is checked later
// by the services as for any viewer.
import type { ApolloServerPlugin } from '@apollo/server';
import { forbidden } from '../common/errors';
import type { RequestContext } from '../common/context';
import { ApiTokenScope } from './api-token.entity';
import { canWrite } from './api-token-scopes';
import { msg } from '../i18n/translate';

export function apiTokenScopePlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const token = contextValue.viewer?.apiToken;
          if (token && operation?.operation !== 'query' && !canWrite(token.scopes as ApiTokenScope[])) {
            throw forbidden(msg('errors.tokens.readOnly'));
          }
        },
      };
    },
  };
}
