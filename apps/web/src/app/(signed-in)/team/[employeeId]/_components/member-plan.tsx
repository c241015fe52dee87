import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "@/gql";
import type { PlanItemKind, PlanItemStatus } from "@/gql/graphql";
import { calendarDate } from "../../_components/format";
import { Badge, ProgressBar } from "../../_components/indicators";
import styles from "./member.module.css";

export const MemberPlanFields = graphql(`
  fragment MemberPlan on DevelopmentPlan {
    completion
    total
    done
    inProgress
    planned
    overdueCount
    items(first: 50) {
      totalCount
      edges {
        node {
          id
          title
          kind
          status
          dueDate
          overdue
          reflection
          skill {
            id
            name
          }
          goal {
            id
            title
          }
        }
      }
    }
  }
`);

const KIND: Record<PlanItemKind, string> = {
  COURSE: "Course",
  MENTORING: "Mentoring",
  COACHING: "Coaching",
  READING: "Reading",
  PROJECT: "Project",
  OTHER: "Other",
};

const STATUS: Record<PlanItemStatus, { label: string; tone: "good" | "info" | "neutral" }> = {
  PLANNED: { label: "Planned", tone: "neutral" },
  IN_PROGRESS: { label: "In progress", tone: "info" },
  DONE: { label: "Done", tone: "good" },
  DROPPED: { label: "Dropped", tone: "neutral" },
};

/** Their development plan, read-only: the person owns it (decision 012). */
export function MemberPlan({
  plan,
  firstName,
}: {
  plan: ResultOf<typeof MemberPlanFields>;
  firstName: string;
}) {
  if (plan.total === 0) {
    return <p className={styles.empty}>{firstName} has no development plan yet.</p>;
  }
  const items = plan.items.edges.map((edge) => edge.node);
  return (
    <div className={styles.stack}>
      <div className={styles.planHead}>
        <ProgressBar value={plan.completion} label="Plan completion" />
        <p className={styles.goalMeta}>
          {plan.done} done · {plan.inProgress} in progress · {plan.planned} planned
          {plan.overdueCount > 0 ? ` · ${plan.overdueCount} overdue` : ""}
        </p>
      </div>
      <ul className={styles.planItems}>
        {items.map((item) => (
          <li key={item.id} className={styles.planItem}>
            <div className={styles.goalHead}>
              <span className={styles.planTitle}>{item.title}</span>
              <span className={styles.badges}>
                <Badge tone={STATUS[item.status].tone}>{STATUS[item.status].label}</Badge>
                {item.overdue ? <Badge tone="bad">Overdue</Badge> : null}
              </span>
            </div>
            <p className={styles.goalMeta}>
              {[
                KIND[item.kind],
                item.skill?.name,
                item.goal ? `for “${item.goal.title}”` : null,
                item.dueDate ? `due ${calendarDate(item.dueDate)}` : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            {item.reflection ? <p className={styles.lesson}>{item.reflection}</p> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
