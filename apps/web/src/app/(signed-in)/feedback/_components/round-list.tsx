import type { ResultOf } from "@graphql-typed-document-node/core";
import Link from "next/link";
import { RoundStatusChip } from "@/components/feedback/chips";
import styles from "@/components/feedback/feedback.module.css";
import { closingDay, closingLabel } from "@/components/feedback/feedback-format";
import { ResponseTallies } from "@/components/feedback/response-tallies";
import { graphql } from "@/gql";

export const RoundSummaryFields = graphql(`
  fragment RoundSummary on FeedbackRound {
    id
    title
    status
    closesAt
    viewerCanApproveNominations
    subject {
      id
      name
    }
    requests {
      id
      status
      approved
    }
  }
`);

export type RoundSummary = ResultOf<typeof RoundSummaryFields>;

/** Rounds as rows: title, whom it is about, status, closing date and how the answers stand. */
export function RoundList({
  rounds,
  labelledBy,
  showSubject,
}: {
  rounds: RoundSummary[];
  labelledBy: string;
  showSubject: boolean;
}) {
  return (
    <ul className={styles.list} aria-labelledby={labelledBy}>
      {rounds.map((round) => {
        const waiting = (round.requests ?? []).filter((r) => !r.approved).length;
        return (
          <li key={round.id} className={styles.item}>
            <div className={styles.itemMain}>
              <Link href={`/feedback/rounds/${round.id}`} className={styles.itemTitle}>
                {round.title}
              </Link>
              <span className={styles.itemMeta}>
                {showSubject ? <span>About {round.subject?.name ?? "a former colleague"}</span> : null}
                <span>
                  {round.status === "CLOSED"
                    ? `Closed ${closingDay(round.closesAt)}`
                    : `Closes ${closingDay(round.closesAt)} (${closingLabel(round.closesAt, round.status)})`}
                </span>
              </span>
              {round.requests ? <ResponseTallies requests={round.requests} status={round.status} /> : null}
              {waiting > 0 ? (
                <span className={`${styles.muted} ${styles.small}`}>
                  {waiting} nomination{waiting === 1 ? " waits" : "s wait"} for the manager's approval
                </span>
              ) : null}
            </div>
            <div className={styles.itemActions}>
              <RoundStatusChip status={round.status} />
              {round.viewerCanApproveNominations && waiting > 0 ? (
                <Link href={`/feedback/rounds/${round.id}`} className="button button-primary button-small">
                  Review nominations
                </Link>
              ) : null}
              {round.status === "CLOSED" ? (
                <Link href={`/feedback/rounds/${round.id}#report`} className="button button-small">
                  Read the report
                </Link>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
