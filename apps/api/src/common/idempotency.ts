// `Idempotency-Key` on mutations: a client that retries a request whose answer it never got (a timeout, a
// dropped connection) sends the same key and receives the first answer instead of creating a duplicate.
// Keys are per account and kept for a day; the same key with a different request is refused.
import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { DataSource } from 'typeorm';
import type { RequestContext } from './context';
import { requestLocale } from '../i18n/locales';
import { msg, translate, type Msg } from '../i18n/translate';
import { ErrorCode } from './errors';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\x21-\x7e]{8,200}$/;

/** A refusal worded in the account's language (these answers skip the error formatting and its wording). */
function refusal(
  context: RequestContext,
  code: ErrorCode,
  wording: Msg,
  extensions: Record<string, unknown> = {},
): GraphQLResponse {
  const message = translate(requestLocale(context.req, context.viewer?.account, 'en'), wording);
  return {
    http: { status: 200, headers: new HeaderMap() },
    body: { kind: 'single', singleResult: { errors: [{ message, extensions: { ...extensions, code } }] } },
  };
}

export function idempotencyPlugin(dataSource: DataSource): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ request }) {
      const key = request.http?.headers.get(IDEMPOTENCY_HEADER);
      if (!key) return;
      let claimed: [accountId: string, key: string] | null = null;
      return {
        async responseForOperation({ operation, contextValue, request: req }) {
          if (operation.operation !== 'mutation' || !contextValue.viewer) return null;
          if (!KEY_PATTERN.test(key)) {
            return refusal(contextValue, ErrorCode.BAD_USER_INPUT, msg('errors.idempotency.badKey'));
          }
          const accountId = contextValue.viewer.account.id;
          const hash = createHash('sha256')
            .update(JSON.stringify([req.query, req.operationName ?? null, req.variables ?? {}]))
            .digest('hex');
          if (Math.random() < 0.01) {
            await dataSource.query(
              `DELETE FROM idempotency_keys WHERE created_at < now() - interval '1 day'`,
            );
          }
          const inserted: unknown[] = await dataSource.query(
            `INSERT INTO idempotency_keys (account_id, key, request_hash) VALUES ($1, $2, $3)
             ON CONFLICT DO NOTHING RETURNING key`,
            [accountId, key, hash],
          );
          if (inserted.length) {
            claimed = [accountId, key];
            return null; // first time: run it
          }
          const [row] = (await dataSource.query(
            'SELECT request_hash, response FROM idempotency_keys WHERE account_id = $1 AND key = $2',
            [accountId, key],
          )) as { request_hash: string; response: FormattedExecutionResult | null }[];
          if (!row) return null;
          if (row.request_hash !== hash) {
            return refusal(contextValue, ErrorCode.BAD_USER_INPUT, msg('errors.idempotency.keyReused'));
          }
          if (!row.response) {
            return refusal(contextValue, ErrorCode.RATE_LIMITED, msg('errors.idempotency.running'), {
              retryAfterSeconds: 1,
            });
          }
          return {
            http: { status: 200, headers: new HeaderMap([['idempotent-replayed', 'true']]) },
            body: { kind: 'single', singleResult: row.response },
          };
        },
        async willSendResponse({ response }) {
          if (!claimed) return;
          const result = response.body.kind === 'single' ? response.body.singleResult : null;
          // Only a success is remembered: after a refusal the client may fix the input and retry with the key.
          if (result && !result.errors?.length) {
            await dataSource.query(
              'UPDATE idempotency_keys SET response = $3 WHERE account_id = $1 AND key = $2',
              [...claimed, JSON.stringify({ data: result.data })],
            );
          } else {
            await dataSource.query(
              'DELETE FROM idempotency_keys WHERE account_id = $1 AND key = $2',
              claimed,
            );
          }
        },
      };
    },
  };
}
