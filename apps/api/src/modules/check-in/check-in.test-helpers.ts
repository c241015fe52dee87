import type { TestApi } from "../../test/test-api";
import { createGoal } from "../goal/goal.test-helpers";

/** Small factories for check-in tests (each test builds its own rows). */

export interface ActiveGoal {
  id: string;
  keyResultIds: string[];
}

/**
 * An active goal of the token's owner with two key results (0 → 10 and 100 → 0). Approval is the
 * goal module's business (tested there); here the goal is activated directly.
 */
export async function createActiveGoal(
  api: TestApi,
  token: string,
  input: Record<string, unknown> = {},
): Promise<ActiveGoal> {
  const goal = await createGoal(api, token, {
    title: "Ship the reporting pipeline",
    startDate: "2025-01-01",
    dueDate: "2035-12-31",
    keyResults: [
      { title: "Reports migrated", startValue: 0, targetValue: 10 },
      { title: "Open incidents", startValue: 100, targetValue: 0 },
    ],
    ...input,
  });
  await api.dataSource.query("UPDATE goals SET status = 'ACTIVE', approved_at = now() WHERE id = $1", [
    goal.id,
  ]);
  const rows: { id: string }[] = await api.dataSource.query(
    "SELECT id FROM key_results WHERE goal_id = $1 ORDER BY position",
    [goal.id],
  );
  return { id: goal.id, keyResultIds: rows.map((row) => row.id) };
}

export const RECORD = `mutation($input: RecordCheckInInput!) { recordCheckIn(input: $input) {
  id kind confidence note lesson progress createdAt
  author { id } goal { id version lastConfidence }
  values { value previousValue keyResult { id title currentValue } } } }`;

export interface RecordedCheckIn {
  id: string;
  kind: string;
  confidence: number;
  note: string;
  lesson: string | null;
  progress: number;
  createdAt: string;
  author: { id: string } | null;
  goal: { id: string; version: number; lastConfidence: number | null };
  values: {
    value: number;
    previousValue: number;
    keyResult: { id: string; title: string; currentValue: number };
  }[];
}

export async function recordCheckIn(
  api: TestApi,
  token: string,
  input: Record<string, unknown>,
): Promise<RecordedCheckIn> {
  const result = await api.gql<{ recordCheckIn: RecordedCheckIn }>(
    RECORD,
    { input: { confidence: 7, ...input } },
    token,
  );
  if (!result.data?.recordCheckIn) throw new Error(`recordCheckIn failed: ${JSON.stringify(result.errors)}`);
  return result.data.recordCheckIn;
}

export async function currentValues(api: TestApi, goalId: string): Promise<number[]> {
  const rows: { value: string }[] = await api.dataSource.query(
    "SELECT current_value AS value FROM key_results WHERE goal_id = $1 ORDER BY position",
    [goalId],
  );
  return rows.map((row) => Number(row.value));
}
