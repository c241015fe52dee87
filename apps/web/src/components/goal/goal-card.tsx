import type { ResultOf } from "@graphql-typed-document-node/core";
import Link from "next/link";
import { graphql } from "@/gql";
import { Chip, HealthChip, StatusChip } from "./chips";
import styles from "./goal-card.module.css";
import { dueLabel, formatDay } from "./goal-format";
import { ProgressBar } from "./progress-bar";

// The fields this component renders; the queries that list goals spread it.
export const GoalCardFields = graphql(`
  fragment GoalCard on Goal {
    id
    title
    status
    health
    progress
    expectedProgress
    dueDate
    overdue
  }
`);

export type GoalCardData = ResultOf<typeof GoalCardFields>;

/** One goal in a list: title (the link), status, health, progress and when it is due. */
export function GoalCard({ goal, showStatus = true }: { goal: GoalCardData; showStatus?: boolean }) {
  const live = goal.status === "ACTIVE";
  return (
    <article className={styles.card}>
      <div className={styles.top}>
        <h3 className={styles.title}>
          <Link href={`/goals/${goal.id}`} className={styles.link}>
            {goal.title}
          </Link>
        </h3>
        <div className={styles.chips}>
          {showStatus ? <StatusChip status={goal.status} /> : null}
          <HealthChip health={goal.health} />
          {goal.overdue ? <Chip tone="danger">Overdue</Chip> : null}
        </div>
      </div>
      <ProgressBar
        value={goal.progress}
        expected={live ? goal.expectedProgress : null}
        label={`Progress of ${goal.title}`}
        size="sm"
      />
      <p className={styles.due}>
        {goal.dueDate ? (
          <>
            Due {formatDay(goal.dueDate)}
            {live ? <span className={styles.relative}> · {dueLabel(goal.dueDate)}</span> : null}
          </>
        ) : (
          "No due date yet"
        )}
      </p>
    </article>
  );
}
