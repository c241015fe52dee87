import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { goalAccess } from "../../access";
import type { Viewer } from "../../auth/viewer";
import type { Connection } from "../../common/connection";
import { decodeCursor, toConnection } from "../../common/connection";
import { groupBy } from "../../common/group-by";
import { isUuid } from "../../common/uuid";
import { badInput } from "../../errors";
import { Skill } from "../skill/skill.entity";
import { SKILL_COLUMNS } from "../skill/skill.loaders";
import type { Goal, GoalStatus } from "./goal.entity";
import { GOAL_COLUMNS, KEY_RESULT_COLUMNS, toGoal, toKeyResult } from "./goal.rows";
import type { KeyResult } from "./key-result.entity";

export interface GoalsPageKey {
  ownerId: string;
  status: GoalStatus | null;
  first: number;
  after: string | null;
}

/** The keyset of Employee.goals: newest first. created_at travels as text to keep its microseconds. */
function decodeGoalCursor(after: string): [string, string] {
  const [at, id] = decodeCursor(after, 2);
  if (typeof at !== "string" || typeof id !== "string" || Number.isNaN(Date.parse(at)) || !isUuid(id)) {
    throw badInput("after", "This cursor is not valid; start again from the first page.");
  }
  return [at, id];
}

/**
 * Per-request goal loaders. Each runs one SQL statement per batch whatever the number of parents,
 * and goals are filtered by `goalAccess.visibleSql`; key results and skills are only reached
 * through a goal the viewer may see.
 */
export function createGoalLoaders(dataSource: DataSource, viewer: Viewer | null) {
  const viewerParams = (n: number) => ({
    visible: viewer ? goalAccess.visibleSql(viewer, `$${n}`) : "FALSE",
    id: viewer?.employee.id ?? null,
  });

  const goalById = new DataLoader<string, Goal | null>(async (ids) => {
    const { visible, id } = viewerParams(2);
    const rows = await dataSource.query(
      `SELECT ${GOAL_COLUMNS} FROM goals g WHERE g.id = ANY($1) AND ${visible}`,
      [ids.filter(isUuid), id],
    );
    const byKey = new Map<string, Goal>(rows.map((row: Record<string, unknown>) => [row.id, toGoal(row)]));
    return ids.map((key) => byKey.get(key) ?? null);
  });

  /** One page of each owner's visible goals and their visible count, all owners in one statement. */
  const goalsByOwner = new DataLoader<GoalsPageKey, Connection<Goal>, string>(
    async (keys) => {
      const cursors = keys.map((key) => (key.after ? decodeGoalCursor(key.after) : [null, null]));
      const { visible, id } = viewerParams(7);
      const filter = `g.owner_id = q.owner_id AND (q.status IS NULL OR g.status::text = q.status) AND ${visible}`;
      const rows: Record<string, unknown>[] = await dataSource.query(
        `SELECT q.idx, c.total, p.*
         FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::uuid[], $5::int[], $6::int[])
           AS q(owner_id, status, after_at, after_id, lim, idx)
         CROSS JOIN LATERAL (SELECT count(*)::int AS total FROM goals g WHERE ${filter}) c
         LEFT JOIN LATERAL (
           SELECT ${GOAL_COLUMNS}, g.created_at::text AS "sortKey" FROM goals g
           WHERE ${filter} AND (q.after_at IS NULL OR (g.created_at, g.id) < (q.after_at, q.after_id))
           ORDER BY g.created_at DESC, g.id DESC LIMIT q.lim
         ) p ON TRUE
         ORDER BY q.idx, p."createdAt" DESC, p.id DESC`,
        [
          keys.map((key) => key.ownerId),
          keys.map((key) => key.status),
          cursors.map((cursor) => cursor[0]),
          cursors.map((cursor) => cursor[1]),
          keys.map((key) => key.first + 1),
          keys.map((_, index) => index),
          id,
        ],
      );
      return keys.map((key, index) => {
        const mine = rows.filter((row) => row.idx === index);
        const goals = mine
          .filter((row) => row.id !== null)
          .map(({ idx: _, total: __, ...row }) => toGoal(row));
        return toConnection(goals, key.first, (mine[0]?.total as number) ?? 0, (goal) => [
          (goal as Goal & { sortKey: string }).sortKey,
          goal.id,
        ]);
      });
    },
    { cacheKeyFn: (key) => JSON.stringify([key.ownerId, key.status, key.first, key.after]) },
  );

  const keyResultsByGoal = new DataLoader<string, KeyResult[]>(async (goalIds) => {
    const rows = await dataSource.query(
      `SELECT ${KEY_RESULT_COLUMNS} FROM key_results k WHERE k.goal_id = ANY($1) ORDER BY k.goal_id, k.position, k.created_at`,
      [goalIds],
    );
    return groupBy(goalIds, rows.map(toKeyResult), (kr) => kr.goalId);
  });

  const skillsByGoal = new DataLoader<string, Skill[]>(async (goalIds) => {
    const rows: ({ goalId: string } & Record<string, unknown>)[] = await dataSource.query(
      `SELECT gs.goal_id AS "goalId", ${SKILL_COLUMNS}
       FROM goal_skills gs JOIN skills s ON s.id = gs.skill_id WHERE gs.goal_id = ANY($1) ORDER BY s.name`,
      [goalIds],
    );
    return groupBy(goalIds, rows, (row) => row.goalId).map((group) =>
      group.map(({ goalId: _, ...row }) => Object.assign(new Skill(), row)),
    );
  });

  return { goalById, goalsByOwner, keyResultsByGoal, skillsByGoal };
}
