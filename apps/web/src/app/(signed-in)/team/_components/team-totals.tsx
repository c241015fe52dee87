import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "@/gql";
import { ProgressBar } from "./indicators";
import styles from "./team.module.css";

export const TeamTotalsFields = graphql(`
  fragment TeamTotalsFigures on TeamTotals {
    members
    activeGoals
    averageProgress
    onTrack
    atRisk
    offTrack
    pendingApprovals
  }
`);

/** The figures at the top of the dashboard. */
export function TeamTotals({ totals }: { totals: ResultOf<typeof TeamTotalsFields> }) {
  return (
    <dl className={styles.totals}>
      <div className={styles.total}>
        <dt>Members</dt>
        <dd className={styles.totalValue}>{totals.members}</dd>
      </div>
      <div className={`${styles.total} ${styles.totalWide}`}>
        <dt>Average progress</dt>
        <dd className={styles.totalProgress}>
          <ProgressBar value={totals.averageProgress} />
          <span className={styles.totalNote}>
            over {totals.activeGoals} active {totals.activeGoals === 1 ? "goal" : "goals"}
          </span>
        </dd>
      </div>
      <div className={`${styles.total} ${styles.totalGood}`}>
        <dt>On track</dt>
        <dd className={styles.totalValue}>{totals.onTrack}</dd>
      </div>
      <div className={`${styles.total} ${styles.totalWarn}`}>
        <dt>At risk</dt>
        <dd className={styles.totalValue}>{totals.atRisk}</dd>
      </div>
      <div className={`${styles.total} ${styles.totalBad}`}>
        <dt>Off track</dt>
        <dd className={styles.totalValue}>{totals.offTrack}</dd>
      </div>
    </dl>
  );
}
