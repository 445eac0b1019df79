// The community's branding, from configuration, so the web app needs no rebuild to be re-branded.
import { Inject } from '@nestjs/common';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
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

@Resolver(() => CommunityModel)
export class CommunityResolver {
  constructor(@Inject(CONFIG) private readonly config: Config) {}

  @Query(() => CommunityModel)
  community(): CommunityModel {
    return this.config.community;
  }
}
