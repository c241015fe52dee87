import { isHrAdmin, type Viewer } from "../auth/viewer";
import type { Mentorship } from "../modules/mentorship/mentorship.entity";
import { isInChainOfSql } from "./relationships";

/**
 * Who may see and change mentorships (docs/decisions/012-plans-and-mentoring.md):
 * - the mentor and the mentee see it; the mentee's management chain and HR admins see it too
 *   (the mentee's growth is their business; the mentor's chain is not told whom they help);
 * - the mentee requests, the mentor accepts or declines, either of them completes or cancels;
 * - mentor suggestions are for the person themself, their management chain or HR.
 * A hidden mentorship answers NOT_FOUND and is neither listed nor counted.
 */
export const mentorshipAccess = {
  /** SQL condition on the mentorships alias `m`; `viewerParam` is bound to `viewer.employee.id`. */
  visibleSql(viewer: Viewer, viewerParam: string, m = "m"): string {
    const v = `${viewerParam}::uuid`;
    // Still names the parameter: PostgreSQL refuses a bound parameter the statement never uses.
    if (isHrAdmin(viewer)) return `${v} IS NOT NULL`;
    return `(${m}.mentor_id = ${v} OR ${m}.mentee_id = ${v} OR ${isInChainOfSql(`${m}.mentee_id`, v)})`;
  },

  /** The mentor answers a request. */
  canRespond(viewer: Viewer, mentorship: Pick<Mentorship, "mentorId">): boolean {
    return viewer.employee.id === mentorship.mentorId;
  },

  /** Either person ends (completes or cancels) it. */
  canEnd(viewer: Viewer, mentorship: Pick<Mentorship, "mentorId" | "menteeId">): boolean {
    return viewer.employee.id === mentorship.mentorId || viewer.employee.id === mentorship.menteeId;
  },

  /** SQL condition: `viewer` may ask for mentor suggestions on behalf of `menteeSql`. */
  suggestionsAllowedSql(viewer: Viewer, viewerParam: string, menteeSql: string): string {
    const v = `${viewerParam}::uuid`;
    if (isHrAdmin(viewer)) return `${v} IS NOT NULL`;
    return `(${menteeSql} = ${v} OR ${isInChainOfSql(menteeSql, v)})`;
  },
};
