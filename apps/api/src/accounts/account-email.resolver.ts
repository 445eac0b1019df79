// GraphQL for the account email flows; thin: rules live in AccountEmailService.
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../common/context';
import { Ctx } from '../common/decorators';
import { RequestPasswordResetInput, ResetPasswordInput, VerifyEmailInput } from './account-email.inputs';
import { AccountEmailService } from './account-email.service';

@Resolver()
export class AccountEmailResolver {
  constructor(private readonly flows: AccountEmailService) {}

  @Mutation(() => Boolean, {
    description: 'Emails a reset link if an account has this address; always true (rate limited).',
  })
  requestPasswordReset(
    @Args('input') input: RequestPasswordResetInput,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return this.flows.requestPasswordReset(input.email, ctx.ip);
  }

  @Mutation(() => Boolean, {
    description:
      'Sets a new password from an emailed token (single use, one hour) and signs out every session.',
  })
  resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    return this.flows.resetPassword(input);
  }

  @Mutation(() => Boolean, { description: 'Confirms an email address from the emailed token.' })
  verifyEmail(@Args('input') input: VerifyEmailInput): Promise<boolean> {
    return this.flows.verifyEmail(input.token);
  }
}
