import type { ResultOf } from "@graphql-typed-document-node/core";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state/empty-state";
import { formatDay } from "@/components/goal/goal-format";
import { graphql } from "@/gql";
import type { PlanItemKind, PlanItemStatus } from "@/gql/graphql";
import styles from "./plan-items.module.css";

export const GoalPlanItemsFields = graphql(`
  fragment GoalPlanItems on Goal {
    planItems {
      id
      title
      kind
      status
      dueDate
      overdue
    }
  }
`);

const KIND_LABEL: Record<PlanItemKind, string> = {
  COURSE: "Course",
  MENTORING: "Mentoring",
  COACHING: "Coaching",
  READING: "Reading",
  PROJECT: "Project",
  OTHER: "Other",
};

const STATUS_LABEL: Record<PlanItemStatus, string> = {
  PLANNED: "Planned",
  IN_PROGRESS: "In progress",
  DONE: "Done",
  DROPPED: "Dropped",
};

/**
 * The development plan items that serve this goal (the API returns them only to people who may see
 * the owner's plan). The plan itself is edited on /plan; here they are a reminder of the "how".
 */
export function PlanItems({ goal, mine }: { goal: ResultOf<typeof GoalPlanItemsFields>; mine: boolean }) {
  const items = goal.planItems;
  if (!items.length && !mine) return null;
  return (
    <section className={styles.card} aria-labelledby="plan-items-title">
      <div className={styles.head}>
        <h2 id="plan-items-title" className={styles.title}>
          In the plan
        </h2>
        <Link href="/plan" className={styles.planLink}>
          {mine ? "Open your plan" : "Development plan"}
        </Link>
      </div>
      {items.length ? (
        <ul className={styles.items}>
          {items.map((item) => (
            <li key={item.id} className={styles.item}>
              <span className={styles.kind}>{KIND_LABEL[item.kind]}</span>
              <span className={styles.itemTitle}>{item.title}</span>
              <span className={styles.meta}>
                <span className={`${styles.status} ${styles[`status${item.status}`] ?? ""}`}>
                  {STATUS_LABEL[item.status]}
                </span>
                {item.dueDate ? (
                  <span className={item.overdue ? styles.overdue : undefined}>
                    {item.overdue ? "Overdue · " : "Due "}
                    {formatDay(item.dueDate)}
                  </span>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="Nothing in your plan for this goal yet">
          A course, a book or a mentor can help you get there: add one to your development plan and link it to
          this goal.
        </EmptyState>
      )}
    </section>
  );
}
