import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentGuardian } from '../common/decorators';
import { Guardian } from '../guardian/guardian';
import { CONFIG, Config } from '../config/config';
import { Inject } from '@nestjs/common';
import { CommunityModel, RateLimitSetting, SingleSignOnModel, SiteSettings } from './site.model';
import {
  ResetRateLimitsInput,
  UpdateRateLimitsInput,
  UpdateSiteSettingsInput,
  UploadLogoInput,
} from './site.inputs';
import { SiteService } from './site.service';

@Resolver(() => CommunityModel)
export class SiteResolver {
  constructor(
    private readonly site: SiteService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Query(() => CommunityModel, { description: 'The community’s branding, as admins last set it.' })
  community(): CommunityModel {
    return this.site.community();
  }

  @ResolveField(() => SingleSignOnModel, { nullable: true })
  singleSignOn(): SingleSignOnModel | null {
    const oidc = this.config.oidc;
    return oidc
      ? { buttonLabel: oidc.buttonLabel, startUrl: '/auth/oidc/start', only: this.config.oidcOnly }
      : null;
  }

  @Query(() => SiteSettings, { description: 'Admins only.' })
  siteSettings(@CurrentGuardian() guardian: Guardian): SiteSettings {
    return this.site.siteSettings(guardian);
  }

  @Mutation(() => CommunityModel, {
    description:
      'Admins only; omitted fields keep their value, null or "" restores the environment’s default.',
  })
  updateSiteSettings(
    @Args('input') input: UpdateSiteSettingsInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<CommunityModel> {
    return this.site.update(guardian, input);
  }

  @Mutation(() => CommunityModel, {
    description: 'Admins only: a PNG, WebP or SVG (checked by content; SVGs are sanitized), up to 256 KB.',
  })
  uploadLogo(
    @Args('input') input: UploadLogoInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<CommunityModel> {
    return this.site.uploadLogo(guardian, input);
  }

  @Mutation(() => CommunityModel, { description: 'Admins only: pages show the initial again.' })
  removeLogo(@CurrentGuardian() guardian: Guardian): Promise<CommunityModel> {
    return this.site.removeLogo(guardian);
  }

  @Query(() => [RateLimitSetting], { description: 'Admins only: the posting and new-account limits.' })
  rateLimitSettings(@CurrentGuardian() guardian: Guardian): RateLimitSetting[] {
    return this.site.rateLimitSettings(guardian);
  }

  @Mutation(() => [RateLimitSetting], { description: 'Admins only; applied at once on every server.' })
  updateRateLimits(
    @Args('input') input: UpdateRateLimitsInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<RateLimitSetting[]> {
    return this.site.updateRateLimits(guardian, input);
  }

  @Mutation(() => [RateLimitSetting], { description: 'Admins only: back to the built-in values.' })
  resetRateLimits(
    @Args('input') input: ResetRateLimitsInput,
    @CurrentGuardian() guardian: Guardian,
  ): Promise<RateLimitSetting[]> {
    return this.site.resetRateLimits(guardian, input);
  }
}
