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
    "\n  query MyGrowth {\n    me {\n      id\n      name\n      ...ProfileCard\n      ...MyTeam\n      ...NextActions\n      ...ActiveGoals\n      ...HomeWinsAndSetbacks\n      skillProfile {\n        ...StrengthsChart\n      }\n      developmentPlan {\n        ...PlanSummaryCard\n      }\n    }\n  }\n": typeof types.MyGrowthDocument,
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
    "\n  fragment NextActions on Employee {\n    directReports {\n      id\n      name\n      pendingGoals: goals(status: PENDING_APPROVAL, first: 10) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n    activeForCheckIns: goals(status: ACTIVE, first: 50) {\n      edges {\n        node {\n          id\n          title\n          lastCheckInAt\n        }\n      }\n    }\n    drafts: goals(status: DRAFT, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.NextActionsFragmentDoc,
    "\n  fragment ProfileCard on Employee {\n    name\n    title\n    department\n    email\n  }\n": typeof types.ProfileCardFragmentDoc,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      role\n      unreadNotificationCount\n      directReports {\n        id\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment HomeWinsAndSetbacks on Employee {\n    homeWins: wins(first: 6) {\n      totalCount\n      edges {\n        node {\n          ...HomeTimelineEvent\n        }\n      }\n    }\n    homeSetbacks: setbacks(first: 6) {\n      totalCount\n      edges {\n        node {\n          ...HomeTimelineEvent\n        }\n      }\n    }\n  }\n": typeof types.HomeWinsAndSetbacksFragmentDoc,
    "\n  fragment HomeTimelineEvent on CheckIn {\n    id\n    kind\n    note\n    lesson\n    createdAt\n    goal {\n      id\n      title\n    }\n  }\n": typeof types.HomeTimelineEventFragmentDoc,
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
    "\n  fragment GoalProgressChart on Goal {\n    status\n    startDate\n    dueDate\n    progressHistory {\n      date\n      progress\n      expectedProgress\n    }\n  }\n": typeof types.GoalProgressChartFragmentDoc,
    "\n  fragment GoalCheckInComment on CheckInComment {\n    id\n    body\n    createdAt\n    author {\n      id\n      name\n    }\n  }\n": typeof types.GoalCheckInCommentFragmentDoc,
    "\n  mutation AddCheckInComment($input: AddCheckInCommentInput!) {\n    addCheckInComment(input: $input) {\n      ...GoalCheckInComment\n    }\n  }\n": typeof types.AddCheckInCommentDocument,
    "\n  fragment GoalCheckInForm on Goal {\n    id\n    version\n    lastConfidence\n    keyResults {\n      id\n      title\n      unit\n      targetValue\n      currentValue\n    }\n  }\n": typeof types.GoalCheckInFormFragmentDoc,
    "\n  mutation RecordCheckIn($input: RecordCheckInInput!) {\n    recordCheckIn(input: $input) {\n      id\n      kind\n    }\n  }\n": typeof types.RecordCheckInDocument,
    "\n  fragment GoalCheckInPage on CheckInConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...GoalCheckIn\n      }\n    }\n  }\n": typeof types.GoalCheckInPageFragmentDoc,
    "\n  query OlderCheckIns($id: ID!, $first: Int!, $after: String) {\n    goal(id: $id) {\n      id\n      checkIns(first: $first, after: $after) {\n        ...GoalCheckInPage\n      }\n    }\n  }\n": typeof types.OlderCheckInsDocument,
    "\n  fragment GoalCheckIn on CheckIn {\n    id\n    kind\n    confidence\n    note\n    lesson\n    progress\n    createdAt\n    viewerCanComment\n    author {\n      id\n      name\n    }\n    values {\n      keyResultId\n      previousValue\n      value\n      keyResult {\n        id\n        title\n        unit\n      }\n    }\n    comments {\n      ...GoalCheckInComment\n    }\n  }\n": typeof types.GoalCheckInFragmentDoc,
    "\n  mutation ApproveGoal($input: ApproveGoalInput!) {\n    approveGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ApproveGoalDocument,
    "\n  mutation SendBackGoal($input: SendBackGoalInput!) {\n    sendBackGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.SendBackGoalDocument,
    "\n  fragment GoalEditor on Goal {\n    id\n    version\n    title\n    description\n    startDate\n    dueDate\n    visibility\n    parent {\n      id\n      title\n    }\n    skills {\n      id\n      name\n    }\n  }\n": typeof types.GoalEditorFragmentDoc,
    "\n  query LatestGoal($id: ID!) {\n    goal(id: $id) {\n      ...GoalEditor\n    }\n  }\n": typeof types.LatestGoalDocument,
    "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      ...GoalEditor\n    }\n  }\n": typeof types.UpdateGoalDocument,
    "\n  fragment GoalProgress on Goal {\n    title\n    status\n    progress\n    expectedProgress\n    keyResults {\n      id\n      title\n      unit\n      startValue\n      targetValue\n      currentValue\n      progress\n    }\n  }\n": typeof types.GoalProgressFragmentDoc,
    "\n  fragment GoalKeyResultsEditor on Goal {\n    id\n    version\n    keyResults {\n      id\n      version\n      title\n      unit\n      startValue\n      targetValue\n    }\n  }\n": typeof types.GoalKeyResultsEditorFragmentDoc,
    "\n  query LatestKeyResults($id: ID!) {\n    goal(id: $id) {\n      ...GoalKeyResultsEditor\n    }\n  }\n": typeof types.LatestKeyResultsDocument,
    "\n  mutation AddKeyResult($input: AddKeyResultInput!) {\n    addKeyResult(input: $input) {\n      ...GoalKeyResultsEditor\n    }\n  }\n": typeof types.AddKeyResultDocument,
    "\n  mutation UpdateKeyResult($input: UpdateKeyResultInput!) {\n    updateKeyResult(input: $input) {\n      ...GoalKeyResultsEditor\n    }\n  }\n": typeof types.UpdateKeyResultDocument,
    "\n  mutation RemoveKeyResult($input: RemoveKeyResultInput!) {\n    removeKeyResult(input: $input) {\n      ...GoalKeyResultsEditor\n    }\n  }\n": typeof types.RemoveKeyResultDocument,
    "\n  mutation SubmitGoal($input: GoalTransitionInput!) {\n    submitGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.SubmitGoalDocument,
    "\n  mutation CompleteGoal($input: GoalTransitionInput!) {\n    completeGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.CompleteGoalDocument,
    "\n  query GoalPage($id: ID!, $checkIns: Int!) {\n    goal(id: $id) {\n      id\n      version\n      title\n      description\n      status\n      visibility\n      startDate\n      dueDate\n      health\n      overdue\n      stale\n      approvalComment\n      approvedAt\n      viewerCanEdit\n      viewerCanApprove\n      owner {\n        id\n        name\n        title\n      }\n      approvedBy {\n        id\n        name\n      }\n      parent {\n        id\n        title\n      }\n      skills {\n        id\n        name\n      }\n      smart {\n        ...SmartPanel\n      }\n      ...GoalProgress\n      ...GoalEditor\n      ...GoalProgressChart\n      ...GoalCheckInForm\n      ...GoalPlanItems\n      ...GoalKeyResultsEditor\n      checkIns(first: $checkIns) {\n        ...GoalCheckInPage\n      }\n    }\n    skills {\n      ...SkillOption\n    }\n    me {\n      id\n      ...ParentGoalOptions\n    }\n  }\n": typeof types.GoalPageDocument,
    "\n  fragment GoalPlanItems on Goal {\n    planItems {\n      id\n      title\n      kind\n      status\n      dueDate\n      overdue\n    }\n  }\n": typeof types.GoalPlanItemsFragmentDoc,
    "\n  fragment ParentGoalOptions on Employee {\n    managementChain {\n      id\n      name\n      goals(status: ACTIVE, first: 20) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.ParentGoalOptionsFragmentDoc,
    "\n  fragment SkillOption on Skill {\n    id\n    name\n    category\n  }\n": typeof types.SkillOptionFragmentDoc,
    "\n  query SmartAssessment($input: SmartDraftInput!) {\n    smartAssessment(input: $input) {\n      ...SmartPanel\n    }\n  }\n": typeof types.SmartAssessmentDocument,
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateGoalDocument,
    "\n  mutation SubmitNewGoal($input: GoalTransitionInput!) {\n    submitGoal(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitNewGoalDocument,
    "\n  query NewGoalPage($draft: SmartDraftInput!) {\n    skills {\n      ...SkillOption\n    }\n    me {\n      id\n      ...ParentGoalOptions\n    }\n    smartAssessment(input: $draft) {\n      ...SmartPanel\n    }\n  }\n": typeof types.NewGoalPageDocument,
    "\n  query MyGoals($first: Int!) {\n    me {\n      id\n      active: goals(status: ACTIVE, first: $first) {\n        ...GoalGroup\n      }\n      pending: goals(status: PENDING_APPROVAL, first: $first) {\n        ...GoalGroup\n      }\n      drafts: goals(status: DRAFT, first: $first) {\n        ...GoalGroup\n      }\n      completed: goals(status: COMPLETED, first: $first) {\n        ...GoalGroup\n      }\n      abandoned: goals(status: ABANDONED, first: $first) {\n        ...GoalGroup\n      }\n    }\n  }\n": typeof types.MyGoalsDocument,
    "\n  query MyGoalsByStatus($status: GoalStatus!, $first: Int!, $after: String) {\n    me {\n      id\n      goals(status: $status, first: $first, after: $after) {\n        ...GoalGroup\n      }\n    }\n  }\n": typeof types.MyGoalsByStatusDocument,
    "\n  fragment GoalGroup on GoalConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      node {\n        id\n        ...GoalCard\n      }\n    }\n  }\n": typeof types.GoalGroupFragmentDoc,
    "\n  fragment MentorshipCard on Mentorship {\n    id\n    version\n    status\n    message\n    response\n    createdAt\n    startedAt\n    endedAt\n    viewerCanEnd\n    viewerCanRespond\n    focusSkills {\n      id\n      name\n    }\n    mentor {\n      id\n      name\n      title\n    }\n    mentee {\n      id\n      name\n      title\n    }\n  }\n": typeof types.MentorshipCardFragmentDoc,
    "\n  fragment MentorSuggestionCard on MentorSuggestion {\n    reason\n    freeCapacity\n    mentor {\n      id\n      name\n      title\n      department\n    }\n    skills {\n      level\n      skill {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MentorSuggestionCardFragmentDoc,
    "\n  mutation RequestMentor($input: RequestMentorInput!) {\n    requestMentor(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestMentorDocument,
    "\n  mutation AcceptMentorship($input: RespondMentorshipInput!) {\n    acceptMentorship(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.AcceptMentorshipDocument,
    "\n  mutation DeclineMentorship($input: RespondMentorshipInput!) {\n    declineMentorship(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.DeclineMentorshipDocument,
    "\n  mutation CompleteMentorship($input: MentorshipTransitionInput!) {\n    completeMentorship(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.CompleteMentorshipDocument,
    "\n  mutation CancelMentorship($input: MentorshipTransitionInput!) {\n    cancelMentorship(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.CancelMentorshipDocument,
    "\n  query MentoringPage($me: ID!, $first: Int!) {\n    me {\n      id\n      mentorCapacity\n      skillProfile {\n        growthAreas {\n          skill {\n            id\n            name\n          }\n        }\n      }\n      asMentee: mentorships(role: MENTEE, first: $first) {\n        totalCount\n        edges {\n          node {\n            ...MentorshipCard\n          }\n        }\n      }\n      asMentor: mentorships(role: MENTOR, first: $first) {\n        totalCount\n        edges {\n          node {\n            ...MentorshipCard\n          }\n        }\n      }\n    }\n    mentorSuggestions(for: $me, first: 6) {\n      ...MentorSuggestionCard\n    }\n  }\n": typeof types.MentoringPageDocument,
    "\n  fragment NotificationRow on Notification {\n    id\n    kind\n    message\n    subjectType\n    subjectId\n    readAt\n    createdAt\n  }\n": typeof types.NotificationRowFragmentDoc,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    me {\n      id\n      unreadNotificationCount\n      notifications(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          node {\n            ...NotificationRow\n          }\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query Person($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      title\n      department\n      email\n      active\n      manager {\n        id\n        ...PersonCard\n      }\n      directReports {\n        id\n        ...PersonCard\n      }\n    }\n  }\n": typeof types.PersonDocument,
    "\n  mutation CreatePlanItem($input: CreatePlanItemInput!) {\n    createPlanItem(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreatePlanItemDocument,
    "\n  fragment PlanItemCard on PlanItem {\n    id\n    version\n    kind\n    title\n    link\n    status\n    dueDate\n    overdue\n    reflection\n    completedAt\n    viewerCanEdit\n    skill {\n      id\n      name\n    }\n    goal {\n      id\n      title\n    }\n  }\n": typeof types.PlanItemCardFragmentDoc,
    "\n  fragment PlanItemPage on PlanItemConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      node {\n        ...PlanItemCard\n      }\n    }\n  }\n": typeof types.PlanItemPageFragmentDoc,
    "\n  mutation SetPlanItemStatus($input: SetPlanItemStatusInput!) {\n    setPlanItemStatus(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.SetPlanItemStatusDocument,
    "\n  mutation UpdatePlanItem($input: UpdatePlanItemInput!) {\n    updatePlanItem(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdatePlanItemDocument,
    "\n  mutation DeletePlanItem($input: DeletePlanItemInput!) {\n    deletePlanItem(input: $input)\n  }\n": typeof types.DeletePlanItemDocument,
    "\n  query PlanPage(\n    $first: Int!\n    $inProgressAfter: String\n    $plannedAfter: String\n    $doneAfter: String\n    $droppedAfter: String\n  ) {\n    me {\n      id\n      developmentPlan {\n        completion\n        total\n        done\n        inProgress\n        planned\n        dropped\n        overdueCount\n        inProgressItems: items(status: IN_PROGRESS, first: $first, after: $inProgressAfter) {\n          ...PlanItemPage\n        }\n        plannedItems: items(status: PLANNED, first: $first, after: $plannedAfter) {\n          ...PlanItemPage\n        }\n        doneItems: items(status: DONE, first: $first, after: $doneAfter) {\n          ...PlanItemPage\n        }\n        droppedItems: items(status: DROPPED, first: $first, after: $droppedAfter) {\n          ...PlanItemPage\n        }\n      }\n      goals(first: 100) {\n        edges {\n          node {\n            id\n            title\n            status\n          }\n        }\n      }\n    }\n    skills {\n      id\n      name\n      category\n    }\n  }\n": typeof types.PlanPageDocument,
    "\n  mutation RateSkill($input: RateSkillInput!) {\n    rateSkill(input: $input) {\n      id\n      level\n    }\n  }\n": typeof types.RateSkillDocument,
    "\n  mutation SetGrowthArea($input: SetGrowthAreaInput!) {\n    setGrowthArea(input: $input) {\n      id\n    }\n  }\n": typeof types.SetGrowthAreaDocument,
    "\n  fragment AssessmentSkill on Skill {\n    id\n    name\n    category\n    description\n  }\n": typeof types.AssessmentSkillFragmentDoc,
    "\n  fragment AssessmentEntry on SkillProfileEntry {\n    skill {\n      id\n    }\n    selfLevel\n    managerLevel\n    threeSixtyLevel\n    markedAsGrowthArea\n    notes {\n      id\n      source\n      note\n    }\n    history(first: 20) {\n      id\n      level\n      note\n      source\n      createdAt\n      ratedBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AssessmentEntryFragmentDoc,
    "\n  fragment SkillInsights on SkillProfile {\n    strengths {\n      ...SkillInsightItem\n    }\n    growthAreas {\n      ...SkillInsightItem\n    }\n    blindSpots {\n      ...SkillInsightItem\n    }\n    hiddenStrengths {\n      ...SkillInsightItem\n    }\n  }\n": typeof types.SkillInsightsFragmentDoc,
    "\n  fragment SkillInsightItem on SkillInsight {\n    explanation\n    skill {\n      id\n      name\n    }\n  }\n": typeof types.SkillInsightItemFragmentDoc,
    "\n  query SkillsPage {\n    me {\n      id\n      skillProfile {\n        viewerCanRate\n        entries {\n          ...SkillLevelsChartEntry\n          ...AssessmentEntry\n        }\n        ...SkillInsights\n      }\n    }\n    skills {\n      ...AssessmentSkill\n    }\n  }\n": typeof types.SkillsPageDocument,
    "\n  fragment MemberGoal on Goal {\n    id\n    title\n    status\n    health\n    progress\n    expectedProgress\n    dueDate\n    overdue\n    stale\n    version\n    updatedAt\n    lastCheckInAt\n    viewerCanApprove\n  }\n": typeof types.MemberGoalFragmentDoc,
    "\n  fragment MemberPlan on DevelopmentPlan {\n    completion\n    total\n    done\n    inProgress\n    planned\n    overdueCount\n    items(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          dueDate\n          overdue\n          reflection\n          skill {\n            id\n            name\n          }\n          goal {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.MemberPlanFragmentDoc,
    "\n  fragment MemberSkills on SkillProfile {\n    viewerCanRate\n    entries {\n      skill {\n        id\n        name\n        category\n      }\n      selfLevel\n      managerLevel\n      threeSixtyLevel\n      combinedLevel\n      markedAsGrowthArea\n      lastRatedAt\n    }\n    strengths {\n      skill {\n        id\n        name\n      }\n      explanation\n    }\n    growthAreas {\n      skill {\n        id\n        name\n      }\n      explanation\n    }\n  }\n": typeof types.MemberSkillsFragmentDoc,
    "\n  fragment MemberSummary on GrowthSummary {\n    activeGoals\n    onTrack\n    atRisk\n    offTrack\n    averageProgress\n    lastCheckInAt\n    planCompletion\n    goalsAwaitingApproval\n    overdueGoals\n    staleGoals\n    overduePlanItems\n  }\n": typeof types.MemberSummaryFragmentDoc,
    "\n  mutation RateTeamMemberSkill($input: RateSkillInput!) {\n    rateSkill(input: $input) {\n      id\n      level\n      source\n    }\n  }\n": typeof types.RateTeamMemberSkillDocument,
    "\n  fragment Moment on CheckIn {\n    id\n    kind\n    note\n    lesson\n    createdAt\n    goal {\n      id\n      title\n    }\n  }\n": typeof types.MomentFragmentDoc,
    "\n  query TeamMemberPage($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      title\n      department\n      manager {\n        id\n        name\n      }\n      managementChain {\n        id\n      }\n      feedbackRounds {\n        id\n        status\n        closedAt\n        requests {\n          status\n        }\n      }\n      growthSummary {\n        ...MemberSummary\n      }\n      goals(first: 100) {\n        edges {\n          node {\n            ...MemberGoal\n          }\n        }\n      }\n      wins(first: 10) {\n        edges {\n          node {\n            ...Moment\n          }\n        }\n      }\n      setbacks(first: 10) {\n        edges {\n          node {\n            ...Moment\n          }\n        }\n      }\n      skillProfile {\n        ...MemberSkills\n      }\n      developmentPlan {\n        ...MemberPlan\n      }\n    }\n    skills {\n      id\n      name\n      category\n    }\n  }\n": typeof types.TeamMemberPageDocument,
    "\n  mutation ApproveTeamGoal($input: ApproveGoalInput!) {\n    approveGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ApproveTeamGoalDocument,
    "\n  mutation SendBackTeamGoal($input: SendBackGoalInput!) {\n    sendBackGoal(input: $input) {\n      id\n      status\n      version\n      approvalComment\n    }\n  }\n": typeof types.SendBackTeamGoalDocument,
    "\n  fragment NeedsAttentionItem on AttentionItem {\n    reason\n    detail\n    employee {\n      id\n      name\n    }\n    goal {\n      id\n      title\n    }\n  }\n": typeof types.NeedsAttentionItemFragmentDoc,
    "\n  fragment SkillHeatmap on SkillMatrix {\n    skills {\n      id\n      name\n      category\n    }\n    rows {\n      employee {\n        id\n        name\n      }\n      cells {\n        selfLevel\n        managerLevel\n        combinedLevel\n      }\n    }\n  }\n": typeof types.SkillHeatmapFragmentDoc,
    "\n  fragment TeamTotalsFigures on TeamTotals {\n    members\n    activeGoals\n    averageProgress\n    onTrack\n    atRisk\n    offTrack\n    pendingApprovals\n  }\n": typeof types.TeamTotalsFiguresFragmentDoc,
    "\n  query TeamDashboard($managerId: ID!, $scope: TeamScope!) {\n    teamOverview(managerId: $managerId, scope: $scope) {\n      scope\n      totals {\n        ...TeamTotalsFigures\n      }\n      needsAttention {\n        ...NeedsAttentionItem\n      }\n      members {\n        employee {\n          id\n          name\n          title\n          manager {\n            id\n            name\n          }\n          feedbackRounds {\n            id\n            status\n            closedAt\n            requests {\n              status\n            }\n          }\n        }\n        summary {\n          activeGoals\n          onTrack\n          atRisk\n          offTrack\n          goalsAwaitingApproval\n          averageProgress\n          lastCheckInAt\n          planCompletion\n        }\n        goals {\n          id\n          title\n          health\n          progress\n        }\n      }\n      approvalsWaiting {\n        id\n        title\n        dueDate\n        submittedAt\n        owner {\n          id\n          name\n        }\n        goal {\n          id\n          version\n          viewerCanApprove\n        }\n      }\n      skillMatrix {\n        ...SkillHeatmap\n      }\n    }\n  }\n": typeof types.TeamDashboardDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.SignInDocument,
    "\n  fragment GoalCard on Goal {\n    id\n    title\n    status\n    health\n    progress\n    expectedProgress\n    dueDate\n    overdue\n  }\n": typeof types.GoalCardFragmentDoc,
    "\n  fragment SmartPanel on SmartAssessment {\n    specific\n    measurable\n    achievable\n    relevant\n    timeBound\n    hints {\n      criterion\n      message\n    }\n  }\n": typeof types.SmartPanelFragmentDoc,
    "\n  fragment PlanSummaryCard on DevelopmentPlan {\n    completion\n    total\n    done\n    inProgress\n    planned\n    dropped\n    overdueCount\n    nextUp: items(first: 3, status: IN_PROGRESS) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          dueDate\n          overdue\n        }\n      }\n    }\n  }\n": typeof types.PlanSummaryCardFragmentDoc,
    "\n  fragment SkillLevelsChartEntry on SkillProfileEntry {\n    skill {\n      id\n      name\n    }\n    selfLevel\n    managerLevel\n    threeSixtyLevel\n    markedAsGrowthArea\n  }\n": typeof types.SkillLevelsChartEntryFragmentDoc,
    "\n  fragment StrengthsChart on SkillProfile {\n    strengths {\n      skill {\n        id\n      }\n    }\n    growthAreas {\n      skill {\n        id\n      }\n    }\n    entries {\n      ...SkillLevelsChartEntry\n    }\n  }\n": typeof types.StrengthsChartFragmentDoc,
    "\n  fragment WinsTimeline on Employee {\n    recentWins: wins(first: 6) {\n      edges {\n        node {\n          ...TimelineCheckIn\n        }\n      }\n    }\n    recentSetbacks: setbacks(first: 6) {\n      edges {\n        node {\n          ...TimelineCheckIn\n        }\n      }\n    }\n  }\n": typeof types.WinsTimelineFragmentDoc,
    "\n  fragment TimelineCheckIn on CheckIn {\n    id\n    kind\n    note\n    lesson\n    createdAt\n    goal {\n      id\n      title\n    }\n  }\n": typeof types.TimelineCheckInFragmentDoc,
    "\n  fragment PersonCard on Employee {\n    id\n    name\n    title\n  }\n": typeof types.PersonCardFragmentDoc,
};
const documents: Documents = {
    "\n  query MyGrowth {\n    me {\n      id\n      name\n      ...ProfileCard\n      ...MyTeam\n      ...NextActions\n      ...ActiveGoals\n      ...HomeWinsAndSetbacks\n      skillProfile {\n        ...StrengthsChart\n      }\n      developmentPlan {\n        ...PlanSummaryCard\n      }\n    }\n  }\n": types.MyGrowthDocument,
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
    "\n  fragment NextActions on Employee {\n    directReports {\n      id\n      name\n      pendingGoals: goals(status: PENDING_APPROVAL, first: 10) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n    activeForCheckIns: goals(status: ACTIVE, first: 50) {\n      edges {\n        node {\n          id\n          title\n          lastCheckInAt\n        }\n      }\n    }\n    drafts: goals(status: DRAFT, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.NextActionsFragmentDoc,
    "\n  fragment ProfileCard on Employee {\n    name\n    title\n    department\n    email\n  }\n": types.ProfileCardFragmentDoc,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      role\n      unreadNotificationCount\n      directReports {\n        id\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment HomeWinsAndSetbacks on Employee {\n    homeWins: wins(first: 6) {\n      totalCount\n      edges {\n        node {\n          ...HomeTimelineEvent\n        }\n      }\n    }\n    homeSetbacks: setbacks(first: 6) {\n      totalCount\n      edges {\n        node {\n          ...HomeTimelineEvent\n        }\n      }\n    }\n  }\n": types.HomeWinsAndSetbacksFragmentDoc,
    "\n  fragment HomeTimelineEvent on CheckIn {\n    id\n    kind\n    note\n    lesson\n    createdAt\n    goal {\n      id\n      title\n    }\n  }\n": types.HomeTimelineEventFragmentDoc,
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
    "\n  fragment GoalProgressChart on Goal {\n    status\n    startDate\n    dueDate\n    progressHistory {\n      date\n      progress\n      expectedProgress\n    }\n  }\n": types.GoalProgressChartFragmentDoc,
    "\n  fragment GoalCheckInComment on CheckInComment {\n    id\n    body\n    createdAt\n    author {\n      id\n      name\n    }\n  }\n": types.GoalCheckInCommentFragmentDoc,
    "\n  mutation AddCheckInComment($input: AddCheckInCommentInput!) {\n    addCheckInComment(input: $input) {\n      ...GoalCheckInComment\n    }\n  }\n": types.AddCheckInCommentDocument,
    "\n  fragment GoalCheckInForm on Goal {\n    id\n    version\n    lastConfidence\n    keyResults {\n      id\n      title\n      unit\n      targetValue\n      currentValue\n    }\n  }\n": types.GoalCheckInFormFragmentDoc,
    "\n  mutation RecordCheckIn($input: RecordCheckInInput!) {\n    recordCheckIn(input: $input) {\n      id\n      kind\n    }\n  }\n": types.RecordCheckInDocument,
    "\n  fragment GoalCheckInPage on CheckInConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...GoalCheckIn\n      }\n    }\n  }\n": types.GoalCheckInPageFragmentDoc,
    "\n  query OlderCheckIns($id: ID!, $first: Int!, $after: String) {\n    goal(id: $id) {\n      id\n      checkIns(first: $first, after: $after) {\n        ...GoalCheckInPage\n      }\n    }\n  }\n": types.OlderCheckInsDocument,
    "\n  fragment GoalCheckIn on CheckIn {\n    id\n    kind\n    confidence\n    note\n    lesson\n    progress\n    createdAt\n    viewerCanComment\n    author {\n      id\n      name\n    }\n    values {\n      keyResultId\n      previousValue\n      value\n      keyResult {\n        id\n        title\n        unit\n      }\n    }\n    comments {\n      ...GoalCheckInComment\n    }\n  }\n": types.GoalCheckInFragmentDoc,
    "\n  mutation ApproveGoal($input: ApproveGoalInput!) {\n    approveGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ApproveGoalDocument,
    "\n  mutation SendBackGoal($input: SendBackGoalInput!) {\n    sendBackGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.SendBackGoalDocument,
    "\n  fragment GoalEditor on Goal {\n    id\n    version\n    title\n    description\n    startDate\n    dueDate\n    visibility\n    parent {\n      id\n      title\n    }\n    skills {\n      id\n      name\n    }\n  }\n": types.GoalEditorFragmentDoc,
    "\n  query LatestGoal($id: ID!) {\n    goal(id: $id) {\n      ...GoalEditor\n    }\n  }\n": types.LatestGoalDocument,
    "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      ...GoalEditor\n    }\n  }\n": types.UpdateGoalDocument,
    "\n  fragment GoalProgress on Goal {\n    title\n    status\n    progress\n    expectedProgress\n    keyResults {\n      id\n      title\n      unit\n      startValue\n      targetValue\n      currentValue\n      progress\n    }\n  }\n": types.GoalProgressFragmentDoc,
    "\n  fragment GoalKeyResultsEditor on Goal {\n    id\n    version\n    keyResults {\n      id\n      version\n      title\n      unit\n      startValue\n      targetValue\n    }\n  }\n": types.GoalKeyResultsEditorFragmentDoc,
    "\n  query LatestKeyResults($id: ID!) {\n    goal(id: $id) {\n      ...GoalKeyResultsEditor\n    }\n  }\n": types.LatestKeyResultsDocument,
    "\n  mutation AddKeyResult($input: AddKeyResultInput!) {\n    addKeyResult(input: $input) {\n      ...GoalKeyResultsEditor\n    }\n  }\n": types.AddKeyResultDocument,
    "\n  mutation UpdateKeyResult($input: UpdateKeyResultInput!) {\n    updateKeyResult(input: $input) {\n      ...GoalKeyResultsEditor\n    }\n  }\n": types.UpdateKeyResultDocument,
    "\n  mutation RemoveKeyResult($input: RemoveKeyResultInput!) {\n    removeKeyResult(input: $input) {\n      ...GoalKeyResultsEditor\n    }\n  }\n": types.RemoveKeyResultDocument,
    "\n  mutation SubmitGoal($input: GoalTransitionInput!) {\n    submitGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.SubmitGoalDocument,
    "\n  mutation CompleteGoal($input: GoalTransitionInput!) {\n    completeGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.CompleteGoalDocument,
    "\n  query GoalPage($id: ID!, $checkIns: Int!) {\n    goal(id: $id) {\n      id\n      version\n      title\n      description\n      status\n      visibility\n      startDate\n      dueDate\n      health\n      overdue\n      stale\n      approvalComment\n      approvedAt\n      viewerCanEdit\n      viewerCanApprove\n      owner {\n        id\n        name\n        title\n      }\n      approvedBy {\n        id\n        name\n      }\n      parent {\n        id\n        title\n      }\n      skills {\n        id\n        name\n      }\n      smart {\n        ...SmartPanel\n      }\n      ...GoalProgress\n      ...GoalEditor\n      ...GoalProgressChart\n      ...GoalCheckInForm\n      ...GoalPlanItems\n      ...GoalKeyResultsEditor\n      checkIns(first: $checkIns) {\n        ...GoalCheckInPage\n      }\n    }\n    skills {\n      ...SkillOption\n    }\n    me {\n      id\n      ...ParentGoalOptions\n    }\n  }\n": types.GoalPageDocument,
    "\n  fragment GoalPlanItems on Goal {\n    planItems {\n      id\n      title\n      kind\n      status\n      dueDate\n      overdue\n    }\n  }\n": types.GoalPlanItemsFragmentDoc,
    "\n  fragment ParentGoalOptions on Employee {\n    managementChain {\n      id\n      name\n      goals(status: ACTIVE, first: 20) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.ParentGoalOptionsFragmentDoc,
    "\n  fragment SkillOption on Skill {\n    id\n    name\n    category\n  }\n": types.SkillOptionFragmentDoc,
    "\n  query SmartAssessment($input: SmartDraftInput!) {\n    smartAssessment(input: $input) {\n      ...SmartPanel\n    }\n  }\n": types.SmartAssessmentDocument,
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateGoalDocument,
    "\n  mutation SubmitNewGoal($input: GoalTransitionInput!) {\n    submitGoal(input: $input) {\n      id\n      status\n    }\n  }\n": types.SubmitNewGoalDocument,
    "\n  query NewGoalPage($draft: SmartDraftInput!) {\n    skills {\n      ...SkillOption\n    }\n    me {\n      id\n      ...ParentGoalOptions\n    }\n    smartAssessment(input: $draft) {\n      ...SmartPanel\n    }\n  }\n": types.NewGoalPageDocument,
    "\n  query MyGoals($first: Int!) {\n    me {\n      id\n      active: goals(status: ACTIVE, first: $first) {\n        ...GoalGroup\n      }\n      pending: goals(status: PENDING_APPROVAL, first: $first) {\n        ...GoalGroup\n      }\n      drafts: goals(status: DRAFT, first: $first) {\n        ...GoalGroup\n      }\n      completed: goals(status: COMPLETED, first: $first) {\n        ...GoalGroup\n      }\n      abandoned: goals(status: ABANDONED, first: $first) {\n        ...GoalGroup\n      }\n    }\n  }\n": types.MyGoalsDocument,
    "\n  query MyGoalsByStatus($status: GoalStatus!, $first: Int!, $after: String) {\n    me {\n      id\n      goals(status: $status, first: $first, after: $after) {\n        ...GoalGroup\n      }\n    }\n  }\n": types.MyGoalsByStatusDocument,
    "\n  fragment GoalGroup on GoalConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      node {\n        id\n        ...GoalCard\n      }\n    }\n  }\n": types.GoalGroupFragmentDoc,
    "\n  fragment MentorshipCard on Mentorship {\n    id\n    version\n    status\n    message\n    response\n    createdAt\n    startedAt\n    endedAt\n    viewerCanEnd\n    viewerCanRespond\n    focusSkills {\n      id\n      name\n    }\n    mentor {\n      id\n      name\n      title\n    }\n    mentee {\n      id\n      name\n      title\n    }\n  }\n": types.MentorshipCardFragmentDoc,
    "\n  fragment MentorSuggestionCard on MentorSuggestion {\n    reason\n    freeCapacity\n    mentor {\n      id\n      name\n      title\n      department\n    }\n    skills {\n      level\n      skill {\n        id\n        name\n      }\n    }\n  }\n": types.MentorSuggestionCardFragmentDoc,
    "\n  mutation RequestMentor($input: RequestMentorInput!) {\n    requestMentor(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestMentorDocument,
    "\n  mutation AcceptMentorship($input: RespondMentorshipInput!) {\n    acceptMentorship(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.AcceptMentorshipDocument,
    "\n  mutation DeclineMentorship($input: RespondMentorshipInput!) {\n    declineMentorship(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.DeclineMentorshipDocument,
    "\n  mutation CompleteMentorship($input: MentorshipTransitionInput!) {\n    completeMentorship(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.CompleteMentorshipDocument,
    "\n  mutation CancelMentorship($input: MentorshipTransitionInput!) {\n    cancelMentorship(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.CancelMentorshipDocument,
    "\n  query MentoringPage($me: ID!, $first: Int!) {\n    me {\n      id\n      mentorCapacity\n      skillProfile {\n        growthAreas {\n          skill {\n            id\n            name\n          }\n        }\n      }\n      asMentee: mentorships(role: MENTEE, first: $first) {\n        totalCount\n        edges {\n          node {\n            ...MentorshipCard\n          }\n        }\n      }\n      asMentor: mentorships(role: MENTOR, first: $first) {\n        totalCount\n        edges {\n          node {\n            ...MentorshipCard\n          }\n        }\n      }\n    }\n    mentorSuggestions(for: $me, first: 6) {\n      ...MentorSuggestionCard\n    }\n  }\n": types.MentoringPageDocument,
    "\n  fragment NotificationRow on Notification {\n    id\n    kind\n    message\n    subjectType\n    subjectId\n    readAt\n    createdAt\n  }\n": types.NotificationRowFragmentDoc,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    me {\n      id\n      unreadNotificationCount\n      notifications(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          node {\n            ...NotificationRow\n          }\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  query Person($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      title\n      department\n      email\n      active\n      manager {\n        id\n        ...PersonCard\n      }\n      directReports {\n        id\n        ...PersonCard\n      }\n    }\n  }\n": types.PersonDocument,
    "\n  mutation CreatePlanItem($input: CreatePlanItemInput!) {\n    createPlanItem(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreatePlanItemDocument,
    "\n  fragment PlanItemCard on PlanItem {\n    id\n    version\n    kind\n    title\n    link\n    status\n    dueDate\n    overdue\n    reflection\n    completedAt\n    viewerCanEdit\n    skill {\n      id\n      name\n    }\n    goal {\n      id\n      title\n    }\n  }\n": types.PlanItemCardFragmentDoc,
    "\n  fragment PlanItemPage on PlanItemConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      node {\n        ...PlanItemCard\n      }\n    }\n  }\n": types.PlanItemPageFragmentDoc,
    "\n  mutation SetPlanItemStatus($input: SetPlanItemStatusInput!) {\n    setPlanItemStatus(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.SetPlanItemStatusDocument,
    "\n  mutation UpdatePlanItem($input: UpdatePlanItemInput!) {\n    updatePlanItem(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdatePlanItemDocument,
    "\n  mutation DeletePlanItem($input: DeletePlanItemInput!) {\n    deletePlanItem(input: $input)\n  }\n": types.DeletePlanItemDocument,
    "\n  query PlanPage(\n    $first: Int!\n    $inProgressAfter: String\n    $plannedAfter: String\n    $doneAfter: String\n    $droppedAfter: String\n  ) {\n    me {\n      id\n      developmentPlan {\n        completion\n        total\n        done\n        inProgress\n        planned\n        dropped\n        overdueCount\n        inProgressItems: items(status: IN_PROGRESS, first: $first, after: $inProgressAfter) {\n          ...PlanItemPage\n        }\n        plannedItems: items(status: PLANNED, first: $first, after: $plannedAfter) {\n          ...PlanItemPage\n        }\n        doneItems: items(status: DONE, first: $first, after: $doneAfter) {\n          ...PlanItemPage\n        }\n        droppedItems: items(status: DROPPED, first: $first, after: $droppedAfter) {\n          ...PlanItemPage\n        }\n      }\n      goals(first: 100) {\n        edges {\n          node {\n            id\n            title\n            status\n          }\n        }\n      }\n    }\n    skills {\n      id\n      name\n      category\n    }\n  }\n": types.PlanPageDocument,
    "\n  mutation RateSkill($input: RateSkillInput!) {\n    rateSkill(input: $input) {\n      id\n      level\n    }\n  }\n": types.RateSkillDocument,
    "\n  mutation SetGrowthArea($input: SetGrowthAreaInput!) {\n    setGrowthArea(input: $input) {\n      id\n    }\n  }\n": types.SetGrowthAreaDocument,
    "\n  fragment AssessmentSkill on Skill {\n    id\n    name\n    category\n    description\n  }\n": types.AssessmentSkillFragmentDoc,
    "\n  fragment AssessmentEntry on SkillProfileEntry {\n    skill {\n      id\n    }\n    selfLevel\n    managerLevel\n    threeSixtyLevel\n    markedAsGrowthArea\n    notes {\n      id\n      source\n      note\n    }\n    history(first: 20) {\n      id\n      level\n      note\n      source\n      createdAt\n      ratedBy {\n        id\n        name\n      }\n    }\n  }\n": types.AssessmentEntryFragmentDoc,
    "\n  fragment SkillInsights on SkillProfile {\n    strengths {\n      ...SkillInsightItem\n    }\n    growthAreas {\n      ...SkillInsightItem\n    }\n    blindSpots {\n      ...SkillInsightItem\n    }\n    hiddenStrengths {\n      ...SkillInsightItem\n    }\n  }\n": types.SkillInsightsFragmentDoc,
    "\n  fragment SkillInsightItem on SkillInsight {\n    explanation\n    skill {\n      id\n      name\n    }\n  }\n": types.SkillInsightItemFragmentDoc,
    "\n  query SkillsPage {\n    me {\n      id\n      skillProfile {\n        viewerCanRate\n        entries {\n          ...SkillLevelsChartEntry\n          ...AssessmentEntry\n        }\n        ...SkillInsights\n      }\n    }\n    skills {\n      ...AssessmentSkill\n    }\n  }\n": types.SkillsPageDocument,
    "\n  fragment MemberGoal on Goal {\n    id\n    title\n    status\n    health\n    progress\n    expectedProgress\n    dueDate\n    overdue\n    stale\n    version\n    updatedAt\n    lastCheckInAt\n    viewerCanApprove\n  }\n": types.MemberGoalFragmentDoc,
    "\n  fragment MemberPlan on DevelopmentPlan {\n    completion\n    total\n    done\n    inProgress\n    planned\n    overdueCount\n    items(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          dueDate\n          overdue\n          reflection\n          skill {\n            id\n            name\n          }\n          goal {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.MemberPlanFragmentDoc,
    "\n  fragment MemberSkills on SkillProfile {\n    viewerCanRate\n    entries {\n      skill {\n        id\n        name\n        category\n      }\n      selfLevel\n      managerLevel\n      threeSixtyLevel\n      combinedLevel\n      markedAsGrowthArea\n      lastRatedAt\n    }\n    strengths {\n      skill {\n        id\n        name\n      }\n      explanation\n    }\n    growthAreas {\n      skill {\n        id\n        name\n      }\n      explanation\n    }\n  }\n": types.MemberSkillsFragmentDoc,
    "\n  fragment MemberSummary on GrowthSummary {\n    activeGoals\n    onTrack\n    atRisk\n    offTrack\n    averageProgress\n    lastCheckInAt\n    planCompletion\n    goalsAwaitingApproval\n    overdueGoals\n    staleGoals\n    overduePlanItems\n  }\n": types.MemberSummaryFragmentDoc,
    "\n  mutation RateTeamMemberSkill($input: RateSkillInput!) {\n    rateSkill(input: $input) {\n      id\n      level\n      source\n    }\n  }\n": types.RateTeamMemberSkillDocument,
    "\n  fragment Moment on CheckIn {\n    id\n    kind\n    note\n    lesson\n    createdAt\n    goal {\n      id\n      title\n    }\n  }\n": types.MomentFragmentDoc,
    "\n  query TeamMemberPage($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      title\n      department\n      manager {\n        id\n        name\n      }\n      managementChain {\n        id\n      }\n      feedbackRounds {\n        id\n        status\n        closedAt\n        requests {\n          status\n        }\n      }\n      growthSummary {\n        ...MemberSummary\n      }\n      goals(first: 100) {\n        edges {\n          node {\n            ...MemberGoal\n          }\n        }\n      }\n      wins(first: 10) {\n        edges {\n          node {\n            ...Moment\n          }\n        }\n      }\n      setbacks(first: 10) {\n        edges {\n          node {\n            ...Moment\n          }\n        }\n      }\n      skillProfile {\n        ...MemberSkills\n      }\n      developmentPlan {\n        ...MemberPlan\n      }\n    }\n    skills {\n      id\n      name\n      category\n    }\n  }\n": types.TeamMemberPageDocument,
    "\n  mutation ApproveTeamGoal($input: ApproveGoalInput!) {\n    approveGoal(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ApproveTeamGoalDocument,
    "\n  mutation SendBackTeamGoal($input: SendBackGoalInput!) {\n    sendBackGoal(input: $input) {\n      id\n      status\n      version\n      approvalComment\n    }\n  }\n": types.SendBackTeamGoalDocument,
    "\n  fragment NeedsAttentionItem on AttentionItem {\n    reason\n    detail\n    employee {\n      id\n      name\n    }\n    goal {\n      id\n      title\n    }\n  }\n": types.NeedsAttentionItemFragmentDoc,
    "\n  fragment SkillHeatmap on SkillMatrix {\n    skills {\n      id\n      name\n      category\n    }\n    rows {\n      employee {\n        id\n        name\n      }\n      cells {\n        selfLevel\n        managerLevel\n        combinedLevel\n      }\n    }\n  }\n": types.SkillHeatmapFragmentDoc,
    "\n  fragment TeamTotalsFigures on TeamTotals {\n    members\n    activeGoals\n    averageProgress\n    onTrack\n    atRisk\n    offTrack\n    pendingApprovals\n  }\n": types.TeamTotalsFiguresFragmentDoc,
    "\n  query TeamDashboard($managerId: ID!, $scope: TeamScope!) {\n    teamOverview(managerId: $managerId, scope: $scope) {\n      scope\n      totals {\n        ...TeamTotalsFigures\n      }\n      needsAttention {\n        ...NeedsAttentionItem\n      }\n      members {\n        employee {\n          id\n          name\n          title\n          manager {\n            id\n            name\n          }\n          feedbackRounds {\n            id\n            status\n            closedAt\n            requests {\n              status\n            }\n          }\n        }\n        summary {\n          activeGoals\n          onTrack\n          atRisk\n          offTrack\n          goalsAwaitingApproval\n          averageProgress\n          lastCheckInAt\n          planCompletion\n        }\n        goals {\n          id\n          title\n          health\n          progress\n        }\n      }\n      approvalsWaiting {\n        id\n        title\n        dueDate\n        submittedAt\n        owner {\n          id\n          name\n        }\n        goal {\n          id\n          version\n          viewerCanApprove\n        }\n      }\n      skillMatrix {\n        ...SkillHeatmap\n      }\n    }\n  }\n": types.TeamDashboardDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n    }\n  }\n": types.SignInDocument,
    "\n  fragment GoalCard on Goal {\n    id\n    title\n    status\n    health\n    progress\n    expectedProgress\n    dueDate\n    overdue\n  }\n": types.GoalCardFragmentDoc,
    "\n  fragment SmartPanel on SmartAssessment {\n    specific\n    measurable\n    achievable\n    relevant\n    timeBound\n    hints {\n      criterion\n      message\n    }\n  }\n": types.SmartPanelFragmentDoc,
    "\n  fragment PlanSummaryCard on DevelopmentPlan {\n    completion\n    total\n    done\n    inProgress\n    planned\n    dropped\n    overdueCount\n    nextUp: items(first: 3, status: IN_PROGRESS) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          dueDate\n          overdue\n        }\n      }\n    }\n  }\n": types.PlanSummaryCardFragmentDoc,
    "\n  fragment SkillLevelsChartEntry on SkillProfileEntry {\n    skill {\n      id\n      name\n    }\n    selfLevel\n    managerLevel\n    threeSixtyLevel\n    markedAsGrowthArea\n  }\n": types.SkillLevelsChartEntryFragmentDoc,
    "\n  fragment StrengthsChart on SkillProfile {\n    strengths {\n      skill {\n        id\n      }\n    }\n    growthAreas {\n      skill {\n        id\n      }\n    }\n    entries {\n      ...SkillLevelsChartEntry\n    }\n  }\n": types.StrengthsChartFragmentDoc,
    "\n  fragment WinsTimeline on Employee {\n    recentWins: wins(first: 6) {\n      edges {\n        node {\n          ...TimelineCheckIn\n        }\n      }\n    }\n    recentSetbacks: setbacks(first: 6) {\n      edges {\n        node {\n          ...TimelineCheckIn\n        }\n      }\n    }\n  }\n": types.WinsTimelineFragmentDoc,
    "\n  fragment TimelineCheckIn on CheckIn {\n    id\n    kind\n    note\n    lesson\n    createdAt\n    goal {\n      id\n      title\n    }\n  }\n": types.TimelineCheckInFragmentDoc,
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
export function graphql(source: "\n  query MyGrowth {\n    me {\n      id\n      name\n      ...ProfileCard\n      ...MyTeam\n      ...NextActions\n      ...ActiveGoals\n      ...HomeWinsAndSetbacks\n      skillProfile {\n        ...StrengthsChart\n      }\n      developmentPlan {\n        ...PlanSummaryCard\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyGrowth {\n    me {\n      id\n      name\n      ...ProfileCard\n      ...MyTeam\n      ...NextActions\n      ...ActiveGoals\n      ...HomeWinsAndSetbacks\n      skillProfile {\n        ...StrengthsChart\n      }\n      developmentPlan {\n        ...PlanSummaryCard\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment NextActions on Employee {\n    directReports {\n      id\n      name\n      pendingGoals: goals(status: PENDING_APPROVAL, first: 10) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n    activeForCheckIns: goals(status: ACTIVE, first: 50) {\n      edges {\n        node {\n          id\n          title\n          lastCheckInAt\n        }\n      }\n    }\n    drafts: goals(status: DRAFT, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NextActions on Employee {\n    directReports {\n      id\n      name\n      pendingGoals: goals(status: PENDING_APPROVAL, first: 10) {\n        edges {\n          node {\n            id\n            title\n          }\n        }\n      }\n    }\n    activeForCheckIns: goals(status: ACTIVE, first: 50) {\n      edges {\n        node {\n          id\n          title\n          lastCheckInAt\n        }\n      }\n    }\n    drafts: goals(status: DRAFT, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment HomeWinsAndSetbacks on Employee {\n    homeWins: wins(first: 6) {\n      totalCount\n      edges {\n        node {\n          ...HomeTimelineEvent\n        }\n      }\n    }\n    homeSetbacks: setbacks(first: 6) {\n      totalCount\n      edges {\n        node {\n          ...HomeTimelineEvent\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment HomeWinsAndSetbacks on Employee {\n    homeWins: wins(first: 6) {\n      totalCount\n      edges {\n        node {\n          ...HomeTimelineEvent\n        }\n      }\n    }\n    homeSetbacks: setbacks(first: 6) {\n      totalCount\n      edges {\n        node {\n          ...HomeTimelineEvent\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HomeTimelineEvent on CheckIn {\n    id\n    kind\n    note\n    lesson\n    createdAt\n    goal {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment HomeTimelineEvent on CheckIn {\n    id\n    kind\n    note\n    lesson\n    createdAt\n    goal {\n      id\n      title\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment GoalProgressChart on Goal {\n    status\n    startDate\n    dueDate\n    progressHistory {\n      date\n      progress\n      expectedProgress\n    }\n  }\n"): (typeof documents)["\n  fragment GoalProgressChart on Goal {\n    status\n    startDate\n    dueDate\n    progressHistory {\n      date\n      progress\n      expectedProgress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalCheckInComment on CheckInComment {\n    id\n    body\n    createdAt\n    author {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment GoalCheckInComment on CheckInComment {\n    id\n    body\n    createdAt\n    author {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCheckInComment($input: AddCheckInCommentInput!) {\n    addCheckInComment(input: $input) {\n      ...GoalCheckInComment\n    }\n  }\n"): (typeof documents)["\n  mutation AddCheckInComment($input: AddCheckInCommentInput!) {\n    addCheckInComment(input: $input) {\n      ...GoalCheckInComment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalCheckInForm on Goal {\n    id\n    version\n    lastConfidence\n    keyResults {\n      id\n      title\n      unit\n      targetValue\n      currentValue\n    }\n  }\n"): (typeof documents)["\n  fragment GoalCheckInForm on Goal {\n    id\n    version\n    lastConfidence\n    keyResults {\n      id\n      title\n      unit\n      targetValue\n      currentValue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCheckIn($input: RecordCheckInInput!) {\n    recordCheckIn(input: $input) {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCheckIn($input: RecordCheckInInput!) {\n    recordCheckIn(input: $input) {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalCheckInPage on CheckInConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...GoalCheckIn\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment GoalCheckInPage on CheckInConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...GoalCheckIn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OlderCheckIns($id: ID!, $first: Int!, $after: String) {\n    goal(id: $id) {\n      id\n      checkIns(first: $first, after: $after) {\n        ...GoalCheckInPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query OlderCheckIns($id: ID!, $first: Int!, $after: String) {\n    goal(id: $id) {\n      id\n      checkIns(first: $first, after: $after) {\n        ...GoalCheckInPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalCheckIn on CheckIn {\n    id\n    kind\n    confidence\n    note\n    lesson\n    progress\n    createdAt\n    viewerCanComment\n    author {\n      id\n      name\n    }\n    values {\n      keyResultId\n      previousValue\n      value\n      keyResult {\n        id\n        title\n        unit\n      }\n    }\n    comments {\n      ...GoalCheckInComment\n    }\n  }\n"): (typeof documents)["\n  fragment GoalCheckIn on CheckIn {\n    id\n    kind\n    confidence\n    note\n    lesson\n    progress\n    createdAt\n    viewerCanComment\n    author {\n      id\n      name\n    }\n    values {\n      keyResultId\n      previousValue\n      value\n      keyResult {\n        id\n        title\n        unit\n      }\n    }\n    comments {\n      ...GoalCheckInComment\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment GoalKeyResultsEditor on Goal {\n    id\n    version\n    keyResults {\n      id\n      version\n      title\n      unit\n      startValue\n      targetValue\n    }\n  }\n"): (typeof documents)["\n  fragment GoalKeyResultsEditor on Goal {\n    id\n    version\n    keyResults {\n      id\n      version\n      title\n      unit\n      startValue\n      targetValue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestKeyResults($id: ID!) {\n    goal(id: $id) {\n      ...GoalKeyResultsEditor\n    }\n  }\n"): (typeof documents)["\n  query LatestKeyResults($id: ID!) {\n    goal(id: $id) {\n      ...GoalKeyResultsEditor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddKeyResult($input: AddKeyResultInput!) {\n    addKeyResult(input: $input) {\n      ...GoalKeyResultsEditor\n    }\n  }\n"): (typeof documents)["\n  mutation AddKeyResult($input: AddKeyResultInput!) {\n    addKeyResult(input: $input) {\n      ...GoalKeyResultsEditor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateKeyResult($input: UpdateKeyResultInput!) {\n    updateKeyResult(input: $input) {\n      ...GoalKeyResultsEditor\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateKeyResult($input: UpdateKeyResultInput!) {\n    updateKeyResult(input: $input) {\n      ...GoalKeyResultsEditor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveKeyResult($input: RemoveKeyResultInput!) {\n    removeKeyResult(input: $input) {\n      ...GoalKeyResultsEditor\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveKeyResult($input: RemoveKeyResultInput!) {\n    removeKeyResult(input: $input) {\n      ...GoalKeyResultsEditor\n    }\n  }\n"];
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
export function graphql(source: "\n  query GoalPage($id: ID!, $checkIns: Int!) {\n    goal(id: $id) {\n      id\n      version\n      title\n      description\n      status\n      visibility\n      startDate\n      dueDate\n      health\n      overdue\n      stale\n      approvalComment\n      approvedAt\n      viewerCanEdit\n      viewerCanApprove\n      owner {\n        id\n        name\n        title\n      }\n      approvedBy {\n        id\n        name\n      }\n      parent {\n        id\n        title\n      }\n      skills {\n        id\n        name\n      }\n      smart {\n        ...SmartPanel\n      }\n      ...GoalProgress\n      ...GoalEditor\n      ...GoalProgressChart\n      ...GoalCheckInForm\n      ...GoalPlanItems\n      ...GoalKeyResultsEditor\n      checkIns(first: $checkIns) {\n        ...GoalCheckInPage\n      }\n    }\n    skills {\n      ...SkillOption\n    }\n    me {\n      id\n      ...ParentGoalOptions\n    }\n  }\n"): (typeof documents)["\n  query GoalPage($id: ID!, $checkIns: Int!) {\n    goal(id: $id) {\n      id\n      version\n      title\n      description\n      status\n      visibility\n      startDate\n      dueDate\n      health\n      overdue\n      stale\n      approvalComment\n      approvedAt\n      viewerCanEdit\n      viewerCanApprove\n      owner {\n        id\n        name\n        title\n      }\n      approvedBy {\n        id\n        name\n      }\n      parent {\n        id\n        title\n      }\n      skills {\n        id\n        name\n      }\n      smart {\n        ...SmartPanel\n      }\n      ...GoalProgress\n      ...GoalEditor\n      ...GoalProgressChart\n      ...GoalCheckInForm\n      ...GoalPlanItems\n      ...GoalKeyResultsEditor\n      checkIns(first: $checkIns) {\n        ...GoalCheckInPage\n      }\n    }\n    skills {\n      ...SkillOption\n    }\n    me {\n      id\n      ...ParentGoalOptions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalPlanItems on Goal {\n    planItems {\n      id\n      title\n      kind\n      status\n      dueDate\n      overdue\n    }\n  }\n"): (typeof documents)["\n  fragment GoalPlanItems on Goal {\n    planItems {\n      id\n      title\n      kind\n      status\n      dueDate\n      overdue\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment MentorshipCard on Mentorship {\n    id\n    version\n    status\n    message\n    response\n    createdAt\n    startedAt\n    endedAt\n    viewerCanEnd\n    viewerCanRespond\n    focusSkills {\n      id\n      name\n    }\n    mentor {\n      id\n      name\n      title\n    }\n    mentee {\n      id\n      name\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment MentorshipCard on Mentorship {\n    id\n    version\n    status\n    message\n    response\n    createdAt\n    startedAt\n    endedAt\n    viewerCanEnd\n    viewerCanRespond\n    focusSkills {\n      id\n      name\n    }\n    mentor {\n      id\n      name\n      title\n    }\n    mentee {\n      id\n      name\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MentorSuggestionCard on MentorSuggestion {\n    reason\n    freeCapacity\n    mentor {\n      id\n      name\n      title\n      department\n    }\n    skills {\n      level\n      skill {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MentorSuggestionCard on MentorSuggestion {\n    reason\n    freeCapacity\n    mentor {\n      id\n      name\n      title\n      department\n    }\n    skills {\n      level\n      skill {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMentor($input: RequestMentorInput!) {\n    requestMentor(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestMentor($input: RequestMentorInput!) {\n    requestMentor(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptMentorship($input: RespondMentorshipInput!) {\n    acceptMentorship(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptMentorship($input: RespondMentorshipInput!) {\n    acceptMentorship(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineMentorship($input: RespondMentorshipInput!) {\n    declineMentorship(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineMentorship($input: RespondMentorshipInput!) {\n    declineMentorship(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteMentorship($input: MentorshipTransitionInput!) {\n    completeMentorship(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteMentorship($input: MentorshipTransitionInput!) {\n    completeMentorship(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMentorship($input: MentorshipTransitionInput!) {\n    cancelMentorship(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMentorship($input: MentorshipTransitionInput!) {\n    cancelMentorship(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentoringPage($me: ID!, $first: Int!) {\n    me {\n      id\n      mentorCapacity\n      skillProfile {\n        growthAreas {\n          skill {\n            id\n            name\n          }\n        }\n      }\n      asMentee: mentorships(role: MENTEE, first: $first) {\n        totalCount\n        edges {\n          node {\n            ...MentorshipCard\n          }\n        }\n      }\n      asMentor: mentorships(role: MENTOR, first: $first) {\n        totalCount\n        edges {\n          node {\n            ...MentorshipCard\n          }\n        }\n      }\n    }\n    mentorSuggestions(for: $me, first: 6) {\n      ...MentorSuggestionCard\n    }\n  }\n"): (typeof documents)["\n  query MentoringPage($me: ID!, $first: Int!) {\n    me {\n      id\n      mentorCapacity\n      skillProfile {\n        growthAreas {\n          skill {\n            id\n            name\n          }\n        }\n      }\n      asMentee: mentorships(role: MENTEE, first: $first) {\n        totalCount\n        edges {\n          node {\n            ...MentorshipCard\n          }\n        }\n      }\n      asMentor: mentorships(role: MENTOR, first: $first) {\n        totalCount\n        edges {\n          node {\n            ...MentorshipCard\n          }\n        }\n      }\n    }\n    mentorSuggestions(for: $me, first: 6) {\n      ...MentorSuggestionCard\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation CreatePlanItem($input: CreatePlanItemInput!) {\n    createPlanItem(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlanItem($input: CreatePlanItemInput!) {\n    createPlanItem(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanItemCard on PlanItem {\n    id\n    version\n    kind\n    title\n    link\n    status\n    dueDate\n    overdue\n    reflection\n    completedAt\n    viewerCanEdit\n    skill {\n      id\n      name\n    }\n    goal {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment PlanItemCard on PlanItem {\n    id\n    version\n    kind\n    title\n    link\n    status\n    dueDate\n    overdue\n    reflection\n    completedAt\n    viewerCanEdit\n    skill {\n      id\n      name\n    }\n    goal {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanItemPage on PlanItemConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      node {\n        ...PlanItemCard\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlanItemPage on PlanItemConnection {\n    totalCount\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n    edges {\n      node {\n        ...PlanItemCard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPlanItemStatus($input: SetPlanItemStatusInput!) {\n    setPlanItemStatus(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SetPlanItemStatus($input: SetPlanItemStatusInput!) {\n    setPlanItemStatus(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlanItem($input: UpdatePlanItemInput!) {\n    updatePlanItem(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlanItem($input: UpdatePlanItemInput!) {\n    updatePlanItem(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePlanItem($input: DeletePlanItemInput!) {\n    deletePlanItem(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeletePlanItem($input: DeletePlanItemInput!) {\n    deletePlanItem(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanPage(\n    $first: Int!\n    $inProgressAfter: String\n    $plannedAfter: String\n    $doneAfter: String\n    $droppedAfter: String\n  ) {\n    me {\n      id\n      developmentPlan {\n        completion\n        total\n        done\n        inProgress\n        planned\n        dropped\n        overdueCount\n        inProgressItems: items(status: IN_PROGRESS, first: $first, after: $inProgressAfter) {\n          ...PlanItemPage\n        }\n        plannedItems: items(status: PLANNED, first: $first, after: $plannedAfter) {\n          ...PlanItemPage\n        }\n        doneItems: items(status: DONE, first: $first, after: $doneAfter) {\n          ...PlanItemPage\n        }\n        droppedItems: items(status: DROPPED, first: $first, after: $droppedAfter) {\n          ...PlanItemPage\n        }\n      }\n      goals(first: 100) {\n        edges {\n          node {\n            id\n            title\n            status\n          }\n        }\n      }\n    }\n    skills {\n      id\n      name\n      category\n    }\n  }\n"): (typeof documents)["\n  query PlanPage(\n    $first: Int!\n    $inProgressAfter: String\n    $plannedAfter: String\n    $doneAfter: String\n    $droppedAfter: String\n  ) {\n    me {\n      id\n      developmentPlan {\n        completion\n        total\n        done\n        inProgress\n        planned\n        dropped\n        overdueCount\n        inProgressItems: items(status: IN_PROGRESS, first: $first, after: $inProgressAfter) {\n          ...PlanItemPage\n        }\n        plannedItems: items(status: PLANNED, first: $first, after: $plannedAfter) {\n          ...PlanItemPage\n        }\n        doneItems: items(status: DONE, first: $first, after: $doneAfter) {\n          ...PlanItemPage\n        }\n        droppedItems: items(status: DROPPED, first: $first, after: $droppedAfter) {\n          ...PlanItemPage\n        }\n      }\n      goals(first: 100) {\n        edges {\n          node {\n            id\n            title\n            status\n          }\n        }\n      }\n    }\n    skills {\n      id\n      name\n      category\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateSkill($input: RateSkillInput!) {\n    rateSkill(input: $input) {\n      id\n      level\n    }\n  }\n"): (typeof documents)["\n  mutation RateSkill($input: RateSkillInput!) {\n    rateSkill(input: $input) {\n      id\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGrowthArea($input: SetGrowthAreaInput!) {\n    setGrowthArea(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetGrowthArea($input: SetGrowthAreaInput!) {\n    setGrowthArea(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentSkill on Skill {\n    id\n    name\n    category\n    description\n  }\n"): (typeof documents)["\n  fragment AssessmentSkill on Skill {\n    id\n    name\n    category\n    description\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentEntry on SkillProfileEntry {\n    skill {\n      id\n    }\n    selfLevel\n    managerLevel\n    threeSixtyLevel\n    markedAsGrowthArea\n    notes {\n      id\n      source\n      note\n    }\n    history(first: 20) {\n      id\n      level\n      note\n      source\n      createdAt\n      ratedBy {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AssessmentEntry on SkillProfileEntry {\n    skill {\n      id\n    }\n    selfLevel\n    managerLevel\n    threeSixtyLevel\n    markedAsGrowthArea\n    notes {\n      id\n      source\n      note\n    }\n    history(first: 20) {\n      id\n      level\n      note\n      source\n      createdAt\n      ratedBy {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SkillInsights on SkillProfile {\n    strengths {\n      ...SkillInsightItem\n    }\n    growthAreas {\n      ...SkillInsightItem\n    }\n    blindSpots {\n      ...SkillInsightItem\n    }\n    hiddenStrengths {\n      ...SkillInsightItem\n    }\n  }\n"): (typeof documents)["\n  fragment SkillInsights on SkillProfile {\n    strengths {\n      ...SkillInsightItem\n    }\n    growthAreas {\n      ...SkillInsightItem\n    }\n    blindSpots {\n      ...SkillInsightItem\n    }\n    hiddenStrengths {\n      ...SkillInsightItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SkillInsightItem on SkillInsight {\n    explanation\n    skill {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SkillInsightItem on SkillInsight {\n    explanation\n    skill {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkillsPage {\n    me {\n      id\n      skillProfile {\n        viewerCanRate\n        entries {\n          ...SkillLevelsChartEntry\n          ...AssessmentEntry\n        }\n        ...SkillInsights\n      }\n    }\n    skills {\n      ...AssessmentSkill\n    }\n  }\n"): (typeof documents)["\n  query SkillsPage {\n    me {\n      id\n      skillProfile {\n        viewerCanRate\n        entries {\n          ...SkillLevelsChartEntry\n          ...AssessmentEntry\n        }\n        ...SkillInsights\n      }\n    }\n    skills {\n      ...AssessmentSkill\n    }\n  }\n"];
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
export function graphql(source: "\n  query TeamMemberPage($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      title\n      department\n      manager {\n        id\n        name\n      }\n      managementChain {\n        id\n      }\n      feedbackRounds {\n        id\n        status\n        closedAt\n        requests {\n          status\n        }\n      }\n      growthSummary {\n        ...MemberSummary\n      }\n      goals(first: 100) {\n        edges {\n          node {\n            ...MemberGoal\n          }\n        }\n      }\n      wins(first: 10) {\n        edges {\n          node {\n            ...Moment\n          }\n        }\n      }\n      setbacks(first: 10) {\n        edges {\n          node {\n            ...Moment\n          }\n        }\n      }\n      skillProfile {\n        ...MemberSkills\n      }\n      developmentPlan {\n        ...MemberPlan\n      }\n    }\n    skills {\n      id\n      name\n      category\n    }\n  }\n"): (typeof documents)["\n  query TeamMemberPage($id: ID!) {\n    employee(id: $id) {\n      id\n      name\n      title\n      department\n      manager {\n        id\n        name\n      }\n      managementChain {\n        id\n      }\n      feedbackRounds {\n        id\n        status\n        closedAt\n        requests {\n          status\n        }\n      }\n      growthSummary {\n        ...MemberSummary\n      }\n      goals(first: 100) {\n        edges {\n          node {\n            ...MemberGoal\n          }\n        }\n      }\n      wins(first: 10) {\n        edges {\n          node {\n            ...Moment\n          }\n        }\n      }\n      setbacks(first: 10) {\n        edges {\n          node {\n            ...Moment\n          }\n        }\n      }\n      skillProfile {\n        ...MemberSkills\n      }\n      developmentPlan {\n        ...MemberPlan\n      }\n    }\n    skills {\n      id\n      name\n      category\n    }\n  }\n"];
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
export function graphql(source: "\n  query TeamDashboard($managerId: ID!, $scope: TeamScope!) {\n    teamOverview(managerId: $managerId, scope: $scope) {\n      scope\n      totals {\n        ...TeamTotalsFigures\n      }\n      needsAttention {\n        ...NeedsAttentionItem\n      }\n      members {\n        employee {\n          id\n          name\n          title\n          manager {\n            id\n            name\n          }\n          feedbackRounds {\n            id\n            status\n            closedAt\n            requests {\n              status\n            }\n          }\n        }\n        summary {\n          activeGoals\n          onTrack\n          atRisk\n          offTrack\n          goalsAwaitingApproval\n          averageProgress\n          lastCheckInAt\n          planCompletion\n        }\n        goals {\n          id\n          title\n          health\n          progress\n        }\n      }\n      approvalsWaiting {\n        id\n        title\n        dueDate\n        submittedAt\n        owner {\n          id\n          name\n        }\n        goal {\n          id\n          version\n          viewerCanApprove\n        }\n      }\n      skillMatrix {\n        ...SkillHeatmap\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamDashboard($managerId: ID!, $scope: TeamScope!) {\n    teamOverview(managerId: $managerId, scope: $scope) {\n      scope\n      totals {\n        ...TeamTotalsFigures\n      }\n      needsAttention {\n        ...NeedsAttentionItem\n      }\n      members {\n        employee {\n          id\n          name\n          title\n          manager {\n            id\n            name\n          }\n          feedbackRounds {\n            id\n            status\n            closedAt\n            requests {\n              status\n            }\n          }\n        }\n        summary {\n          activeGoals\n          onTrack\n          atRisk\n          offTrack\n          goalsAwaitingApproval\n          averageProgress\n          lastCheckInAt\n          planCompletion\n        }\n        goals {\n          id\n          title\n          health\n          progress\n        }\n      }\n      approvalsWaiting {\n        id\n        title\n        dueDate\n        submittedAt\n        owner {\n          id\n          name\n        }\n        goal {\n          id\n          version\n          viewerCanApprove\n        }\n      }\n      skillMatrix {\n        ...SkillHeatmap\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment PlanSummaryCard on DevelopmentPlan {\n    completion\n    total\n    done\n    inProgress\n    planned\n    dropped\n    overdueCount\n    nextUp: items(first: 3, status: IN_PROGRESS) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          dueDate\n          overdue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlanSummaryCard on DevelopmentPlan {\n    completion\n    total\n    done\n    inProgress\n    planned\n    dropped\n    overdueCount\n    nextUp: items(first: 3, status: IN_PROGRESS) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          title\n          dueDate\n          overdue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SkillLevelsChartEntry on SkillProfileEntry {\n    skill {\n      id\n      name\n    }\n    selfLevel\n    managerLevel\n    threeSixtyLevel\n    markedAsGrowthArea\n  }\n"): (typeof documents)["\n  fragment SkillLevelsChartEntry on SkillProfileEntry {\n    skill {\n      id\n      name\n    }\n    selfLevel\n    managerLevel\n    threeSixtyLevel\n    markedAsGrowthArea\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StrengthsChart on SkillProfile {\n    strengths {\n      skill {\n        id\n      }\n    }\n    growthAreas {\n      skill {\n        id\n      }\n    }\n    entries {\n      ...SkillLevelsChartEntry\n    }\n  }\n"): (typeof documents)["\n  fragment StrengthsChart on SkillProfile {\n    strengths {\n      skill {\n        id\n      }\n    }\n    growthAreas {\n      skill {\n        id\n      }\n    }\n    entries {\n      ...SkillLevelsChartEntry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WinsTimeline on Employee {\n    recentWins: wins(first: 6) {\n      edges {\n        node {\n          ...TimelineCheckIn\n        }\n      }\n    }\n    recentSetbacks: setbacks(first: 6) {\n      edges {\n        node {\n          ...TimelineCheckIn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment WinsTimeline on Employee {\n    recentWins: wins(first: 6) {\n      edges {\n        node {\n          ...TimelineCheckIn\n        }\n      }\n    }\n    recentSetbacks: setbacks(first: 6) {\n      edges {\n        node {\n          ...TimelineCheckIn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimelineCheckIn on CheckIn {\n    id\n    kind\n    note\n    lesson\n    createdAt\n    goal {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment TimelineCheckIn on CheckIn {\n    id\n    kind\n    note\n    lesson\n    createdAt\n    goal {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonCard on Employee {\n    id\n    name\n    title\n  }\n"): (typeof documents)["\n  fragment PersonCard on Employee {\n    id\n    name\n    title\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;