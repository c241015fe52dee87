import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "@/gql";
import { percent, relativeDate } from "../../_components/format";
import { ProgressBar } from "../../_components/indicators";
import styles from "./member.module.css";

export const MemberSummaryFields = graphql(`
  fragment MemberSummary on GrowthSummary {
    activeGoals
    onTrack
    atRisk
    offTrack
    averageProgress
    lastCheckInAt
    planCompletion
    goalsAwaitingApproval
    overdueGoals
    staleGoals
    overduePlanItems
  }
`);

/** The person's figures at a glance, the same ones the dashboard shows in their row. */
export function MemberSummary({
  summary,
  now,
}: {
  summary: ResultOf<typeof MemberSummaryFields>;
  now: number;
}) {
  const figures: { label: string; value: React.ReactNode; note?: string; tone?: string }[] = [
    { label: "Active goals", value: summary.activeGoals },
    { label: "On track", value: summary.onTrack, tone: styles.good },
    { label: "At risk", value: summary.atRisk, tone: styles.warn },
    { label: "Off track", value: summary.offTrack, tone: styles.bad },
    {
      label: "Last check-in",
      value: relativeDate(summary.lastCheckInAt, now),
      note: summary.staleGoals > 0 ? `${summary.staleGoals} without a check-in for 30 days` : undefined,
    },
    {
      label: "Plan done",
      value: percent(summary.planCompletion),
      note: summary.overduePlanItems > 0 ? `${summary.overduePlanItems} overdue` : undefined,
    },
  ];
  return (
    <dl className={styles.figures}>
      <div className={`${styles.figure} ${styles.figureWide}`}>
        <dt>Average progress</dt>
        <dd>
          <ProgressBar value={summary.averageProgress} />
          {summary.goalsAwaitingApproval > 0 ? (
            <span className={styles.figureNote}>
              {summary.goalsAwaitingApproval} {summary.goalsAwaitingApproval === 1 ? "goal" : "goals"} waiting
              for approval
            </span>
          ) : null}
        </dd>
      </div>
      {figures.map((figure) => (
        <div key={figure.label} className={`${styles.figure} ${figure.tone ?? ""}`}>
          <dt>{figure.label}</dt>
          <dd>
            <span className={styles.figureValue}>{figure.value}</span>
            {figure.note ? <span className={styles.figureNote}>{figure.note}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
