import styles from "./plan-progress.module.css";

export interface PlanCounts {
  completion: number | null;
  total: number;
  done: number;
  inProgress: number;
  planned: number;
  dropped: number;
  overdueCount: number;
}

/**
 * The plan's completion (done ÷ items not dropped) as a bar, with the count of each status.
 * Shared by the plan page and the home page's plan summary card.
 */
export function PlanProgress({ plan }: { plan: PlanCounts }) {
  const percent = plan.completion === null ? null : Math.round(plan.completion * 100);
  return (
    <div className={styles.progress}>
      <div className={styles.header}>
        <span className={styles.label}>Completion</span>
        <span className={styles.percent}>{percent === null ? "–" : `${percent} %`}</span>
      </div>
      <div
        className={styles.track}
        role="progressbar"
        aria-label="Plan completion"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? 0}
        aria-valuetext={
          percent === null
            ? "Nothing to count yet"
            : `${percent} %: ${plan.done} of ${plan.total - plan.dropped} items done`
        }
      >
        <div className={styles.fill} style={{ width: `${percent ?? 0}%` }} />
      </div>
      <ul className={styles.counts} aria-label="Items by status">
        <li>
          <strong>{plan.inProgress}</strong> in progress
        </li>
        <li>
          <strong>{plan.planned}</strong> planned
        </li>
        <li>
          <strong>{plan.done}</strong> done
        </li>
        <li>
          <strong>{plan.dropped}</strong> dropped
        </li>
        {plan.overdueCount > 0 ? (
          <li className={styles.overdue}>
            <strong>{plan.overdueCount}</strong> overdue
          </li>
        ) : null}
      </ul>
    </div>
  );
}
