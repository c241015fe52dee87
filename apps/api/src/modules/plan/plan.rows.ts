import { PlanItem, PlanItemStatus } from "./plan-item.entity";

/**
 * Raw SQL reads of plan items (loaders and the service share them). Dates travel as `YYYY-MM-DD`
 * text: node-postgres would turn a `date` into a local-midnight Date.
 */
export const PLAN_ITEM_COLUMNS = `p.id, p.created_at AS "createdAt", p.updated_at AS "updatedAt",
  p.employee_id AS "employeeId", p.kind, p.title, p.link, p.skill_id AS "skillId", p.goal_id AS "goalId",
  to_char(p.due_date, 'YYYY-MM-DD') AS "dueDate", p.status, p.reflection, p.completed_at AS "completedAt",
  p.version`;

export function toPlanItem(row: Record<string, unknown>): PlanItem {
  return Object.assign(new PlanItem(), row);
}

/** Statuses that end an item: it can no longer be overdue, and DROPPED ones don't count for completion. */
export const FINISHED = [PlanItemStatus.DONE, PlanItemStatus.DROPPED];

/** Today as `YYYY-MM-DD` (UTC), passed to SQL too so the API and the database agree on "overdue". */
export const todayIso = (now = new Date()) => now.toISOString().slice(0, 10);

/** Due date passed (before today) and neither done nor dropped. */
export function isPlanItemOverdue(item: Pick<PlanItem, "dueDate" | "status">, today = todayIso()): boolean {
  return item.dueDate !== null && item.dueDate < today && !FINISHED.includes(item.status);
}
