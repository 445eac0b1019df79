// The community's branding, from configuration, so the web app needs no rebuild to be re-branded.
import { Inject } from '@nestjs/common';
import { Field, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CONFIG, Config } from '../config/config';

@ObjectType('Community')
export class CommunityModel {
  @Field()
  name: string;

  @Field()
  tagline: string;

  @Field({ description: 'Brand colour as #rrggbb.' })
  primaryColor: string;

  @Field({ description: 'Accent colour as #rrggbb.' })
  accentColor: string;
}

@ObjectType('SingleSignOn', { description: 'OpenID Connect sign-in, when configured.' })
export class SingleSignOnModel {
  @Field({ description: 'The sign-in button’s text (OIDC_BUTTON_LABEL).' })
  buttonLabel: string;

  @Field({ description: 'Where the button goes; append ?next=/path to come back there.' })
  startUrl: string;

  @Field({ description: 'True when members can only sign in this way (OIDC_ONLY).' })
  only: boolean;
}

@Resolver(() => CommunityModel)
export class CommunityResolver {
  constructor(@Inject(CONFIG) private readonly config: Config) {}

  @Query(() => CommunityModel)
  community(): CommunityModel {
    return this.config.community;
  }

  @ResolveField(() => SingleSignOnModel, { nullable: true })
  singleSignOn(): SingleSignOnModel | null {
    const oidc = this.config.oidc;
    return oidc
      ? { buttonLabel: oidc.buttonLabel, startUrl: '/auth/oidc/start', only: this.config.oidcOnly }
      : null;
  }
}
