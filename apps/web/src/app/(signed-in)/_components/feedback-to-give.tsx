import Link from "next/link";
import { closingDay, closingLabel } from "@/components/feedback/feedback-format";
import { daysUntil } from "@/components/goal/goal-format";
import { graphql } from "@/gql";
import { readAsViewer } from "@/lib/apollo/read";
import styles from "../home.module.css";

/** Only the first few; the rest are on /feedback. */
const SHOWN = 5;

// Its own query (not a fragment of the home page's): `myFeedbackRequests` is a root field.
const FeedbackToGiveQuery = graphql(`
  query FeedbackToGive {
    myFeedbackRequests(status: PENDING) {
      id
      relationship
      viewerCanAnswer
      round {
        id
        title
        closesAt
        subject {
          id
          name
        }
      }
    }
  }
`);

/** Next actions: feedback colleagues asked for and still waiting, soonest closing first (the API's order). */
export async function FeedbackToGive() {
  const { myFeedbackRequests } = await readAsViewer(FeedbackToGiveQuery);
  const waiting = myFeedbackRequests.filter((request) => request.viewerCanAnswer);
  return (
    <section className={styles.card} aria-labelledby="feedback-to-give-title">
      <h2 id="feedback-to-give-title" className={styles.cardTitle}>
        Feedback to give
        {waiting.length > 0 ? <span className={styles.count}>{waiting.length}</span> : null}
      </h2>
      {waiting.length === 0 ? (
        <p className={styles.empty}>Nobody is waiting for your feedback.</p>
      ) : (
        <ul className={styles.actions}>
          {waiting.slice(0, SHOWN).map((request) => (
            <li key={request.id} className={styles.action}>
              <span
                className={
                  daysUntil(request.round.closesAt.slice(0, 10)) <= 2
                    ? `${styles.actionKind} ${styles.kindLate}`
                    : `${styles.actionKind} ${styles.kindApprove}`
                }
              >
                {closingDay(request.round.closesAt)}
              </span>
              <Link href={`/feedback/rounds/${request.round.id}/answer`} className={styles.actionLink}>
                {request.relationship === "SELF"
                  ? `Your self-assessment: ${request.round.title}`
                  : `${request.round.subject?.name ?? "A former colleague"}: ${request.round.title}`}
              </Link>
              <span className={styles.actionMeta}>{closingLabel(request.round.closesAt, "OPEN")}</span>
            </li>
          ))}
        </ul>
      )}
      {waiting.length > SHOWN ? (
        <p className={styles.more}>
          <Link href="/feedback#to-answer">All {waiting.length} requests</Link>
        </p>
      ) : null}
    </section>
  );
}
