import type { ResultOf } from "@graphql-typed-document-node/core";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state/empty-state";
import { RequestStatusChip, RoundStatusChip } from "@/components/feedback/chips";
import styles from "@/components/feedback/feedback.module.css";
import { closingDay, closingLabel, RELATIONSHIP_LABEL } from "@/components/feedback/feedback-format";
import { graphql } from "@/gql";

export const RequestToAnswerFields = graphql(`
  fragment RequestToAnswer on MyFeedbackRequest {
    id
    status
    relationship
    viewerCanAnswer
    round {
      id
      title
      status
      closesAt
      subject {
        id
        name
      }
    }
  }
`);

type Request = ResultOf<typeof RequestToAnswerFields>;

/** What the reviewer does next with a request, in the words of its button. */
function actionOf(request: Request): string {
  if (!request.viewerCanAnswer) return "View";
  if (request.status === "SUBMITTED") return "Edit answers";
  if (request.status === "DECLINED") return "View";
  return request.relationship === "SELF" ? "Assess yourself" : "Answer";
}

/** "To answer": requests still waiting first, then answered ones that can still change, then the past. */
export function RequestsToAnswer({ requests }: { requests: Request[] }) {
  const waiting = requests.filter((r) => r.viewerCanAnswer && r.status === "PENDING");
  const editable = requests.filter((r) => r.viewerCanAnswer && r.status === "SUBMITTED");
  const past = requests.filter((r) => !waiting.includes(r) && !editable.includes(r));
  return (
    <section id="to-answer" className={styles.section} aria-labelledby="to-answer-title">
      <div className={styles.sectionHead}>
        <h2 id="to-answer-title" className={styles.sectionTitle}>
          To answer
          {waiting.length ? <span className={styles.count}>{waiting.length}</span> : null}
        </h2>
        <p className={`${styles.muted} ${styles.small}`}>
          Colleagues asked for your view. You can change your answers until a round closes.
        </p>
      </div>
      {requests.length === 0 ? (
        <EmptyState title="Nobody has asked you for feedback yet">
          When a colleague's 360 round opens with you as a reviewer, it appears here.
        </EmptyState>
      ) : (
        <>
          <RequestList label="Waiting for you" requests={waiting} empty="Nothing is waiting for you." />
          {editable.length ? <RequestList label="Answered, still open" requests={editable} /> : null}
          {past.length ? <RequestList label="Closed or declined" requests={past} /> : null}
        </>
      )}
    </section>
  );
}

function RequestList({ label, requests, empty }: { label: string; requests: Request[]; empty?: string }) {
  const id = `requests-${label.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <div>
      <h3 id={id} className={styles.subTitle}>
        {label}
      </h3>
      {requests.length === 0 ? (
        <p className={`${styles.muted} ${styles.small}`}>{empty}</p>
      ) : (
        <ul className={styles.list} aria-labelledby={id}>
          {requests.map((request) => (
            <li key={request.id} className={styles.item}>
              <div className={styles.itemMain}>
                <span className={styles.itemTitle}>
                  {request.relationship === "SELF"
                    ? "Your self-assessment"
                    : (request.round.subject?.name ?? "A former colleague")}
                </span>
                <span className={styles.itemMeta}>
                  <span>{request.round.title}</span>
                  <span>
                    {request.round.status === "OPEN" ? (
                      <>
                        Closes {closingDay(request.round.closesAt)} (
                        {closingLabel(request.round.closesAt, "OPEN")})
                      </>
                    ) : (
                      closingLabel(request.round.closesAt, request.round.status)
                    )}
                  </span>
                  <span>As: {RELATIONSHIP_LABEL[request.relationship]}</span>
                </span>
              </div>
              <div className={styles.itemActions}>
                <RequestStatusChip status={request.status} />
                {request.round.status === "CLOSED" ? <RoundStatusChip status="CLOSED" /> : null}
                <Link
                  href={`/feedback/rounds/${request.round.id}/answer`}
                  className={
                    request.viewerCanAnswer && request.status === "PENDING"
                      ? "button button-primary button-small"
                      : "button button-small"
                  }
                  aria-label={`${actionOf(request)}: ${request.round.title}`}
                >
                  {actionOf(request)}
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
