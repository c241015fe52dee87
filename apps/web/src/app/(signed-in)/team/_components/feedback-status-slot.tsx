import styles from "./members-table.module.css";

/**
 * SLOT: a member's 360 feedback status (round open / report ready…). The feedback API is not merged
 * yet; until it is, this says so rather than showing made-up data. Replace with the member's
 * latest round once `Employee.feedbackRounds` (or the team overview's equivalent) exists.
 */
export function FeedbackStatusSlot() {
  return (
    <span className={styles.muted} title="Feedback status arrives with 360 feedback rounds">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">Not available yet: arrives with 360 feedback rounds</span>
    </span>
  );
}
