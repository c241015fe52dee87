import { isHrAdmin, type Viewer } from "../auth/viewer";
import type { Goal } from "../modules/goal/goal.entity";
import { GoalStatus } from "../modules/goal/goal.entity";
import { isActiveMentorOfSql, isSameManagerPeerSql } from "./relationships";

/**
 * Who may see and change goals (DESIGN.md §3):
 * - the owner reads and writes;
 * - the owner's management chain (every manager above) reads all of them and approves;
 * - HR admins read all of them;
 * - TEAM goals are also read by same-manager peers, by the owner's direct reports (the team a
 *   manager leads aligns to its goals: docs/decisions/023-team-goals.md) and by ACTIVE mentors;
 *   ORGANIZATION goals by everyone signed in (mentors included); PRIVATE goals never by a mentor;
 * - anyone else sees nothing: a hidden goal answers NOT_FOUND, so its existence isn't revealed.
 */
export const goalAccess = {
  /**
   * SQL condition on the goals alias `g` selecting the rows `viewer` may read. `viewerParam` is the
   * placeholder (e.g. `$3`) the caller binds to `viewer.employee.id`. Used by every goal query,
   * so lists, counts and single reads agree.
   */
  visibleSql(viewer: Viewer, viewerParam: string, g = "g"): string {
    const v = `${viewerParam}::uuid`;
    // Still names the parameter: PostgreSQL refuses a bound parameter the statement never uses.
    if (isHrAdmin(viewer)) return `${v} IS NOT NULL`;
    return `(${g}.owner_id = ${v}
      OR ${g}.visibility = 'ORGANIZATION'
      OR (${g}.visibility = 'TEAM' AND ${isSameManagerPeerSql(`${g}.owner_id`, v)})
      OR (${g}.visibility = 'TEAM' AND ${g}.owner_id = (SELECT mine.manager_id FROM employees mine WHERE mine.id = ${v}))
      OR (${g}.visibility <> 'PRIVATE' AND ${isActiveMentorOfSql(`${g}.owner_id`, v)})
      OR ${g}.owner_id IN (${reportsOfSql(v)}))`;
  },

  /** The owner edits the goal and its key results until it is completed or abandoned. */
  canEdit(viewer: Viewer, goal: Pick<Goal, "ownerId" | "status">): boolean {
    return viewer.employee.id === goal.ownerId && !isClosed(goal.status);
  },

  /** Someone in the owner's management chain (`ownerChainIds`) approves or sends back a submitted goal. */
  canApprove(viewer: Viewer, goal: Pick<Goal, "ownerId">, ownerChainIds: readonly string[]): boolean {
    return viewer.employee.id !== goal.ownerId && ownerChainIds.includes(viewer.employee.id);
  },
};

export const isClosed = (status: GoalStatus) =>
  status === GoalStatus.COMPLETED || status === GoalStatus.ABANDONED;

/** Everyone below `employeeSql` at any depth: a recursive walk down employees.manager_id. */
export function reportsOfSql(employeeSql: string): string {
  return `WITH RECURSIVE reports(id, depth) AS (
      SELECT r.id, 1 FROM employees r WHERE r.manager_id = ${employeeSql}
      UNION ALL
      SELECT r.id, reports.depth + 1 FROM reports JOIN employees r ON r.manager_id = reports.id
      WHERE reports.depth < 100
    ) SELECT id FROM reports`;
}
