// The answer to "may this viewer do X?": allowed, or the sentence a person reads and the error it becomes.
import { AppError, ErrorCode, forbidden, unauthenticated } from '../common/errors';
import { msg, type Msg } from '../i18n/translate';

export type Refusal = ErrorCode.UNAUTHENTICATED | ErrorCode.FORBIDDEN | ErrorCode.NOT_FOUND;

export interface Ability {
  allowed: boolean;
  /** What a person reads when it is not allowed (a catalog message, or English); null when allowed. */
  reason: string | Msg | null;
  /** The error code `ensure` throws (FORBIDDEN unless the viewer must sign in, or may not even see it). */
  code?: Refusal;
  /** Extra facts for clients (e.g. the privilege and the reputation it needs). */
  extensions?: Record<string, unknown>;
}

const ALLOWED: Ability = Object.freeze({ allowed: true, reason: null });

export const allow = (): Ability => ALLOWED;

export const deny = (
  reason: string | Msg,
  code: Refusal = ErrorCode.FORBIDDEN,
  extensions?: Record<string, unknown>,
): Ability => ({ allowed: false, reason, code, extensions });

/** The first refusal among abilities checked in order (cheapest and most basic first), or allowed. */
export function all(...checks: (() => Ability)[]): Ability {
  for (const check of checks) {
    const ability = check();
    if (!ability.allowed) return ability;
  }
  return ALLOWED;
}

/** The coded error an ability refuses with. */
export function refusal(ability: Ability): AppError {
  const reason = ability.reason ?? msg('reasons.cannotDoThis');
  if (ability.code === ErrorCode.UNAUTHENTICATED) return unauthenticated(reason);
  if (ability.code === ErrorCode.NOT_FOUND) return new AppError(ErrorCode.NOT_FOUND, reason);
  return forbidden(reason, ability.extensions);
}
