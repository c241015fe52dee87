export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

export type AddKeyResultInput = {
  /** Defaults to the start value. */
  currentValue?: InputMaybe<Scalars['Float']['input']>;
  goalId: Scalars['ID']['input'];
  /** The goal's version. */
  goalVersion: Scalars['Int']['input'];
  startValue: Scalars['Float']['input'];
  targetValue: Scalars['Float']['input'];
  title: Scalars['String']['input'];
  unit?: Scalars['String']['input'];
  /** Relative weight; leave empty for equal weights. */
  weight?: InputMaybe<Scalars['Float']['input']>;
};

export type ApiScope =
  | 'EMPLOYEES_READ'
  | 'EMPLOYEES_WRITE'
  | 'SKILLS_READ';

/** An API token for an HR integration (the token itself is shown only once). */
export type ApiToken = {
  createdAt: Scalars['DateTimeISO']['output'];
  expiresAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  lastUsedAt: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
  scopes: Array<ApiScope>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type ApproveGoalInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type CreateApiTokenInput = {
  /** Leave empty for a token that does not expire. */
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** What the token is for, e.g. 'Workday sync'. */
  name: Scalars['String']['input'];
  scopes: Array<ApiScope>;
};

export type CreateEmployeeInput = {
  department?: Scalars['String']['input'];
  email: Scalars['String']['input'];
  externalId?: InputMaybe<Scalars['String']['input']>;
  managerId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  role?: Role;
  title?: Scalars['String']['input'];
};

/** A new 360 round, as a draft. Empty fields take the defaults. */
export type CreateFeedbackRoundInput = {
  anonymityThreshold?: Scalars['Int']['input'];
  /** When the round closes by itself (in the future, within a year). */
  closesAt: Scalars['DateTimeISO']['input'];
  /** Open questions; when empty, what they should keep doing and what they could do differently. */
  questions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Skills to rate; when empty, the subject's growth areas and strengths, else their goals' skills. */
  skillIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Whom the round is about; yourself when empty. */
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  /** “360 feedback for <name>” when empty. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A new goal of the signed-in person, as a draft. */
export type CreateGoalInput = {
  description?: Scalars['String']['input'];
  /** YYYY-MM-DD. */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  keyResults?: Array<KeyResultInput>;
  /** A goal this one contributes to. */
  parentGoalId?: InputMaybe<Scalars['ID']['input']>;
  skillIds?: Array<Scalars['ID']['input']>;
  /** YYYY-MM-DD; today when empty. */
  startDate?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  visibility?: GoalVisibility;
};

export type CreatedApiToken = {
  apiToken: ApiToken;
  /** The secret. It is shown only once and can't be recovered. */
  token: Scalars['String']['output'];
};

export type DeclineFeedbackRequestInput = {
  /** Shown with your name to whoever chases answers, e.g. “We haven't worked together”. */
  reason: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};

/** A person in the organization. */
export type Employee = {
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  department: Scalars['String']['output'];
  directReports: Array<Employee>;
  email: Scalars['String']['output'];
  /** The key of this person in the HR system of record. */
  externalId: Maybe<Scalars['String']['output']>;
  /** 360 rounds about this person that you may see, newest first (at most 50). */
  feedbackRounds: Array<FeedbackRound>;
  /** This person's goals you may see, newest first. */
  goals: GoalConnection;
  id: Scalars['ID']['output'];
  /** Everyone above this person, nearest manager first. */
  managementChain: Array<Employee>;
  manager: Maybe<Employee>;
  /** How many mentees this person takes at once as a mentor. */
  mentorCapacity: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Your notifications, unread first, then newest first. Only on yourself. */
  notifications: NotificationConnection;
  role: Role;
  /** Everyone below this person at any depth, by name. */
  team: Array<Employee>;
  title: Scalars['String']['output'];
  /** How many unread notifications you have (for the badge). Only on yourself. */
  unreadNotificationCount: Scalars['Int']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-locking version: send it back with an edit. */
  version: Scalars['Int']['output'];
};


/** A person in the organization. */
export type EmployeeFeedbackRoundsArgs = {
  status?: InputMaybe<FeedbackRoundStatus>;
};


/** A person in the organization. */
export type EmployeeGoalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<GoalStatus>;
};


/** A person in the organization. */
export type EmployeeNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  unreadOnly?: Scalars['Boolean']['input'];
};

