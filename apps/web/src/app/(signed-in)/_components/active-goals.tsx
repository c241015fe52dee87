import type { ResultOf } from "@graphql-typed-document-node/core";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state/empty-state";
import { GoalCard } from "@/components/goal/goal-card";
import { daysUntil, dueLabel, formatDay } from "@/components/goal/goal-format";
import { graphql } from "@/gql";
import styles from "../home.module.css";

/** "Due soon" looks this far ahead. */
const DUE_SOON_DAYS = 30;
const CARDS = 4;

export const ActiveGoalsFields = graphql(`
  fragment ActiveGoals on Employee {
    activeGoals: goals(status: ACTIVE, first: 50) {
      totalCount
      edges {
        node {
          id
          title
          dueDate
          ...GoalCard
        }
      }
    }
  }
`);

type Data = ResultOf<typeof ActiveGoalsFields>;

/** The active goals with their progress and health; the first few, most recent first. */
export function ActiveGoals({ employee }: { employee: Data }) {
  const goals = employee.activeGoals.edges.map(({ node }) => node);
  return (
    <section className={styles.wide} aria-labelledby="active-goals-title">
      <div className={styles.sectionHead}>
        <h2 id="active-goals-title" className={styles.sectionTitle}>
          Active goals
          {goals.length ? <span className={styles.count}>{employee.activeGoals.totalCount}</span> : null}
        </h2>
        <Link href="/goals/new" className="button button-small">
          + New goal
        </Link>
      </div>
      {goals.length ? (
        <>
          <ul className={styles.goalList} aria-labelledby="active-goals-title">
            {goals.slice(0, CARDS).map((goal) => (
              <li key={goal.id}>
                <GoalCard goal={goal} showStatus={false} />
              </li>
            ))}
          </ul>
          {employee.activeGoals.totalCount > CARDS ? (
            <p className={styles.more}>
              <Link href="/goals?status=ACTIVE">All {employee.activeGoals.totalCount} active goals</Link>
            </p>
          ) : null}
        </>
      ) : (
        <EmptyState
          title="No active goals yet"
          action={
            <Link href="/goals/new" className="button button-primary">
              Set your first goal
            </Link>
          }
        >
          Goals become active once your manager approves them. Start with one thing you want to get better at.
        </EmptyState>
      )}
    </section>
  );
}

/** Active goals due in the next 30 days or already overdue, soonest first. */
export function DueSoon({ employee }: { employee: Data }) {
  const due = employee.activeGoals.edges
    .map(({ node }) => node)
    .filter((goal): goal is typeof goal & { dueDate: string } => goal.dueDate != null)
    .filter((goal) => daysUntil(goal.dueDate) <= DUE_SOON_DAYS)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return (
    <section className={styles.card} aria-labelledby="due-soon-title">
      <h2 id="due-soon-title" className={styles.cardTitle}>
        Due soon
      </h2>
      {due.length ? (
        <ul className={styles.actions}>
          {due.map((goal) => (
            <li key={goal.id} className={styles.action}>
              <span
                className={
                  daysUntil(goal.dueDate) < 0 ? `${styles.actionKind} ${styles.kindLate}` : styles.actionKind
                }
              >
                {formatDay(goal.dueDate)}
              </span>
              <Link href={`/goals/${goal.id}`} className={styles.actionLink}>
                {goal.title}
              </Link>
              <span className={styles.actionMeta}>{dueLabel(goal.dueDate)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.empty}>Nothing is due in the next {DUE_SOON_DAYS} days.</p>
      )}
    </section>
  );
}
