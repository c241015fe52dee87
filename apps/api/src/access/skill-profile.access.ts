import { isHrAdmin, type Viewer } from "../auth/viewer";
import { RatingSource } from "../modules/skill-rating/skill-rating.entity";
import { isActiveMentorOfSql, isInChainOfSql } from "./relationships";

/**
 * Who may see and change a person's skill ratings and growth areas (DESIGN.md §3, "skill ratings"):
 * - the person reads, rates themself (SELF) and marks growth areas;
 * - anyone in their management chain (skip-level too) reads, rates them (MANAGER) and marks;
 * - an ACTIVE mentor reads (a proposed, completed or cancelled mentorship grants nothing);
 * - HR admins read;
 * - peers and everyone else see nothing: `Employee.skillProfile` is null for them.
 */
export const skillProfileAccess = {
  /**
   * SQL condition: `viewer` may read the profile of the employee whose id is the SQL expression
   * `subject` (a column such as `s.id`). `viewerParam` is the placeholder bound to the viewer's id.
   * The profile loader filters many employees at once with it.
   */
  visibleSql(viewer: Viewer, subject: string, viewerParam: string): string {
    const v = `${viewerParam}::uuid`;
    // Still names the parameter: PostgreSQL refuses a bound parameter the statement never uses.
    if (isHrAdmin(viewer)) return `${v} IS NOT NULL`;
    return `(${subject} = ${v} OR ${isInChainOfSql(subject, v)} OR ${isActiveMentorOfSql(subject, v)})`;
  },

  /** SQL condition: the viewer (`viewerParam`) is in the management chain of `subject`. */
  inChainSql(subject: string, viewerParam: string): string {
    return isInChainOfSql(subject, `${viewerParam}::uuid`);
  },

  /**
   * The source a rating by `viewer` gets, or null when they may not rate `subjectId`.
   * `viewerInChain`: whether the viewer is in the subject's management chain (from `inChainSql`
   * or the management-chain loader). HR admins and mentors read but don't rate.
   */
  canRate(viewer: Viewer, subjectId: string, viewerInChain: boolean): RatingSource | null {
    if (viewer.employee.id === subjectId) return RatingSource.SELF;
    return viewerInChain ? RatingSource.MANAGER : null;
  },

  /** Marking or unmarking a growth area: the same people who rate. */
  canMarkGrowthArea(viewer: Viewer, subjectId: string, viewerInChain: boolean): boolean {
    return skillProfileAccess.canRate(viewer, subjectId, viewerInChain) !== null;
  },
};
