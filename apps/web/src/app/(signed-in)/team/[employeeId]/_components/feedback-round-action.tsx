import Link from "next/link";
import type { FeedbackStatus } from "../../_components/feedback-status";
import styles from "./member.module.css";

/**
 * The member's latest 360 round and, for their direct manager, a way to start one: the start form
 * on /feedback opens with this person chosen. (The form offers one's direct reports; a skip-level
 * manager asks the direct manager or HR.)
 */
export function FeedbackRoundAction({
  memberId,
  firstName,
  latest,
  isDirectReport,
}: {
  memberId: string;
  firstName: string;
  latest: FeedbackStatus | null;
  isDirectReport: boolean;
}) {
  return (
    <section className={styles.slot} aria-labelledby="feedback-round-title">
      <div>
        <h2 id="feedback-round-title" className={styles.slotTitle}>
          360 feedback
        </h2>
        <p className={styles.slotText}>
          {latest ? (
            <>
              {latest.detail}. <Link href={`/feedback/rounds/${latest.roundId}`}>Open the round</Link>
            </>
          ) : (
            <>No 360 round about {firstName} yet.</>
          )}
        </p>
      </div>
      {isDirectReport ? (
        <div className={styles.slotAction}>
          <Link className="button" href={`/feedback?subject=${memberId}#start`}>
            Start a feedback round
          </Link>
        </div>
      ) : null}
    </section>
  );
}
