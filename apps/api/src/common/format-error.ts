// Shapes every error leaving the API: known codes pass through, anything else becomes a masked internal error.
import { HttpException, Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './errors';

const PASS_THROUGH = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

const logger = new Logger('GraphQL');

export function formatError(includeStack: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError;
    const code = formatted.extensions?.code as string | undefined;
    const { stacktrace, ...extensions } = formatted.extensions ?? {};
    const keep = includeStack ? { stacktrace } : {};
    if (code && PASS_THROUGH.has(code)) {
      return { ...formatted, extensions: { ...extensions, ...keep } };
    }
    if (original instanceof HttpException) {
      const status = original.getStatus();
      const mapped =
        status === 401
          ? ErrorCode.UNAUTHENTICATED
          : status === 403
            ? ErrorCode.FORBIDDEN
            : status === 404
              ? ErrorCode.NOT_FOUND
              : status === 429
                ? ErrorCode.RATE_LIMITED
                : status < 500
                  ? ErrorCode.BAD_USER_INPUT
                  : ErrorCode.INTERNAL_SERVER_ERROR;
      if (mapped !== ErrorCode.INTERNAL_SERVER_ERROR) {
        return {
          message: formatted.message,
          path: formatted.path,
          locations: formatted.locations,
          extensions: { code: mapped, ...keep },
        };
      }
    }
    logger.error(formatted.message, (original as Error | undefined)?.stack);
    return {
      message: 'Something went wrong on our side. Please try again.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...keep },
    };
  };
}
