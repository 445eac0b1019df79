// Which scopes each role may grant, and the role a token acts with: the lower of its owner's role and its scopes.
import { Role } from '../accounts/account.entity';
import { ApiTokenScope } from './api-token.entity';

const GRANTABLE: Record<Role, readonly ApiTokenScope[]> = {
  [Role.MEMBER]: [ApiTokenScope.READ, ApiTokenScope.WRITE],
  [Role.EMPLOYEE]: [ApiTokenScope.READ, ApiTokenScope.WRITE],
  [Role.MODERATOR]: [ApiTokenScope.READ, ApiTokenScope.WRITE, ApiTokenScope.MODERATE],
  [Role.ADMIN]: [ApiTokenScope.READ, ApiTokenScope.WRITE, ApiTokenScope.MODERATE, ApiTokenScope.ADMIN],
};

export const grantableScopes = (role: Role): readonly ApiTokenScope[] => GRANTABLE[role];

/** Scopes the role may not grant (empty when all are allowed). */
export const scopesAboveRole = (role: Role, scopes: readonly ApiTokenScope[]): ApiTokenScope[] =>
  scopes.filter((s) => !GRANTABLE[role].includes(s));

/** Mutations need WRITE (or a higher scope); READ alone only queries. */
export const canWrite = (scopes: readonly ApiTokenScope[]): boolean =>
  scopes.some((s) => s !== ApiTokenScope.READ);

/**
 * The role the token's requests run with. Every permission check reads the account's role, so capping the
 * role is what keeps a WRITE token of an admin from moderating: WRITE keeps staff (official answers) but
 * drops moderation and administration; MODERATE adds moderation; ADMIN is the owner's full role.
 */
export function effectiveRole(owner: Role, scopes: readonly ApiTokenScope[]): Role {
  const allowed = scopes.filter((s) => GRANTABLE[owner].includes(s));
  if (allowed.includes(ApiTokenScope.ADMIN)) return owner;
  if (allowed.includes(ApiTokenScope.MODERATE)) return owner === Role.MEMBER ? owner : Role.MODERATOR;
  if (owner === Role.ADMIN) return Role.EMPLOYEE;
  if (owner === Role.MODERATOR) return Role.MEMBER;
  return owner;
}
