import { CheckIn } from "./check-in.entity";
import { CheckInComment } from "./check-in-comment.entity";
import { CheckInValue } from "./check-in-value.entity";

/** Raw SQL reads of check-ins, their values and comments (loaders and the service share them). */
export const CHECK_IN_COLUMNS = `c.id, c.created_at AS "createdAt", c.updated_at AS "updatedAt", c.goal_id AS "goalId",
  c.author_id AS "authorId", c.kind, c.confidence, c.note, c.lesson, c.progress`;

export function toCheckIn(row: Record<string, unknown>): CheckIn {
  return Object.assign(new CheckIn(), row, { progress: Number(row.progress) });
}

export const CHECK_IN_VALUE_COLUMNS = `v.check_in_id AS "checkInId", v.key_result_id AS "keyResultId",
  v.value, v.previous_value AS "previousValue"`;

export function toCheckInValue(row: Record<string, unknown>): CheckInValue {
  return Object.assign(new CheckInValue(), row, {
    value: Number(row.value),
    previousValue: Number(row.previousValue),
  });
}

export const COMMENT_COLUMNS = `m.id, m.created_at AS "createdAt", m.updated_at AS "updatedAt",
  m.check_in_id AS "checkInId", m.author_id AS "authorId", m.body`;

export function toComment(row: Record<string, unknown>): CheckInComment {
  return Object.assign(new CheckInComment(), row);
}
