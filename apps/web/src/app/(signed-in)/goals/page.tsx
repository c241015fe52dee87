import type { ResultOf } from "@graphql-typed-document-node/core";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state/empty-state";
import { GoalCard } from "@/components/goal/goal-card";
import { STATUS_LABEL, STATUS_ORDER } from "@/components/goal/goal-format";
import { graphql } from "@/gql";
import type { GoalStatus } from "@/gql/graphql";
import { apiErrorCode } from "@/lib/apollo/errors";
import { readAsViewer } from "@/lib/apollo/read";
import styles from "./goals.module.css";

export const metadata: Metadata = { title: "Goals" };

/** Each status group shows its first few goals; "Show all" pages through one status. */
const GROUP_SIZE = 6;
const PAGE_SIZE = 20;

// One request, five connections: the API batches them into one SQL statement (goalsByOwner).
const MyGoalsQuery = graphql(`
  query MyGoals($first: Int!) {
    me {
      id
      active: goals(status: ACTIVE, first: $first) {
        ...GoalGroup
      }
      pending: goals(status: PENDING_APPROVAL, first: $first) {
        ...GoalGroup
      }
      drafts: goals(status: DRAFT, first: $first) {
        ...GoalGroup
      }
      completed: goals(status: COMPLETED, first: $first) {
        ...GoalGroup
      }
      abandoned: goals(status: ABANDONED, first: $first) {
        ...GoalGroup
      }
    }
  }
`);

const MyGoalsByStatusQuery = graphql(`
  query MyGoalsByStatus($status: GoalStatus!, $first: Int!, $after: String) {
    me {
      id
      goals(status: $status, first: $first, after: $after) {
        ...GoalGroup
      }
    }
  }
`);

export const GoalGroupFields = graphql(`
  fragment GoalGroup on GoalConnection {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        ...GoalCard
      }
    }
  }
`);

type GoalGroupData = ResultOf<typeof GoalGroupFields>;

const isStatus = (value: string | undefined): value is GoalStatus =>
  STATUS_ORDER.includes(value as GoalStatus);

const NewGoalLink = () => (
  <Link href="/goals/new" className="button button-primary">
    + New goal
  </Link>
);

function GoalGroup({
  status,
  group,
  more,
}: {
  status: GoalStatus;
  group: GoalGroupData;
  more?: React.ReactNode;
}) {
  const titleId = `group-${status.toLowerCase()}`;
  return (
    <section className={styles.group} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.groupTitle}>
        {STATUS_LABEL[status]} <span className={styles.count}>{group.totalCount}</span>
      </h2>
      <ul className={styles.list} aria-labelledby={titleId}>
        {group.edges.map(({ node }) => (
          <li key={node.id}>
            <GoalCard goal={node} showStatus={false} />
          </li>
        ))}
      </ul>
      {more}
    </section>
  );
}

export default async function GoalsPage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string; after?: string }>;
}) {
  const { status, after } = await searchParams;
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div>
          <h1 className={styles.title}>Your goals</h1>
          <p className={styles.lead}>What you are working towards, how far along it is and what is due.</p>
        </div>
        <NewGoalLink />
      </header>
      {isStatus(status) ? <OneStatus status={status} after={after} /> : <AllStatuses />}
    </div>
  );
}

async function AllStatuses() {
  const { me } = await readAsViewer(MyGoalsQuery, { first: GROUP_SIZE });
  const groups: [GoalStatus, GoalGroupData][] = [
    ["ACTIVE", me.active],
    ["PENDING_APPROVAL", me.pending],
    ["DRAFT", me.drafts],
    ["COMPLETED", me.completed],
    ["ABANDONED", me.abandoned],
  ];
  const shown = groups.filter(([, group]) => group.totalCount > 0);
  if (!shown.length) {
    return (
      <EmptyState title="No goals yet" action={<NewGoalLink />}>
        Start with one thing you want to get better at this quarter. The form coaches you to make it SMART,
        then your manager agrees it with you.
      </EmptyState>
    );
  }
  return (
    <div className={styles.groups}>
      {shown.map(([status, group]) => (
        <GoalGroup
          key={status}
          status={status}
          group={group}
          more={
            group.pageInfo.hasNextPage ? (
              <p className={styles.more}>
                <Link href={`/goals?status=${status}`}>
                  Show all {group.totalCount} {STATUS_LABEL[status].toLowerCase()} goals
                </Link>
              </p>
            ) : null
          }
        />
      ))}
    </div>
  );
}

async function OneStatus({ status, after }: { status: GoalStatus; after?: string }) {
  let group: GoalGroupData;
  try {
    ({
      me: { goals: group },
    } = await readAsViewer(MyGoalsByStatusQuery, { status, first: PAGE_SIZE, after: after ?? null }));
  } catch (error) {
    // A cursor from an old or edited link: say so and offer the start, rather than an error page.
    if (apiErrorCode(error) !== "BAD_USER_INPUT") throw error;
    return (
      <EmptyState
        title="This page of goals is out of date"
        action={
          <Link href={`/goals?status=${status}`} className="button">
            Start from the first page
          </Link>
        }
      />
    );
  }
  return (
    <>
      <p className={styles.more}>
        <Link href="/goals">← All your goals</Link>
      </p>
      {group.edges.length ? (
        <GoalGroup
          status={status}
          group={group}
          more={
            <nav aria-label="Pages" className={styles.more}>
              {after ? <Link href={`/goals?status=${status}`}>First page</Link> : null}
              {group.pageInfo.hasNextPage && group.pageInfo.endCursor ? (
                <Link
                  className="button"
                  href={`/goals?status=${status}&after=${encodeURIComponent(group.pageInfo.endCursor)}`}
                >
                  Next page
                </Link>
              ) : null}
            </nav>
          }
        />
      ) : (
        <EmptyState title={`No ${STATUS_LABEL[status].toLowerCase()} goals`} action={<NewGoalLink />} />
      )}
    </>
  );
}
