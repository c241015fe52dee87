import { isHrAdmin, type Viewer } from "../auth/viewer";
import { isActiveMentorOfSql, isInChainOfSql } from "./relationships";

/**
 * Who may see and change development plans (DESIGN.md §3, docs/decisions/012-plans-and-mentoring.md):
 * - the employee reads and writes their own plan;
 * - their management chain, their ACTIVE mentors and HR admins read it;
 * - nobody else sees it: `Employee.developmentPlan` is null and `Goal.planItems` empty for them.
 * Managers don't add items: the plan is the employee's own commitment (decision 012).
 */
export const planAccess = {
  /**
   * SQL condition: `viewer` may read the plan of the employee `employeeSql` (a column or
   * expression). `viewerParam` is the placeholder bound to `viewer.employee.id`.
   */
  visibleSql(viewer: Viewer, viewerParam: string, employeeSql: string): string {
    const v = `${viewerParam}::uuid`;
    // Still names the parameter: PostgreSQL refuses a bound parameter the statement never uses.
    if (isHrAdmin(viewer)) return `${v} IS NOT NULL`;
    return `(${employeeSql} = ${v}
      OR ${isInChainOfSql(employeeSql, v)}
      OR ${isActiveMentorOfSql(employeeSql, v)})`;
  },

  /** Only the employee writes their plan. */
  canWrite(viewer: Viewer, employeeId: string): boolean {
    return viewer.employee.id === employeeId;
  },
};
