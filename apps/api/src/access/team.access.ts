import { isHrAdmin, type Viewer } from "../auth/viewer";
import { isInChainOfSql } from "./relationships";

/**
 * Who may see a person's growth summary and the team views built from it (DESIGN.md §3: the
 * summary aggregates PRIVATE goals and the plan, so it follows their row of the table):
 * - the person themself;
 * - anyone in their management chain (every manager above);
 * - HR admins.
 * Peers, mentors and everyone else get nothing: a summary answers null, a team view FORBIDDEN.
 * A team view of manager M shows what lies below M, so it is open to M, M's chain and HR.
 */
export const teamAccess = {
  /**
   * SQL condition: `viewer` may see the growth summary of `subject` (a column or placeholder).
   * `viewerParam` is the placeholder the caller binds to `viewer.employee.id`.
   */
  growthSummaryVisibleSql(viewer: Viewer, subject: string, viewerParam: string): string {
    return selfChainOrHrSql(viewer, subject, viewerParam);
  },

  /** SQL condition: `viewer` may open the team overview of the manager `manager`. */
  canViewTeamSql(viewer: Viewer, manager: string, viewerParam: string): string {
    return selfChainOrHrSql(viewer, manager, viewerParam);
  },
};

function selfChainOrHrSql(viewer: Viewer, subject: string, viewerParam: string): string {
  const v = `${viewerParam}::uuid`;
  // Still names the parameter: PostgreSQL refuses a bound parameter the statement never uses.
  if (isHrAdmin(viewer)) return `${v} IS NOT NULL`;
  return `(${subject} = ${v} OR ${isInChainOfSql(subject, v)})`;
}
