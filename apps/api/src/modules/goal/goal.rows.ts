import { Goal } from "./goal.entity";
import { KeyResult } from "./key-result.entity";

/**
 * Raw SQL reads of goals and key results (loaders and services share them). Dates are read as
 * `YYYY-MM-DD` text: node-postgres would turn a `date` into a local-midnight Date.
 */
export const GOAL_COLUMNS = `g.id, g.created_at AS "createdAt", g.updated_at AS "updatedAt", g.owner_id AS "ownerId",
  g.title, g.description, g.status, g.visibility, g.parent_goal_id AS "parentGoalId",
  to_char(g.start_date, 'YYYY-MM-DD') AS "startDate", to_char(g.due_date, 'YYYY-MM-DD') AS "dueDate",
  g.approved_by_id AS "approvedById", g.approved_at AS "approvedAt", g.approval_comment AS "approvalComment",
  g.completed_at AS "completedAt", g.last_check_in_at AS "lastCheckInAt", g.last_confidence AS "lastConfidence",
  g.version`;

export function toGoal(row: Record<string, unknown>): Goal {
  return Object.assign(new Goal(), row);
}

export const KEY_RESULT_COLUMNS = `k.id, k.created_at AS "createdAt", k.updated_at AS "updatedAt", k.goal_id AS "goalId",
  k.title, k.unit, k.start_value AS "startValue", k.target_value AS "targetValue",
  k.current_value AS "currentValue", k.weight, k.position, k.version`;

const toNumber = (value: unknown) => (value == null ? null : Number(value));

export function toKeyResult(row: Record<string, unknown>): KeyResult {
  return Object.assign(new KeyResult(), row, {
    startValue: toNumber(row.startValue),
    targetValue: toNumber(row.targetValue),
    currentValue: toNumber(row.currentValue),
    weight: toNumber(row.weight),
  });
}
