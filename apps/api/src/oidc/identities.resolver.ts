// Settings → Sign-in methods: the signed-in person's linked OpenID identities, and unlinking one.
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentGuardian } from '../common/decorators';
import { Guardian } from '../guardian/guardian';
import { SignInMethodsModel, UnlinkIdentityInput } from './identities.model';
import { OidcService } from './oidc.service';

@Resolver(() => SignInMethodsModel)
export class IdentitiesResolver {
  constructor(private readonly oidc: OidcService) {}

  @Query(() => SignInMethodsModel, {
    description: 'Your local password (whether there is one) and linked identities; signed in only.',
  })
  signInMethods(@CurrentGuardian() guardian: Guardian): Promise<SignInMethodsModel> {
    return this.oidc.signInMethods(guardian);
  }

  @Mutation(() => SignInMethodsModel, {
    description:
      'Unlinks one of your OpenID identities; refused when it is your only way to sign in (no local password ' +
      'and no other identity). Returns what is left.',
  })
  unlinkIdentity(
    @Args('input') input: UnlinkIdentityInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<SignInMethodsModel> {
    return this.oidc.unlink(guardian, input.id);
  }
}
