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

export const AdminSigningKeysDocument = graphql(`
  query AdminSigningKeys {
    signingKeys {
      keyId
      algorithm
      createdAt
      revokedAt
      revocationReason
      active
      signed {
        threadId
        version
        title
        signedAt
      }
    }
  }
`);

export const RevokeSigningKeyDocument = graphql(`
  mutation RevokeSigningKey($input: RevokeSigningKeyInput!) {
    revokeSigningKey(input: $input) {
      keyId
      revokedAt
      revocationReason
    }
  }
`);

export const SearchAdminDocument = graphql(`
  query SearchAdmin {
    searchSynonyms {
      word
      synonyms
    }
    searchDeadLetters {
      id
      threadId
      attempts
      lastError
      createdAt
    }
    searchReindex {
      state
      total
      done
      startedAt
      finishedAt
      error
    }
  }
`);

export const SearchReindexDocument = graphql(`
  query SearchReindexProgress {
    searchReindex {
      state
      total
      done
      startedAt
      finishedAt
      error
    }
  }
`);

export const StartSearchReindexDocument = graphql(`
  mutation StartSearchReindex {
    startSearchReindex {
      state
      total
      done
      startedAt
      finishedAt
      error
    }
  }
`);

export const SetSearchSynonymsDocument = graphql(`
  mutation SetSearchSynonyms($input: SetSearchSynonymsInput!) {
    setSearchSynonyms(input: $input)
  }
`);

export const RetrySearchDeadLettersDocument = graphql(`
  mutation RetrySearchDeadLetters($input: RetrySearchDeadLettersInput!) {
    retrySearchDeadLetters(input: $input)
  }
`);

export const AdminCategoriesDocument = graphql(`
  query AdminCategories {
    categories(includeArchived: true) {
      id
      slug
      name
      description
      position
      responseTargetMinutes
      archivedAt
      threadCount
      defaultTeam {
        id
        name
      }
      permissions {
        read {
          id
          name
        }
        post {
          id
          name
        }
      }
    }
    teams {
      id
      name
    }
    groups {
      id
      name
      memberCount
    }
  }
`);

export const SetCategoryPermissionsDocument = graphql(`
  mutation SetCategoryPermissions($input: SetCategoryPermissionsInput!) {
    setCategoryPermissions(input: $input) {
      id
    }
  }
`);

export const CreateCategoryDocument = graphql(`
  mutation CreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      id
    }
  }
`);

export const UpdateCategoryDocument = graphql(`
  mutation UpdateCategory($input: UpdateCategoryInput!) {
    updateCategory(input: $input) {
      id
      name
      slug
      description
      responseTargetMinutes
      archivedAt
    }
  }
`);

export const ReorderCategoriesDocument = graphql(`
  mutation ReorderCategories($input: ReorderCategoriesInput!) {
    reorderCategories(input: $input) {
      id
      position
    }
  }
`);

export const SetCategoryDefaultTeamDocument = graphql(`
  mutation SetCategoryDefaultTeam($input: SetCategoryTeamInput!) {
    setCategoryDefaultTeam(input: $input) {
      id
      defaultTeam {
        id
        name
      }
    }
  }
`);
