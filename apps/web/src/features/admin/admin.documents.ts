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

export const PeopleDocument = graphql(`
  query People($query: String!) {
    people(query: $query, first: 25) {
      id
      handle
      displayName
      email
      role
      reputation
      createdAt
      suspendedUntil
    }
  }
`);

export const PersonDocument = graphql(`
  query Person($accountId: ID!) {
    person(accountId: $accountId) {
      account {
        id
        handle
        displayName
        email
        role
        jobTitle
        reputation
        createdAt
        suspendedUntil
        suspensionReason
      }
      threadCount
      answerCount
      threads {
        id
        threadId
        title
        createdAt
        state
      }
      answers {
        id
        threadId
        title
        createdAt
        state
      }
      flagsReceived {
        id
        targetType
        threadId
        reason
        status
        note
        flaggedBy
        createdAt
      }
      flagsRaised
      signIns {
        signedInAt
        lastSeenAt
        ip
        userAgent
      }
    }
  }
`);

export const SetRoleDocument = graphql(`
  mutation SetRole($input: SetRoleInput!) {
    setRole(input: $input) {
      id
      role
      jobTitle
    }
  }
`);

export const AdminTeamsDocument = graphql(`
  query AdminTeams {
    teams {
      id
      name
      members {
        id
        handle
        displayName
        role
      }
    }
  }
`);

export const CreateTeamDocument = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
    }
  }
`);

export const AddTeamMemberDocument = graphql(`
  mutation AddTeamMember($input: TeamMemberInput!) {
    addTeamMember(input: $input) {
      id
    }
  }
`);

export const RemoveTeamMemberDocument = graphql(`
  mutation RemoveTeamMember($input: TeamMemberInput!) {
    removeTeamMember(input: $input) {
      id
    }
  }
`);
