import { ApiScope } from "../auth/scopes";
import { isHrAdmin, type Viewer } from "../auth/viewer";
import type { Employee } from "../modules/employee/employee.entity";

/**
 * Who may see and change employee records (the directory). Everyone signed in sees the active
 * directory — names, titles, reporting lines — as in any company directory; people who left are
 * visible to HR only. Goals, ratings and plans have their own, stricter rules.
 */
export const employeeAccess = {
  /** SQL condition on the employees alias `e` selecting the rows `viewer` may see. */
  visibleSql(viewer: Viewer, alias = "e"): string {
    return isHrAdmin(viewer) ? "TRUE" : `${alias}.active`;
  },

  canSee(viewer: Viewer, employee: Pick<Employee, "active">): boolean {
    return isHrAdmin(viewer) || employee.active;
  },

  /** Creating people, changing reporting lines, roles and status: HR, or an integration allowed to. */
  canWrite(viewer: Viewer): boolean {
    if (viewer.kind === "apiToken") return viewer.scopes.includes(ApiScope.EMPLOYEES_WRITE);
    return isHrAdmin(viewer);
  },

  /** Only HR admins signed in as people create or revoke integration tokens (never a token itself). */
  canManageApiTokens(viewer: Viewer): boolean {
    return viewer.kind === "session" && isHrAdmin(viewer);
  },
};
