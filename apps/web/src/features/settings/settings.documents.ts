// GraphQL operations of the settings pages; types come from codegen.
import { graphql } from '../../gql';

export const ApiTokensDocument = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      scopes
      createdAt
      lastUsedAt
      expiresAt
      revokedAt
    }
  }
`);

export const CreateApiTokenDocument = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token {
        id
        name
      }
      secret
    }
  }
`);

export const RevokeApiTokenDocument = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      id
      revokedAt
    }
  }
`);

export const RequestDataExportDocument = graphql(`
  mutation RequestDataExport($input: RequestDataExportInput) {
    requestDataExport(input: $input) {
      id
      downloadUrl
      expiresAt
      sizeBytes
    }
  }
`);

export const EraseMyAccountDocument = graphql(`
  mutation EraseMyAccount($input: EraseMyAccountInput!) {
    eraseMyAccount(input: $input)
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const SignOutEverywhereDocument = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

export const SignInMethodsDocument = graphql(`
  query SignInMethods {
    signInMethods {
      hasPassword
      identities {
        id
        provider
        createdAt
        lastSignInAt
      }
    }
  }
`);

export const UnlinkIdentityDocument = graphql(`
  mutation UnlinkIdentity($input: UnlinkIdentityInput!) {
    unlinkIdentity(input: $input) {
      hasPassword
      identities {
        id
      }
    }
  }
`);
