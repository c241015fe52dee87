import type { ResultOf } from "@graphql-typed-document-node/core";
import { EmptyState } from "@/components/empty-state/empty-state";
import { formatNumber, percent } from "@/components/goal/goal-format";
import { ProgressBar } from "@/components/goal/progress-bar";
import { graphql } from "@/gql";
import styles from "./goal-page.module.css";

export const GoalProgressFields = graphql(`
  fragment GoalProgress on Goal {
    title
    status
    progress
    expectedProgress
    keyResults {
      id
      title
      unit
      startValue
      targetValue
      currentValue
      progress
    }
  }
`);

const withUnit = (value: number, unit: string) =>
  unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);

/** Overall progress against the time elapsed, then each key result from start to target. */
export function GoalProgress({ goal }: { goal: ResultOf<typeof GoalProgressFields> }) {
  const live = goal.status === "ACTIVE";
  return (
    <section className={styles.card} aria-labelledby="progress-title">
      <div className={styles.progressHead}>
        <h2 id="progress-title" className={styles.cardTitle}>
          Progress
        </h2>
        {live && goal.expectedProgress != null ? (
          <p className={styles.muted}>{percent(goal.expectedProgress)} of the time has passed</p>
        ) : null}
      </div>
      <ProgressBar
        value={goal.progress}
        expected={live ? goal.expectedProgress : null}
        label="Overall progress"
      />
      <h3 className={styles.subTitle}>Key results</h3>
      {goal.keyResults.length ? (
        <ul className={styles.keyResults}>
          {goal.keyResults.map((kr) => (
            <li key={kr.id} className={styles.keyResult}>
              <div className={styles.keyResultHead}>
                <span className={styles.keyResultTitle}>{kr.title}</span>
                <span className={styles.keyResultNumbers}>
                  {withUnit(kr.currentValue, kr.unit)}
                  <span className={styles.muted}>
                    {" "}
                    of {formatNumber(kr.startValue)} → {withUnit(kr.targetValue, kr.unit)}
                  </span>
                </span>
              </div>
              <ProgressBar value={kr.progress} label={`Progress of ${kr.title}`} size="sm" />
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="No key results yet">
          Add a number to move from a start to a target, so progress can be measured.
        </EmptyState>
      )}
    </section>
  );
}
