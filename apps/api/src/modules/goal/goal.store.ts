import type { EntityManager } from "typeorm";
import { goalAccess } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { wouldCreateCycle } from "../../common/tree-cycles";
import { badInput, conflict, forbidden, notFound } from "../../errors";
import { Goal } from "./goal.entity";
import type { KeyResultInput } from "./goal.inputs";
import { GOAL_COLUMNS, KEY_RESULT_COLUMNS, toGoal, toKeyResult } from "./goal.rows";
import { type SmartInput } from "./goal.smart";

/**
 * Transaction steps shared by the goal and key-result services. Every write locks the goal row
 * first (so concurrent edits of one goal serialize) and answers NOT_FOUND for a goal the viewer
 * can't see, FORBIDDEN for one they see but may not change.
 */
export async function lockGoal(manager: EntityManager, viewer: Viewer, id: string): Promise<Goal> {
  const [row] = await manager.query(
    `SELECT ${GOAL_COLUMNS} FROM goals g WHERE g.id = $1 AND ${goalAccess.visibleSql(viewer, "$2")} FOR UPDATE OF g`,
    [id, viewer.employee.id],
  );
  if (!row) throw notFound("This goal");
  return toGoal(row);
}

export function assertVersion(goal: Goal, version: number): void {
  if (goal.version !== version) {
    throw conflict(
      "Someone changed this goal meanwhile. Reload it and apply your change again.",
      "input.version",
    );
  }
}

export function assertCanEdit(viewer: Viewer, goal: Goal): void {
  if (!goalAccess.canEdit(viewer, goal)) {
    throw forbidden(
      viewer.employee.id === goal.ownerId
        ? "A completed or abandoned goal can't be changed."
        : "Only the goal's owner can change it.",
    );
  }
}

/** Writes `changes` and bumps the version, only if the version is still `version` (optimistic lock). */
export async function writeGoal(
  manager: EntityManager,
  goal: Goal,
  version: number,
  changes: Partial<Goal>,
): Promise<Goal> {
  const result = await manager
    .createQueryBuilder()
    .update(Goal)
    .set({ ...changes, version: () => "version + 1", updatedAt: () => "now()" })
    .where("id = :id AND version = :version", { id: goal.id, version })
    .execute();
  if (result.affected === 0) {
    throw conflict(
      "Someone changed this goal meanwhile. Reload it and apply your change again.",
      "input.version",
    );
  }
  return readGoal(manager, goal.id);
}

export async function readGoal(manager: EntityManager, id: string): Promise<Goal> {
  const [row] = await manager.query(`SELECT ${GOAL_COLUMNS} FROM goals g WHERE g.id = $1`, [id]);
  return toGoal(row);
}

export async function insertKeyResults(
  manager: EntityManager,
  goalId: string,
  keyResults: KeyResultInput[],
  firstPosition: number,
): Promise<void> {
  for (const [index, kr] of keyResults.entries()) {
    await manager.query(
      `INSERT INTO key_results (goal_id, title, unit, start_value, target_value, current_value, weight, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        goalId,
        kr.title.trim(),
        kr.unit.trim(),
        kr.startValue,
        kr.targetValue,
        kr.currentValue ?? kr.startValue,
        kr.weight ?? null,
        firstPosition + index,
      ],
    );
  }
}

/** Replaces the goal's skills; unknown ids are the caller's mistake. */
export async function setSkills(manager: EntityManager, goalId: string, skillIds: string[]): Promise<void> {
  const unique = [...new Set(skillIds)];
  const found: { id: string }[] = await manager.query("SELECT id FROM skills WHERE id = ANY($1)", [unique]);
  if (found.length !== unique.length) throw badInput("input.skillIds", "Choose skills from the catalog.");
  await manager.query("DELETE FROM goal_skills WHERE goal_id = $1", [goalId]);
  if (unique.length) {
    await manager.query("INSERT INTO goal_skills (goal_id, skill_id) SELECT $1, unnest($2::uuid[])", [
      goalId,
      unique,
    ]);
  }
}

/**
 * The parent must be a goal the viewer can see, and the goal can't become its own ancestor.
 * Parent links are serialized with an advisory lock, so two concurrent re-parentings can't each
 * pass the check and together close a loop (as for reporting lines).
 */
const GOAL_TREE_LOCK = 734_202;

export async function assertParent(
  manager: EntityManager,
  viewer: Viewer,
  goalId: string | null,
  parentGoalId: string,
): Promise<void> {
  await manager.query("SELECT pg_advisory_xact_lock($1)", [GOAL_TREE_LOCK]);
  const [parent] = await manager.query(
    `SELECT g.id FROM goals g WHERE g.id = $1 AND ${goalAccess.visibleSql(viewer, "$2")}`,
    [parentGoalId, viewer.employee.id],
  );
  if (!parent) throw badInput("input.parentGoalId", "Choose a parent goal you can see.");
  if (!goalId) return;
  if (goalId === parentGoalId) throw badInput("input.parentGoalId", "A goal can't be its own parent.");
  const cycle = await wouldCreateCycle(
    manager,
    { table: "goals", parent: "parent_goal_id" },
    goalId,
    parentGoalId,
  );
  if (cycle) {
    throw badInput(
      "input.parentGoalId",
      "This goal can't be aligned to that one: it already contributes to this goal, directly or indirectly.",
    );
  }
}

/** What the SMART assessment needs, read inside the transaction. */
export async function smartInputOf(manager: EntityManager, goal: Goal): Promise<SmartInput> {
  const keyResults = (
    await manager.query(`SELECT ${KEY_RESULT_COLUMNS} FROM key_results k WHERE k.goal_id = $1`, [goal.id])
  ).map(toKeyResult);
  const [{ n }] = await manager.query("SELECT count(*)::int AS n FROM goal_skills WHERE goal_id = $1", [
    goal.id,
  ]);
  return { ...goal, skillCount: n, keyResults };
}

/** Everyone above the employee, nearest first: a recursive walk up employees.manager_id. */
export async function managementChainIds(manager: EntityManager, employeeId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `WITH RECURSIVE up(id, depth) AS (
       SELECT manager_id, 1 FROM employees WHERE id = $1
       UNION ALL
       SELECT e.manager_id, up.depth + 1 FROM up JOIN employees e ON e.id = up.id
       WHERE up.id IS NOT NULL AND up.depth < 100
     )
     SELECT id FROM up WHERE id IS NOT NULL ORDER BY depth`,
    [employeeId],
  );
  return rows.map((row) => row.id);
}
