import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state/empty-state";
import { graphql } from "@/gql";
import { apiErrorCode } from "@/lib/apollo/errors";
import { readAsViewer } from "@/lib/apollo/read";
import { MarkAllRead, NotificationRow } from "./notification-actions";
import styles from "./notifications.module.css";

export const metadata: Metadata = { title: "Notifications" };

const PAGE_SIZE = 20;

const NotificationsQuery = graphql(`
  query Notifications($first: Int!, $after: String) {
    me {
      id
      unreadNotificationCount
      notifications(first: $first, after: $after) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        edges {
          node {
            ...NotificationRow
          }
        }
      }
    }
  }
`);

async function readPage(after: string | undefined) {
  try {
    return await readAsViewer(NotificationsQuery, { first: PAGE_SIZE, after: after ?? null });
  } catch (error) {
    // An out-of-date cursor (read state changed the order): start again from the top.
    if (after && apiErrorCode(error) === "BAD_USER_INPUT")
      return readAsViewer(NotificationsQuery, { first: PAGE_SIZE });
    throw error;
  }
}

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<{ after?: string }>;
}) {
  const { after } = await searchParams;
  const { me } = await readPage(after);
  const { edges, pageInfo, totalCount } = me.notifications;
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div>
          <h1 className={styles.title}>Notifications</h1>
          <p className={styles.lead}>
            {me.unreadNotificationCount === 0
              ? "You're all caught up."
              : `${me.unreadNotificationCount} unread, newest first.`}
          </p>
        </div>
        {me.unreadNotificationCount > 0 ? <MarkAllRead /> : null}
      </header>
      {totalCount === 0 ? (
        <EmptyState title="No notifications yet">
          You'll hear here when a goal needs your approval, when yours is approved, and when colleagues ask
          for your feedback.
        </EmptyState>
      ) : (
        <>
          <ul className={styles.list} aria-label="Notifications">
            {edges.map(({ node }) => (
              <NotificationRow key={node.id} notification={node} />
            ))}
          </ul>
          <nav aria-label="Pages" className={styles.pages}>
            {after ? <Link href="/notifications">Newest</Link> : null}
            {pageInfo.hasNextPage && pageInfo.endCursor ? (
              <Link
                className="button"
                href={`/notifications?after=${encodeURIComponent(pageInfo.endCursor)}`}
              >
                Older
              </Link>
            ) : null}
          </nav>
        </>
      )}
    </div>
  );
}
