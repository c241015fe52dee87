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
    "\n  fragment DepartmentAdoption on DepartmentInsights {\n    department\n    headcount\n    peopleWithActiveGoals\n    goalAdoption\n  }\n": typeof types.DepartmentAdoptionFragmentDoc,
    "\n  fragment DepartmentActivity on DepartmentInsights {\n    department\n    averageProgress\n    checkInsLast30Days\n    planCompletion\n  }\n": typeof types.DepartmentActivityFragmentDoc,
    "\n  fragment DepartmentHealth on DepartmentInsights {\n    department\n    activeGoals\n    onTrack\n    atRisk\n    offTrack\n  }\n": typeof types.DepartmentHealthFragmentDoc,
    "\n  fragment MentorshipCoverageCard on MentorshipCoverage {\n    activeMentorships\n    proposedMentorships\n    peopleWithGrowthAreas\n    peopleWithGrowthAreasMentored\n    coverage\n  }\n": typeof types.MentorshipCoverageCardFragmentDoc,
    "\n  fragment SkillCoverageChart on SkillCoverage {\n    skill {\n      id\n      name\n      category\n    }\n    strong\n    growthAreas\n    rated\n  }\n": typeof types.SkillCoverageChartFragmentDoc,
    "\n  fragment DirectoryRow on Employee {\n    id\n    name\n    title\n    email\n    department\n    role\n    active\n    manager {\n      id\n      name\n    }\n  }\n": typeof types.DirectoryRowFragmentDoc,
    "\n  query EmployeeDirectory($first: Int!, $after: String, $filter: EmployeeFilter) {\n    employees(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...DirectoryRow\n        }\n      }\n    }\n  }\n": typeof types.EmployeeDirectoryDocument,
    "\n  query DirectoryDepartments {\n    organizationInsights {\n      departments {\n        department\n      }\n    }\n  }\n": typeof types.DirectoryDepartmentsDocument,
    "\n  query OrganizationInsights {\n    organizationInsights {\n      headcount\n      goalAdoption\n      departments {\n        department\n        activeGoals\n        ...DepartmentAdoption\n        ...DepartmentHealth\n        ...DepartmentActivity\n      }\n      skills {\n        ...SkillCoverageChart\n      }\n      mentorship {\n        coverage\n        ...MentorshipCoverageCard\n      }\n    }\n  }\n": typeof types.OrganizationInsightsDocument,
    "\n  mutation UpdateSkill($input: UpdateSkillInput!) {\n    updateSkill(input: $input) {\n      id\n      ...CatalogSkill\n    }\n  }\n": typeof types.UpdateSkillDocument,
    "\n  query CurrentSkills {\n    skills {\n      id\n      ...CatalogSkill\n    }\n  }\n": typeof types.CurrentSkillsDocument,
    "\n  mutation CreateSkill($input: CreateSkillInput!) {\n    createSkill(input: $input) {\n      id\n      ...CatalogSkill\n    }\n  }\n": typeof types.CreateSkillDocument,
    "\n  query SkillsCatalog {\n    skills {\n      id\n      ...CatalogSkill\n    }\n  }\n": typeof types.SkillsCatalogDocument,
    "\n  fragment CatalogSkill on Skill {\n    id\n    name\n    category\n    description\n    version\n    updatedAt\n  }\n": typeof types.CatalogSkillFragmentDoc,
    "\n  fragment MyTeam on Employee {\n    manager {\n      id\n      ...PersonCard\n    }\n    directReports {\n      id\n      ...PersonCard\n    }\n  }\n": typeof types.MyTeamFragmentDoc,
    "\n  fragment ProfileCard on Employee {\n    name\n    title\n    department\n    email\n  }\n": typeof types.ProfileCardFragmentDoc,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      role\n      directReports {\n        id\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query MyGrowth {\n    me {\n      id\n      name\n      ...ProfileCard\n      ...MyTeam\n    }\n  }\n": typeof types.MyGrowthDocument,
    "\n  query Person($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      title\n      department\n      email\n      active\n      manager {\n        id\n        ...PersonCard\n      }\n      directReports {\n        id\n        ...PersonCard\n      }\n    }\n  }\n": typeof types.PersonDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.SignInDocument,
    "\n  fragment PersonCard on Employee {\n    id\n    name\n    title\n  }\n": typeof types.PersonCardFragmentDoc,
};
const documents: Documents = {
    "\n  fragment DepartmentAdoption on DepartmentInsights {\n    department\n    headcount\n    peopleWithActiveGoals\n    goalAdoption\n  }\n": types.DepartmentAdoptionFragmentDoc,
    "\n  fragment DepartmentActivity on DepartmentInsights {\n    department\n    averageProgress\n    checkInsLast30Days\n    planCompletion\n  }\n": types.DepartmentActivityFragmentDoc,
    "\n  fragment DepartmentHealth on DepartmentInsights {\n    department\n    activeGoals\n    onTrack\n    atRisk\n    offTrack\n  }\n": types.DepartmentHealthFragmentDoc,
    "\n  fragment MentorshipCoverageCard on MentorshipCoverage {\n    activeMentorships\n    proposedMentorships\n    peopleWithGrowthAreas\n    peopleWithGrowthAreasMentored\n    coverage\n  }\n": types.MentorshipCoverageCardFragmentDoc,
    "\n  fragment SkillCoverageChart on SkillCoverage {\n    skill {\n      id\n      name\n      category\n    }\n    strong\n    growthAreas\n    rated\n  }\n": types.SkillCoverageChartFragmentDoc,
    "\n  fragment DirectoryRow on Employee {\n    id\n    name\n    title\n    email\n    department\n    role\n    active\n    manager {\n      id\n      name\n    }\n  }\n": types.DirectoryRowFragmentDoc,
    "\n  query EmployeeDirectory($first: Int!, $after: String, $filter: EmployeeFilter) {\n    employees(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...DirectoryRow\n        }\n      }\n    }\n  }\n": types.EmployeeDirectoryDocument,
    "\n  query DirectoryDepartments {\n    organizationInsights {\n      departments {\n        department\n      }\n    }\n  }\n": types.DirectoryDepartmentsDocument,
    "\n  query OrganizationInsights {\n    organizationInsights {\n      headcount\n      goalAdoption\n      departments {\n        department\n        activeGoals\n        ...DepartmentAdoption\n        ...DepartmentHealth\n        ...DepartmentActivity\n      }\n      skills {\n        ...SkillCoverageChart\n      }\n      mentorship {\n        coverage\n        ...MentorshipCoverageCard\n      }\n    }\n  }\n": types.OrganizationInsightsDocument,
    "\n  mutation UpdateSkill($input: UpdateSkillInput!) {\n    updateSkill(input: $input) {\n      id\n      ...CatalogSkill\n    }\n  }\n": types.UpdateSkillDocument,
    "\n  query CurrentSkills {\n    skills {\n      id\n      ...CatalogSkill\n    }\n  }\n": types.CurrentSkillsDocument,
    "\n  mutation CreateSkill($input: CreateSkillInput!) {\n    createSkill(input: $input) {\n      id\n      ...CatalogSkill\n    }\n  }\n": types.CreateSkillDocument,
    "\n  query SkillsCatalog {\n    skills {\n      id\n      ...CatalogSkill\n    }\n  }\n": types.SkillsCatalogDocument,
    "\n  fragment CatalogSkill on Skill {\n    id\n    name\n    category\n    description\n    version\n    updatedAt\n  }\n": types.CatalogSkillFragmentDoc,
    "\n  fragment MyTeam on Employee {\n    manager {\n      id\n      ...PersonCard\n    }\n    directReports {\n      id\n      ...PersonCard\n    }\n  }\n": types.MyTeamFragmentDoc,
    "\n  fragment ProfileCard on Employee {\n    name\n    title\n    department\n    email\n  }\n": types.ProfileCardFragmentDoc,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      role\n      directReports {\n        id\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query MyGrowth {\n    me {\n      id\n      name\n      ...ProfileCard\n      ...MyTeam\n    }\n  }\n": types.MyGrowthDocument,
    "\n  query Person($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      title\n      department\n      email\n      active\n      manager {\n        id\n        ...PersonCard\n      }\n      directReports {\n        id\n        ...PersonCard\n      }\n    }\n  }\n": types.PersonDocument,
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
export function graphql(source: "\n  fragment DepartmentAdoption on DepartmentInsights {\n    department\n    headcount\n    peopleWithActiveGoals\n    goalAdoption\n  }\n"): (typeof documents)["\n  fragment DepartmentAdoption on DepartmentInsights {\n    department\n    headcount\n    peopleWithActiveGoals\n    goalAdoption\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DepartmentActivity on DepartmentInsights {\n    department\n    averageProgress\n    checkInsLast30Days\n    planCompletion\n  }\n"): (typeof documents)["\n  fragment DepartmentActivity on DepartmentInsights {\n    department\n    averageProgress\n    checkInsLast30Days\n    planCompletion\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DepartmentHealth on DepartmentInsights {\n    department\n    activeGoals\n    onTrack\n    atRisk\n    offTrack\n  }\n"): (typeof documents)["\n  fragment DepartmentHealth on DepartmentInsights {\n    department\n    activeGoals\n    onTrack\n    atRisk\n    offTrack\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MentorshipCoverageCard on MentorshipCoverage {\n    activeMentorships\n    proposedMentorships\n    peopleWithGrowthAreas\n    peopleWithGrowthAreasMentored\n    coverage\n  }\n"): (typeof documents)["\n  fragment MentorshipCoverageCard on MentorshipCoverage {\n    activeMentorships\n    proposedMentorships\n    peopleWithGrowthAreas\n    peopleWithGrowthAreasMentored\n    coverage\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SkillCoverageChart on SkillCoverage {\n    skill {\n      id\n      name\n      category\n    }\n    strong\n    growthAreas\n    rated\n  }\n"): (typeof documents)["\n  fragment SkillCoverageChart on SkillCoverage {\n    skill {\n      id\n      name\n      category\n    }\n    strong\n    growthAreas\n    rated\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectoryRow on Employee {\n    id\n    name\n    title\n    email\n    department\n    role\n    active\n    manager {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DirectoryRow on Employee {\n    id\n    name\n    title\n    email\n    department\n    role\n    active\n    manager {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployeeDirectory($first: Int!, $after: String, $filter: EmployeeFilter) {\n    employees(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...DirectoryRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmployeeDirectory($first: Int!, $after: String, $filter: EmployeeFilter) {\n    employees(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...DirectoryRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryDepartments {\n    organizationInsights {\n      departments {\n        department\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryDepartments {\n    organizationInsights {\n      departments {\n        department\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationInsights {\n    organizationInsights {\n      headcount\n      goalAdoption\n      departments {\n        department\n        activeGoals\n        ...DepartmentAdoption\n        ...DepartmentHealth\n        ...DepartmentActivity\n      }\n      skills {\n        ...SkillCoverageChart\n      }\n      mentorship {\n        coverage\n        ...MentorshipCoverageCard\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationInsights {\n    organizationInsights {\n      headcount\n      goalAdoption\n      departments {\n        department\n        activeGoals\n        ...DepartmentAdoption\n        ...DepartmentHealth\n        ...DepartmentActivity\n      }\n      skills {\n        ...SkillCoverageChart\n      }\n      mentorship {\n        coverage\n        ...MentorshipCoverageCard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSkill($input: UpdateSkillInput!) {\n    updateSkill(input: $input) {\n      id\n      ...CatalogSkill\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSkill($input: UpdateSkillInput!) {\n    updateSkill(input: $input) {\n      id\n      ...CatalogSkill\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentSkills {\n    skills {\n      id\n      ...CatalogSkill\n    }\n  }\n"): (typeof documents)["\n  query CurrentSkills {\n    skills {\n      id\n      ...CatalogSkill\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSkill($input: CreateSkillInput!) {\n    createSkill(input: $input) {\n      id\n      ...CatalogSkill\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSkill($input: CreateSkillInput!) {\n    createSkill(input: $input) {\n      id\n      ...CatalogSkill\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkillsCatalog {\n    skills {\n      id\n      ...CatalogSkill\n    }\n  }\n"): (typeof documents)["\n  query SkillsCatalog {\n    skills {\n      id\n      ...CatalogSkill\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogSkill on Skill {\n    id\n    name\n    category\n    description\n    version\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment CatalogSkill on Skill {\n    id\n    name\n    category\n    description\n    version\n    updatedAt\n  }\n"];
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
export function graphql(source: "\n  query Person($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      title\n      department\n      email\n      active\n      manager {\n        id\n        ...PersonCard\n      }\n      directReports {\n        id\n        ...PersonCard\n      }\n    }\n  }\n"): (typeof documents)["\n  query Person($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      title\n      department\n      email\n      active\n      manager {\n        id\n        ...PersonCard\n      }\n      directReports {\n        id\n        ...PersonCard\n      }\n    }\n  }\n"];
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