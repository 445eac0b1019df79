import { Field, Int, ObjectType } from '@nestjs/graphql';

export const SUPPORTED_LOCALES = ['en', 'ru', 'sl', 'zh-CN'] as const;

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

  @Field(() => String, {
    nullable: true,
    description: 'The logo (PNG, WebP or SVG); null shows the initial.',
  })
  logoUrl: string | null;

  @Field({ description: 'The language pages use when a visitor has not chosen one (en, ru, sl, zh-CN).' })
  defaultLocale: string;
}

@ObjectType({ description: 'The environment’s branding values (COMMUNITY_NAME, BRAND_PRIMARY_COLOR, …).' })
export class SiteDefaults {
  @Field()
  name: string;

  @Field()
  tagline: string;

  @Field()
  primaryColor: string;

  @Field()
  accentColor: string;

  @Field()
  defaultLocale: string;
}

@ObjectType({
  description: 'Admins: what the community shows, and which values are the environment defaults.',
})
export class SiteSettings {
  @Field(() => CommunityModel, { description: 'The values in force.' })
  current: CommunityModel;

  @Field(() => SiteDefaults, { description: 'What null restores.' })
  defaults: SiteDefaults;

  @Field({ description: 'Upload limit for the logo, in bytes.' })
  maxLogoBytes: number;

  @Field(() => [String])
  locales: string[];

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;
}

@ObjectType({ description: 'A posting or new-account limit, and the bounds an admin may set it within.' })
export class RateLimitSetting {
  @Field()
  name: string;

  @Field({ description: 'What it limits, in people’s words.' })
  action: string;

  @Field(() => Int)
  points: number;

  @Field(() => Int, { description: 'Seconds.' })
  duration: number;

  @Field(() => Int)
  defaultPoints: number;

  @Field(() => Int)
  defaultDuration: number;

  @Field(() => Int)
  minPoints: number;

  @Field(() => Int)
  maxPoints: number;

  @Field(() => Int)
  minDuration: number;

  @Field(() => Int)
  maxDuration: number;
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
