import type { ResultOf } from "@graphql-typed-document-node/core";
import Link from "next/link";
import { graphql } from "@/gql";
import { KIND_LABELS, KindIcon } from "./plan-kinds";
import { PlanProgress } from "./plan-progress";
import styles from "./plan-summary-card.module.css";
import { formatDate } from "./ui/dates";

/**
 * How to use (home page): spread the fragment on the person's plan and pass it in.
 *
 *   me { developmentPlan { ...PlanSummaryCard } }
 *   {me.developmentPlan ? <PlanSummaryCard plan={me.developmentPlan} /> : null}
 *
 * The items are aliased (`nextUp`) so the fragment can sit in a query that also reads `items`.
 */
export const PlanSummaryCardFields = graphql(`
  fragment PlanSummaryCard on DevelopmentPlan {
    completion
    total
    done
    inProgress
    planned
    dropped
    overdueCount
    nextUp: items(first: 3, status: IN_PROGRESS) {
      totalCount
      edges {
        node {
          id
          kind
          title
          dueDate
          overdue
        }
      }
    }
  }
`);

/** The development plan at a glance: completion, counts, what is in progress, a link to the plan. */
export function PlanSummaryCard({ plan }: { plan: ResultOf<typeof PlanSummaryCardFields> }) {
  const items = plan.nextUp.edges.map((edge) => edge.node);
  return (
    <section className={styles.card} aria-labelledby="plan-summary-title">
      <div className={styles.header}>
        <h2 id="plan-summary-title" className={styles.title}>
          Development plan
        </h2>
        <Link href="/plan" className={styles.link}>
          Open plan
        </Link>
      </div>
      {plan.total === 0 ? (
        <p className={styles.empty}>
          No plan items yet. <Link href="/plan">Add a course, a book or a project</Link> to grow the skills
          you chose.
        </p>
      ) : (
        <>
          <PlanProgress plan={plan} />
          <div>
            <h3 className={styles.subtitle}>In progress</h3>
            {items.length === 0 ? (
              <p className={styles.empty}>Nothing in progress right now.</p>
            ) : (
              <ul className={styles.items}>
                {items.map((item) => (
                  <li key={item.id} className={styles.item}>
                    <span className={styles.icon}>
                      <KindIcon kind={item.kind} />
                    </span>
                    <span className={styles.itemText}>
                      <span className={styles.itemTitle}>{item.title}</span>
                      <span className={styles.meta}>
                        {KIND_LABELS[item.kind]}
                        {item.dueDate ? ` · due ${formatDate(item.dueDate)}` : ""}
                        {item.overdue ? <span className={styles.overdue}> · overdue</span> : null}
                      </span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
    </section>
  );
}
