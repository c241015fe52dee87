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
    "\n  fragment MemberGoal on Goal {\n    id\n    title\n    status\n    health\n    progress\n    expectedProgress\n    dueDate\n    overdue\n    stale\n    version\n    updatedAt\n    lastCheckInAt\n    viewerCanApprove\n  }\n": typeof types.MemberGoalFragmentDoc,
    "\n  fragment MemberPlan on DevelopmentPlan {\n    completion\n    total\n    done\n    inProgress\n    planned\n    overdueCount\n    items(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          dueDate\n          overdue\n          reflection\n          skill {\n            id\n            name\n          }\n          goal {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.MemberPlanFragmentDoc,
    "\n  fragment MemberSkills on SkillProfile {\n    viewerCanRate\n    entries {\n      skill {\n        id\n        name\n        category\n      }\n      selfLevel\n      managerLevel\n      threeSixtyLevel\n      combinedLevel\n      markedAsGrowthArea\n      lastRatedAt\n    }\n    strengths {\n      skill {\n        id\n        name\n      }\n      explanation\n    }\n    growthAreas {\n      skill {\n        id\n        name\n      }\n      explanation\n    }\n  }\n": typeof types.MemberSkillsFragmentDoc,
    "\n  fragment MemberSummary on GrowthSummary {\n    activeGoals\n    onTrack\n    atRisk\n    offTrack\n    averageProgress\n    lastCheckInAt\n    planCompletion\n    goalsAwaitingApproval\n    overdueGoals\n    staleGoals\n    overduePlanItems\n  }\n": typeof types.MemberSummaryFragmentDoc,
    "\n  mutation RateTeamMemberSkill($input: RateSkillInput!) {\n    rateSkill(input: $input) {\n      id\n      level\n      source\n    }\n  }\n": typeof types.RateTeamMemberSkillDocument,
    "\n  fragment Moment on CheckIn {\n    id\n    kind\n    note\n    lesson\n    createdAt\n    goal {\n      id\n      title\n    }\n  }\n": typeof types.MomentFragmentDoc,
    "\n  query TeamMemberPage($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      title\n      department\n      manager {\n        id\n        name\n      }\n      managementChain {\n        id\n      }\n      growthSummary {\n        ...MemberSummary\n      }\n      goals(first: 100) {\n        edges {\n          node {\n            ...MemberGoal\n          }\n        }\n      }\n      wins(first: 10) {\n        edges {\n          node {\n            ...Moment\n          }\n        }\n      }\n      setbacks(first: 10) {\n        edges {\n          node {\n            ...Moment\n          }\n        }\n      }\n      skillProfile {\n        ...MemberSkills\n      }\n      developmentPlan {\n        ...MemberPlan\n      }\n    }\n    skills {\n      id\n      name\n      category\n    }\n  }\n": typeof types.TeamMemberPageDocument,
    "\n  mutation ApproveTeamGoal($input: ApproveGoalInput!) {\n    approveGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ApproveTeamGoalDocument,
    "\n  mutation SendBackTeamGoal($input: SendBackGoalInput!) {\n    sendBackGoal(input: $input) {\n      id\n      status\n      version\n      approvalComment\n    }\n  }\n": typeof types.SendBackTeamGoalDocument,
    "\n  fragment NeedsAttentionItem on AttentionItem {\n    reason\n    detail\n    employee {\n      id\n      name\n    }\n    goal {\n      id\n      title\n    }\n  }\n": typeof types.NeedsAttentionItemFragmentDoc,
    "\n  fragment SkillHeatmap on SkillMatrix {\n    skills {\n      id\n      name\n      category\n    }\n    rows {\n      employee {\n        id\n        name\n      }\n      cells {\n        selfLevel\n        managerLevel\n        combinedLevel\n      }\n    }\n  }\n": typeof types.SkillHeatmapFragmentDoc,
    "\n  fragment TeamTotalsFigures on TeamTotals {\n    members\n    activeGoals\n    averageProgress\n    onTrack\n    atRisk\n    offTrack\n    pendingApprovals\n  }\n": typeof types.TeamTotalsFiguresFragmentDoc,
    "\n  query TeamDashboard($managerId: ID!, $scope: TeamScope!) {\n    teamOverview(managerId: $managerId, scope: $scope) {\n      scope\n      totals {\n        ...TeamTotalsFigures\n      }\n      needsAttention {\n        ...NeedsAttentionItem\n      }\n      members {\n        employee {\n          id\n          name\n          title\n          manager {\n            id\n            name\n          }\n        }\n        summary {\n          activeGoals\n          onTrack\n          atRisk\n          offTrack\n          goalsAwaitingApproval\n          averageProgress\n          lastCheckInAt\n          planCompletion\n        }\n        goals {\n          id\n          title\n          health\n          progress\n        }\n      }\n      approvalsWaiting {\n        id\n        title\n        dueDate\n        submittedAt\n        owner {\n          id\n          name\n        }\n        goal {\n          id\n          version\n          viewerCanApprove\n        }\n      }\n      skillMatrix {\n        ...SkillHeatmap\n      }\n    }\n  }\n": typeof types.TeamDashboardDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.SignInDocument,
    "\n  fragment PersonCard on Employee {\n    id\n    name\n    title\n  }\n": typeof types.PersonCardFragmentDoc,
};
const documents: Documents = {
    "\n  fragment MyTeam on Employee {\n    manager {\n      id\n      ...PersonCard\n    }\n    directReports {\n      id\n      ...PersonCard\n    }\n  }\n": types.MyTeamFragmentDoc,
    "\n  fragment ProfileCard on Employee {\n    name\n    title\n    department\n    email\n  }\n": types.ProfileCardFragmentDoc,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      role\n      directReports {\n        id\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query MyGrowth {\n    me {\n      id\n      name\n      ...ProfileCard\n      ...MyTeam\n    }\n  }\n": types.MyGrowthDocument,
    "\n  fragment MemberGoal on Goal {\n    id\n    title\n    status\n    health\n    progress\n    expectedProgress\n    dueDate\n    overdue\n    stale\n    version\n    updatedAt\n    lastCheckInAt\n    viewerCanApprove\n  }\n": types.MemberGoalFragmentDoc,
    "\n  fragment MemberPlan on DevelopmentPlan {\n    completion\n    total\n    done\n    inProgress\n    planned\n    overdueCount\n    items(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          dueDate\n          overdue\n          reflection\n          skill {\n            id\n            name\n          }\n          goal {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.MemberPlanFragmentDoc,
    "\n  fragment MemberSkills on SkillProfile {\n    viewerCanRate\n    entries {\n      skill {\n        id\n        name\n        category\n      }\n      selfLevel\n      managerLevel\n      threeSixtyLevel\n      combinedLevel\n      markedAsGrowthArea\n      lastRatedAt\n    }\n    strengths {\n      skill {\n        id\n        name\n      }\n      explanation\n    }\n    growthAreas {\n      skill {\n        id\n        name\n      }\n      explanation\n    }\n  }\n": types.MemberSkillsFragmentDoc,
    "\n  fragment MemberSummary on GrowthSummary {\n    activeGoals\n    onTrack\n    atRisk\n    offTrack\n    averageProgress\n    lastCheckInAt\n    planCompletion\n    goalsAwaitingApproval\n    overdueGoals\n    staleGoals\n    overduePlanItems\n  }\n": types.MemberSummaryFragmentDoc,
    "\n  mutation RateTeamMemberSkill($input: RateSkillInput!) {\n    rateSkill(input: $input) {\n      id\n      level\n      source\n    }\n  }\n": types.RateTeamMemberSkillDocument,
    "\n  fragment Moment on CheckIn {\n    id\n    kind\n    note\n    lesson\n    createdAt\n    goal {\n      id\n      title\n    }\n  }\n": types.MomentFragmentDoc,
    "\n  query TeamMemberPage($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      title\n      department\n      manager {\n        id\n        name\n      }\n      managementChain {\n        id\n      }\n      growthSummary {\n        ...MemberSummary\n      }\n      goals(first: 100) {\n        edges {\n          node {\n            ...MemberGoal\n          }\n        }\n      }\n      wins(first: 10) {\n        edges {\n          node {\n            ...Moment\n          }\n        }\n      }\n      setbacks(first: 10) {\n        edges {\n          node {\n            ...Moment\n          }\n        }\n      }\n      skillProfile {\n        ...MemberSkills\n      }\n      developmentPlan {\n        ...MemberPlan\n      }\n    }\n    skills {\n      id\n      name\n      category\n    }\n  }\n": types.TeamMemberPageDocument,
    "\n  mutation ApproveTeamGoal($input: ApproveGoalInput!) {\n    approveGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ApproveTeamGoalDocument,
    "\n  mutation SendBackTeamGoal($input: SendBackGoalInput!) {\n    sendBackGoal(input: $input) {\n      id\n      status\n      version\n      approvalComment\n    }\n  }\n": types.SendBackTeamGoalDocument,
    "\n  fragment NeedsAttentionItem on AttentionItem {\n    reason\n    detail\n    employee {\n      id\n      name\n    }\n    goal {\n      id\n      title\n    }\n  }\n": types.NeedsAttentionItemFragmentDoc,
    "\n  fragment SkillHeatmap on SkillMatrix {\n    skills {\n      id\n      name\n      category\n    }\n    rows {\n      employee {\n        id\n        name\n      }\n      cells {\n        selfLevel\n        managerLevel\n        combinedLevel\n      }\n    }\n  }\n": types.SkillHeatmapFragmentDoc,
    "\n  fragment TeamTotalsFigures on TeamTotals {\n    members\n    activeGoals\n    averageProgress\n    onTrack\n    atRisk\n    offTrack\n    pendingApprovals\n  }\n": types.TeamTotalsFiguresFragmentDoc,
    "\n  query TeamDashboard($managerId: ID!, $scope: TeamScope!) {\n    teamOverview(managerId: $managerId, scope: $scope) {\n      scope\n      totals {\n        ...TeamTotalsFigures\n      }\n      needsAttention {\n        ...NeedsAttentionItem\n      }\n      members {\n        employee {\n          id\n          name\n          title\n          manager {\n            id\n            name\n          }\n        }\n        summary {\n          activeGoals\n          onTrack\n          atRisk\n          offTrack\n          goalsAwaitingApproval\n          averageProgress\n          lastCheckInAt\n          planCompletion\n        }\n        goals {\n          id\n          title\n          health\n          progress\n        }\n      }\n      approvalsWaiting {\n        id\n        title\n        dueDate\n        submittedAt\n        owner {\n          id\n          name\n        }\n        goal {\n          id\n          version\n          viewerCanApprove\n        }\n      }\n      skillMatrix {\n        ...SkillHeatmap\n      }\n    }\n  }\n": types.TeamDashboardDocument,
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
export function graphql(source: "\n  fragment MemberGoal on Goal {\n    id\n    title\n    status\n    health\n    progress\n    expectedProgress\n    dueDate\n    overdue\n    stale\n    version\n    updatedAt\n    lastCheckInAt\n    viewerCanApprove\n  }\n"): (typeof documents)["\n  fragment MemberGoal on Goal {\n    id\n    title\n    status\n    health\n    progress\n    expectedProgress\n    dueDate\n    overdue\n    stale\n    version\n    updatedAt\n    lastCheckInAt\n    viewerCanApprove\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberPlan on DevelopmentPlan {\n    completion\n    total\n    done\n    inProgress\n    planned\n    overdueCount\n    items(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          dueDate\n          overdue\n          reflection\n          skill {\n            id\n            name\n          }\n          goal {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MemberPlan on DevelopmentPlan {\n    completion\n    total\n    done\n    inProgress\n    planned\n    overdueCount\n    items(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          dueDate\n          overdue\n          reflection\n          skill {\n            id\n            name\n          }\n          goal {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberSkills on SkillProfile {\n    viewerCanRate\n    entries {\n      skill {\n        id\n        name\n        category\n      }\n      selfLevel\n      managerLevel\n      threeSixtyLevel\n      combinedLevel\n      markedAsGrowthArea\n      lastRatedAt\n    }\n    strengths {\n      skill {\n        id\n        name\n      }\n      explanation\n    }\n    growthAreas {\n      skill {\n        id\n        name\n      }\n      explanation\n    }\n  }\n"): (typeof documents)["\n  fragment MemberSkills on SkillProfile {\n    viewerCanRate\n    entries {\n      skill {\n        id\n        name\n        category\n      }\n      selfLevel\n      managerLevel\n      threeSixtyLevel\n      combinedLevel\n      markedAsGrowthArea\n      lastRatedAt\n    }\n    strengths {\n      skill {\n        id\n        name\n      }\n      explanation\n    }\n    growthAreas {\n      skill {\n        id\n        name\n      }\n      explanation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberSummary on GrowthSummary {\n    activeGoals\n    onTrack\n    atRisk\n    offTrack\n    averageProgress\n    lastCheckInAt\n    planCompletion\n    goalsAwaitingApproval\n    overdueGoals\n    staleGoals\n    overduePlanItems\n  }\n"): (typeof documents)["\n  fragment MemberSummary on GrowthSummary {\n    activeGoals\n    onTrack\n    atRisk\n    offTrack\n    averageProgress\n    lastCheckInAt\n    planCompletion\n    goalsAwaitingApproval\n    overdueGoals\n    staleGoals\n    overduePlanItems\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateTeamMemberSkill($input: RateSkillInput!) {\n    rateSkill(input: $input) {\n      id\n      level\n      source\n    }\n  }\n"): (typeof documents)["\n  mutation RateTeamMemberSkill($input: RateSkillInput!) {\n    rateSkill(input: $input) {\n      id\n      level\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Moment on CheckIn {\n    id\n    kind\n    note\n    lesson\n    createdAt\n    goal {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment Moment on CheckIn {\n    id\n    kind\n    note\n    lesson\n    createdAt\n    goal {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMemberPage($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      title\n      department\n      manager {\n        id\n        name\n      }\n      managementChain {\n        id\n      }\n      growthSummary {\n        ...MemberSummary\n      }\n      goals(first: 100) {\n        edges {\n          node {\n            ...MemberGoal\n          }\n        }\n      }\n      wins(first: 10) {\n        edges {\n          node {\n            ...Moment\n          }\n        }\n      }\n      setbacks(first: 10) {\n        edges {\n          node {\n            ...Moment\n          }\n        }\n      }\n      skillProfile {\n        ...MemberSkills\n      }\n      developmentPlan {\n        ...MemberPlan\n      }\n    }\n    skills {\n      id\n      name\n      category\n    }\n  }\n"): (typeof documents)["\n  query TeamMemberPage($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      title\n      department\n      manager {\n        id\n        name\n      }\n      managementChain {\n        id\n      }\n      growthSummary {\n        ...MemberSummary\n      }\n      goals(first: 100) {\n        edges {\n          node {\n            ...MemberGoal\n          }\n        }\n      }\n      wins(first: 10) {\n        edges {\n          node {\n            ...Moment\n          }\n        }\n      }\n      setbacks(first: 10) {\n        edges {\n          node {\n            ...Moment\n          }\n        }\n      }\n      skillProfile {\n        ...MemberSkills\n      }\n      developmentPlan {\n        ...MemberPlan\n      }\n    }\n    skills {\n      id\n      name\n      category\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveTeamGoal($input: ApproveGoalInput!) {\n    approveGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveTeamGoal($input: ApproveGoalInput!) {\n    approveGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendBackTeamGoal($input: SendBackGoalInput!) {\n    sendBackGoal(input: $input) {\n      id\n      status\n      version\n      approvalComment\n    }\n  }\n"): (typeof documents)["\n  mutation SendBackTeamGoal($input: SendBackGoalInput!) {\n    sendBackGoal(input: $input) {\n      id\n      status\n      version\n      approvalComment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedsAttentionItem on AttentionItem {\n    reason\n    detail\n    employee {\n      id\n      name\n    }\n    goal {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment NeedsAttentionItem on AttentionItem {\n    reason\n    detail\n    employee {\n      id\n      name\n    }\n    goal {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SkillHeatmap on SkillMatrix {\n    skills {\n      id\n      name\n      category\n    }\n    rows {\n      employee {\n        id\n        name\n      }\n      cells {\n        selfLevel\n        managerLevel\n        combinedLevel\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SkillHeatmap on SkillMatrix {\n    skills {\n      id\n      name\n      category\n    }\n    rows {\n      employee {\n        id\n        name\n      }\n      cells {\n        selfLevel\n        managerLevel\n        combinedLevel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamTotalsFigures on TeamTotals {\n    members\n    activeGoals\n    averageProgress\n    onTrack\n    atRisk\n    offTrack\n    pendingApprovals\n  }\n"): (typeof documents)["\n  fragment TeamTotalsFigures on TeamTotals {\n    members\n    activeGoals\n    averageProgress\n    onTrack\n    atRisk\n    offTrack\n    pendingApprovals\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamDashboard($managerId: ID!, $scope: TeamScope!) {\n    teamOverview(managerId: $managerId, scope: $scope) {\n      scope\n      totals {\n        ...TeamTotalsFigures\n      }\n      needsAttention {\n        ...NeedsAttentionItem\n      }\n      members {\n        employee {\n          id\n          name\n          title\n          manager {\n            id\n            name\n          }\n        }\n        summary {\n          activeGoals\n          onTrack\n          atRisk\n          offTrack\n          goalsAwaitingApproval\n          averageProgress\n          lastCheckInAt\n          planCompletion\n        }\n        goals {\n          id\n          title\n          health\n          progress\n        }\n      }\n      approvalsWaiting {\n        id\n        title\n        dueDate\n        submittedAt\n        owner {\n          id\n          name\n        }\n        goal {\n          id\n          version\n          viewerCanApprove\n        }\n      }\n      skillMatrix {\n        ...SkillHeatmap\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamDashboard($managerId: ID!, $scope: TeamScope!) {\n    teamOverview(managerId: $managerId, scope: $scope) {\n      scope\n      totals {\n        ...TeamTotalsFigures\n      }\n      needsAttention {\n        ...NeedsAttentionItem\n      }\n      members {\n        employee {\n          id\n          name\n          title\n          manager {\n            id\n            name\n          }\n        }\n        summary {\n          activeGoals\n          onTrack\n          atRisk\n          offTrack\n          goalsAwaitingApproval\n          averageProgress\n          lastCheckInAt\n          planCompletion\n        }\n        goals {\n          id\n          title\n          health\n          progress\n        }\n      }\n      approvalsWaiting {\n        id\n        title\n        dueDate\n        submittedAt\n        owner {\n          id\n          name\n        }\n        goal {\n          id\n          version\n          viewerCanApprove\n        }\n      }\n      skillMatrix {\n        ...SkillHeatmap\n      }\n    }\n  }\n"];
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