import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import type { TestApi } from "../../test/test-api";

/** Small factories for goal tests (each test builds its own rows). */
export async function createSkill(dataSource: DataSource, name = `Skill ${randomUUID().slice(0, 8)}`) {
  const [{ id }] = await dataSource.query(
    "INSERT INTO skills (name, category) VALUES ($1, 'Test') RETURNING id",
    [name],
  );
  return { id: id as string, name };
}

export const SMART_GOAL = {
  title: "Speed up checkout page",
  description:
    "Customers on mobile can pay within a second of opening the cart, so fewer carts are abandoned.",
  startDate: "2025-01-01",
  dueDate: "2025-06-30",
  keyResults: [{ title: "p95 latency", unit: "ms", startValue: 800, targetValue: 300 }],
};

export const GOAL_FIELDS = `id version status visibility title approvalComment
  smart { specific measurable achievable relevant timeBound hints { criterion message } }`;

export async function createGoal(
  api: TestApi,
  token: string,
  input: Record<string, unknown> = {},
): Promise<{ id: string; version: number; status: string }> {
  const result = await api.gql<{ createGoal: { id: string; version: number; status: string } }>(
    `mutation($input: CreateGoalInput!) { createGoal(input: $input) { id version status } }`,
    { input: { title: "A goal", ...input } },
    token,
  );
  if (!result.data?.createGoal) throw new Error(`createGoal failed: ${JSON.stringify(result.errors)}`);
  return result.data.createGoal;
}
