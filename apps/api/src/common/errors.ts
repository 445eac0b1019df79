// The one error helper: every GraphQL error carries extensions.code and a message a person can act on.
import { GraphQLError } from 'graphql';

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export interface FieldProblem {
  field: string;
  message: string;
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }

  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

/** One or more fields are wrong; the message lists them so a person sees all problems at once. */
export function badInput(fields: FieldProblem[]): AppError;
export function badInput(field: string, message: string): AppError;
export function badInput(fieldOrFields: string | FieldProblem[], message?: string): AppError {
  const fields =
    typeof fieldOrFields === 'string' ? [{ field: fieldOrFields, message: message ?? '' }] : fieldOrFields;
  const text = fields.map((f) => f.message).join(' ');
  return new AppError(ErrorCode.BAD_USER_INPUT, text, { fields });
}

export const unauthenticated = (message = 'Sign in to do this.') =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message: string, extensions: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.FORBIDDEN, message, extensions);

export const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} was not found.`);

export function rateLimited(action: string, retryAfterSeconds: number): AppError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  const wait = seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  return new AppError(ErrorCode.RATE_LIMITED, `Too many ${action}. Try again in ${wait}.`, {
    retryAfterSeconds: seconds,
    retryAt: new Date(Date.now() + seconds * 1000).toISOString(),
  });
}
