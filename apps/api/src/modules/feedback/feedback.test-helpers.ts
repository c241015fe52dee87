import { randomUUID } from "node:crypto";
import { createEmployee, signIn, type TestEmployee } from "../../test/factories";
import type { GraphQLResult, TestApi } from "../../test/test-api";

/** Small builders for feedback tests: each test file builds its own organization. */
export async function createSkill(api: TestApi, name = `Skill ${randomUUID().slice(0, 8)}`) {
  const [{ id }] = await api.dataSource.query(
    "INSERT INTO skills (name, category) VALUES ($1, 'Test') RETURNING id",
    [name],
  );
  return { id: id as string, name };
}

export interface Person extends TestEmployee {
  token: string;
}

export async function person(
  api: TestApi,
  name: string,
  overrides: { managerId?: string | null; role?: "EMPLOYEE" | "HR_ADMIN"; department?: string } = {},
): Promise<Person> {
  const employee = await createEmployee(api.dataSource, { name, ...overrides });
  return { ...employee, token: await signIn(api, employee.email) };
}

/** Fails the test with the errors when an operation didn't succeed. */
export function ok<T>(result: GraphQLResult<T>): T {
  if (result.errors || !result.data) throw new Error(`operation failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export const ROUND_FIELDS = "id version status title anonymityThreshold questions skills { id name }";
export const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();

export interface RoundRef {
  id: string;
  version: number;
  status: string;
}

export type CreatedRound = RoundRef & {
  anonymityThreshold: number;
  skills: { id: string }[];
  questions: string[];
};

export async function createRound(
  api: TestApi,
  token: string,
  input: Record<string, unknown>,
): Promise<CreatedRound> {
  return ok(
    await api.gql<{ createFeedbackRound: CreatedRound }>(
      `mutation($input: CreateFeedbackRoundInput!) { createFeedbackRound(input: $input) { ${ROUND_FIELDS} } }`,
      { input: { closesAt: inDays(14), ...input } },
      token,
    ),
  ).createFeedbackRound;
}

export const NOMINATE = `mutation($input: NominateFeedbackReviewersInput!) {
  nominateFeedbackReviewers(input: $input) { id version status } }`;
export const OPEN = `mutation($input: FeedbackRoundTransitionInput!) { openFeedbackRound(input: $input) { id version status } }`;
export const CLOSE = `mutation($input: FeedbackRoundTransitionInput!) { closeFeedbackRound(input: $input) { id version status } }`;
export const SUBMIT = `mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { id version status } }`;
export const DECLINE = `mutation($input: DeclineFeedbackRequestInput!) { declineFeedbackRequest(input: $input) { id version status declineReason } }`;

export async function nominate(
  api: TestApi,
  token: string,
  roundId: string,
  reviewers: { employeeId: string; relationship: string }[],
): Promise<RoundRef> {
  return ok(
    await api.gql<{ nominateFeedbackReviewers: RoundRef }>(
      NOMINATE,
      { input: { roundId, reviewers } },
      token,
    ),
  ).nominateFeedbackReviewers;
}

export async function openRound(api: TestApi, token: string, round: RoundRef): Promise<RoundRef> {
  return ok(
    await api.gql<{ openFeedbackRound: RoundRef }>(
      OPEN,
      { input: { id: round.id, version: round.version } },
      token,
    ),
  ).openFeedbackRound;
}

export async function closeRound(api: TestApi, token: string, round: RoundRef): Promise<RoundRef> {
  const [{ version }] = await api.dataSource.query("SELECT version FROM feedback_rounds WHERE id = $1", [
    round.id,
  ]);
  return ok(
    await api.gql<{ closeFeedbackRound: RoundRef }>(CLOSE, { input: { id: round.id, version } }, token),
  ).closeFeedbackRound;
}

/** The reviewer's own request in a round, as they see it. */
export async function myRequest(
  api: TestApi,
  token: string,
  roundId: string,
): Promise<{ id: string; version: number; status: string }> {
  const data = ok(
    await api.gql<{ feedbackRound: { myRequest: { id: string; version: number; status: string } } }>(
      `query($id: ID!) { feedbackRound(id: $id) { myRequest { id version status } } }`,
      { id: roundId },
      token,
    ),
  );
  return data.feedbackRound.myRequest;
}

/** Submits as `reviewer`: the same level for every skill of the round (or per skill), and answers. */
export async function answer(
  api: TestApi,
  reviewer: Person,
  roundId: string,
  levels: Record<string, number | null>,
  answers: string[] = [],
): Promise<GraphQLResult<{ submitFeedback: RoundRef }>> {
  const request = await myRequest(api, reviewer.token, roundId);
  return api.gql<{ submitFeedback: RoundRef }>(
    SUBMIT,
    {
      input: {
        requestId: request.id,
        version: request.version,
        ratings: Object.entries(levels).map(([skillId, level]) => ({ skillId, level })),
        answers: answers.map((text, questionIndex) => ({ questionIndex, text })),
      },
    },
    reviewer.token,
  );
}
