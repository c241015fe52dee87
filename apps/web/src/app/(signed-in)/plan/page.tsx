import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PlanProgress } from "@/components/growth/plan-progress";
import { EmptyState } from "@/components/growth/ui/empty-state";
import ui from "@/components/growth/ui/ui.module.css";
import { graphql } from "@/gql";
import { apiErrorCode } from "@/lib/apollo/errors";
import { readAsViewer } from "@/lib/apollo/read";
import { AddPlanItem } from "./_components/add-plan-item";
import { PlanGroup } from "./_components/plan-group";
import type { PlanItemChoices } from "./_components/plan-item.fragments";
import styles from "./plan.module.css";

export const metadata: Metadata = { title: "Plan" };

/** Items per status group and page. */
const PAGE_SIZE = 10;

const PlanPageQuery = graphql(`
  query PlanPage(
    $first: Int!
    $inProgressAfter: String
    $plannedAfter: String
    $doneAfter: String
    $droppedAfter: String
  ) {
    me {
      id
      developmentPlan {
        completion
        total
        done
        inProgress
        planned
        dropped
        overdueCount
        inProgressItems: items(status: IN_PROGRESS, first: $first, after: $inProgressAfter) {
          ...PlanItemPage
        }
        plannedItems: items(status: PLANNED, first: $first, after: $plannedAfter) {
          ...PlanItemPage
        }
        doneItems: items(status: DONE, first: $first, after: $doneAfter) {
          ...PlanItemPage
        }
        droppedItems: items(status: DROPPED, first: $first, after: $droppedAfter) {
          ...PlanItemPage
        }
      }
      goals(first: 100) {
        edges {
          node {
            id
            title
            status
          }
        }
      }
    }
    skills {
      id
      name
      category
    }
  }
`);

/** The address keeps one cursor per group, so paging through Done leaves In progress where it is. */
const CURSOR_PARAMS = ["inProgressAfter", "plannedAfter", "doneAfter", "droppedAfter"] as const;

async function readPlan(cursors: Record<string, string>) {
  try {
    return await readAsViewer(PlanPageQuery, { first: PAGE_SIZE, ...cursors });
  } catch (error) {
    // A cursor from an old link no longer parses: start again from the first pages.
    if (apiErrorCode(error) === "BAD_USER_INPUT" && Object.keys(cursors).length > 0) redirect("/plan");
    throw error;
  }
}

export default async function PlanPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const cursors: Record<string, string> = {};
  for (const name of CURSOR_PARAMS) {
    const value = params[name];
    if (typeof value === "string" && value) cursors[name] = value;
  }
  const { me, skills } = await readPlan(cursors);
  const plan = me.developmentPlan;
  const choices: PlanItemChoices = {
    skills,
    goals: me.goals.edges.map((edge) => edge.node).filter((goal) => goal.status !== "ABANDONED"),
  };
  const groupProps = { choices, searchParams: cursors };

  return (
    <div className={ui.page}>
      <header className={ui.pageHeader}>
        <div>
          <h1 className={ui.title}>Development plan</h1>
          <p className={ui.lead}>
            Courses, reading, projects, mentoring and coaching that build the skills you chose. Finish each
            with a short reflection on what you took from it.
          </p>
        </div>
      </header>

      {plan && plan.total > 0 ? (
        <section className={`${ui.card} ${styles.summary}`} aria-label="Plan progress">
          <PlanProgress plan={plan} />
        </section>
      ) : null}

      <AddPlanItem choices={choices} startOpen={false} />

      {!plan || plan.total === 0 ? (
        <EmptyState title="Your plan is empty">
          Add a first item with “Add item”: a course, a book, a project or mentoring that builds one of your
          growth areas.
        </EmptyState>
      ) : (
        <div className={styles.groups}>
          <PlanGroup
            id="in-progress"
            title="In progress"
            empty="Nothing in progress. Start one of your planned items."
            page={plan.inProgressItems}
            cursorParam="inProgressAfter"
            {...groupProps}
          />
          <PlanGroup
            id="planned"
            title="Planned"
            empty="Nothing planned. Add an item to keep growing."
            page={plan.plannedItems}
            cursorParam="plannedAfter"
            {...groupProps}
          />
          <PlanGroup
            id="done"
            title="Done"
            empty="Nothing done yet."
            page={plan.doneItems}
            cursorParam="doneAfter"
            {...groupProps}
          />
          {plan.dropped > 0 || cursors.droppedAfter ? (
            <PlanGroup
              id="dropped"
              title="Dropped"
              empty="Nothing dropped."
              page={plan.droppedItems}
              cursorParam="droppedAfter"
              {...groupProps}
            />
          ) : null}
        </div>
      )}
    </div>
  );
}
