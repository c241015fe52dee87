"use client";

import { useApolloClient } from "@apollo/client/react";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { useEffect, useState } from "react";
import { EmptyState } from "@/components/empty-state/empty-state";
import { graphql } from "@/gql";
import { apiErrorMessage } from "@/lib/apollo/errors";
import { type CheckInData, CheckInItem } from "./check-in-item";
import styles from "./check-ins.module.css";
import { CHECK_IN_PAGE_SIZE } from "./page-size";

export const GoalCheckInPageFields = graphql(`
  fragment GoalCheckInPage on CheckInConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...GoalCheckIn
      }
    }
  }
`);

const OlderCheckInsQuery = graphql(`
  query OlderCheckIns($id: ID!, $first: Int!, $after: String) {
    goal(id: $id) {
      id
      checkIns(first: $first, after: $after) {
        ...GoalCheckInPage
      }
    }
  }
`);

type Page = ResultOf<typeof GoalCheckInPageFields>;

/**
 * The goal's check-ins, newest first: the first page comes with the page, older ones on request
 * (keyset cursor). The parent keys this component by the newest check-in, so a new check-in starts
 * again from the top rather than leaving a gap between the pages.
 */
export function CheckInHistory({
  goalId,
  firstPage,
  emptyText,
}: {
  goalId: string;
  firstPage: Page;
  emptyText: string;
}) {
  const client = useApolloClient();
  const [older, setOlder] = useState<CheckInData[]>([]);
  const [pageInfo, setPageInfo] = useState(firstPage.pageInfo);
  const [problem, setProblem] = useState<string>();
  const [pending, setPending] = useState(false);
  // Keyboard and screen-reader users continue where the loaded check-ins start.
  const [focusId, setFocusId] = useState<string>();
  useEffect(() => {
    if (focusId) document.getElementById(`check-in-${focusId}`)?.focus();
  }, [focusId]);
  const shown = [...firstPage.edges.map((edge) => edge.node), ...older];
  const left = firstPage.totalCount - shown.length;

  async function showOlder() {
    setPending(true);
    setProblem(undefined);
    try {
      const { data } = await client.query({
        query: OlderCheckInsQuery,
        variables: { id: goalId, first: CHECK_IN_PAGE_SIZE, after: pageInfo.endCursor },
        fetchPolicy: "no-cache",
      });
      if (!data) return;
      const page = data.goal.checkIns;
      const loaded = page.edges.map((edge) => edge.node);
      setOlder((previous) => [...previous, ...loaded]);
      setPageInfo(page.pageInfo);
      setFocusId(loaded[0]?.id);
    } catch (error) {
      setProblem(apiErrorMessage(error) ?? "Older check-ins didn't load. Please try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <section className={styles.card} aria-labelledby="history-title">
      <h2 id="history-title" className={styles.cardTitle}>
        Check-ins
        {firstPage.totalCount ? <span className={styles.count}>{firstPage.totalCount}</span> : null}
      </h2>
      {shown.length ? (
        <ol className={styles.history} aria-labelledby="history-title">
          {shown.map((checkIn) => (
            <li key={checkIn.id}>
              <CheckInItem checkIn={checkIn} />
            </li>
          ))}
        </ol>
      ) : (
        <EmptyState title="No check-ins yet">{emptyText}</EmptyState>
      )}
      <div role="alert" className={styles.live}>
        {problem ? <p className="notice notice-error">{problem}</p> : null}
      </div>
      {pageInfo.hasNextPage ? (
        <button
          type="button"
          className={`button ${styles.older}`}
          disabled={pending}
          onClick={() => void showOlder()}
        >
          {pending ? "Loading…" : `Show older (${left})`}
        </button>
      ) : null}
    </section>
  );
}
