"use client";

import { useApolloClient } from "@apollo/client/react";
import type { ResultOf } from "@graphql-typed-document-node/core";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { formatMoment } from "@/components/goal/goal-format";
import { graphql } from "@/gql";
import styles from "./notifications.module.css";

export const NotificationRowFields = graphql(`
  fragment NotificationRow on Notification {
    id
    kind
    message
    subjectType
    subjectId
    readAt
    createdAt
  }
`);

const MarkReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

/** Where a notification leads; goals and feedback rounds have pages so far. */
function hrefOf(notification: ResultOf<typeof NotificationRowFields>): string | undefined {
  if (notification.subjectType === "goal" && notification.subjectId)
    return `/goals/${notification.subjectId}`;
  if (notification.subjectType === "feedbackRound" && notification.subjectId)
    return `/feedback/rounds/${notification.subjectId}`;
  return undefined;
}

function useMarkRead() {
  const client = useApolloClient();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  async function markRead(ids: string[] | null) {
    setPending(true);
    setFailed(false);
    try {
      await client.mutate({ mutation: MarkReadMutation, variables: { ids } });
      // Re-render the list and the header's badge from the server.
      router.refresh();
      return true;
    } catch {
      setFailed(true);
      return false;
    } finally {
      setPending(false);
    }
  }
  return { markRead, pending, failed };
}

export function MarkAllRead() {
  const { markRead, pending, failed } = useMarkRead();
  return (
    <div className={styles.markAll}>
      <button type="button" className="button" disabled={pending} onClick={() => void markRead(null)}>
        {pending ? "Marking…" : "Mark all read"}
      </button>
      {failed ? (
        <p role="alert" className="field-error">
          That didn't work. Please try again.
        </p>
      ) : null}
    </div>
  );
}

export function NotificationRow({ notification }: { notification: ResultOf<typeof NotificationRowFields> }) {
  const { markRead, pending } = useMarkRead();
  const router = useRouter();
  const unread = notification.readAt === null || notification.readAt === undefined;
  const href = hrefOf(notification);
  return (
    <li className={unread ? `${styles.item} ${styles.unread}` : styles.item}>
      <span className={styles.dot} aria-hidden="true" />
      <div className={styles.body}>
        <p className={styles.message}>
          {unread ? <span className="visually-hidden">Unread: </span> : null}
          {href ? (
            <Link
              href={href}
              className={styles.link}
              onClick={async (event) => {
                // New tabs and other modified clicks keep the browser's own behaviour.
                if (
                  !unread ||
                  event.metaKey ||
                  event.ctrlKey ||
                  event.shiftKey ||
                  event.altKey ||
                  event.button !== 0
                )
                  return;
                // Opening it counts as reading it; the mark goes first so the badge is right on arrival.
                event.preventDefault();
                await markRead([notification.id]);
                router.push(href);
              }}
            >
              {notification.message}
            </Link>
          ) : (
            notification.message
          )}
        </p>
        <p className={styles.time}>{formatMoment(notification.createdAt)}</p>
      </div>
      {unread ? (
        <button
          type="button"
          className="button button-small"
          disabled={pending}
          onClick={() => void markRead([notification.id])}
          aria-label={`Mark read: ${notification.message}`}
        >
          Mark read
        </button>
      ) : null}
    </li>
  );
}