export type EmployeeConnection = {
  edges: Array<EmployeeEdge>;
  pageInfo: PageInfo;
  /** How many items match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type EmployeeEdge = {
  cursor: Scalars['String']['output'];
  node: Employee;
};

/** Narrows the directory. All given filters apply together. */
export type EmployeeFilter = {
  department?: InputMaybe<Scalars['String']['input']>;
  /** Include people who left (HR only). */
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this manager's direct reports. */
  managerId?: InputMaybe<Scalars['ID']['input']>;
  /** Matches name, email or title, ignoring case. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type FeedbackAnswerInput = {
  /** The question's position in the round's `questions`. */
  questionIndex: Scalars['Int']['input'];
  text: Scalars['String']['input'];
};

/** An answer to one of the round's open questions. */
export type FeedbackAnswerValue = {
  question: Scalars['String']['output'];
  /** The question's position in the round's `questions`. */
  questionIndex: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/** A comment from a shown group: no reviewer, no time, in a new order on every read. */
export type FeedbackComment = {
  relationship: FeedbackRelationship;
  text: Scalars['String']['output'];
};

/** What launching a feedback cycle did. */
export type FeedbackCycleResult = {
  /** Rounds created (as drafts, with self and manager requests). */
  launched: Scalars['Int']['output'];
  /** People skipped because a round about them is already a draft or open. */
  skipped: Scalars['Int']['output'];
};

/** One relationship group's figure for a skill. */
export type FeedbackGroupScore = {
  /** The mean rating; null when fewer than `threshold` people of the group rated this skill. */
  average: Maybe<Scalars['Float']['output']>;
  /** How many rated it; null along with `average`. */
  ratingCount: Maybe<Scalars['Int']['output']>;
  relationship: FeedbackRelationship;
};

/** A relationship group in the report. */
export type FeedbackGroupSummary = {
  relationship: FeedbackRelationship;
  /** How many answered; null for a suppressed group (the number itself could identify them). */
  responseCount: Maybe<Scalars['Int']['output']>;
  /** False when fewer than `threshold` answered: the group is left out entirely. */
  shown: Scalars['Boolean']['output'];
};

/** What was answered to one open question. */
export type FeedbackQuestionResult = {
  /** Answers of the shown groups, shuffled on every read. */
  comments: Array<FeedbackComment>;
  /** The manager's answer (attributed). */
  manager: Maybe<Scalars['String']['output']>;
  question: Scalars['String']['output'];
  questionIndex: Scalars['Int']['output'];
  /** The subject's own answer (attributed). */
  self: Maybe<Scalars['String']['output']>;
};

export type FeedbackRatingInput = {
  /** 1–5, or empty for “can't say”. */
  level?: InputMaybe<Scalars['Int']['input']>;
  skillId: Scalars['ID']['input'];
};

/** A rating in a response: 1–5, or null for “can't say”. */
export type FeedbackRatingValue = {
  level: Maybe<Scalars['Int']['output']>;
  skill: Skill;
};

/** How a reviewer knows the subject. SELF and MANAGER are attributed in the report; every other group is shown only from the round's anonymity threshold. */
export type FeedbackRelationship =
  | 'DIRECT_REPORT'
  | 'MANAGER'
  | 'MENTOR'
  | 'OTHER'
  | 'PEER'
  | 'SELF';

/** The report of a closed round. Self and manager are attributed; every other group appears only with at least `threshold` answers, and is otherwise left out of every figure and comment. */
export type FeedbackReport = {
  blindSpots: Array<Skill>;
  /** The anonymous groups that were asked, shown or not, in a fixed order. */
  groups: Array<FeedbackGroupSummary>;
  /** Growth areas, lowest combined level first. */
  growthAreas: Array<Skill>;
  hiddenStrengths: Array<Skill>;
  /** Whether the manager's feedback was submitted. */
  managerSubmitted: Scalars['Boolean']['output'];
  questions: Array<FeedbackQuestionResult>;
  /** Whether the subject's self-assessment was submitted. */
  selfSubmitted: Scalars['Boolean']['output'];
  skills: Array<FeedbackSkillResult>;
  /** Strengths, highest combined level first. */
  strengths: Array<Skill>;
  /** The groups left out because too few answered, so the page can say so plainly. */
  suppressedGroups: Array<FeedbackRelationship>;
  threshold: Scalars['Int']['output'];
};

/** Who was asked for feedback in a round and where their request stands. Never carries what they answered. */
export type FeedbackRequest = {
  /** False while the subject's nomination waits for their manager's approval. */
  approved: Scalars['Boolean']['output'];
  /** Why the reviewer declined (shown to whoever chases answers, with the reviewer's name). */
  declineReason: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  relationship: FeedbackRelationship;
  /** Null when they left (except for HR). */
  reviewer: Maybe<Employee>;
  status: FeedbackRequestStatus;
};

export type FeedbackRequestIdInput = {
  requestId: Scalars['ID']['input'];
};

/** PENDING: not answered (yet). SUBMITTED: answered. DECLINED: the reviewer said no, or left. */
export type FeedbackRequestStatus =
  | 'DECLINED'
  | 'PENDING'
  | 'SUBMITTED';

/** What one reviewer answered. Only ever returned to that reviewer (`MyFeedbackRequest.response`). */
export type FeedbackResponseContent = {
  answers: Array<FeedbackAnswerValue>;
  ratings: Array<FeedbackRatingValue>;
};

/** A 360 feedback round about one person. */
export type FeedbackRound = {
  /** How many answers a group (peers, direct reports…) needs before the report shows it. */
  anonymityThreshold: Scalars['Int']['output'];
  closedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the round closes by itself; answers are refused from then on. */
  closesAt: Scalars['DateTimeISO']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Your own request in this round, if you were asked. */
  myRequest: Maybe<MyFeedbackRequest>;
  openedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The open questions, in order. */
  questions: Array<Scalars['String']['output']>;
  /** The report, once the round is closed, for the subject, their managers and HR (FORBIDDEN otherwise). Every read is audited. */
  report: Maybe<FeedbackReport>;
  /** Who was asked, who answered and who declined — never what they answered. For the subject, their managers and HR. */
  requests: Maybe<Array<FeedbackRequest>>;
  /** The skills reviewers rate, by name. */
  skills: Array<Skill>;
  status: FeedbackRoundStatus;
  /** Whom the round is about. */
  subject: Maybe<Employee>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-locking version: send it back with an edit. */
  version: Scalars['Int']['output'];
  /** Whether you approve this round's nominations. */
  viewerCanApproveNominations: Scalars['Boolean']['output'];
  /** Whether you may edit, nominate for, open and close this round. */
  viewerCanManage: Scalars['Boolean']['output'];
  /** Whether you may read the report now. */
  viewerCanReadReport: Scalars['Boolean']['output'];
};

export type FeedbackRoundIdInput = {
  roundId: Scalars['ID']['input'];
};

/** DRAFT: reviewers are being nominated and approved. OPEN: reviewers answer. CLOSED: the report can be read. */
export type FeedbackRoundStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

export type FeedbackRoundTransitionInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** How a skill was seen, and what it means. */
export type FeedbackSkillResult = {
  /** The subject rates themself at least a level above how others see them. */
  blindSpot: Scalars['Boolean']['output'];
  /** The mean of self, manager and others (decision 009). */
  combined: Maybe<Scalars['Float']['output']>;
  /** One entry per shown group, in a fixed order. */
  groups: Array<FeedbackGroupScore>;
  growthArea: Scalars['Boolean']['output'];
  /** Others see the subject at least a level above their own rating. */
  hiddenStrength: Scalars['Boolean']['output'];
  /** The manager's rating (attributed). */
  manager: Maybe<Scalars['Int']['output']>;
  /** All others: the mean of every rating from the shown groups (never from a suppressed one). */
  others: Maybe<Scalars['Float']['output']>;
  othersCount: Maybe<Scalars['Int']['output']>;
  /** The subject's own rating (attributed). */
  self: Maybe<Scalars['Int']['output']>;
  skill: Skill;
  strength: Scalars['Boolean']['output'];
};

/** A SMART development goal of one employee. */
export type Goal = {
  /** What the approver said: why it was sent back, or a note with the approval. */
  approvalComment: Maybe<Scalars['String']['output']>;
  approvedAt: Maybe<Scalars['DateTimeISO']['output']>;
  approvedBy: Maybe<Employee>;
  completedAt: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  /** YYYY-MM-DD. */
  dueDate: Maybe<Scalars['String']['output']>;
  /** 0–1: the share of the time from start to due date that has passed; null without a due date. */
  expectedProgress: Maybe<Scalars['Float']['output']>;
  /** Null unless the goal is active with a due date. */
  health: Maybe<GoalHealth>;
  id: Scalars['ID']['output'];
  keyResults: Array<KeyResult>;
  /** When the last check-in was recorded. */
  lastCheckInAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The last check-in's confidence, 0–10. */
  lastConfidence: Maybe<Scalars['Int']['output']>;
  /** Active and past its due date. */
  overdue: Scalars['Boolean']['output'];
  /** Null when the owner left (except for HR). */
  owner: Maybe<Employee>;
  /** The goal this one contributes to, if you may see it. */
  parent: Maybe<Goal>;
  /** 0–1: the weighted mean of the key results' progress. */
  progress: Scalars['Float']['output'];
  /** The skills this goal develops. */
  skills: Array<Skill>;
  smart: SmartAssessment;
  /** Active and without any update for 30 days. */
  stale: Scalars['Boolean']['output'];
  /** YYYY-MM-DD. */
  startDate: Scalars['String']['output'];
  status: GoalStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-locking version: send it back with an edit. */
  version: Scalars['Int']['output'];
  /** Whether you may approve or send back this goal now. */
  viewerCanApprove: Scalars['Boolean']['output'];
  /** Whether you may edit this goal and its key results. */
  viewerCanEdit: Scalars['Boolean']['output'];
  visibility: GoalVisibility;
};

export type GoalConnection = {
  edges: Array<GoalEdge>;
  pageInfo: PageInfo;
  /** How many items match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type GoalEdge = {
  cursor: Scalars['String']['output'];
  node: Goal;
};

/** How far progress lags behind the time elapsed (and the last check-in's confidence). */
export type GoalHealth =
  | 'AT_RISK'
  | 'OFF_TRACK'
  | 'ON_TRACK';

/** DRAFT → PENDING_APPROVAL → ACTIVE → COMPLETED | ABANDONED; sending back returns to DRAFT. */
export type GoalStatus =
  | 'ABANDONED'
  | 'ACTIVE'
  | 'COMPLETED'
  | 'DRAFT'
  | 'PENDING_APPROVAL';

/** A status change of a goal at `version`. */
export type GoalTransitionInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** PRIVATE: the owner, their management chain and HR. TEAM: also the owner's same-manager peers. ORGANIZATION: everyone signed in. */
export type GoalVisibility =
  | 'ORGANIZATION'
  | 'PRIVATE'
  | 'TEAM';

/** A measurable outcome of a goal: from a start value to a target. */
export type KeyResult = {
  createdAt: Scalars['DateTimeISO']['output'];
  currentValue: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  /** 0–1: clamp((current − start) / (target − start)). */
  progress: Scalars['Float']['output'];
  startValue: Scalars['Float']['output'];
  targetValue: Scalars['Float']['output'];
  title: Scalars['String']['output'];
  /** What the numbers count, e.g. `ms`, `%`, `customers`. */
  unit: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
  /** Relative weight in the goal's progress; null counts as 1. */
  weight: Maybe<Scalars['Float']['output']>;
};

export type KeyResultInput = {
  /** Defaults to the start value. */
  currentValue?: InputMaybe<Scalars['Float']['input']>;
  startValue: Scalars['Float']['input'];
  targetValue: Scalars['Float']['input'];
  title: Scalars['String']['input'];
  unit?: Scalars['String']['input'];
  /** Relative weight; leave empty for equal weights. */
  weight?: InputMaybe<Scalars['Float']['input']>;
};

/** One round for every active person of a department, or of the whole organization. */
export type LaunchFeedbackCycleInput = {
  anonymityThreshold?: Scalars['Int']['input'];
  closesAt: Scalars['DateTimeISO']['input'];
  /** The department; the whole organization when empty. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Skills to rate for people with no growth areas, strengths or goal skills yet. */
  fallbackSkillIds?: Array<Scalars['ID']['input']>;
  questions?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type LoginPayload = {
  employee: Employee;
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Send it as `Authorization: Bearer <token>`. Shown only now. */
  token: Scalars['String']['output'];
};

export type Mutation = {
  abandonGoal: Goal;
  /** Returns the goal, with its new version. */
  addKeyResult: Goal;
  /** For the subject's managers: approves the waiting nominations. */
  approveFeedbackNominations: FeedbackRound;
  /** For the owner's management chain: activates a submitted goal. */
  approveGoal: Goal;
  /** Closes an open round now; the report becomes readable. */
  closeFeedbackRound: FeedbackRound;
  completeGoal: Goal;
  /** The token is in the answer once and never again. */
  createApiToken: CreatedApiToken;
  createEmployee: Employee;
  /** A new draft round, about yourself or someone in your team. */
  createFeedbackRound: FeedbackRound;
  /** A new draft goal of yours. */
  createGoal: Goal;
  /** Declines a request, with a reason. */
  declineFeedbackRequest: MyFeedbackRequest;
  /** For HR: a draft round for every active person of a department or of the organization. */
  launchFeedbackCycle: FeedbackCycleResult;
  /** Wrong email and wrong password get the same UNAUTHENTICATED answer. */
  login: LoginPayload;
  /** Revokes the session of the token that sent this request. */
  logout: Scalars['Boolean']['output'];
  /** Marks your notifications read: the given ones, or all of them without `ids`. Returns how many changed. */
  markNotificationsRead: Scalars['Int']['output'];
  /** Asks more people, in a draft. The subject's own nominations wait for their manager's approval. */
  nominateFeedbackReviewers: FeedbackRound;
  /** Opens a draft: every reviewer is asked (notified). */
  openFeedbackRound: FeedbackRound;
  /** For the subject's managers and HR: reminds reviewers who haven't answered (once a day at most). */
  remindFeedbackReviewers: Scalars['Int']['output'];
  /** Withdraws a nomination from a draft (a manager's “no”). */
  removeFeedbackNomination: FeedbackRound;
  /** Returns the goal, with its new version. */
  removeKeyResult: Goal;
  revokeApiToken: ApiToken;
  /** For the owner's management chain: back to draft, with a comment. */
  sendBackGoal: Goal;
  /** Submits your ratings and answers, or replaces them until the round closes. */
  submitFeedback: MyFeedbackRequest;
  /** Asks your manager to approve; needs the goal to be S, M, R and T. */
  submitGoal: Goal;
  /** Fails with CONFLICT when `version` is not the current one. */
  updateEmployee: Employee;
  /** Fails with CONFLICT when `version` is not the current one. */
  updateFeedbackRound: FeedbackRound;
  /** Fails with CONFLICT when `version` is not the current one. */
  updateGoal: Goal;
  /** Returns the goal, with its new version. */
  updateKeyResult: Goal;
};


export type MutationAbandonGoalArgs = {
  input: GoalTransitionInput;
};


export type MutationAddKeyResultArgs = {
  input: AddKeyResultInput;
};


export type MutationApproveFeedbackNominationsArgs = {
  input: FeedbackRoundIdInput;
};


export type MutationApproveGoalArgs = {
  input: ApproveGoalInput;
};


export type MutationCloseFeedbackRoundArgs = {
  input: FeedbackRoundTransitionInput;
};


export type MutationCompleteGoalArgs = {
  input: GoalTransitionInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateEmployeeArgs = {
  input: CreateEmployeeInput;
};


export type MutationCreateFeedbackRoundArgs = {
  input: CreateFeedbackRoundInput;
};


export type MutationCreateGoalArgs = {
  input: CreateGoalInput;
};


export type MutationDeclineFeedbackRequestArgs = {
  input: DeclineFeedbackRequestInput;
};


export type MutationLaunchFeedbackCycleArgs = {
  input: LaunchFeedbackCycleInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkNotificationsReadArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationNominateFeedbackReviewersArgs = {
  input: NominateFeedbackReviewersInput;
};


export type MutationOpenFeedbackRoundArgs = {
  input: FeedbackRoundTransitionInput;
};


export type MutationRemindFeedbackReviewersArgs = {
  input: FeedbackRoundIdInput;
};


export type MutationRemoveFeedbackNominationArgs = {
  input: FeedbackRequestIdInput;
};


export type MutationRemoveKeyResultArgs = {
  input: RemoveKeyResultInput;
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendBackGoalArgs = {
  input: SendBackGoalInput;
};


export type MutationSubmitFeedbackArgs = {
  input: SubmitFeedbackInput;
};


export type MutationSubmitGoalArgs = {
  input: GoalTransitionInput;
};


export type MutationUpdateEmployeeArgs = {
  input: UpdateEmployeeInput;
};


export type MutationUpdateFeedbackRoundArgs = {
  input: UpdateFeedbackRoundInput;
};


export type MutationUpdateGoalArgs = {
  input: UpdateGoalInput;
};


export type MutationUpdateKeyResultArgs = {
  input: UpdateKeyResultInput;
};

/** A feedback request addressed to you, with what you answered. Nobody else gets this type. */
export type MyFeedbackRequest = {
  declineReason: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  relationship: FeedbackRelationship;
  /** What you answered; null until you submit. */
  response: Maybe<FeedbackResponseContent>;
  round: FeedbackRound;
  status: FeedbackRequestStatus;
  /** Optimistic-locking version: send it back when you submit. */
  version: Scalars['Int']['output'];
  /** Whether you can still submit or change your answers. */
  viewerCanAnswer: Scalars['Boolean']['output'];
};

export type NominateFeedbackReviewersInput = {
  reviewers: Array<NominationInput>;
  roundId: Scalars['ID']['input'];
};

export type NominationInput = {
  employeeId: Scalars['ID']['input'];
  /** PEER, DIRECT_REPORT, MENTOR or OTHER: self and manager are asked automatically. */
  relationship: FeedbackRelationship;
};

/** An in-app notification. */
export type Notification = {
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** One sentence for a person, e.g. “Maya submitted “Ship search v2” for approval”. */
  message: Scalars['String']['output'];
  readAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The id of what it is about, to link to it. */
  subjectId: Maybe<Scalars['String']['output']>;
  /** What it is about: `goal`, `mentorship`, `feedbackRound`… */
  subjectType: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type NotificationConnection = {
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  /** How many items match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  cursor: Scalars['String']['output'];
  node: Notification;
};

/** What a notification is about. */
export type NotificationKind =
  | 'CHECK_IN_DUE'
  | 'FEEDBACK_NOMINATIONS_TO_APPROVE'
  | 'FEEDBACK_REMINDER'
  | 'FEEDBACK_REPORT_READY'
  | 'FEEDBACK_REQUESTED'
  | 'GOAL_APPROVAL_REQUESTED'
  | 'GOAL_APPROVED'
  | 'GOAL_SENT_BACK'
  | 'MENTORSHIP_ACCEPTED'
  | 'MENTORSHIP_DECLINED'
  | 'MENTORSHIP_ENDED'
  | 'MENTORSHIP_REQUESTED';

export type PageInfo = {
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  /** Integration tokens, newest first (HR admins). */
  apiTokens: Array<ApiToken>;
  employee: Employee;
  /** The directory, ordered by name. */
  employees: EmployeeConnection;
  /** A round you may see; NOT_FOUND otherwise, whether or not it exists. */
  feedbackRound: FeedbackRound;
  /** A goal you may see; NOT_FOUND otherwise, whether or not it exists. */
  goal: Goal;
  /** The signed-in person. */
  me: Employee;
  /** Feedback you were asked for, in open and closed rounds: open ones first, soonest closing first. */
  myFeedbackRequests: Array<MyFeedbackRequest>;
  /** The skills catalog, by category and name. */
  skills: Array<Skill>;
};


export type QueryEmployeeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEmployeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EmployeeFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryFeedbackRoundArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGoalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyFeedbackRequestsArgs = {
  status?: InputMaybe<FeedbackRequestStatus>;
};

export type RemoveKeyResultInput = {
  /** The goal's version. */
  goalVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

/** What a person may administer, beyond their own growth. */
export type Role =
  | 'EMPLOYEE'
  | 'HR_ADMIN';

export type SendBackGoalInput = {
  /** What to change before submitting again. */
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** A skill in the organization's catalog, managed by HR. */
export type Skill = {
  category: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
};

/** Which SMART criteria the goal meets, with a hint for each one it doesn't. */
export type SmartAssessment = {
  /** Agreed with the management chain: the goal was approved. */
  achievable: Scalars['Boolean']['output'];
  hints: Array<SmartHint>;
  measurable: Scalars['Boolean']['output'];
  relevant: Scalars['Boolean']['output'];
  specific: Scalars['Boolean']['output'];
  timeBound: Scalars['Boolean']['output'];
};

export type SmartCriterion =
  | 'ACHIEVABLE'
  | 'MEASURABLE'
  | 'RELEVANT'
  | 'SPECIFIC'
  | 'TIME_BOUND';

/** What to do next to meet one SMART criterion, written for the goal's owner. */
export type SmartHint = {
  criterion: SmartCriterion;
  message: Scalars['String']['output'];
};

/** Your answers; submitting again replaces them, until the round closes. */
export type SubmitFeedbackInput = {
  answers?: Array<FeedbackAnswerInput>;
  ratings?: Array<FeedbackRatingInput>;
  requestId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** Only the given fields change. `version` must be the one you read. */
export type UpdateEmployeeInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  clearManager?: InputMaybe<Scalars['Boolean']['input']>;
  department?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  externalId?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** The new manager; use `clearManager` to remove one. */
  managerId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** Changes to a round. Skills, questions and threshold change only in DRAFT. */
export type UpdateFeedbackRoundInput = {
  anonymityThreshold?: InputMaybe<Scalars['Int']['input']>;
  /** May also move while the round is open. */
  closesAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  id: Scalars['ID']['input'];
  questions?: InputMaybe<Array<Scalars['String']['input']>>;
  skillIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** Only the given fields change. `version` must be the one you read. */
export type UpdateGoalInput = {
  clearDueDate?: InputMaybe<Scalars['Boolean']['input']>;
  clearParent?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  dueDate?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** The new parent goal; use `clearParent` to remove it. */
  parentGoalId?: InputMaybe<Scalars['ID']['input']>;
  /** Replaces the linked skills. */
  skillIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  startDate?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
  visibility?: InputMaybe<GoalVisibility>;
};

/** Only the given fields change. `version` is the key result's. */
export type UpdateKeyResultInput = {
  currentValue?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['ID']['input'];
  startValue?: InputMaybe<Scalars['Float']['input']>;
  targetValue?: InputMaybe<Scalars['Float']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
  weight?: InputMaybe<Scalars['Float']['input']>;
};
