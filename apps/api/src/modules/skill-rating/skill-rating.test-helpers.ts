import type { DataSource } from "typeorm";
import type { GraphQLResult, TestApi } from "../../test/test-api";

/** Small helpers for skill-rating tests (each test builds its own rows). */
export { createSkill } from "../goal/goal.test-helpers";

export const RATE = `mutation($input: RateSkillInput!) {
  rateSkill(input: $input) { id source level note ratedBy { name } employee { name } } }`;
export const SET_GROWTH_AREA = `mutation($input: SetGrowthAreaInput!) {
  setGrowthArea(input: $input) { id } }`;
export const PROFILE = `query($id: ID!) { employee(id: $id) { skillProfile {
  viewerCanRate
  entries { skill { name } selfLevel managerLevel threeSixtyLevel othersLevel combinedLevel markedAsGrowthArea
    lastRatedAt notes { source note } history(first: 20) { source level note ratedBy { name } createdAt } }
  strengths { skill { name } explanation }
  growthAreas { skill { name } explanation }
  blindSpots { skill { name } explanation }
  hiddenStrengths { skill { name } explanation } } } }`;

export interface ProfileEntry {
  skill: { name: string };
  selfLevel: number | null;
  managerLevel: number | null;
  threeSixtyLevel: number | null;
  othersLevel: number | null;
  combinedLevel: number | null;
  markedAsGrowthArea: boolean;
  lastRatedAt: string | null;
  notes: { source: string; note: string }[];
  history: {
    source: string;
    level: number;
    note: string;
    ratedBy: { name: string } | null;
    createdAt: string;
  }[];
}
export interface Insight {
  skill: { name: string };
  explanation: string;
}
export interface Profile {
  viewerCanRate: boolean;
  entries: ProfileEntry[];
  strengths: Insight[];
  growthAreas: Insight[];
  blindSpots: Insight[];
  hiddenStrengths: Insight[];
}

export function rate(
  api: TestApi,
  token: string,
  input: { employeeId: string; skillId: string; level: number; note?: string },
): Promise<GraphQLResult<{ rateSkill: { id: string; source: string; level: number } }>> {
  return api.gql(RATE, { input }, token);
}

export async function rateOk(
  api: TestApi,
  token: string,
  input: { employeeId: string; skillId: string; level: number; note?: string },
) {
  const result = await rate(api, token, input);
  if (!result.data?.rateSkill) throw new Error(`rateSkill failed: ${JSON.stringify(result.errors)}`);
  return result.data.rateSkill;
}

export function setGrowthArea(
  api: TestApi,
  token: string,
  input: { employeeId: string; skillId: string; growthArea: boolean },
) {
  return api.gql<{ setGrowthArea: { id: string } }>(SET_GROWTH_AREA, { input }, token);
}

/** The profile as `token`'s viewer sees it (null when hidden); fails the test on any error. */
export async function profileOf(api: TestApi, token: string, employeeId: string): Promise<Profile | null> {
  const result = await api.gql<{ employee: { skillProfile: Profile | null } }>(
    PROFILE,
    { id: employeeId },
    token,
  );
  if (result.errors) throw new Error(`profile failed: ${JSON.stringify(result.errors)}`);
  return result.data!.employee.skillProfile;
}

export async function startMentorship(
  dataSource: DataSource,
  mentorId: string,
  menteeId: string,
  status: "PROPOSED" | "ACTIVE" | "COMPLETED",
) {
  await dataSource.query("INSERT INTO mentorships (mentor_id, mentee_id, status) VALUES ($1, $2, $3)", [
    mentorId,
    menteeId,
    status,
  ]);
}

/** Moves a rating into the past, so histories have a clear order. */
export async function backdate(dataSource: DataSource, ratingId: string, daysAgo: number) {
  await dataSource.query(
    "UPDATE skill_ratings SET created_at = now() - make_interval(days => $2) WHERE id = $1",
    [ratingId, daysAgo],
  );
}
