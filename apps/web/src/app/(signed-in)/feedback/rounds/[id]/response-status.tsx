import type { ResultOf } from "@graphql-typed-document-node/core";
import styles from "@/components/feedback/feedback.module.css";
import { RELATIONSHIP_LABEL } from "@/components/feedback/feedback-format";
import { ResponseTallies } from "@/components/feedback/response-tallies";
import { graphql } from "@/gql";
import type { FeedbackRequestStatus, FeedbackRoundStatus } from "@/gql/graphql";
import page from "./round-page.module.css";

export const RequestStatusRowFields = graphql(`
  fragment RequestStatusRow on FeedbackRequest {
    id
    status
    relationship
    approved
    declineReason
    reviewer {
      id
      name
      title
    }
  }
`);

export type RequestRow = ResultOf<typeof RequestStatusRowFields>;

const HEADINGS: Record<FeedbackRoundStatus, Record<FeedbackRequestStatus, string>> = {
  DRAFT: { PENDING: "Asked", SUBMITTED: "Answered", DECLINED: "Declined" },
  OPEN: { PENDING: "Not answered yet", SUBMITTED: "Answered", DECLINED: "Declined" },
  CLOSED: { PENDING: "Didn't answer", SUBMITTED: "Answered", DECLINED: "Declined" },
};

/**
 * Who was asked, who answered and who declined, so the people running the round can follow up.
 * Listed by relationship and name (the API's order), never by when they answered, and never next
 * to anything they said.
 */
export function ResponseStatus({
  requests,
  status,
}: {
  requests: RequestRow[];
  status: FeedbackRoundStatus;
}) {
  const groups: FeedbackRequestStatus[] = ["PENDING", "SUBMITTED", "DECLINED"];
  return (
    <section className={styles.card} aria-labelledby="status-title">
      <div>
        <h2 id="status-title" className={styles.cardTitle}>
          Responses
        </h2>
        <p className={`${styles.muted} ${styles.small}`}>
          Who answered is shown so you can follow up. What anyone answered is never shown with their name.
        </p>
      </div>
      <ResponseTallies requests={requests} status={status} />
      <div className={page.statusColumns}>
        {groups.map((requestStatus) => {
          const rows = requests.filter((r) => r.status === requestStatus);
          if (rows.length === 0) return null;
          const id = `status-${requestStatus.toLowerCase()}`;
          return (
            <div key={requestStatus}>
              <h3 id={id} className={styles.subTitle}>
                {HEADINGS[status][requestStatus]} ({rows.length})
              </h3>
              <ul className={page.people} aria-labelledby={id}>
                {rows.map((request) => (
                  <li key={request.id} className={page.person}>
                    <span className={page.personName}>{request.reviewer?.name ?? "A former colleague"}</span>
                    <span className={page.personMeta}>{RELATIONSHIP_LABEL[request.relationship]}</span>
                    {request.declineReason ? (
                      <span className={page.reason}>“{request.declineReason}”</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </section>
  );
}
