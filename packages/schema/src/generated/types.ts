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

export type AddCheckInCommentInput = {
  body: Scalars['String']['input'];
  checkInId: Scalars['ID']['input'];
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

/** Someone, or one of their goals, that a manager should look at. */
export type AttentionItem = {
  /** One sentence for a person, e.g. “Ship search v2” is 42 % done with 80 % of the time gone. */
  detail: Scalars['String']['output'];
  employee: Employee;
  /** Null when the reason is about the person. */
  goal: Maybe<TrackedGoal>;
  /** The most urgent reason. */
  reason: AttentionReason;
  /** Every reason that applies, most urgent first. */
  reasons: Array<AttentionReason>;
};

/** Why someone needs attention. Most urgent first: OFF_TRACK, OVERDUE, STALE, PENDING_APPROVAL, AT_RISK, NO_ACTIVE_GOALS. */
export type AttentionReason =
  | 'AT_RISK'
  | 'NO_ACTIVE_GOALS'
  | 'OFF_TRACK'
  | 'OVERDUE'
  | 'PENDING_APPROVAL'
  | 'STALE';

/** A progress check-in on a goal. */
export type CheckIn = {
  /** Null when the author left (except for HR). */
  author: Maybe<Employee>;
  /** Oldest first. */
  comments: Array<CheckInComment>;
  /** How sure the author is to reach the goal, 0–10. */
  confidence: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  goal: Maybe<Goal>;
  id: Scalars['ID']['output'];
  kind: CheckInKind;
  /** What was learned; required for a setback. */
  lesson: Maybe<Scalars['String']['output']>;
  note: Scalars['String']['output'];
  /** The goal's progress (0–1) right after this check-in. */
  progress: Scalars['Float']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The key results this check-in set. */
  values: Array<CheckInValue>;
  /** Whether you may comment on this check-in. */
  viewerCanComment: Scalars['Boolean']['output'];
};

/** A comment on a check-in. */
export type CheckInComment = {
  /** Null when the author left (except for HR). */
  author: Maybe<Employee>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type CheckInConnection = {
  edges: Array<CheckInEdge>;
  pageInfo: PageInfo;
  /** How many items match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type CheckInEdge = {
  cursor: Scalars['String']['output'];
  node: CheckIn;
};

/** UPDATE: progress as usual. WIN: something to celebrate. SETBACK: went wrong; says what was learned. */
export type CheckInKind =
  | 'SETBACK'
  | 'UPDATE'
  | 'WIN';

/** A key result's value set by a check-in. */
export type CheckInValue = {
  keyResult: KeyResult;
  keyResultId: Scalars['ID']['output'];
  previousValue: Scalars['Float']['output'];
  value: Scalars['Float']['output'];
};

/** The new current value of one of the goal's key results. */
export type CheckInValueInput = {
  keyResultId: Scalars['ID']['input'];
  value: Scalars['Float']['input'];
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

/** A new item of your own development plan, PLANNED. */
export type CreatePlanItemInput = {
  /** YYYY-MM-DD. */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  /** One of your own goals it contributes to. */
  goalId?: InputMaybe<Scalars['ID']['input']>;
  kind: PlanItemKind;
  /** An http(s) address: the course, the book, the doc. */
  link?: InputMaybe<Scalars['String']['input']>;
  /** The skill it develops, from the catalog. */
  skillId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type CreateSkillInput = {
  category?: Scalars['String']['input'];
  description?: Scalars['String']['input'];
  name: Scalars['String']['input'];
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

export type DeletePlanItemInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** Goal adoption, goal health and development activity of one department. */
export type DepartmentInsights = {
  activeGoals: Scalars['Int']['output'];
  atRisk: Scalars['Int']['output'];
  /** Mean progress of active goals, 0–1; null without any. */
  averageProgress: Maybe<Scalars['Float']['output']>;
  /** Check-ins recorded in the last 30 days. */
  checkInsLast30Days: Scalars['Int']['output'];
  /** The department's name; empty for people without one. */
  department: Scalars['String']['output'];
  /** peopleWithActiveGoals / headcount, 0–1. */
  goalAdoption: Scalars['Float']['output'];
  /** Active people. */
  headcount: Scalars['Int']['output'];
  offTrack: Scalars['Int']['output'];
  onTrack: Scalars['Int']['output'];
  /** People with at least one active goal. */
  peopleWithActiveGoals: Scalars['Int']['output'];
  /** Plan items done / (all − dropped), 0–1; null without plan items. */
  planCompletion: Maybe<Scalars['Float']['output']>;
};

/** An employee's development plan with its completion figures. */
export type DevelopmentPlan = {
  /** 0–1: done ÷ (total − dropped); null when no item counts (none, or all dropped). */
  completion: Maybe<Scalars['Float']['output']>;
  done: Scalars['Int']['output'];
  dropped: Scalars['Int']['output'];
  inProgress: Scalars['Int']['output'];
  /** The items by due date (undated last), then creation. */
  items: PlanItemConnection;
  /** Items past their due date that are neither done nor dropped. */
  overdueCount: Scalars['Int']['output'];
  planned: Scalars['Int']['output'];
  /** All items, whatever their status. */
  total: Scalars['Int']['output'];
};


/** An employee's development plan with its completion figures. */
export type DevelopmentPlanItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<PlanItemStatus>;
};

/** A person in the organization. */
export type Employee = {
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  department: Scalars['String']['output'];
  /** This person's development plan; null unless you are them, above them, their active mentor or HR. */
  developmentPlan: Maybe<DevelopmentPlan>;
  directReports: Array<Employee>;
  email: Scalars['String']['output'];
  /** The key of this person in the HR system of record. */
  externalId: Maybe<Scalars['String']['output']>;
  /** 360 rounds about this person that you may see, newest first (at most 50). */
  feedbackRounds: Array<FeedbackRound>;
  /** This person's goals you may see, newest first. */
  goals: GoalConnection;
  /** Null unless you are this person, one of their managers (any level) or HR. */
  growthSummary: Maybe<GrowthSummary>;
  id: Scalars['ID']['output'];
  /** Everyone above this person, nearest manager first. */
  managementChain: Array<Employee>;
  manager: Maybe<Employee>;
  /** How many mentees this person takes at once as a mentor. */
  mentorCapacity: Scalars['Int']['output'];
  /** This person's mentorships you may see, as mentor, mentee or both; newest first. */
  mentorships: MentorshipConnection;
  name: Scalars['String']['output'];
  /** Your notifications, unread first, then newest first. Only on yourself. */
  notifications: NotificationConnection;
  role: Role;
  /** SETBACK check-ins (with their lessons) on this person's goals you may see. */
  setbacks: CheckInConnection;
  /** Strengths and weaknesses. Null unless you are this person, their manager, active mentor or HR. */
  skillProfile: Maybe<SkillProfile>;
  /** Everyone below this person at any depth, by name. */
  team: Array<Employee>;
  title: Scalars['String']['output'];
  /** How many unread notifications you have (for the badge). Only on yourself. */
  unreadNotificationCount: Scalars['Int']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-locking version: send it back with an edit. */
  version: Scalars['Int']['output'];
  /** WIN check-ins on this person's goals you may see. */
  wins: CheckInConnection;
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
export type EmployeeMentorshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  role?: InputMaybe<MentorshipRole>;
  status?: InputMaybe<MentorshipStatus>;
};


/** A person in the organization. */
export type EmployeeNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  unreadOnly?: Scalars['Boolean']['input'];
};


/** A person in the organization. */
export type EmployeeSetbacksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A person in the organization. */
export type EmployeeWinsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
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
  /** Newest first. */
  checkIns: CheckInConnection;
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
  /** Plan items that serve this goal; empty unless you may see the owner's development plan. */
  planItems: Array<PlanItem>;
  /** 0–1: the weighted mean of the key results' progress. */
  progress: Scalars['Float']['output'];
  /** For a chart, oldest first: the start, each check-in, and now for an active goal. */
  progressHistory: Array<ProgressPoint>;
  /** The skills this goal develops. */
  skills: Array<Skill>;
  smart: SmartAssessment;
  /** Active and without a check-in (or any key result update) for 30 days. */
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


/** A SMART development goal of one employee. */
export type GoalCheckInsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
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

/** Where someone stands with their growth. Visible to them, their managers and HR. */
export type GrowthSummary = {
  activeGoals: Scalars['Int']['output'];
  /** Goals of people below them waiting for approval. */
  approvalsToGive: Scalars['Int']['output'];
  atRisk: Scalars['Int']['output'];
  /** 0–1: mean progress of the active goals; null without any. */
  averageProgress: Maybe<Scalars['Float']['output']>;
  /** Their own goals waiting for a manager's approval. */
  goalsAwaitingApproval: Scalars['Int']['output'];
  /** The latest check-in on any of their goals. */
  lastCheckInAt: Maybe<Scalars['DateTimeISO']['output']>;
  offTrack: Scalars['Int']['output'];
  /** Active goals on track. */
  onTrack: Scalars['Int']['output'];
  /** Active goals past their due date. */
  overdueGoals: Scalars['Int']['output'];
  /** Plan items planned or in progress whose due date has passed. */
  overduePlanItems: Scalars['Int']['output'];
  /** 0–1: done plan items out of those not dropped; null without such items. */
  planCompletion: Maybe<Scalars['Float']['output']>;
  /** Active goals without a check-in or update for 30 days. */
  staleGoals: Scalars['Int']['output'];
};

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

/** A growth-area skill of the mentee in which the suggested mentor is strong. */
export type MentorSkillMatch = {
  /** The mentor's combined level (1–5), to one decimal. */
  level: Scalars['Float']['output'];
  skill: Skill;
};

/** A colleague who could mentor someone, and why. */
export type MentorSuggestion = {
  /** How many more mentees they can take on. */
  freeCapacity: Scalars['Int']['output'];
  mentor: Employee;
  /** Why, for a person: “Strong in Public speaking (4.5) and SQL (4.0)”. */
  reason: Scalars['String']['output'];
  /** The mentee's growth areas they cover, strongest first. */
  skills: Array<MentorSkillMatch>;
};

/** A mentoring relationship between two colleagues. */
export type Mentorship = {
  createdAt: Scalars['DateTimeISO']['output'];
  endedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The skills the mentee wants to grow, by name. */
  focusSkills: Array<Skill>;
  id: Scalars['ID']['output'];
  /** Null when they left (except for HR). */
  mentee: Maybe<Employee>;
  /** Null when they left (except for HR). */
  mentor: Maybe<Employee>;
  /** What the mentee wrote with the request. */
  message: Scalars['String']['output'];
  /** What the mentor answered, e.g. why they declined. */
  response: Maybe<Scalars['String']['output']>;
  startedAt: Maybe<Scalars['DateTimeISO']['output']>;
  status: MentorshipStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
  /** Whether you may complete or cancel it now. */
  viewerCanEnd: Scalars['Boolean']['output'];
  /** Whether you may accept or decline it now. */
  viewerCanRespond: Scalars['Boolean']['output'];
};

export type MentorshipConnection = {
  edges: Array<MentorshipEdge>;
  pageInfo: PageInfo;
  /** How many items match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** How well mentoring reaches the people who want to grow. */
export type MentorshipCoverage = {
  activeMentorships: Scalars['Int']['output'];
  /** The share of the two above, 0–1; null when nobody has growth areas. */
  coverage: Maybe<Scalars['Float']['output']>;
  /** Active people with at least one marked growth area. */
  peopleWithGrowthAreas: Scalars['Int']['output'];
  /** …of whom have an active mentor. */
  peopleWithGrowthAreasMentored: Scalars['Int']['output'];
  /** Requests waiting for a mentor's answer. */
  proposedMentorships: Scalars['Int']['output'];
};

export type MentorshipEdge = {
  cursor: Scalars['String']['output'];
  node: Mentorship;
};

/** Which side of a mentorship the person is on. */
export type MentorshipRole =
  | 'MENTEE'
  | 'MENTOR';

/** PROPOSED → ACTIVE → COMPLETED | CANCELLED; a proposal can also be DECLINED or CANCELLED. */
export type MentorshipStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'PROPOSED';

/** A step of a mentorship at `version`. */
export type MentorshipTransitionInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type Mutation = {
  abandonGoal: Goal;
  /** For the mentor: starts the mentorship, within your capacity. */
  acceptMentorship: Mentorship;
  /** For the goal's owner, their management chain, and an active mentor on a TEAM or ORGANIZATION goal. */
  addCheckInComment: CheckInComment;
  /** Returns the goal, with its new version. */
  addKeyResult: Goal;
  /** For the subject's managers: approves the waiting nominations. */
  approveFeedbackNominations: FeedbackRound;
  /** For the owner's management chain: activates a submitted goal. */
  approveGoal: Goal;
  /** For the mentor or the mentee: withdraws a request or stops a mentorship. */
  cancelMentorship: Mentorship;
  /** Closes an open round now; the report becomes readable. */
  closeFeedbackRound: FeedbackRound;
  completeGoal: Goal;
  /** For the mentor or the mentee: ends an active mentorship well. */
  completeMentorship: Mentorship;
  /** The token is in the answer once and never again. */
  createApiToken: CreatedApiToken;
  createEmployee: Employee;
  /** A new draft round, about yourself or someone in your team. */
  createFeedbackRound: FeedbackRound;
  /** A new draft goal of yours. */
  createGoal: Goal;
  /** Adds an item to your own development plan. */
  createPlanItem: PlanItem;
  /** Adds a skill to the catalog (HR admins). A duplicate name is a CONFLICT. */
  createSkill: Skill;
  /** Declines a request, with a reason. */
  declineFeedbackRequest: MyFeedbackRequest;
  /** For the mentor: says no, with an optional note. */
  declineMentorship: Mentorship;
  /** Removes an item from your plan; returns its id. */
  deletePlanItem: Scalars['ID']['output'];
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
  /** Rates a skill of yours (SELF) or of someone below you in the reporting line (MANAGER). Ratings are never overwritten: the newest per source is the current level. */
  rateSkill: SkillRating;
  /** For the goal's owner, on an active goal: sets the given key results' values and records the check-in. */
  recordCheckIn: CheckIn;
  /** For the subject's managers and HR: reminds reviewers who haven't answered (once a day at most). */
  remindFeedbackReviewers: Scalars['Int']['output'];
  /** Withdraws a nomination from a draft (a manager's “no”). */
  removeFeedbackNomination: FeedbackRound;
  /** Returns the goal, with its new version. */
  removeKeyResult: Goal;
  /** Asks a colleague to mentor you; refused when they are at capacity or already asked. */
  requestMentor: Mentorship;
  revokeApiToken: ApiToken;
  /** For the owner's management chain: back to draft, with a comment. */
  sendBackGoal: Goal;
  /** Marks or unmarks a growth area of yours or of someone you manage; returns that person. */
  setGrowthArea: Employee;
  /** Moves an item to a status; DONE needs a reflection (`input.reflection`). */
  setPlanItemStatus: PlanItem;
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
  /** Fails with CONFLICT when `version` is not the current one. */
  updatePlanItem: PlanItem;
  /** Renames or re-describes a skill (HR admins); CONFLICT on a stale version. */
  updateSkill: Skill;
};


export type MutationAbandonGoalArgs = {
  input: GoalTransitionInput;
};


export type MutationAcceptMentorshipArgs = {
  input: RespondMentorshipInput;
};


export type MutationAddCheckInCommentArgs = {
  input: AddCheckInCommentInput;
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


export type MutationCancelMentorshipArgs = {
  input: MentorshipTransitionInput;
};


export type MutationCloseFeedbackRoundArgs = {
  input: FeedbackRoundTransitionInput;
};


export type MutationCompleteGoalArgs = {
  input: GoalTransitionInput;
};


export type MutationCompleteMentorshipArgs = {
  input: MentorshipTransitionInput;
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


export type MutationCreatePlanItemArgs = {
  input: CreatePlanItemInput;
};


export type MutationCreateSkillArgs = {
  input: CreateSkillInput;
};


export type MutationDeclineFeedbackRequestArgs = {
  input: DeclineFeedbackRequestInput;
};


export type MutationDeclineMentorshipArgs = {
  input: RespondMentorshipInput;
};


export type MutationDeletePlanItemArgs = {
  input: DeletePlanItemInput;
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


export type MutationRateSkillArgs = {
  input: RateSkillInput;
};


export type MutationRecordCheckInArgs = {
  input: RecordCheckInInput;
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


export type MutationRequestMentorArgs = {
  input: RequestMentorInput;
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendBackGoalArgs = {
  input: SendBackGoalInput;
};


export type MutationSetGrowthAreaArgs = {
  input: SetGrowthAreaInput;
};


export type MutationSetPlanItemStatusArgs = {
  input: SetPlanItemStatusInput;
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


export type MutationUpdatePlanItemArgs = {
  input: UpdatePlanItemInput;
};


export type MutationUpdateSkillArgs = {
  input: UpdateSkillInput;
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

/** Organization-wide insights for HR. */
export type OrganizationInsights = {
  /** By department name. */
  departments: Array<DepartmentInsights>;
  /** People with an active goal / headcount, 0–1. */
  goalAdoption: Scalars['Float']['output'];
  headcount: Scalars['Int']['output'];
  mentorship: MentorshipCoverage;
  /** Every catalog skill, by category and name. */
  skills: Array<SkillCoverage>;
};

export type PageInfo = {
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** An activity in a development plan: a course, mentoring, a book, a project… */
export type PlanItem = {
  completedAt: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** YYYY-MM-DD. */
  dueDate: Maybe<Scalars['String']['output']>;
  /** Whose plan it belongs to. */
  employee: Maybe<Employee>;
  /** The goal it serves, if you may see that goal. */
  goal: Maybe<Goal>;
  id: Scalars['ID']['output'];
  kind: PlanItemKind;
  /** Where to find it: a course page, a book, a doc. */
  link: Maybe<Scalars['String']['output']>;
  /** Past its due date and neither done nor dropped. */
  overdue: Scalars['Boolean']['output'];
  /** What the person took from it; required to mark it done. */
  reflection: Maybe<Scalars['String']['output']>;
  /** The skill it develops. */
  skill: Maybe<Skill>;
  status: PlanItemStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-locking version: send it back with an edit. */
  version: Scalars['Int']['output'];
  /** Whether you may change this item (it is in your plan). */
  viewerCanEdit: Scalars['Boolean']['output'];
};

export type PlanItemConnection = {
  edges: Array<PlanItemEdge>;
  pageInfo: PageInfo;
  /** How many items match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PlanItemEdge = {
  cursor: Scalars['String']['output'];
  node: PlanItem;
};

/** What kind of development activity. */
export type PlanItemKind =
  | 'COACHING'
  | 'COURSE'
  | 'MENTORING'
  | 'OTHER'
  | 'PROJECT'
  | 'READING';

/** PLANNED → IN_PROGRESS → DONE (with a reflection) or DROPPED. */
export type PlanItemStatus =
  | 'DONE'
  | 'DROPPED'
  | 'IN_PROGRESS'
  | 'PLANNED';

/** One point of a goal's progress chart. */
export type ProgressPoint = {
  /** When: the goal's start, a check-in, or now. */
  date: Scalars['DateTimeISO']['output'];
  /** 0–1: where the goal should be by then; null without a due date. */
  expectedProgress: Maybe<Scalars['Float']['output']>;
  /** 0–1: the goal's progress at that moment. */
  progress: Scalars['Float']['output'];
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
  /** Colleagues strong in the person's growth areas who could mentor them, best match first. For yourself, or for someone you manage (HR: anyone). Empty when they have no growth areas. */
  mentorSuggestions: Array<MentorSuggestion>;
  /** A mentorship you may see; NOT_FOUND otherwise. */
  mentorship: Mentorship;
  /** Feedback you were asked for, in open and closed rounds: open ones first, soonest closing first. */
  myFeedbackRequests: Array<MyFeedbackRequest>;
  /** Goal adoption and health by department, skill coverage and mentoring reach (HR admins). */
  organizationInsights: OrganizationInsights;
  /** The skills catalog, by category and name. */
  skills: Array<Skill>;
  /** How SMART an unsaved goal would be, with the same rules and hints as `Goal.smart`. Achievable is never met before approval. */
  smartAssessment: SmartAssessment;
  /** A manager's team as the dashboard shows it. For the manager, the managers above them and HR; FORBIDDEN otherwise. */
  teamOverview: TeamOverview;
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


export type QueryMentorSuggestionsArgs = {
  first?: Scalars['Int']['input'];
  for: Scalars['ID']['input'];
};


export type QueryMentorshipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyFeedbackRequestsArgs = {
  status?: InputMaybe<FeedbackRequestStatus>;
};


export type QuerySmartAssessmentArgs = {
  input: SmartDraftInput;
};


export type QueryTeamOverviewArgs = {
  managerId: Scalars['ID']['input'];
  scope?: TeamScope;
};

/** Rates yourself (SELF) or someone you manage at any level (MANAGER); the history is kept. */
export type RateSkillInput = {
  employeeId: Scalars['ID']['input'];
  /** 1 (beginner) to 5 (expert). */
  level: Scalars['Int']['input'];
  /** Why this level: an example, what would raise it. */
  note?: Scalars['String']['input'];
  skillId: Scalars['ID']['input'];
};

/** SELF: the employee about themself. MANAGER: someone in their management chain. */
export type RatingSource =
  | 'MANAGER'
  | 'SELF';

/** A check-in on an active goal of yours. */
export type RecordCheckInInput = {
  /** How sure you are to reach the goal, 0–10. */
  confidence: Scalars['Int']['input'];
  goalId: Scalars['ID']['input'];
  /** The goal's version you read; when given, a newer version answers CONFLICT. */
  goalVersion?: InputMaybe<Scalars['Int']['input']>;
  kind?: CheckInKind;
  /** What you learned; required for a setback. */
  lesson?: InputMaybe<Scalars['String']['input']>;
  note?: Scalars['String']['input'];
  /** Values for any of the goal's key results; the others keep theirs. */
  values?: Array<CheckInValueInput>;
};

export type RemoveKeyResultInput = {
  /** The goal's version. */
  goalVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

/** Asks a colleague to mentor you. */
export type RequestMentorInput = {
  /** The skills you want to grow with their help. */
  focusSkillIds?: Array<Scalars['ID']['input']>;
  mentorId: Scalars['ID']['input'];
  /** Why them, and what you hope for. */
  message?: Scalars['String']['input'];
};

/** The mentor's answer to a request, with an optional note. */
export type RespondMentorshipInput = {
  id: Scalars['ID']['input'];
  response?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
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

/** Marks (true) or unmarks (false) a skill as a growth area, for yourself or a report. */
export type SetGrowthAreaInput = {
  employeeId: Scalars['ID']['input'];
  growthArea: Scalars['Boolean']['input'];
  skillId: Scalars['ID']['input'];
};

/** Moves an item to `status`; DONE needs a reflection. */
export type SetPlanItemStatusInput = {
  id: Scalars['ID']['input'];
  /** What you took from it; required for DONE. */
  reflection?: InputMaybe<Scalars['String']['input']>;
  status: PlanItemStatus;
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

/** How many people are strong in a skill, and how many want to grow in it. */
export type SkillCoverage = {
  /** People for whom it is a growth area (marked or rated low). */
  growthAreas: Scalars['Int']['output'];
  /** People rated on it at all. */
  rated: Scalars['Int']['output'];
  skill: Skill;
  /** People whose combined level is a strength (decision 009). */
  strong: Scalars['Int']['output'];
};

/** A skill in one of the profile's lists, and why it is there. */
export type SkillInsight = {
  /** Written for the person reading the profile. */
  explanation: Scalars['String']['output'];
  skill: Skill;
};

/** Skills × members: every skill rated for any member, in catalog order. */
export type SkillMatrix = {
  /** One row per member, in the members' order. */
  rows: Array<SkillMatrixRow>;
  /** By category, then name. */
  skills: Array<Skill>;
};

/** One person's current levels in one skill. */
export type SkillMatrixCell = {
  /** The mean of the levels that exist. */
  combinedLevel: Maybe<Scalars['Float']['output']>;
  /** The newest rating by anyone in their management chain. */
  managerLevel: Maybe<Scalars['Int']['output']>;
  /** Their newest self rating, 1–5. */
  selfLevel: Maybe<Scalars['Int']['output']>;
  skill: Skill;
};

export type SkillMatrixRow = {
  /** One cell per skill of the matrix, in its order. */
  cells: Array<SkillMatrixCell>;
  employee: Employee;
};

/** Strengths and weaknesses: self, manager and 360 levels per skill, and the lists derived from them (thresholds in docs/decisions/009-skill-profile.md). */
export type SkillProfile = {
  /** Self rates at least 1 above others; largest gap first. */
  blindSpots: Array<SkillInsight>;
  /** One per skill with any rating or growth-area mark, by name. */
  entries: Array<SkillProfileEntry>;
  /** Marked as a growth area, or combined level 2.5 or less; lowest first. */
  growthAreas: Array<SkillInsight>;
  /** Others rate at least 1 above self; largest gap first. */
  hiddenStrengths: Array<SkillInsight>;
  /** Combined level 4 or more; highest first. */
  strengths: Array<SkillInsight>;
  /** Whether you may rate these skills and mark growth areas. */
  viewerCanRate: Scalars['Boolean']['output'];
};

/** Everything known about one skill of one person. */
export type SkillProfileEntry = {
  /** The mean of the self, manager and 360 levels that exist. */
  combinedLevel: Maybe<Scalars['Float']['output']>;
  /** Every self and manager rating of this skill, newest first. */
  history: Array<SkillRating>;
  /** When this skill was last rated (self or manager). */
  lastRatedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The newest rating by anyone in the management chain (skip-level managers too). */
  managerLevel: Maybe<Scalars['Int']['output']>;
  /** Chosen as a growth area by the person or their manager. */
  markedAsGrowthArea: Scalars['Boolean']['output'];
  /** The current self and manager ratings that carry a note. */
  notes: Array<SkillRating>;
  /** The mean of the manager and 360 levels that exist. */
  othersLevel: Maybe<Scalars['Float']['output']>;
  /** The newest self rating. */
  selfLevel: Maybe<Scalars['Int']['output']>;
  skill: Skill;
  /** From closed 360 feedback rounds. */
  threeSixtyLevel: Maybe<Scalars['Float']['output']>;
};


/** Everything known about one skill of one person. */
export type SkillProfileEntryHistoryArgs = {
  first?: Scalars['Int']['input'];
};

/** A rating of an employee's skill, 1 (beginner) to 5 (expert). */
export type SkillRating = {
  createdAt: Scalars['DateTimeISO']['output'];
  /** Whose skill was rated. */
  employee: Maybe<Employee>;
  id: Scalars['ID']['output'];
  level: Scalars['Int']['output'];
  note: Scalars['String']['output'];
  /** Who rated; null when they left. */
  ratedBy: Maybe<Employee>;
  source: RatingSource;
  updatedAt: Scalars['DateTimeISO']['output'];
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

export type SmartDraftInput = {
  description?: Scalars['String']['input'];
  /** YYYY-MM-DD. */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  keyResults?: Array<SmartDraftKeyResultInput>;
  parentGoalId?: InputMaybe<Scalars['ID']['input']>;
  skillIds?: Array<Scalars['ID']['input']>;
  /** YYYY-MM-DD; today when empty. */
  startDate?: InputMaybe<Scalars['String']['input']>;
  title?: Scalars['String']['input'];
};

/** A key result as it is being typed: a number not typed yet is null. Title and unit don't change the assessment; they are accepted so a form can send its rows as they are. */
export type SmartDraftKeyResultInput = {
  startValue?: InputMaybe<Scalars['Float']['input']>;
  targetValue?: InputMaybe<Scalars['Float']['input']>;
  title?: Scalars['String']['input'];
  unit?: Scalars['String']['input'];
};

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

export type TeamMember = {
  employee: Employee;
  /** Their active and submitted goals, by due date. */
  goals: Array<TrackedGoal>;
  summary: GrowthSummary;
};

/** What the manager dashboard renders for one manager's team. */
export type TeamOverview = {
  /** Members' goals waiting for approval, longest waiting first. The manager may approve each. */
  approvalsWaiting: Array<TrackedGoal>;
  manager: Employee;
  /** By name. */
  members: Array<TeamMember>;
  /** Goals and people to look at: off track, overdue, stale, waiting for approval, at risk, idle. */
  needsAttention: Array<AttentionItem>;
  scope: TeamScope;
  skillMatrix: SkillMatrix;
  totals: TeamTotals;
};

/** DIRECT: the manager's direct reports. ALL: everyone below the manager, at any depth. */
export type TeamScope =
  | 'ALL'
  | 'DIRECT';

/** Figures across the whole team. */
export type TeamTotals = {
  activeGoals: Scalars['Int']['output'];
  atRisk: Scalars['Int']['output'];
  /** 0–1: mean progress of all members' active goals. */
  averageProgress: Maybe<Scalars['Float']['output']>;
  members: Scalars['Int']['output'];
  offTrack: Scalars['Int']['output'];
  onTrack: Scalars['Int']['output'];
  overdueGoals: Scalars['Int']['output'];
  pendingApprovals: Scalars['Int']['output'];
  staleGoals: Scalars['Int']['output'];
};

/** An active or submitted goal with where it stands: what the team views list for each person. */
export type TrackedGoal = {
  /** YYYY-MM-DD. */
  dueDate: Maybe<Scalars['String']['output']>;
  /** 0–1: share of the time gone; null without a due date. */
  expectedProgress: Maybe<Scalars['Float']['output']>;
  /** The goal itself: key results, skills, approval… */
  goal: Goal;
  /** Null unless active with a due date. */
  health: Maybe<GoalHealth>;
  id: Scalars['ID']['output'];
  /** The latest of approval, key-result update and check-in: what staleness counts from. */
  lastActivityAt: Maybe<Scalars['DateTimeISO']['output']>;
  lastCheckInAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The last check-in's confidence, 0–10. */
  lastConfidence: Maybe<Scalars['Int']['output']>;
  overdue: Scalars['Boolean']['output'];
  /** Null when the owner left (except for HR). */
  owner: Maybe<Employee>;
  /** 0–1, from the key results. */
  progress: Scalars['Float']['output'];
  stale: Scalars['Boolean']['output'];
  /** ACTIVE or PENDING_APPROVAL. */
  status: GoalStatus;
  /** When it was submitted, while it waits for approval. */
  submittedAt: Maybe<Scalars['DateTimeISO']['output']>;
  title: Scalars['String']['output'];
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

/** Only the given fields change; `clear…` removes a value. `version` must be the one you read. */
export type UpdatePlanItemInput = {
  clearDueDate?: InputMaybe<Scalars['Boolean']['input']>;
  clearGoal?: InputMaybe<Scalars['Boolean']['input']>;
  clearLink?: InputMaybe<Scalars['Boolean']['input']>;
  clearSkill?: InputMaybe<Scalars['Boolean']['input']>;
  dueDate?: InputMaybe<Scalars['String']['input']>;
  goalId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<PlanItemKind>;
  link?: InputMaybe<Scalars['String']['input']>;
  skillId?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** Only the given fields change. */
export type UpdateSkillInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};
