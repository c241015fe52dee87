import type { ResultOf } from "@graphql-typed-document-node/core";
import Link from "next/link";
import { graphql } from "@/gql";
import { type ApprovalItem, ApprovalsList } from "../../_components/approvals-list";
import { calendarDate, relativeDate } from "../../_components/format";
import { Badge, HealthBadge, ProgressBar, StatusBadge } from "../../_components/indicators";
import styles from "./member.module.css";

export const MemberGoalFields = graphql(`
  fragment MemberGoal on Goal {
    id
    title
    status
    health
    progress
    expectedProgress
    dueDate
    overdue
    stale
    version
    updatedAt
    lastCheckInAt
    viewerCanApprove
  }
`);

type Goal = ResultOf<typeof MemberGoalFields>;

function GoalCard({ goal, now }: { goal: Goal; now: number }) {
  return (
    <li className={styles.goal}>
      <div className={styles.goalHead}>
        <Link prefetch={false} href={`/goals/${goal.id}`} className={styles.goalTitle}>
          {goal.title}
        </Link>
        <span className={styles.badges}>
          {goal.health ? <HealthBadge health={goal.health} /> : <StatusBadge status={goal.status} />}
          {goal.overdue ? <Badge tone="bad">Overdue</Badge> : null}
          {goal.stale ? <Badge tone="warn">No check-in for 30 days</Badge> : null}
        </span>
      </div>
      {goal.status === "ACTIVE" || goal.status === "COMPLETED" ? (
        <ProgressBar
          value={goal.progress}
          expected={goal.expectedProgress}
          health={goal.health}
          label="Progress"
        />
      ) : null}
      <p className={styles.goalMeta}>
        {goal.dueDate ? `Due ${calendarDate(goal.dueDate)}` : "No due date"}
        {goal.status === "ACTIVE"
          ? ` · last check-in ${relativeDate(goal.lastCheckInAt, now).toLowerCase()}`
          : ""}
      </p>
    </li>
  );
}

/**
 * Their goals as the manager may see them: waiting for approval (with the decision inline), then
 * active, then the rest (completed, abandoned, drafts) folded away.
 */
export function MemberGoals({ goals, now, firstName }: { goals: Goal[]; now: number; firstName: string }) {
  const pending = goals.filter((goal) => goal.status === "PENDING_APPROVAL");
  const active = goals.filter((goal) => goal.status === "ACTIVE");
  const others = goals.filter((goal) => goal.status !== "PENDING_APPROVAL" && goal.status !== "ACTIVE");
  const approvals: ApprovalItem[] = pending.map((goal) => ({
    id: goal.id,
    version: goal.version,
    title: goal.title,
    ownerId: null,
    ownerName: null,
    canDecide: goal.viewerCanApprove,
    context: [
      `updated ${relativeDate(goal.updatedAt, now).toLowerCase()}`,
      goal.dueDate && `due ${calendarDate(goal.dueDate)}`,
    ]
      .filter(Boolean)
      .join(" · "),
  }));

  if (goals.length === 0) {
    return <p className={styles.empty}>{firstName} has no goals you can see yet.</p>;
  }
  return (
    <div className={styles.stack}>
      {pending.length > 0 ? (
        <div>
          <h3 className={styles.subTitle}>Waiting for approval</h3>
          <ApprovalsList items={approvals} showOwner={false} emptyText="" />
        </div>
      ) : null}
      <div>
        <h3 className={styles.subTitle}>Active</h3>
        {active.length > 0 ? (
          <ul className={styles.goals}>
            {active.map((goal) => (
              <GoalCard key={goal.id} goal={goal} now={now} />
            ))}
          </ul>
        ) : (
          <p className={styles.empty}>No active goals.</p>
        )}
      </div>
      {others.length > 0 ? (
        <details className={styles.more}>
          <summary>
            Completed, abandoned and draft goals <span className={styles.countInline}>({others.length})</span>
          </summary>
          <ul className={styles.goals}>
            {others.map((goal) => (
              <GoalCard key={goal.id} goal={goal} now={now} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
