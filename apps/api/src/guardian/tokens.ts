// Personal API tokens: made from a signed-in browser session (a token cannot mint tokens, so a leaked one
// cannot outlive its revocation), with scopes up to what the owner may do; seen and revoked by their owner.
import { scopesAboveRole } from '../tokens/api-token-scopes';
import type { ApiTokenScope } from '../tokens/api-token.entity';
import type { GuardedAction } from './actions';
import { Ability, all, allow, deny } from './ability';
import type { Guardian } from './guardian';
import { msg } from '../i18n/translate';

export class TokensGuardian {
  constructor(private readonly g: Guardian) {}

  canCreate(scopes: readonly ApiTokenScope[]): Ability {
    return all(
      () => this.g.active('create API tokens'),
      () => (this.g.viewer?.apiToken ? deny(msg('reasons.tokensFromBrowser')) : allow()),
      () => {
        const role = this.g.account!.role;
        const above = scopesAboveRole(role, scopes);
        return above.length
          ? deny(msg('reasons.scopesAboveRole', { role, scopes: above.join(', ') }))
          : allow();
      },
    );
  }

  /** Seeing and revoking one's own tokens: revoking stays possible while suspended (it only takes access away). */
  canManageOwn(action: GuardedAction): Ability {
    return this.g.signedIn(action);
  }
}
