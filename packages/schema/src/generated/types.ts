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
  id: Scalars['ID']['output'];
  /** Everyone above this person, nearest manager first. */
  managementChain: Array<Employee>;
  manager: Maybe<Employee>;
  name: Scalars['String']['output'];
  role: Role;
  /** Everyone below this person at any depth, by name. */
  team: Array<Employee>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-locking version: send it back with an edit. */
  version: Scalars['Int']['output'];
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
  /** The token is in the answer once and never again. */
  createApiToken: CreatedApiToken;
  createEmployee: Employee;
  /** Wrong email and wrong password get the same UNAUTHENTICATED answer. */
  login: LoginPayload;
  /** Revokes the session of the token that sent this request. */
  logout: Scalars['Boolean']['output'];
  revokeApiToken: ApiToken;
  /** Fails with CONFLICT when `version` is not the current one. */
  updateEmployee: Employee;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateEmployeeArgs = {
  input: CreateEmployeeInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateEmployeeArgs = {
  input: UpdateEmployeeInput;
};

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
  /** The signed-in person. */
  me: Employee;
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

/** What a person may administer, beyond their own growth. */
export type Role =
  | 'EMPLOYEE'
  | 'HR_ADMIN';

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
