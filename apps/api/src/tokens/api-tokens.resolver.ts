import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../common/decorators';
import { Viewer } from '../common/context';
import { ApiTokenEntity } from './api-token.entity';
import { ApiTokenModel, CreatedApiTokenModel } from './api-token.model';
import { CreateApiTokenInput, RevokeApiTokenInput } from './api-tokens.inputs';
import { ApiTokensService } from './api-tokens.service';

@Resolver(() => ApiTokenModel)
export class ApiTokensResolver {
  constructor(private readonly tokens: ApiTokensService) {}

  @Query(() => [ApiTokenModel], { description: "The signed-in account's API tokens, newest first." })
  apiTokens(@CurrentViewer() viewer: Viewer | null): Promise<ApiTokenEntity[]> {
    return this.tokens.list(viewer);
  }

  @Mutation(() => CreatedApiTokenModel, {
    description: 'Creates a personal API token; the secret is returned only this once.',
  })
  createApiToken(
    @Args('input') input: CreateApiTokenInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<{ token: ApiTokenEntity; secret: string }> {
    return this.tokens.create(viewer, input);
  }

  @Mutation(() => ApiTokenModel, { description: 'Revokes a token; it is refused from the next request on.' })
  revokeApiToken(
    @Args('input') input: RevokeApiTokenInput,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<ApiTokenEntity> {
    return this.tokens.revoke(viewer, input);
  }
}
