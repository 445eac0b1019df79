// GraphQL operations of the accounts feature; types come from codegen.
import { graphql } from '../../gql';

export const MeDocument = graphql(`
  query Me {
    me {
      id
      handle
      displayName
      role
      reputation
      can {
        ask {
          ...AbilityFields
        }
        moderate {
          ...AbilityFields
        }
        care {
          ...AbilityFields
        }
        announce {
          ...AbilityFields
        }
        administer {
          ...AbilityFields
        }
      }
    }
  }
`);

export const SignUpDocument = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      id
      displayName
    }
  }
`);

export const SignInDocument = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      id
      displayName
    }
  }
`);

export const SignOutDocument = graphql(`
  mutation SignOut {
    signOut
  }
`);
