import type { Viewer } from "../auth/viewer";
import { goalAccess } from "./goal.access";
import { isActiveMentorOfSql, isInChainOfSql } from "./relationships";

/**
 * Who may see and write check-ins and their comments (DESIGN.md §3, issue 3):
 * - check-ins and their comments are read by whoever may see the goal (`goalAccess.visibleSql`);
 * - only the goal's owner records check-ins (the check-in service asks `canRecord`);
 * - comments are written by the owner, anyone in the owner's management chain, and an ACTIVE mentor
 *   of the owner on TEAM or ORGANIZATION goals ("comment through check-ins on goals the mentee
 *   shares"). HR admins and peers read but don't comment.
 */
export const checkInAccess = {
  canRecord(viewer: Viewer, goal: { ownerId: string }): boolean {
    return viewer.employee.id === goal.ownerId;
  },

  /**
   * SQL condition on the goals alias `g`: `viewer` may comment on the goal's check-ins. It includes
   * the goal's visibility rule itself, so a relationship alone never opens a hidden goal (a mentor
   * of a PRIVATE goal's owner, a former manager). `viewerParam` is bound to `viewer.employee.id`.
   */
  canCommentSql(viewer: Viewer, viewerParam: string, g = "g"): string {
    const v = `${viewerParam}::uuid`;
    return `(${goalAccess.visibleSql(viewer, viewerParam, g)} AND (
      ${g}.owner_id = ${v}
      OR ${isInChainOfSql(`${g}.owner_id`, v)}
      OR (${g}.visibility IN ('TEAM', 'ORGANIZATION') AND ${isActiveMentorOfSql(`${g}.owner_id`, v)})))`;
  },
};
