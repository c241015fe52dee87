import type { DataSource } from "typeorm";
import type { TestApi } from "../../test/test-api";

export const PLAN_ITEM_FIELDS = `id version kind title link dueDate status reflection completedAt overdue
  viewerCanEdit skill { id name } goal { id title }`;

export interface PlanItemResult {
  id: string;
  version: number;
  kind: string;
  title: string;
  link: string | null;
  dueDate: string | null;
  status: string;
  reflection: string | null;
  completedAt: string | null;
  overdue: boolean;
  viewerCanEdit: boolean;
  skill: { id: string; name: string } | null;
  goal: { id: string; title: string } | null;
}

export async function createPlanItem(
  api: TestApi,
  token: string,
  input: Record<string, unknown> = {},
): Promise<PlanItemResult> {
  const result = await api.gql<{ createPlanItem: PlanItemResult }>(
    `mutation($input: CreatePlanItemInput!) { createPlanItem(input: $input) { ${PLAN_ITEM_FIELDS} } }`,
    { input: { kind: "COURSE", title: "A course", ...input } },
    token,
  );
  if (!result.data?.createPlanItem)
    throw new Error(`createPlanItem failed: ${JSON.stringify(result.errors)}`);
  return result.data.createPlanItem;
}

/** An ACTIVE (or other status) mentorship written directly, for tests about what mentors see. */
export async function insertMentorship(
  dataSource: DataSource,
  mentorId: string,
  menteeId: string,
  status = "ACTIVE",
): Promise<string> {
  const [{ id }] = await dataSource.query(
    `INSERT INTO mentorships (mentor_id, mentee_id, status, started_at)
     VALUES ($1, $2, $3::mentorship_status, CASE WHEN $3::mentorship_status = 'PROPOSED' THEN NULL ELSE now() END) RETURNING id`,
    [mentorId, menteeId, status],
  );
  return id;
}

/** A date `days` from today, as YYYY-MM-DD (UTC, as the API computes "overdue"). */
export const daysFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
