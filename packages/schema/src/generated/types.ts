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

/** A person in the organization. */
export type Employee = {
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  department: Scalars['String']['output'];
  directReports: Array<Employee>;
  email: Scalars['String']['output'];
  /** The key of this person in the HR system of record. */
  externalId: Maybe<Scalars['String']['output']>;
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
  /** For the owner's management chain: activates a submitted goal. */
  approveGoal: Goal;
  completeGoal: Goal;
  /** The token is in the answer once and never again. */
  createApiToken: CreatedApiToken;
  createEmployee: Employee;
  /** A new draft goal of yours. */
  createGoal: Goal;
  /** Wrong email and wrong password get the same UNAUTHENTICATED answer. */
  login: LoginPayload;
  /** Revokes the session of the token that sent this request. */
  logout: Scalars['Boolean']['output'];
  /** Marks your notifications read: the given ones, or all of them without `ids`. Returns how many changed. */
  markNotificationsRead: Scalars['Int']['output'];
  /** Returns the goal, with its new version. */
  removeKeyResult: Goal;
  revokeApiToken: ApiToken;
  /** For the owner's management chain: back to draft, with a comment. */
  sendBackGoal: Goal;
  /** Asks your manager to approve; needs the goal to be S, M, R and T. */
  submitGoal: Goal;
  /** Fails with CONFLICT when `version` is not the current one. */
  updateEmployee: Employee;
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


export type MutationApproveGoalArgs = {
  input: ApproveGoalInput;
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


export type MutationCreateGoalArgs = {
  input: CreateGoalInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkNotificationsReadArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
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


export type MutationSubmitGoalArgs = {
  input: GoalTransitionInput;
};


export type MutationUpdateEmployeeArgs = {
  input: UpdateEmployeeInput;
};


export type MutationUpdateGoalArgs = {
  input: UpdateGoalInput;
};


export type MutationUpdateKeyResultArgs = {
  input: UpdateKeyResultInput;
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
  /** A goal you may see; NOT_FOUND otherwise, whether or not it exists. */
  goal: Goal;
  /** The signed-in person. */
  me: Employee;
  /** The skills catalog, by category and name. */
  skills: Array<Skill>;
  /** How SMART an unsaved goal would be, with the same rules and hints as `Goal.smart`. Achievable is never met before approval. */
  smartAssessment: SmartAssessment;
};


export type QueryEmployeeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEmployeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EmployeeFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryGoalArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySmartAssessmentArgs = {
  input: SmartDraftInput;
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
