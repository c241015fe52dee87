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
    "\n  fragment MyTeam on Employee {\n    manager {\n      id\n      ...PersonCard\n    }\n    directReports {\n      id\n      ...PersonCard\n    }\n  }\n": typeof types.MyTeamFragmentDoc,
    "\n  fragment ProfileCard on Employee {\n    name\n    title\n    department\n    email\n  }\n": typeof types.ProfileCardFragmentDoc,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      role\n      directReports {\n        id\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query MyGrowth {\n    me {\n      id\n      name\n      ...ProfileCard\n      ...MyTeam\n    }\n  }\n": typeof types.MyGrowthDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.SignInDocument,
    "\n  fragment PersonCard on Employee {\n    id\n    name\n    title\n  }\n": typeof types.PersonCardFragmentDoc,
};
const documents: Documents = {
    "\n  fragment MyTeam on Employee {\n    manager {\n      id\n      ...PersonCard\n    }\n    directReports {\n      id\n      ...PersonCard\n    }\n  }\n": types.MyTeamFragmentDoc,
    "\n  fragment ProfileCard on Employee {\n    name\n    title\n    department\n    email\n  }\n": types.ProfileCardFragmentDoc,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      role\n      directReports {\n        id\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query MyGrowth {\n    me {\n      id\n      name\n      ...ProfileCard\n      ...MyTeam\n    }\n  }\n": types.MyGrowthDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n    }\n  }\n": types.SignInDocument,
    "\n  fragment PersonCard on Employee {\n    id\n    name\n    title\n  }\n": types.PersonCardFragmentDoc,
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
export function graphql(source: "\n  fragment MyTeam on Employee {\n    manager {\n      id\n      ...PersonCard\n    }\n    directReports {\n      id\n      ...PersonCard\n    }\n  }\n"): (typeof documents)["\n  fragment MyTeam on Employee {\n    manager {\n      id\n      ...PersonCard\n    }\n    directReports {\n      id\n      ...PersonCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileCard on Employee {\n    name\n    title\n    department\n    email\n  }\n"): (typeof documents)["\n  fragment ProfileCard on Employee {\n    name\n    title\n    department\n    email\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    logout\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      name\n      role\n      directReports {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      name\n      role\n      directReports {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGrowth {\n    me {\n      id\n      name\n      ...ProfileCard\n      ...MyTeam\n    }\n  }\n"): (typeof documents)["\n  query MyGrowth {\n    me {\n      id\n      name\n      ...ProfileCard\n      ...MyTeam\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonCard on Employee {\n    id\n    name\n    title\n  }\n"): (typeof documents)["\n  fragment PersonCard on Employee {\n    id\n    name\n    title\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;