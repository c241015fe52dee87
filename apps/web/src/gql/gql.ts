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
    "\n  query MyGrowth {\n    me {\n      id\n      name\n      ...ProfileCard\n      ...MyTeam\n      ...NextActions\n      ...ActiveGoals\n    }\n  }\n": typeof types.MyGrowthDocument,
    "\n  fragment DepartmentAdoption on DepartmentInsights {\n    department\n    headcount\n    peopleWithActiveGoals\n    goalAdoption\n  }\n": typeof types.DepartmentAdoptionFragmentDoc,
    "\n  fragment DepartmentActivity on DepartmentInsights {\n    department\n    averageProgress\n    checkInsLast30Days\n    planCompletion\n  }\n": typeof types.DepartmentActivityFragmentDoc,
    "\n  fragment DepartmentHealth on DepartmentInsights {\n    department\n    activeGoals\n    onTrack\n    atRisk\n    offTrack\n  }\n": typeof types.DepartmentHealthFragmentDoc,
    "\n  fragment MentorshipCoverageCard on MentorshipCoverage {\n    activeMentorships\n    proposedMentorships\n    peopleWithGrowthAreas\n    peopleWithGrowthAreasMentored\n    coverage\n  }\n": typeof types.MentorshipCoverageCardFragmentDoc,
    "\n  fragment SkillCoverageChart on SkillCoverage {\n    skill {\n      id\n      name\n      category\n    }\n    strong\n    growthAreas\n    rated\n  }\n": typeof types.SkillCoverageChartFragmentDoc,
    "\n  fragment DirectoryRow on Employee {\n    id\n    name\n    title\n    email\n    department\n    role\n    active\n    manager {\n      id\n      name\n    }\n  }\n": typeof types.DirectoryRowFragmentDoc,
    "\n  query EmployeeDirectory($first: Int!, $after: String, $filter: EmployeeFilter) {\n    employees(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...DirectoryRow\n        }\n      }\n    }\n  }\n": typeof types.EmployeeDirectoryDocument,
    "\n  query DirectoryDepartments {\n    organizationInsights {\n      departments {\n        department\n      }\n    }\n  }\n": typeof types.DirectoryDepartmentsDocument,
    "\n  query CyclePeople($department: String, $first: Int!) {\n    employees(filter: { department: $department }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          title\n          drafts: feedbackRounds(status: DRAFT) {\n            id\n            title\n            createdAt\n          }\n          open: feedbackRounds(status: OPEN) {\n            id\n            title\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.CyclePeopleDocument,
    "\n  mutation LaunchFeedbackCycle($input: LaunchFeedbackCycleInput!) {\n    launchFeedbackCycle(input: $input) {\n      launched\n      skipped\n    }\n  }\n": typeof types.LaunchFeedbackCycleDocument,
    "\n  query FeedbackCyclePage {\n    organizationInsights {\n      headcount\n      departments {\n        department\n        headcount\n      }\n    }\n    skills {\n      id\n      name\n      category\n    }\n  }\n": typeof types.FeedbackCyclePageDocument,
    "\n  query OrganizationInsights {\n    organizationInsights {\n      headcount\n      goalAdoption\n      departments {\n        department\n        activeGoals\n        ...DepartmentAdoption\n        ...DepartmentHealth\n        ...DepartmentActivity\n      }\n      skills {\n        ...SkillCoverageChart\n      }\n      mentorship {\n        coverage\n        ...MentorshipCoverageCard\n      }\n    }\n  }\n": typeof types.OrganizationInsightsDocument,
    "\n  mutation UpdateSkill($input: UpdateSkillInput!) {\n    updateSkill(input: $input) {\n      id\n      ...CatalogSkill\n    }\n  }\n": typeof types.UpdateSkillDocument,
    "\n  query CurrentSkills {\n    skills {\n      id\n      ...CatalogSkill\n    }\n  }\n": typeof types.CurrentSkillsDocument,
    "\n  mutation CreateSkill($input: CreateSkillInput!) {\n    createSkill(input: $input) {\n      id\n      ...CatalogSkill\n    }\n  }\n": typeof types.CreateSkillDocument,
    "\n  query SkillsCatalog {\n    skills {\n      id\n      ...CatalogSkill\n    }\n  }\n": typeof types.SkillsCatalogDocument,
    "\n  fragment CatalogSkill on Skill {\n    id\n    name\n    category\n    description\n    version\n    updatedAt\n  }\n": typeof types.CatalogSkillFragmentDoc,
    "\n  fragment ActiveGoals on Employee {\n    activeGoals: goals(status: ACTIVE, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          dueDate\n          ...GoalCard\n        }\n      }\n    }\n  }\n": typeof types.ActiveGoalsFragmentDoc,
    "\n  query FeedbackToGive {\n    myFeedbackRequests(status: PENDING) {\n      id\n      relationship\n      viewerCanAnswer\n      round {\n        id\n        title\n        closesAt\n        subject {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.FeedbackToGiveDocument,
    "\n  fragment MyTeam on Employee {\n    manager {\n      id\n      ...PersonCard\n    }\n    directReports {\n      id\n      ...PersonCard\n    }\n  }\n": typeof types.MyTeamFragmentDoc,
    "\n  fragment NextActions on Employee {\n    directReports {\n      id\n      name\n      pendingGoals: goals(status: PENDING_APPROVAL, first: 10) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n    drafts: goals(status: DRAFT, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.NextActionsFragmentDoc,
    "\n  fragment ProfileCard on Employee {\n    name\n    title\n    department\n    email\n  }\n": typeof types.ProfileCardFragmentDoc,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      role\n      unreadNotificationCount\n      directReports {\n        id\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment RequestToAnswer on MyFeedbackRequest {\n    id\n    status\n    relationship\n    viewerCanAnswer\n    round {\n      id\n      title\n      status\n      closesAt\n      subject {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RequestToAnswerFragmentDoc,
    "\n  fragment RoundSummary on FeedbackRound {\n    id\n    title\n    status\n    closesAt\n    viewerCanApproveNominations\n    subject {\n      id\n      name\n    }\n    requests {\n      id\n      status\n      approved\n    }\n  }\n": typeof types.RoundSummaryFragmentDoc,
    "\n  mutation CreateFeedbackRound($input: CreateFeedbackRoundInput!) {\n    createFeedbackRound(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateFeedbackRoundDocument,
    "\n  query FeedbackHome {\n    myFeedbackRequests {\n      id\n      ...RequestToAnswer\n    }\n    me {\n      id\n      name\n      feedbackRounds {\n        id\n        ...RoundSummary\n      }\n      directReports {\n        id\n        name\n        feedbackRounds {\n          id\n          ...RoundSummary\n        }\n      }\n    }\n    skills {\n      id\n      name\n      category\n    }\n  }\n": typeof types.FeedbackHomeDocument,
    "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.SubmitFeedbackDocument,
    "\n  mutation DeclineFeedbackRequest($input: DeclineFeedbackRequestInput!) {\n    declineFeedbackRequest(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.DeclineFeedbackRequestDocument,
    "\n  query FeedbackAnswerPage($id: ID!) {\n    feedbackRound(id: $id) {\n      id\n      title\n      status\n      closesAt\n      anonymityThreshold\n      questions\n      subject {\n        id\n        name\n        title\n      }\n      skills {\n        id\n        name\n        description\n      }\n      myRequest {\n        id\n        version\n        status\n        relationship\n        declineReason\n        viewerCanAnswer\n        response {\n          ratings {\n            level\n            skill {\n              id\n            }\n          }\n          answers {\n            questionIndex\n            text\n          }\n        }\n      }\n    }\n  }\n": typeof types.FeedbackAnswerPageDocument,
    "\n  mutation NominateFeedbackReviewers($input: NominateFeedbackReviewersInput!) {\n    nominateFeedbackReviewers(input: $input) {\n      id\n    }\n  }\n": typeof types.NominateFeedbackReviewersDocument,
    "\n  mutation RemoveFeedbackNomination($input: FeedbackRequestIdInput!) {\n    removeFeedbackNomination(input: $input) {\n      id\n    }\n  }\n": typeof types.RemoveFeedbackNominationDocument,
    "\n  query FeedbackPeopleSearch($search: String!) {\n    employees(filter: { search: $search }, first: 8) {\n      edges {\n        node {\n          id\n          name\n          title\n          department\n        }\n      }\n    }\n  }\n": typeof types.FeedbackPeopleSearchDocument,
    "\n  query FeedbackRoundAccess($id: ID!) {\n    feedbackRound(id: $id) {\n      id\n      viewerCanManage\n      viewerCanReadReport\n    }\n  }\n": typeof types.FeedbackRoundAccessDocument,
    "\n  query FeedbackRoundPage($id: ID!, $manage: Boolean!, $report: Boolean!) {\n    me {\n      id\n    }\n    feedbackRound(id: $id) {\n      id\n      version\n      title\n      status\n      closesAt\n      openedAt\n      closedAt\n      anonymityThreshold\n      questions\n      viewerCanManage\n      viewerCanApproveNominations\n      viewerCanReadReport\n      subject {\n        id\n        name\n        title\n      }\n      skills {\n        id\n        name\n      }\n      myRequest {\n        id\n        status\n        relationship\n        viewerCanAnswer\n      }\n      requests @include(if: $manage) {\n        id\n        ...RequestStatusRow\n      }\n      report @include(if: $report) {\n        ...FeedbackReportView\n      }\n    }\n  }\n": typeof types.FeedbackRoundPageDocument,
    "\n  fragment FeedbackReportView on FeedbackReport {\n    threshold\n    selfSubmitted\n    managerSubmitted\n    suppressedGroups\n    groups {\n      relationship\n      shown\n      responseCount\n    }\n    skills {\n      skill {\n        id\n        name\n      }\n      self\n      manager\n      others\n      othersCount\n      combined\n      strength\n      growthArea\n      blindSpot\n      hiddenStrength\n      groups {\n        relationship\n        average\n        ratingCount\n      }\n    }\n    questions {\n      questionIndex\n      question\n      self\n      manager\n      comments {\n        relationship\n        text\n      }\n    }\n    strengths {\n      id\n      name\n    }\n    growthAreas {\n      id\n      name\n    }\n    blindSpots {\n      id\n      name\n    }\n    hiddenStrengths {\n      id\n      name\n    }\n  }\n": typeof types.FeedbackReportViewFragmentDoc,
    "\n  fragment RequestStatusRow on FeedbackRequest {\n    id\n    status\n    relationship\n    approved\n    declineReason\n    reviewer {\n      id\n      name\n      title\n    }\n  }\n": typeof types.RequestStatusRowFragmentDoc,
    "\n  mutation OpenFeedbackRound($input: FeedbackRoundTransitionInput!) {\n    openFeedbackRound(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.OpenFeedbackRoundDocument,
    "\n  mutation CloseFeedbackRound($input: FeedbackRoundTransitionInput!) {\n    closeFeedbackRound(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.CloseFeedbackRoundDocument,
    "\n  mutation ApproveFeedbackNominations($input: FeedbackRoundIdInput!) {\n    approveFeedbackNominations(input: $input) {\n      id\n    }\n  }\n": typeof types.ApproveFeedbackNominationsDocument,
    "\n  mutation RemindFeedbackReviewers($input: FeedbackRoundIdInput!) {\n    remindFeedbackReviewers(input: $input)\n  }\n": typeof types.RemindFeedbackReviewersDocument,
    "\n  mutation ApproveGoal($input: ApproveGoalInput!) {\n    approveGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ApproveGoalDocument,
    "\n  mutation SendBackGoal($input: SendBackGoalInput!) {\n    sendBackGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.SendBackGoalDocument,
    "\n  fragment GoalEditor on Goal {\n    id\n    version\n    title\n    description\n    startDate\n    dueDate\n    visibility\n    parent {\n      id\n      title\n    }\n    skills {\n      id\n      name\n    }\n  }\n": typeof types.GoalEditorFragmentDoc,
    "\n  query LatestGoal($id: ID!) {\n    goal(id: $id) {\n      ...GoalEditor\n    }\n  }\n": typeof types.LatestGoalDocument,
    "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      ...GoalEditor\n    }\n  }\n": typeof types.UpdateGoalDocument,
    "\n  fragment GoalProgress on Goal {\n    title\n    status\n    progress\n    expectedProgress\n    keyResults {\n      id\n      title\n      unit\n      startValue\n      targetValue\n      currentValue\n      progress\n    }\n  }\n": typeof types.GoalProgressFragmentDoc,
    "\n  mutation SubmitGoal($input: GoalTransitionInput!) {\n    submitGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.SubmitGoalDocument,
    "\n  mutation CompleteGoal($input: GoalTransitionInput!) {\n    completeGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.CompleteGoalDocument,
    "\n  query GoalPage($id: ID!) {\n    goal(id: $id) {\n      id\n      version\n      title\n      description\n      status\n      visibility\n      startDate\n      dueDate\n      health\n      overdue\n      stale\n      approvalComment\n      approvedAt\n      viewerCanEdit\n      viewerCanApprove\n      owner {\n        id\n        name\n        title\n      }\n      approvedBy {\n        id\n        name\n      }\n      parent {\n        id\n        title\n      }\n      skills {\n        id\n        name\n      }\n      smart {\n        ...SmartPanel\n      }\n      ...GoalProgress\n      ...GoalEditor\n    }\n    skills {\n      ...SkillOption\n    }\n    me {\n      id\n      ...ParentGoalOptions\n    }\n  }\n": typeof types.GoalPageDocument,
    "\n  fragment ParentGoalOptions on Employee {\n    managementChain {\n      id\n      name\n      goals(status: ACTIVE, first: 20) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.ParentGoalOptionsFragmentDoc,
    "\n  fragment SkillOption on Skill {\n    id\n    name\n    category\n  }\n": typeof types.SkillOptionFragmentDoc,
    "\n  query SmartAssessment($input: SmartDraftInput!) {\n    smartAssessment(input: $input) {\n      ...SmartPanel\n    }\n  }\n": typeof types.SmartAssessmentDocument,
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateGoalDocument,
    "\n  mutation SubmitNewGoal($input: GoalTransitionInput!) {\n    submitGoal(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitNewGoalDocument,
    "\n  query NewGoalPage($draft: SmartDraftInput!) {\n    skills {\n      ...SkillOption\n    }\n    me {\n      id\n      ...ParentGoalOptions\n    }\n    smartAssessment(input: $draft) {\n      ...SmartPanel\n    }\n  }\n": typeof types.NewGoalPageDocument,
    "\n  query MyGoals($first: Int!) {\n    me {\n      id\n      active: goals(status: ACTIVE, first: $first) {\n        ...GoalGroup\n      }\n      pending: goals(status: PENDING_APPROVAL, first: $first) {\n        ...GoalGroup\n      }\n      drafts: goals(status: DRAFT, first: $first) {\n        ...GoalGroup\n      }\n      completed: goals(status: COMPLETED, first: $first) {\n        ...GoalGroup\n      }\n      abandoned: goals(status: ABANDONED, first: $first) {\n        ...GoalGroup\n      }\n    }\n  }\n": typeof types.MyGoalsDocument,
    "\n  query MyGoalsByStatus($status: GoalStatus!, $first: Int!, $after: String) {\n    me {\n      id\n      goals(status: $status, first: $first, after: $after) {\n        ...GoalGroup\n      }\n    }\n  }\n": typeof types.MyGoalsByStatusDocument,
    "\n  fragment GoalGroup on GoalConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      node {\n        id\n        ...GoalCard\n      }\n    }\n  }\n": typeof types.GoalGroupFragmentDoc,
    "\n  fragment NotificationRow on Notification {\n    id\n    kind\n    message\n    subjectType\n    subjectId\n    readAt\n    createdAt\n  }\n": typeof types.NotificationRowFragmentDoc,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    me {\n      id\n      unreadNotificationCount\n      notifications(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          node {\n            ...NotificationRow\n          }\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query Person($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      title\n      department\n      email\n      active\n      manager {\n        id\n        ...PersonCard\n      }\n      directReports {\n        id\n        ...PersonCard\n      }\n    }\n  }\n": typeof types.PersonDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.SignInDocument,
    "\n  fragment GoalCard on Goal {\n    id\n    title\n    status\n    health\n    progress\n    expectedProgress\n    dueDate\n    overdue\n  }\n": typeof types.GoalCardFragmentDoc,
    "\n  fragment SmartPanel on SmartAssessment {\n    specific\n    measurable\n    achievable\n    relevant\n    timeBound\n    hints {\n      criterion\n      message\n    }\n  }\n": typeof types.SmartPanelFragmentDoc,
    "\n  fragment PersonCard on Employee {\n    id\n    name\n    title\n  }\n": typeof types.PersonCardFragmentDoc,
};
const documents: Documents = {
    "\n  query MyGrowth {\n    me {\n      id\n      name\n      ...ProfileCard\n      ...MyTeam\n      ...NextActions\n      ...ActiveGoals\n    }\n  }\n": types.MyGrowthDocument,
    "\n  fragment DepartmentAdoption on DepartmentInsights {\n    department\n    headcount\n    peopleWithActiveGoals\n    goalAdoption\n  }\n": types.DepartmentAdoptionFragmentDoc,
    "\n  fragment DepartmentActivity on DepartmentInsights {\n    department\n    averageProgress\n    checkInsLast30Days\n    planCompletion\n  }\n": types.DepartmentActivityFragmentDoc,
    "\n  fragment DepartmentHealth on DepartmentInsights {\n    department\n    activeGoals\n    onTrack\n    atRisk\n    offTrack\n  }\n": types.DepartmentHealthFragmentDoc,
    "\n  fragment MentorshipCoverageCard on MentorshipCoverage {\n    activeMentorships\n    proposedMentorships\n    peopleWithGrowthAreas\n    peopleWithGrowthAreasMentored\n    coverage\n  }\n": types.MentorshipCoverageCardFragmentDoc,
    "\n  fragment SkillCoverageChart on SkillCoverage {\n    skill {\n      id\n      name\n      category\n    }\n    strong\n    growthAreas\n    rated\n  }\n": types.SkillCoverageChartFragmentDoc,
    "\n  fragment DirectoryRow on Employee {\n    id\n    name\n    title\n    email\n    department\n    role\n    active\n    manager {\n      id\n      name\n    }\n  }\n": types.DirectoryRowFragmentDoc,
    "\n  query EmployeeDirectory($first: Int!, $after: String, $filter: EmployeeFilter) {\n    employees(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...DirectoryRow\n        }\n      }\n    }\n  }\n": types.EmployeeDirectoryDocument,
    "\n  query DirectoryDepartments {\n    organizationInsights {\n      departments {\n        department\n      }\n    }\n  }\n": types.DirectoryDepartmentsDocument,
    "\n  query CyclePeople($department: String, $first: Int!) {\n    employees(filter: { department: $department }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          title\n          drafts: feedbackRounds(status: DRAFT) {\n            id\n            title\n            createdAt\n          }\n          open: feedbackRounds(status: OPEN) {\n            id\n            title\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": types.CyclePeopleDocument,
    "\n  mutation LaunchFeedbackCycle($input: LaunchFeedbackCycleInput!) {\n    launchFeedbackCycle(input: $input) {\n      launched\n      skipped\n    }\n  }\n": types.LaunchFeedbackCycleDocument,
    "\n  query FeedbackCyclePage {\n    organizationInsights {\n      headcount\n      departments {\n        department\n        headcount\n      }\n    }\n    skills {\n      id\n      name\n      category\n    }\n  }\n": types.FeedbackCyclePageDocument,
    "\n  query OrganizationInsights {\n    organizationInsights {\n      headcount\n      goalAdoption\n      departments {\n        department\n        activeGoals\n        ...DepartmentAdoption\n        ...DepartmentHealth\n        ...DepartmentActivity\n      }\n      skills {\n        ...SkillCoverageChart\n      }\n      mentorship {\n        coverage\n        ...MentorshipCoverageCard\n      }\n    }\n  }\n": types.OrganizationInsightsDocument,
    "\n  mutation UpdateSkill($input: UpdateSkillInput!) {\n    updateSkill(input: $input) {\n      id\n      ...CatalogSkill\n    }\n  }\n": types.UpdateSkillDocument,
    "\n  query CurrentSkills {\n    skills {\n      id\n      ...CatalogSkill\n    }\n  }\n": types.CurrentSkillsDocument,
    "\n  mutation CreateSkill($input: CreateSkillInput!) {\n    createSkill(input: $input) {\n      id\n      ...CatalogSkill\n    }\n  }\n": types.CreateSkillDocument,
    "\n  query SkillsCatalog {\n    skills {\n      id\n      ...CatalogSkill\n    }\n  }\n": types.SkillsCatalogDocument,
    "\n  fragment CatalogSkill on Skill {\n    id\n    name\n    category\n    description\n    version\n    updatedAt\n  }\n": types.CatalogSkillFragmentDoc,
    "\n  fragment ActiveGoals on Employee {\n    activeGoals: goals(status: ACTIVE, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          dueDate\n          ...GoalCard\n        }\n      }\n    }\n  }\n": types.ActiveGoalsFragmentDoc,
    "\n  query FeedbackToGive {\n    myFeedbackRequests(status: PENDING) {\n      id\n      relationship\n      viewerCanAnswer\n      round {\n        id\n        title\n        closesAt\n        subject {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.FeedbackToGiveDocument,
    "\n  fragment MyTeam on Employee {\n    manager {\n      id\n      ...PersonCard\n    }\n    directReports {\n      id\n      ...PersonCard\n    }\n  }\n": types.MyTeamFragmentDoc,
    "\n  fragment NextActions on Employee {\n    directReports {\n      id\n      name\n      pendingGoals: goals(status: PENDING_APPROVAL, first: 10) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n    drafts: goals(status: DRAFT, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.NextActionsFragmentDoc,
    "\n  fragment ProfileCard on Employee {\n    name\n    title\n    department\n    email\n  }\n": types.ProfileCardFragmentDoc,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      role\n      unreadNotificationCount\n      directReports {\n        id\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment RequestToAnswer on MyFeedbackRequest {\n    id\n    status\n    relationship\n    viewerCanAnswer\n    round {\n      id\n      title\n      status\n      closesAt\n      subject {\n        id\n        name\n      }\n    }\n  }\n": types.RequestToAnswerFragmentDoc,
    "\n  fragment RoundSummary on FeedbackRound {\n    id\n    title\n    status\n    closesAt\n    viewerCanApproveNominations\n    subject {\n      id\n      name\n    }\n    requests {\n      id\n      status\n      approved\n    }\n  }\n": types.RoundSummaryFragmentDoc,
    "\n  mutation CreateFeedbackRound($input: CreateFeedbackRoundInput!) {\n    createFeedbackRound(input: $input) {\n      id\n    }\n  }\n": types.CreateFeedbackRoundDocument,
    "\n  query FeedbackHome {\n    myFeedbackRequests {\n      id\n      ...RequestToAnswer\n    }\n    me {\n      id\n      name\n      feedbackRounds {\n        id\n        ...RoundSummary\n      }\n      directReports {\n        id\n        name\n        feedbackRounds {\n          id\n          ...RoundSummary\n        }\n      }\n    }\n    skills {\n      id\n      name\n      category\n    }\n  }\n": types.FeedbackHomeDocument,
    "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.SubmitFeedbackDocument,
    "\n  mutation DeclineFeedbackRequest($input: DeclineFeedbackRequestInput!) {\n    declineFeedbackRequest(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.DeclineFeedbackRequestDocument,
    "\n  query FeedbackAnswerPage($id: ID!) {\n    feedbackRound(id: $id) {\n      id\n      title\n      status\n      closesAt\n      anonymityThreshold\n      questions\n      subject {\n        id\n        name\n        title\n      }\n      skills {\n        id\n        name\n        description\n      }\n      myRequest {\n        id\n        version\n        status\n        relationship\n        declineReason\n        viewerCanAnswer\n        response {\n          ratings {\n            level\n            skill {\n              id\n            }\n          }\n          answers {\n            questionIndex\n            text\n          }\n        }\n      }\n    }\n  }\n": types.FeedbackAnswerPageDocument,
    "\n  mutation NominateFeedbackReviewers($input: NominateFeedbackReviewersInput!) {\n    nominateFeedbackReviewers(input: $input) {\n      id\n    }\n  }\n": types.NominateFeedbackReviewersDocument,
    "\n  mutation RemoveFeedbackNomination($input: FeedbackRequestIdInput!) {\n    removeFeedbackNomination(input: $input) {\n      id\n    }\n  }\n": types.RemoveFeedbackNominationDocument,
    "\n  query FeedbackPeopleSearch($search: String!) {\n    employees(filter: { search: $search }, first: 8) {\n      edges {\n        node {\n          id\n          name\n          title\n          department\n        }\n      }\n    }\n  }\n": types.FeedbackPeopleSearchDocument,
    "\n  query FeedbackRoundAccess($id: ID!) {\n    feedbackRound(id: $id) {\n      id\n      viewerCanManage\n      viewerCanReadReport\n    }\n  }\n": types.FeedbackRoundAccessDocument,
    "\n  query FeedbackRoundPage($id: ID!, $manage: Boolean!, $report: Boolean!) {\n    me {\n      id\n    }\n    feedbackRound(id: $id) {\n      id\n      version\n      title\n      status\n      closesAt\n      openedAt\n      closedAt\n      anonymityThreshold\n      questions\n      viewerCanManage\n      viewerCanApproveNominations\n      viewerCanReadReport\n      subject {\n        id\n        name\n        title\n      }\n      skills {\n        id\n        name\n      }\n      myRequest {\n        id\n        status\n        relationship\n        viewerCanAnswer\n      }\n      requests @include(if: $manage) {\n        id\n        ...RequestStatusRow\n      }\n      report @include(if: $report) {\n        ...FeedbackReportView\n      }\n    }\n  }\n": types.FeedbackRoundPageDocument,
    "\n  fragment FeedbackReportView on FeedbackReport {\n    threshold\n    selfSubmitted\n    managerSubmitted\n    suppressedGroups\n    groups {\n      relationship\n      shown\n      responseCount\n    }\n    skills {\n      skill {\n        id\n        name\n      }\n      self\n      manager\n      others\n      othersCount\n      combined\n      strength\n      growthArea\n      blindSpot\n      hiddenStrength\n      groups {\n        relationship\n        average\n        ratingCount\n      }\n    }\n    questions {\n      questionIndex\n      question\n      self\n      manager\n      comments {\n        relationship\n        text\n      }\n    }\n    strengths {\n      id\n      name\n    }\n    growthAreas {\n      id\n      name\n    }\n    blindSpots {\n      id\n      name\n    }\n    hiddenStrengths {\n      id\n      name\n    }\n  }\n": types.FeedbackReportViewFragmentDoc,
    "\n  fragment RequestStatusRow on FeedbackRequest {\n    id\n    status\n    relationship\n    approved\n    declineReason\n    reviewer {\n      id\n      name\n      title\n    }\n  }\n": types.RequestStatusRowFragmentDoc,
    "\n  mutation OpenFeedbackRound($input: FeedbackRoundTransitionInput!) {\n    openFeedbackRound(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.OpenFeedbackRoundDocument,
    "\n  mutation CloseFeedbackRound($input: FeedbackRoundTransitionInput!) {\n    closeFeedbackRound(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.CloseFeedbackRoundDocument,
    "\n  mutation ApproveFeedbackNominations($input: FeedbackRoundIdInput!) {\n    approveFeedbackNominations(input: $input) {\n      id\n    }\n  }\n": types.ApproveFeedbackNominationsDocument,
    "\n  mutation RemindFeedbackReviewers($input: FeedbackRoundIdInput!) {\n    remindFeedbackReviewers(input: $input)\n  }\n": types.RemindFeedbackReviewersDocument,
    "\n  mutation ApproveGoal($input: ApproveGoalInput!) {\n    approveGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ApproveGoalDocument,
    "\n  mutation SendBackGoal($input: SendBackGoalInput!) {\n    sendBackGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.SendBackGoalDocument,
    "\n  fragment GoalEditor on Goal {\n    id\n    version\n    title\n    description\n    startDate\n    dueDate\n    visibility\n    parent {\n      id\n      title\n    }\n    skills {\n      id\n      name\n    }\n  }\n": types.GoalEditorFragmentDoc,
    "\n  query LatestGoal($id: ID!) {\n    goal(id: $id) {\n      ...GoalEditor\n    }\n  }\n": types.LatestGoalDocument,
    "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      ...GoalEditor\n    }\n  }\n": types.UpdateGoalDocument,
    "\n  fragment GoalProgress on Goal {\n    title\n    status\n    progress\n    expectedProgress\n    keyResults {\n      id\n      title\n      unit\n      startValue\n      targetValue\n      currentValue\n      progress\n    }\n  }\n": types.GoalProgressFragmentDoc,
    "\n  mutation SubmitGoal($input: GoalTransitionInput!) {\n    submitGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.SubmitGoalDocument,
    "\n  mutation CompleteGoal($input: GoalTransitionInput!) {\n    completeGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.CompleteGoalDocument,
    "\n  query GoalPage($id: ID!) {\n    goal(id: $id) {\n      id\n      version\n      title\n      description\n      status\n      visibility\n      startDate\n      dueDate\n      health\n      overdue\n      stale\n      approvalComment\n      approvedAt\n      viewerCanEdit\n      viewerCanApprove\n      owner {\n        id\n        name\n        title\n      }\n      approvedBy {\n        id\n        name\n      }\n      parent {\n        id\n        title\n      }\n      skills {\n        id\n        name\n      }\n      smart {\n        ...SmartPanel\n      }\n      ...GoalProgress\n      ...GoalEditor\n    }\n    skills {\n      ...SkillOption\n    }\n    me {\n      id\n      ...ParentGoalOptions\n    }\n  }\n": types.GoalPageDocument,
    "\n  fragment ParentGoalOptions on Employee {\n    managementChain {\n      id\n      name\n      goals(status: ACTIVE, first: 20) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.ParentGoalOptionsFragmentDoc,
    "\n  fragment SkillOption on Skill {\n    id\n    name\n    category\n  }\n": types.SkillOptionFragmentDoc,
    "\n  query SmartAssessment($input: SmartDraftInput!) {\n    smartAssessment(input: $input) {\n      ...SmartPanel\n    }\n  }\n": types.SmartAssessmentDocument,
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateGoalDocument,
    "\n  mutation SubmitNewGoal($input: GoalTransitionInput!) {\n    submitGoal(input: $input) {\n      id\n      status\n    }\n  }\n": types.SubmitNewGoalDocument,
    "\n  query NewGoalPage($draft: SmartDraftInput!) {\n    skills {\n      ...SkillOption\n    }\n    me {\n      id\n      ...ParentGoalOptions\n    }\n    smartAssessment(input: $draft) {\n      ...SmartPanel\n    }\n  }\n": types.NewGoalPageDocument,
    "\n  query MyGoals($first: Int!) {\n    me {\n      id\n      active: goals(status: ACTIVE, first: $first) {\n        ...GoalGroup\n      }\n      pending: goals(status: PENDING_APPROVAL, first: $first) {\n        ...GoalGroup\n      }\n      drafts: goals(status: DRAFT, first: $first) {\n        ...GoalGroup\n      }\n      completed: goals(status: COMPLETED, first: $first) {\n        ...GoalGroup\n      }\n      abandoned: goals(status: ABANDONED, first: $first) {\n        ...GoalGroup\n      }\n    }\n  }\n": types.MyGoalsDocument,
    "\n  query MyGoalsByStatus($status: GoalStatus!, $first: Int!, $after: String) {\n    me {\n      id\n      goals(status: $status, first: $first, after: $after) {\n        ...GoalGroup\n      }\n    }\n  }\n": types.MyGoalsByStatusDocument,
    "\n  fragment GoalGroup on GoalConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      node {\n        id\n        ...GoalCard\n      }\n    }\n  }\n": types.GoalGroupFragmentDoc,
    "\n  fragment NotificationRow on Notification {\n    id\n    kind\n    message\n    subjectType\n    subjectId\n    readAt\n    createdAt\n  }\n": types.NotificationRowFragmentDoc,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    me {\n      id\n      unreadNotificationCount\n      notifications(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          node {\n            ...NotificationRow\n          }\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  query Person($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      title\n      department\n      email\n      active\n      manager {\n        id\n        ...PersonCard\n      }\n      directReports {\n        id\n        ...PersonCard\n      }\n    }\n  }\n": types.PersonDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n    }\n  }\n": types.SignInDocument,
    "\n  fragment GoalCard on Goal {\n    id\n    title\n    status\n    health\n    progress\n    expectedProgress\n    dueDate\n    overdue\n  }\n": types.GoalCardFragmentDoc,
    "\n  fragment SmartPanel on SmartAssessment {\n    specific\n    measurable\n    achievable\n    relevant\n    timeBound\n    hints {\n      criterion\n      message\n    }\n  }\n": types.SmartPanelFragmentDoc,
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
export function graphql(source: "\n  query MyGrowth {\n    me {\n      id\n      name\n      ...ProfileCard\n      ...MyTeam\n      ...NextActions\n      ...ActiveGoals\n    }\n  }\n"): (typeof documents)["\n  query MyGrowth {\n    me {\n      id\n      name\n      ...ProfileCard\n      ...MyTeam\n      ...NextActions\n      ...ActiveGoals\n    }\n  }\n"];
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
export function graphql(source: "\n  query CyclePeople($department: String, $first: Int!) {\n    employees(filter: { department: $department }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          title\n          drafts: feedbackRounds(status: DRAFT) {\n            id\n            title\n            createdAt\n          }\n          open: feedbackRounds(status: OPEN) {\n            id\n            title\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CyclePeople($department: String, $first: Int!) {\n    employees(filter: { department: $department }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          title\n          drafts: feedbackRounds(status: DRAFT) {\n            id\n            title\n            createdAt\n          }\n          open: feedbackRounds(status: OPEN) {\n            id\n            title\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LaunchFeedbackCycle($input: LaunchFeedbackCycleInput!) {\n    launchFeedbackCycle(input: $input) {\n      launched\n      skipped\n    }\n  }\n"): (typeof documents)["\n  mutation LaunchFeedbackCycle($input: LaunchFeedbackCycleInput!) {\n    launchFeedbackCycle(input: $input) {\n      launched\n      skipped\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackCyclePage {\n    organizationInsights {\n      headcount\n      departments {\n        department\n        headcount\n      }\n    }\n    skills {\n      id\n      name\n      category\n    }\n  }\n"): (typeof documents)["\n  query FeedbackCyclePage {\n    organizationInsights {\n      headcount\n      departments {\n        department\n        headcount\n      }\n    }\n    skills {\n      id\n      name\n      category\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment ActiveGoals on Employee {\n    activeGoals: goals(status: ACTIVE, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          dueDate\n          ...GoalCard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ActiveGoals on Employee {\n    activeGoals: goals(status: ACTIVE, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          dueDate\n          ...GoalCard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackToGive {\n    myFeedbackRequests(status: PENDING) {\n      id\n      relationship\n      viewerCanAnswer\n      round {\n        id\n        title\n        closesAt\n        subject {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedbackToGive {\n    myFeedbackRequests(status: PENDING) {\n      id\n      relationship\n      viewerCanAnswer\n      round {\n        id\n        title\n        closesAt\n        subject {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyTeam on Employee {\n    manager {\n      id\n      ...PersonCard\n    }\n    directReports {\n      id\n      ...PersonCard\n    }\n  }\n"): (typeof documents)["\n  fragment MyTeam on Employee {\n    manager {\n      id\n      ...PersonCard\n    }\n    directReports {\n      id\n      ...PersonCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NextActions on Employee {\n    directReports {\n      id\n      name\n      pendingGoals: goals(status: PENDING_APPROVAL, first: 10) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n    drafts: goals(status: DRAFT, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NextActions on Employee {\n    directReports {\n      id\n      name\n      pendingGoals: goals(status: PENDING_APPROVAL, first: 10) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n    drafts: goals(status: DRAFT, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      name\n      role\n      unreadNotificationCount\n      directReports {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      name\n      role\n      unreadNotificationCount\n      directReports {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestToAnswer on MyFeedbackRequest {\n    id\n    status\n    relationship\n    viewerCanAnswer\n    round {\n      id\n      title\n      status\n      closesAt\n      subject {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RequestToAnswer on MyFeedbackRequest {\n    id\n    status\n    relationship\n    viewerCanAnswer\n    round {\n      id\n      title\n      status\n      closesAt\n      subject {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoundSummary on FeedbackRound {\n    id\n    title\n    status\n    closesAt\n    viewerCanApproveNominations\n    subject {\n      id\n      name\n    }\n    requests {\n      id\n      status\n      approved\n    }\n  }\n"): (typeof documents)["\n  fragment RoundSummary on FeedbackRound {\n    id\n    title\n    status\n    closesAt\n    viewerCanApproveNominations\n    subject {\n      id\n      name\n    }\n    requests {\n      id\n      status\n      approved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFeedbackRound($input: CreateFeedbackRoundInput!) {\n    createFeedbackRound(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFeedbackRound($input: CreateFeedbackRoundInput!) {\n    createFeedbackRound(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackHome {\n    myFeedbackRequests {\n      id\n      ...RequestToAnswer\n    }\n    me {\n      id\n      name\n      feedbackRounds {\n        id\n        ...RoundSummary\n      }\n      directReports {\n        id\n        name\n        feedbackRounds {\n          id\n          ...RoundSummary\n        }\n      }\n    }\n    skills {\n      id\n      name\n      category\n    }\n  }\n"): (typeof documents)["\n  query FeedbackHome {\n    myFeedbackRequests {\n      id\n      ...RequestToAnswer\n    }\n    me {\n      id\n      name\n      feedbackRounds {\n        id\n        ...RoundSummary\n      }\n      directReports {\n        id\n        name\n        feedbackRounds {\n          id\n          ...RoundSummary\n        }\n      }\n    }\n    skills {\n      id\n      name\n      category\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineFeedbackRequest($input: DeclineFeedbackRequestInput!) {\n    declineFeedbackRequest(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineFeedbackRequest($input: DeclineFeedbackRequestInput!) {\n    declineFeedbackRequest(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackAnswerPage($id: ID!) {\n    feedbackRound(id: $id) {\n      id\n      title\n      status\n      closesAt\n      anonymityThreshold\n      questions\n      subject {\n        id\n        name\n        title\n      }\n      skills {\n        id\n        name\n        description\n      }\n      myRequest {\n        id\n        version\n        status\n        relationship\n        declineReason\n        viewerCanAnswer\n        response {\n          ratings {\n            level\n            skill {\n              id\n            }\n          }\n          answers {\n            questionIndex\n            text\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedbackAnswerPage($id: ID!) {\n    feedbackRound(id: $id) {\n      id\n      title\n      status\n      closesAt\n      anonymityThreshold\n      questions\n      subject {\n        id\n        name\n        title\n      }\n      skills {\n        id\n        name\n        description\n      }\n      myRequest {\n        id\n        version\n        status\n        relationship\n        declineReason\n        viewerCanAnswer\n        response {\n          ratings {\n            level\n            skill {\n              id\n            }\n          }\n          answers {\n            questionIndex\n            text\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NominateFeedbackReviewers($input: NominateFeedbackReviewersInput!) {\n    nominateFeedbackReviewers(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation NominateFeedbackReviewers($input: NominateFeedbackReviewersInput!) {\n    nominateFeedbackReviewers(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFeedbackNomination($input: FeedbackRequestIdInput!) {\n    removeFeedbackNomination(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveFeedbackNomination($input: FeedbackRequestIdInput!) {\n    removeFeedbackNomination(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackPeopleSearch($search: String!) {\n    employees(filter: { search: $search }, first: 8) {\n      edges {\n        node {\n          id\n          name\n          title\n          department\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedbackPeopleSearch($search: String!) {\n    employees(filter: { search: $search }, first: 8) {\n      edges {\n        node {\n          id\n          name\n          title\n          department\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackRoundAccess($id: ID!) {\n    feedbackRound(id: $id) {\n      id\n      viewerCanManage\n      viewerCanReadReport\n    }\n  }\n"): (typeof documents)["\n  query FeedbackRoundAccess($id: ID!) {\n    feedbackRound(id: $id) {\n      id\n      viewerCanManage\n      viewerCanReadReport\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackRoundPage($id: ID!, $manage: Boolean!, $report: Boolean!) {\n    me {\n      id\n    }\n    feedbackRound(id: $id) {\n      id\n      version\n      title\n      status\n      closesAt\n      openedAt\n      closedAt\n      anonymityThreshold\n      questions\n      viewerCanManage\n      viewerCanApproveNominations\n      viewerCanReadReport\n      subject {\n        id\n        name\n        title\n      }\n      skills {\n        id\n        name\n      }\n      myRequest {\n        id\n        status\n        relationship\n        viewerCanAnswer\n      }\n      requests @include(if: $manage) {\n        id\n        ...RequestStatusRow\n      }\n      report @include(if: $report) {\n        ...FeedbackReportView\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedbackRoundPage($id: ID!, $manage: Boolean!, $report: Boolean!) {\n    me {\n      id\n    }\n    feedbackRound(id: $id) {\n      id\n      version\n      title\n      status\n      closesAt\n      openedAt\n      closedAt\n      anonymityThreshold\n      questions\n      viewerCanManage\n      viewerCanApproveNominations\n      viewerCanReadReport\n      subject {\n        id\n        name\n        title\n      }\n      skills {\n        id\n        name\n      }\n      myRequest {\n        id\n        status\n        relationship\n        viewerCanAnswer\n      }\n      requests @include(if: $manage) {\n        id\n        ...RequestStatusRow\n      }\n      report @include(if: $report) {\n        ...FeedbackReportView\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackReportView on FeedbackReport {\n    threshold\n    selfSubmitted\n    managerSubmitted\n    suppressedGroups\n    groups {\n      relationship\n      shown\n      responseCount\n    }\n    skills {\n      skill {\n        id\n        name\n      }\n      self\n      manager\n      others\n      othersCount\n      combined\n      strength\n      growthArea\n      blindSpot\n      hiddenStrength\n      groups {\n        relationship\n        average\n        ratingCount\n      }\n    }\n    questions {\n      questionIndex\n      question\n      self\n      manager\n      comments {\n        relationship\n        text\n      }\n    }\n    strengths {\n      id\n      name\n    }\n    growthAreas {\n      id\n      name\n    }\n    blindSpots {\n      id\n      name\n    }\n    hiddenStrengths {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment FeedbackReportView on FeedbackReport {\n    threshold\n    selfSubmitted\n    managerSubmitted\n    suppressedGroups\n    groups {\n      relationship\n      shown\n      responseCount\n    }\n    skills {\n      skill {\n        id\n        name\n      }\n      self\n      manager\n      others\n      othersCount\n      combined\n      strength\n      growthArea\n      blindSpot\n      hiddenStrength\n      groups {\n        relationship\n        average\n        ratingCount\n      }\n    }\n    questions {\n      questionIndex\n      question\n      self\n      manager\n      comments {\n        relationship\n        text\n      }\n    }\n    strengths {\n      id\n      name\n    }\n    growthAreas {\n      id\n      name\n    }\n    blindSpots {\n      id\n      name\n    }\n    hiddenStrengths {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestStatusRow on FeedbackRequest {\n    id\n    status\n    relationship\n    approved\n    declineReason\n    reviewer {\n      id\n      name\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment RequestStatusRow on FeedbackRequest {\n    id\n    status\n    relationship\n    approved\n    declineReason\n    reviewer {\n      id\n      name\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenFeedbackRound($input: FeedbackRoundTransitionInput!) {\n    openFeedbackRound(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation OpenFeedbackRound($input: FeedbackRoundTransitionInput!) {\n    openFeedbackRound(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseFeedbackRound($input: FeedbackRoundTransitionInput!) {\n    closeFeedbackRound(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CloseFeedbackRound($input: FeedbackRoundTransitionInput!) {\n    closeFeedbackRound(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveFeedbackNominations($input: FeedbackRoundIdInput!) {\n    approveFeedbackNominations(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveFeedbackNominations($input: FeedbackRoundIdInput!) {\n    approveFeedbackNominations(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindFeedbackReviewers($input: FeedbackRoundIdInput!) {\n    remindFeedbackReviewers(input: $input)\n  }\n"): (typeof documents)["\n  mutation RemindFeedbackReviewers($input: FeedbackRoundIdInput!) {\n    remindFeedbackReviewers(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveGoal($input: ApproveGoalInput!) {\n    approveGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveGoal($input: ApproveGoalInput!) {\n    approveGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendBackGoal($input: SendBackGoalInput!) {\n    sendBackGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SendBackGoal($input: SendBackGoalInput!) {\n    sendBackGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalEditor on Goal {\n    id\n    version\n    title\n    description\n    startDate\n    dueDate\n    visibility\n    parent {\n      id\n      title\n    }\n    skills {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment GoalEditor on Goal {\n    id\n    version\n    title\n    description\n    startDate\n    dueDate\n    visibility\n    parent {\n      id\n      title\n    }\n    skills {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestGoal($id: ID!) {\n    goal(id: $id) {\n      ...GoalEditor\n    }\n  }\n"): (typeof documents)["\n  query LatestGoal($id: ID!) {\n    goal(id: $id) {\n      ...GoalEditor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      ...GoalEditor\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      ...GoalEditor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalProgress on Goal {\n    title\n    status\n    progress\n    expectedProgress\n    keyResults {\n      id\n      title\n      unit\n      startValue\n      targetValue\n      currentValue\n      progress\n    }\n  }\n"): (typeof documents)["\n  fragment GoalProgress on Goal {\n    title\n    status\n    progress\n    expectedProgress\n    keyResults {\n      id\n      title\n      unit\n      startValue\n      targetValue\n      currentValue\n      progress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitGoal($input: GoalTransitionInput!) {\n    submitGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitGoal($input: GoalTransitionInput!) {\n    submitGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteGoal($input: GoalTransitionInput!) {\n    completeGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteGoal($input: GoalTransitionInput!) {\n    completeGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalPage($id: ID!) {\n    goal(id: $id) {\n      id\n      version\n      title\n      description\n      status\n      visibility\n      startDate\n      dueDate\n      health\n      overdue\n      stale\n      approvalComment\n      approvedAt\n      viewerCanEdit\n      viewerCanApprove\n      owner {\n        id\n        name\n        title\n      }\n      approvedBy {\n        id\n        name\n      }\n      parent {\n        id\n        title\n      }\n      skills {\n        id\n        name\n      }\n      smart {\n        ...SmartPanel\n      }\n      ...GoalProgress\n      ...GoalEditor\n    }\n    skills {\n      ...SkillOption\n    }\n    me {\n      id\n      ...ParentGoalOptions\n    }\n  }\n"): (typeof documents)["\n  query GoalPage($id: ID!) {\n    goal(id: $id) {\n      id\n      version\n      title\n      description\n      status\n      visibility\n      startDate\n      dueDate\n      health\n      overdue\n      stale\n      approvalComment\n      approvedAt\n      viewerCanEdit\n      viewerCanApprove\n      owner {\n        id\n        name\n        title\n      }\n      approvedBy {\n        id\n        name\n      }\n      parent {\n        id\n        title\n      }\n      skills {\n        id\n        name\n      }\n      smart {\n        ...SmartPanel\n      }\n      ...GoalProgress\n      ...GoalEditor\n    }\n    skills {\n      ...SkillOption\n    }\n    me {\n      id\n      ...ParentGoalOptions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParentGoalOptions on Employee {\n    managementChain {\n      id\n      name\n      goals(status: ACTIVE, first: 20) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ParentGoalOptions on Employee {\n    managementChain {\n      id\n      name\n      goals(status: ACTIVE, first: 20) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SkillOption on Skill {\n    id\n    name\n    category\n  }\n"): (typeof documents)["\n  fragment SkillOption on Skill {\n    id\n    name\n    category\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmartAssessment($input: SmartDraftInput!) {\n    smartAssessment(input: $input) {\n      ...SmartPanel\n    }\n  }\n"): (typeof documents)["\n  query SmartAssessment($input: SmartDraftInput!) {\n    smartAssessment(input: $input) {\n      ...SmartPanel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitNewGoal($input: GoalTransitionInput!) {\n    submitGoal(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitNewGoal($input: GoalTransitionInput!) {\n    submitGoal(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewGoalPage($draft: SmartDraftInput!) {\n    skills {\n      ...SkillOption\n    }\n    me {\n      id\n      ...ParentGoalOptions\n    }\n    smartAssessment(input: $draft) {\n      ...SmartPanel\n    }\n  }\n"): (typeof documents)["\n  query NewGoalPage($draft: SmartDraftInput!) {\n    skills {\n      ...SkillOption\n    }\n    me {\n      id\n      ...ParentGoalOptions\n    }\n    smartAssessment(input: $draft) {\n      ...SmartPanel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGoals($first: Int!) {\n    me {\n      id\n      active: goals(status: ACTIVE, first: $first) {\n        ...GoalGroup\n      }\n      pending: goals(status: PENDING_APPROVAL, first: $first) {\n        ...GoalGroup\n      }\n      drafts: goals(status: DRAFT, first: $first) {\n        ...GoalGroup\n      }\n      completed: goals(status: COMPLETED, first: $first) {\n        ...GoalGroup\n      }\n      abandoned: goals(status: ABANDONED, first: $first) {\n        ...GoalGroup\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyGoals($first: Int!) {\n    me {\n      id\n      active: goals(status: ACTIVE, first: $first) {\n        ...GoalGroup\n      }\n      pending: goals(status: PENDING_APPROVAL, first: $first) {\n        ...GoalGroup\n      }\n      drafts: goals(status: DRAFT, first: $first) {\n        ...GoalGroup\n      }\n      completed: goals(status: COMPLETED, first: $first) {\n        ...GoalGroup\n      }\n      abandoned: goals(status: ABANDONED, first: $first) {\n        ...GoalGroup\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGoalsByStatus($status: GoalStatus!, $first: Int!, $after: String) {\n    me {\n      id\n      goals(status: $status, first: $first, after: $after) {\n        ...GoalGroup\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyGoalsByStatus($status: GoalStatus!, $first: Int!, $after: String) {\n    me {\n      id\n      goals(status: $status, first: $first, after: $after) {\n        ...GoalGroup\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalGroup on GoalConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      node {\n        id\n        ...GoalCard\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment GoalGroup on GoalConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      node {\n        id\n        ...GoalCard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationRow on Notification {\n    id\n    kind\n    message\n    subjectType\n    subjectId\n    readAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment NotificationRow on Notification {\n    id\n    kind\n    message\n    subjectType\n    subjectId\n    readAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String) {\n    me {\n      id\n      unreadNotificationCount\n      notifications(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          node {\n            ...NotificationRow\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String) {\n    me {\n      id\n      unreadNotificationCount\n      notifications(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          node {\n            ...NotificationRow\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment GoalCard on Goal {\n    id\n    title\n    status\n    health\n    progress\n    expectedProgress\n    dueDate\n    overdue\n  }\n"): (typeof documents)["\n  fragment GoalCard on Goal {\n    id\n    title\n    status\n    health\n    progress\n    expectedProgress\n    dueDate\n    overdue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SmartPanel on SmartAssessment {\n    specific\n    measurable\n    achievable\n    relevant\n    timeBound\n    hints {\n      criterion\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment SmartPanel on SmartAssessment {\n    specific\n    measurable\n    achievable\n    relevant\n    timeBound\n    hints {\n      criterion\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonCard on Employee {\n    id\n    name\n    title\n  }\n"): (typeof documents)["\n  fragment PersonCard on Employee {\n    id\n    name\n    title\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;