// The one error helper: every GraphQL error carries extensions.code and a message a person can act on.
import { GraphQLError } from 'graphql';
import { isMsg, msg, translate, type Msg } from '../i18n/translate';

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** A problem with one input field; `message` is a catalog message (apps/api/src/i18n), or legacy English. */
export interface FieldProblem {
  field: string;
  message: string | Msg;
}

/**
 * What the i18n plugin needs to word an error in the request's language: the message and the fields'
 * messages as catalog entries. `message` itself is the English wording (logs, tests, untranslated clients).
 */
export interface ErrorWording {
  message: Msg | string;
  fields?: (Msg | string)[];
}

export class AppError extends GraphQLError {
  readonly wording: ErrorWording;

  constructor(code: ErrorCode, message: string | Msg, extensions: Record<string, unknown> = {}) {
    super(translate('en', message), { extensions: { ...extensions, code } });
    this.wording = { message };
  }

  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

/** One or more fields are wrong; the message lists them so a person sees all problems at once. */
export function badInput(fields: FieldProblem[]): AppError;
export function badInput(field: string, message: string | Msg): AppError;
export function badInput(fieldOrFields: string | FieldProblem[], message?: string | Msg): AppError {
  const fields =
    typeof fieldOrFields === 'string' ? [{ field: fieldOrFields, message: message! }] : fieldOrFields;
  const english = fields.map((f) => ({ field: f.field, message: translate('en', f.message) }));
  const error = new AppError(ErrorCode.BAD_USER_INPUT, english.map((f) => f.message).join(' '), {
    fields: english,
  });
  error.wording.fields = fields.map((f) => f.message);
  return error;
}

export const unauthenticated = (message: string | Msg = msg('errors.signInToDoThis')) =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message: string | Msg, extensions: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.FORBIDDEN, message, extensions);

/** Things that can be missing; each has `errors.notFound.<thing>` in the catalogs. */
export type MissingThing =
  | 'account'
  | 'announcement'
  | 'answer'
  | 'apiToken'
  | 'asker'
  | 'category'
  | 'conversation'
  | 'delivery'
  | 'export'
  | 'group'
  | 'idea'
  | 'linkedIdentity'
  | 'post'
  | 'postCommented'
  | 'postFlagged'
  | 'postVoted'
  | 'savedReply'
  | 'searchOrThread'
  | 'signingKey'
  | 'team'
  | 'thread'
  | 'webhook';

export const notFound = (what: MissingThing | Msg) =>
  new AppError(ErrorCode.NOT_FOUND, isMsg(what) ? what : msg(`errors.notFound.${what}`));

/** Refuses what was done too often: "Too many <action>. Try again in …" (`action` from `errors.rateAction.*`). */
export function rateLimited(action: Msg, retryAfterSeconds: number): AppError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  const wait =
    seconds < 120
      ? msg('errors.rateLimited.seconds', { action, seconds })
      : msg('errors.rateLimited.minutes', { action, minutes: Math.ceil(seconds / 60) });
  return new AppError(ErrorCode.RATE_LIMITED, wait, {
    retryAfterSeconds: seconds,
    retryAt: new Date(Date.now() + seconds * 1000).toISOString(),
  });
}
