import type { ResultOf } from "@graphql-typed-document-node/core";
import Link from "next/link";
import { CHECK_IN_DUE_DAYS, daysSince } from "@/components/goal/goal-format";
import { graphql } from "@/gql";
import styles from "../home.module.css";

// Approvals waiting: the submitted goals of one's direct reports (one batched statement in the API).
// Check-ins due: one's active goals without a check-in for CHECK_IN_DUE_DAYS (or never).
// Goals to submit: one's own drafts.
export const NextActionsFields = graphql(`
  fragment NextActions on Employee {
    directReports {
      id
      name
      pendingGoals: goals(status: PENDING_APPROVAL, first: 10) {
        edges {
          node {
            id
            title
          }
        }
      }
    }
    activeForCheckIns: goals(status: ACTIVE, first: 50) {
      edges {
        node {
          id
          title
          lastCheckInAt
        }
      }
    }
    drafts: goals(status: DRAFT, first: 5) {
      totalCount
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

/** "No check-in yet" or "Last check-in 20 days ago". */
const lastCheckInLabel = (at: string | null) =>
  at ? `Last check-in ${daysSince(at)} days ago` : "No check-in yet";

/**
 * What is waiting for the person, most important first: others waiting on them, then their own
 * goals that need a check-in (the longest silent first), then their drafts.
 */
export function NextActions({ employee }: { employee: ResultOf<typeof NextActionsFields> }) {
  const approvals = employee.directReports.flatMap((report) =>
    report.pendingGoals.edges.map(({ node }) => ({ ...node, ownerName: report.name })),
  );
  const checkInsDue = employee.activeForCheckIns.edges
    .map(({ node }) => node)
    .filter((goal) => goal.lastCheckInAt == null || daysSince(goal.lastCheckInAt) >= CHECK_IN_DUE_DAYS)
    .sort((a, b) => (a.lastCheckInAt ?? "").localeCompare(b.lastCheckInAt ?? ""));
  const drafts = employee.drafts.edges.map(({ node }) => node);
  const count = approvals.length + checkInsDue.length + drafts.length;
  return (
    <section className={styles.card} aria-labelledby="next-actions-title">
      <h2 id="next-actions-title" className={styles.cardTitle}>
        Next actions
        {count > 0 ? <span className={styles.count}>{count}</span> : null}
      </h2>
      {count === 0 ? (
        <p className={styles.empty}>Nothing is waiting for you right now.</p>
      ) : (
        <ul className={styles.actions}>
          {approvals.map((goal) => (
            <li key={goal.id} className={styles.action}>
              <span className={`${styles.actionKind} ${styles.kindApprove}`}>Approve</span>
              <Link href={`/goals/${goal.id}`} className={styles.actionLink}>
                {goal.ownerName}: {goal.title}
              </Link>
            </li>
          ))}
          {checkInsDue.map((goal) => (
            <li key={goal.id} className={styles.action}>
              <span className={`${styles.actionKind} ${styles.kindCheckIn}`}>Check in</span>
              <Link href={`/goals/${goal.id}#check-in-title`} className={styles.actionLink}>
                {goal.title}
              </Link>
              <span className={styles.actionMeta}>{lastCheckInLabel(goal.lastCheckInAt)}</span>
            </li>
          ))}
          {drafts.map((goal) => (
            <li key={goal.id} className={styles.action}>
              <span className={styles.actionKind}>Submit</span>
              <Link href={`/goals/${goal.id}`} className={styles.actionLink}>
                {goal.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {employee.drafts.totalCount > drafts.length ? (
        <p className={styles.more}>
          <Link href="/goals?status=DRAFT">All {employee.drafts.totalCount} drafts</Link>
        </p>
      ) : null}
    </section>
  );
}
