// GraphQL operations of the admin console; types come from codegen.
import { graphql } from '../../gql';

export const SiteSettingsDocument = graphql(`
  query SiteSettings {
    siteSettings {
      current {
        name
        tagline
        primaryColor
        accentColor
        logoUrl
        defaultLocale
      }
      defaults {
        name
        tagline
        primaryColor
        accentColor
        defaultLocale
      }
      maxLogoBytes
      locales
      updatedAt
    }
  }
`);

export const UpdateSiteSettingsDocument = graphql(`
  mutation UpdateSiteSettings($input: UpdateSiteSettingsInput!) {
    updateSiteSettings(input: $input) {
      name
      tagline
      primaryColor
      accentColor
      logoUrl
      defaultLocale
    }
  }
`);

export const UploadLogoDocument = graphql(`
  mutation UploadLogo($input: UploadLogoInput!) {
    uploadLogo(input: $input) {
      logoUrl
    }
  }
`);

export const RemoveLogoDocument = graphql(`
  mutation RemoveLogo {
    removeLogo {
      logoUrl
    }
  }
`);

export const RateLimitSettingsDocument = graphql(`
  query RateLimitSettings {
    rateLimitSettings {
      name
      action
      points
      duration
      defaultPoints
      defaultDuration
      minPoints
      maxPoints
      minDuration
      maxDuration
    }
  }
`);

export const UpdateRateLimitsDocument = graphql(`
  mutation UpdateRateLimits($input: UpdateRateLimitsInput!) {
    updateRateLimits(input: $input) {
      name
      points
      duration
    }
  }
`);

export const ResetRateLimitsDocument = graphql(`
  mutation ResetRateLimits($input: ResetRateLimitsInput!) {
    resetRateLimits(input: $input) {
      name
      points
      duration
    }
  }
`);
