import { Badge } from "../../_components/indicators";
import styles from "./member.module.css";

/**
 * SLOT: "Start a feedback round" for this person. The 360 feedback API is being built in parallel;
 * once `startFeedbackRound` (or its final name) is merged, this becomes a button that opens the
 * nomination form. Until then it says so plainly instead of offering an action that can't work.
 */
export function FeedbackRoundSlot({ firstName }: { firstName: string }) {
  return (
    <section className={styles.slot} aria-labelledby="feedback-slot-title">
      <div>
        <h2 id="feedback-slot-title" className={styles.slotTitle}>
          360 feedback
        </h2>
        <p className={styles.slotText}>
          Start a feedback round to hear from {firstName}&apos;s peers, reports and manager.
        </p>
      </div>
      <div className={styles.slotAction}>
        <Badge tone="neutral">Coming soon</Badge>
        <button type="button" className="button" disabled aria-describedby="feedback-slot-title">
          Start a feedback round
        </button>
      </div>
    </section>
  );
}
