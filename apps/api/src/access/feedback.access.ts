import { isHrAdmin, type Viewer } from "../auth/viewer";
import type { FeedbackRound } from "../modules/feedback/feedback-round.entity";
import { FeedbackRoundStatus } from "../modules/feedback/feedback-round.entity";
import { isInChainOfSql } from "./relationships";

/** What a round's access depends on, read with the round in the same statement (`factsSql`). */
export type RoundFacts = Pick<FeedbackRound, "subjectId" | "status"> & {
  /** The viewer is in the subject's management chain (any level above). */
  viewerInChain: boolean;
};

/**
 * Who may see and change 360 feedback (DESIGN.md §3):
 * - a round is seen by its subject, the subject's management chain, HR admins, and — once it is
 *   open — the reviewers asked in it (they need its title, skills and questions to answer);
 * - the subject, the chain and HR run it: edit the draft, nominate, open, close, and see who was
 *   asked, who answered and who declined — never what anyone answered;
 * - the chain approves the subject's own nominations;
 * - the report is read only once the round is CLOSED, by the subject, the chain and HR;
 * - what one reviewer answered is returned to that reviewer only (loaders filter it in SQL by
 *   `reviewer_id = viewer`), to nobody else, HR included.
 * Anyone else sees nothing: a hidden round answers NOT_FOUND.
 */
export const feedbackAccess = {
  /**
   * SQL condition on the feedback_rounds alias `r` selecting the rounds `viewer` may see.
   * `viewerParam` is the placeholder bound to `viewer.employee.id`.
   */
  visibleSql(viewer: Viewer, viewerParam: string, r = "r"): string {
    const v = `${viewerParam}::uuid`;
    if (isHrAdmin(viewer)) return `${v} IS NOT NULL`;
    return `(${r}.subject_id = ${v}
      OR ${isInChainOfSql(`${r}.subject_id`, v)}
      OR (${r}.status <> 'DRAFT' AND EXISTS (SELECT 1 FROM feedback_requests vr
        WHERE vr.round_id = ${r}.id AND vr.reviewer_id = ${v} AND vr.approved)))`;
  },

  /** The columns of `RoundFacts` that aren't round columns, for a SELECT list on alias `r`. */
  factsSql(viewerParam: string, r = "r"): string {
    return `${feedbackAccess.inChainSql(`${r}.subject_id`, viewerParam)} AS "viewerInChain"`;
  },

  /** The viewer (bound at `viewerParam`) is above the employee `subjectSql` in the management chain. */
  inChainSql(subjectSql: string, viewerParam: string): string {
    return isInChainOfSql(subjectSql, `${viewerParam}::uuid`);
  },

  /** A round about yourself, about someone below you, or (HR) about anyone. */
  canStartRoundAbout(viewer: Viewer, subjectId: string, viewerInChain: boolean): boolean {
    return viewer.employee.id === subjectId || viewerInChain || isHrAdmin(viewer);
  },

  /** One round for everyone in a department or the organization: HR admins signed in as people. */
  canLaunchCycle(viewer: Viewer): boolean {
    return viewer.kind === "session" && isHrAdmin(viewer);
  },

  /** Edit the draft, nominate, open, close, and see the response status (who answered, not what). */
  canManage(viewer: Viewer, round: RoundFacts): boolean {
    return viewer.employee.id === round.subjectId || round.viewerInChain || isHrAdmin(viewer);
  },

  /** The subject's own nominations need someone above them to agree (the subject can't self-approve). */
  canApproveNominations(viewer: Viewer, round: RoundFacts): boolean {
    return viewer.employee.id !== round.subjectId && round.viewerInChain;
  },

  /** Nominations by anyone but the subject (their manager, HR) are approved as they are made. */
  nominationIsPreApproved(viewer: Viewer, round: RoundFacts): boolean {
    return viewer.employee.id !== round.subjectId && (round.viewerInChain || isHrAdmin(viewer));
  },

  /** Nudging reviewers is the manager's (or HR's) lever; the subject doesn't chase their own reviewers. */
  canNudge(viewer: Viewer, round: RoundFacts): boolean {
    return viewer.employee.id !== round.subjectId && (round.viewerInChain || isHrAdmin(viewer));
  },

  /** Who may read the report at all (whether it exists yet is `reportIsAvailable`). */
  isReportReader(viewer: Viewer, round: RoundFacts): boolean {
    return viewer.employee.id === round.subjectId || round.viewerInChain || isHrAdmin(viewer);
  },

  /** The report exists only after closing: nobody watches averages move while answers arrive. */
  reportIsAvailable(round: Pick<FeedbackRound, "status">): boolean {
    return round.status === FeedbackRoundStatus.CLOSED;
  },
};
