/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Community {\n    community {\n      name\n      tagline\n      primaryColor\n      accentColor\n    }\n  }\n": typeof types.CommunityDocument,
    "\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      role\n      reputation\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Categories {\n    categories {\n      id\n      slug\n      name\n      description\n      responseTargetMinutes\n    }\n  }\n": typeof types.CategoriesDocument,
    "\n  query Category($slug: String!) {\n    category(slug: $slug) {\n      id\n      slug\n      name\n      description\n      responseTargetMinutes\n    }\n  }\n": typeof types.CategoryDocument,
};
const documents: Documents = {
    "\n  query Community {\n    community {\n      name\n      tagline\n      primaryColor\n      accentColor\n    }\n  }\n": types.CommunityDocument,
    "\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      role\n      reputation\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Categories {\n    categories {\n      id\n      slug\n      name\n      description\n      responseTargetMinutes\n    }\n  }\n": types.CategoriesDocument,
    "\n  query Category($slug: String!) {\n    category(slug: $slug) {\n      id\n      slug\n      name\n      description\n      responseTargetMinutes\n    }\n  }\n": types.CategoryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Community {\n    community {\n      name\n      tagline\n      primaryColor\n      accentColor\n    }\n  }\n"): (typeof documents)["\n  query Community {\n    community {\n      name\n      tagline\n      primaryColor\n      accentColor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      role\n      reputation\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      handle\n      displayName\n      role\n      reputation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories {\n    categories {\n      id\n      slug\n      name\n      description\n      responseTargetMinutes\n    }\n  }\n"): (typeof documents)["\n  query Categories {\n    categories {\n      id\n      slug\n      name\n      description\n      responseTargetMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Category($slug: String!) {\n    category(slug: $slug) {\n      id\n      slug\n      name\n      description\n      responseTargetMinutes\n    }\n  }\n"): (typeof documents)["\n  query Category($slug: String!) {\n    category(slug: $slug) {\n      id\n      slug\n      name\n      description\n      responseTargetMinutes\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;