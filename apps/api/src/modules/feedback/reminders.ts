import type { DataSource } from "typeorm";
import { feedbackAccess } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { badInput, forbidden } from "../../errors";
import { NotificationKind } from "../notification/notification.entity";
import { NotificationService } from "../notification/notification.service";
import type { FeedbackRoundIdInput } from "./feedback.inputs";
import { assertStatus, auditRound, lockRound } from "./feedback.store";
import { FeedbackRoundStatus } from "./feedback-round.entity";

/** Reviewers still pending get one automatic reminder this long before the closing date. */
export const REMINDER_DAYS_BEFORE_CLOSING = 3;
/** A manager's nudge reaches reviewers at most once in this many hours. */
export const NUDGE_INTERVAL_HOURS = 24;

/** Reminders for pending reviewers: a manager's nudge, and the automatic one before closing. */
export class FeedbackReminderService {
  constructor(private readonly dataSource: DataSource) {}

  /** Nudges every reviewer who hasn't answered yet; returns how many were reminded. */
  async remindReviewers(viewer: Viewer, input: FeedbackRoundIdInput, requestId: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const round = await lockRound(manager, viewer, input.roundId);
      if (!feedbackAccess.canNudge(viewer, round)) {
        throw forbidden("Only a manager above the person the round is about, or HR, nudges its reviewers.");
      }
      assertStatus(round, [FeedbackRoundStatus.OPEN], "input.roundId");
      if (round.nudgedAt && Date.now() - round.nudgedAt.getTime() < NUDGE_INTERVAL_HOURS * 3600_000) {
        throw badInput("input.roundId", "Reviewers were reminded less than a day ago.");
      }
      const pending: { reviewerId: string; subjectName: string }[] = await manager.query(
        `SELECT fr.reviewer_id AS "reviewerId", s.name AS "subjectName" FROM feedback_requests fr
         JOIN employees e ON e.id = fr.reviewer_id AND e.active
         JOIN employees s ON s.id = $2
         WHERE fr.round_id = $1 AND fr.status = 'PENDING' AND fr.approved`,
        [round.id, round.subjectId],
      );
      await manager.query("UPDATE feedback_rounds SET nudged_at = now() WHERE id = $1", [round.id]);
      await auditRound(manager, viewer, requestId, "feedback_round.reminded", round.id, {
        reviewers: pending.length,
      });
      await NotificationService.notify(
        manager,
        pending.map((p) => ({
          recipientId: p.reviewerId,
          actorId: viewer.employee.id,
          kind: NotificationKind.FEEDBACK_REMINDER,
          message:
            p.reviewerId === round.subjectId
              ? `A reminder: your self-assessment in “${round.title}” is still open.`
              : `A reminder: ${p.subjectName} is waiting for your feedback in “${round.title}”.`,
          subjectType: "feedbackRound",
          subjectId: round.id,
        })),
      );
      return pending.filter((p) => p.reviewerId !== viewer.employee.id).length;
    });
  }
}

/**
 * Sends the one automatic reminder to pending reviewers of open rounds that close within
 * REMINDER_DAYS_BEFORE_CLOSING days. Marking the round and notifying happen in one transaction,
 * so a reminder is sent once, even with several replicas. Rounds opened inside that window get
 * none: their request is fresh.
 */
export async function sendDueReminders(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const pending: { roundId: string; reviewerId: string; title: string; subjectName: string }[] =
      await manager.query(
        `WITH due AS (
           UPDATE feedback_rounds r SET reminder_sent_at = now()
           WHERE r.status = 'OPEN' AND r.reminder_sent_at IS NULL AND r.closes_at > now()
             AND r.closes_at <= now() + make_interval(days => $1)
             AND r.opened_at <= r.closes_at - make_interval(days => $1)
           RETURNING r.id, r.title, r.subject_id
         )
         SELECT due.id AS "roundId", fr.reviewer_id AS "reviewerId", due.title, s.name AS "subjectName"
         FROM due JOIN feedback_requests fr ON fr.round_id = due.id AND fr.status = 'PENDING'
         JOIN employees s ON s.id = due.subject_id JOIN employees e ON e.id = fr.reviewer_id AND e.active`,
        [REMINDER_DAYS_BEFORE_CLOSING],
      );
    await NotificationService.notify(
      manager,
      pending.map((p) => ({
        recipientId: p.reviewerId,
        kind: NotificationKind.FEEDBACK_REMINDER,
        message: `“${p.title}” closes in ${REMINDER_DAYS_BEFORE_CLOSING} days: ${p.subjectName} is waiting for your feedback.`,
        subjectType: "feedbackRound",
        subjectId: p.roundId,
      })),
    );
    return pending.length;
  });
}
