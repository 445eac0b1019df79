// Shapes every error leaving the API: known codes pass through; malformed values that only Postgres noticed
// become BAD_USER_INPUT; anything else becomes a generic internal error with an id that is logged with the
// details, so a person can quote it and an operator can find it.
import { randomUUID } from 'node:crypto';
import { HttpException, Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { msg, translate, type Msg } from '../i18n/translate';
import { AppError, ErrorCode, type ErrorWording } from './errors';

/**
 * Where a formatted error keeps its wording for the i18n plugin, which rewords it in the request's language
 * (a symbol: it never reaches the JSON).
 */
export const WORDING = Symbol('wording');
export type WordedError = GraphQLFormattedError & { [WORDING]?: ErrorWording };

const worded = (error: GraphQLFormattedError, wording: ErrorWording): WordedError =>
  Object.assign(error, { [WORDING]: wording });

// INTERNAL_SERVER_ERROR is not here: Apollo gives that code to every unexpected error, raw message included.
const PASS_THROUGH = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

const TOO_LONG = msg('errors.queryTooLong');
const UNREADABLE = msg('errors.queryUnreadable');
const BAD_VALUE = msg('errors.badValue');
const TOO_DEEP = msg('errors.tooDeep');

const logger = new Logger('GraphQL');

/**
 * Postgres "data exception" class (22xxx): a value it cannot take — a forged cursor's id or date, an offset
 * out of range, a NUL byte. Those values came from the request, so they are the caller's to fix.
 */
function postgresDataException(error: unknown): boolean {
  const code = (error as { driverError?: { code?: unknown }; code?: unknown } | undefined)?.driverError?.code;
  return typeof code === 'string' && code.startsWith('22');
}

function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

export function formatError(includeStack: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    const code = formatted.extensions?.code as string | undefined;
    const { stacktrace, ...extensions } = formatted.extensions ?? {};
    const keep = includeStack ? { stacktrace } : {};
    const plain = (mapped: ErrorCode, message: string | Msg) =>
      worded(
        {
          message: translate('en', message),
          path: formatted.path,
          locations: formatted.locations,
          extensions: { code: mapped, ...keep },
        },
        { message },
      );
    // The parser's own messages are about the caller's text; anything else it threw (a stack overflow) is not.
    if (code === 'GRAPHQL_PARSE_FAILED') {
      if (/Document contains more tha[nt] \d+ tokens/.test(formatted.message)) {
        return plain(ErrorCode.BAD_USER_INPUT, TOO_LONG);
      }
      return /^Syntax Error/.test(formatted.message)
        ? { ...formatted, extensions: { ...extensions, ...keep } }
        : plain(ErrorCode.BAD_USER_INPUT, UNREADABLE);
    }
    // Our own coded errors were written for people (even the rare deliberate INTERNAL_SERVER_ERROR).
    if (original instanceof AppError) {
      return worded({ ...formatted, extensions: { ...extensions, ...keep } }, original.wording);
    }
    if (code && PASS_THROUGH.has(code) && !postgresDataException(original)) {
      return { ...formatted, extensions: { ...extensions, ...keep } };
    }
    if (postgresDataException(original)) {
      return plain(ErrorCode.BAD_USER_INPUT, BAD_VALUE);
    }
    if (isStackOverflow(original)) {
      return plain(ErrorCode.BAD_USER_INPUT, TOO_DEEP);
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
      if (mapped !== ErrorCode.INTERNAL_SERVER_ERROR) return plain(mapped, formatted.message);
    }
    const errorId = randomUUID();
    logger.error(
      `[${errorId}] ${formatted.message} (path ${formatted.path?.join('.') ?? '-'})`,
      (original as Error | undefined)?.stack,
    );
    const internal = msg('errors.internal', { errorId });
    return worded(
      {
        message: translate('en', internal),
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, errorId, ...keep },
      },
      { message: internal },
    );
  };
}
