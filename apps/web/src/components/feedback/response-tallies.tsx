import type { FeedbackRequestStatus, FeedbackRoundStatus } from "@/gql/graphql";
import styles from "./feedback.module.css";

const DOT: Record<FeedbackRequestStatus, string> = {
  SUBMITTED: styles.dotSubmitted,
  PENDING: styles.dotPending,
  DECLINED: styles.dotDeclined,
};

/**
 * How many reviewers answered, haven't yet, or declined — counts only, never who said what.
 * In a draft nobody has been asked yet, so it counts reviewers instead.
 */
export function ResponseTallies({
  requests,
  status,
}: {
  requests: { status: FeedbackRequestStatus }[];
  status: FeedbackRoundStatus;
}) {
  if (status === "DRAFT") {
    return (
      <p className={`${styles.muted} ${styles.small}`}>
        {requests.length} reviewer{requests.length === 1 ? "" : "s"} so far, including the self-assessment
      </p>
    );
  }
  const count = (s: FeedbackRequestStatus) => requests.filter((r) => r.status === s).length;
  const tallies: { status: FeedbackRequestStatus; label: string }[] = [
    { status: "SUBMITTED", label: `${count("SUBMITTED")} answered` },
    {
      status: "PENDING",
      label: `${count("PENDING")} ${status === "CLOSED" ? "didn't answer" : "not answered yet"}`,
    },
    { status: "DECLINED", label: `${count("DECLINED")} declined` },
  ];
  return (
    <ul className={styles.tallies} aria-label={`Responses: ${tallies.map((t) => t.label).join(", ")}`}>
      {tallies.map((tally) => (
        <li key={tally.status} className={styles.tally}>
          <span className={`${styles.tallyDot} ${DOT[tally.status]}`} aria-hidden="true" />
          {tally.label}
        </li>
      ))}
    </ul>
  );
}
