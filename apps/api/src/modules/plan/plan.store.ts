import type { EntityManager } from "typeorm";
import { planAccess } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { badInput, conflict, forbidden, notFound } from "../../errors";
import { PLAN_ITEM_COLUMNS, toPlanItem } from "./plan.rows";
import { PlanItem } from "./plan-item.entity";

const STALE = "Someone changed this plan item meanwhile. Reload it and apply your change again.";

/**
 * Locks an item the viewer may change. NOT_FOUND when they can't see the plan (so its existence
 * isn't revealed), FORBIDDEN when they see it but it isn't theirs, CONFLICT on a stale version.
 */
export async function lockPlanItem(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
  version: number,
): Promise<PlanItem> {
  const [row] = await manager.query(
    `SELECT ${PLAN_ITEM_COLUMNS} FROM plan_items p
     WHERE p.id = $1 AND ${planAccess.visibleSql(viewer, "$2", "p.employee_id")} FOR UPDATE OF p`,
    [id, viewer.employee.id],
  );
  if (!row) throw notFound("This plan item");
  const item = toPlanItem(row);
  if (!planAccess.canWrite(viewer, item.employeeId)) throw forbidden("Only the plan's owner can change it.");
  if (item.version !== version) throw conflict(STALE, "input.version");
  return item;
}

/** Writes `changes` and bumps the version, only if the version is still `version` (optimistic lock). */
export async function writePlanItem(
  manager: EntityManager,
  id: string,
  version: number,
  changes: Partial<PlanItem>,
): Promise<PlanItem> {
  const result = await manager
    .createQueryBuilder()
    .update(PlanItem)
    .set({ ...changes, version: () => "version + 1", updatedAt: () => "now()" })
    .where("id = :id AND version = :version", { id, version })
    .execute();
  if (result.affected === 0) throw conflict(STALE, "input.version");
  return readPlanItem(manager, id);
}

export async function readPlanItem(manager: EntityManager, id: string): Promise<PlanItem> {
  const [row] = await manager.query(`SELECT ${PLAN_ITEM_COLUMNS} FROM plan_items p WHERE p.id = $1`, [id]);
  return toPlanItem(row);
}

export async function assertSkillExists(manager: EntityManager, skillId: string): Promise<void> {
  const [found] = await manager.query("SELECT 1 FROM skills WHERE id = $1", [skillId]);
  if (!found) throw badInput("input.skillId", "Choose a skill from the catalog.");
}

/**
 * A plan item links only its owner's own goals. One message for "no such goal" and "someone
 * else's goal", so the answer never reveals that a goal the viewer can't see exists.
 */
export async function assertOwnGoal(manager: EntityManager, ownerId: string, goalId: string): Promise<void> {
  const [found] = await manager.query("SELECT 1 FROM goals WHERE id = $1 AND owner_id = $2", [
    goalId,
    ownerId,
  ]);
  if (!found) throw badInput("input.goalId", "Choose one of your own goals.");
}
