import type { DataSource } from "typeorm";
import type { Logger } from "../../logger";
import { sendDueReminders } from "./reminders";
import { closeRound } from "./round.service";

export const LEFT_ORGANIZATION_REASON = "Left the organization.";

/**
 * Closes every open round whose closing date has passed, each in its own transaction. Rows are
 * claimed with SKIP LOCKED, so several API replicas running this at once close each round once.
 */
export async function closeDueRounds(dataSource: DataSource): Promise<number> {
  let closed = 0;
  for (;;) {
    const done = await dataSource.transaction(async (manager) => {
      const [round] = await manager.query(
        `SELECT r.id, r.title, r.subject_id AS "subjectId" FROM feedback_rounds r
         WHERE r.status = 'OPEN' AND r.closes_at <= now()
         ORDER BY r.closes_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
      );
      if (!round) return true;
      await closeRound(manager, round, null, null);
      return false;
    });
    if (done) return closed;
    closed += 1;
  }
}

/**
 * A reviewer who left keeps rounds consistent (docs/decisions/015-feedback-rounds.md): their
 * pending requests in draft and open rounds become DECLINED with a plain reason, so nobody chases
 * them and the status says why; what they submitted stays and counts. Runs with the schedule and
 * whenever HR deactivates someone.
 */
export async function declineRequestsOfLeavers(dataSource: DataSource): Promise<number> {
  const [, affected]: [unknown, number] = await dataSource.query(
    `UPDATE feedback_requests fr SET status = 'DECLINED', decline_reason = $1, version = fr.version + 1,
       updated_at = now()
     FROM employees e, feedback_rounds r
     WHERE e.id = fr.reviewer_id AND NOT e.active AND r.id = fr.round_id AND r.status IN ('DRAFT', 'OPEN')
       AND fr.status = 'PENDING'`,
    [LEFT_ORGANIZATION_REASON],
  );
  return affected;
}

/** Everything the feedback schedule does, once. */
export async function runFeedbackSchedule(dataSource: DataSource): Promise<void> {
  await declineRequestsOfLeavers(dataSource);
  await closeDueRounds(dataSource);
  await sendDueReminders(dataSource);
}

/**
 * Runs the schedule at start and every minute; returns a stop function. Errors are logged, never
 * thrown: a failing run must not take the API down, the next one retries.
 */
export function startFeedbackSchedule(dataSource: DataSource, log: Logger, everyMs = 60_000): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await runFeedbackSchedule(dataSource);
    } catch (error) {
      log.error({ err: error }, "the feedback schedule failed");
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
