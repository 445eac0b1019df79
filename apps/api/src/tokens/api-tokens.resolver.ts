import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentGuardian } from '../common/decorators';
import { Guardian } from '../guardian/guardian';
import { ApiTokenEntity } from './api-token.entity';
import { ApiTokenModel, CreatedApiTokenModel } from './api-token.model';
import { CreateApiTokenInput, RevokeApiTokenInput } from './api-tokens.inputs';
import { ApiTokensService } from './api-tokens.service';

@Resolver(() => ApiTokenModel)
export class ApiTokensResolver {
  constructor(private readonly tokens: ApiTokensService) {}

  @Query(() => [ApiTokenModel], { description: "The signed-in account's API tokens, newest first." })
  apiTokens(@CurrentGuardian() guardian: Guardian): Promise<ApiTokenEntity[]> {
    return this.tokens.list(guardian);
  }

  @Mutation(() => CreatedApiTokenModel, {
    description: 'Creates a personal API token; the secret is returned only this once.',
  })
  createApiToken(
    @Args('input') input: CreateApiTokenInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<{ token: ApiTokenEntity; secret: string }> {
    return this.tokens.create(guardian, input);
  }

  @Mutation(() => ApiTokenModel, { description: 'Revokes a token; it is refused from the next request on.' })
  revokeApiToken(
    @Args('input') input: RevokeApiTokenInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<ApiTokenEntity> {
    return this.tokens.revoke(guardian, input);
  }
}
