"use client";

import Link from "next/link";
import { useState } from "react";
import styles from "./approvals-list.module.css";
import { GoalApproval, type PendingGoal } from "./goal-approval";

export interface ApprovalItem extends PendingGoal {
  ownerId: string | null;
  ownerName: string | null;
  /** e.g. "Submitted 5 days ago · due 12 Mar 2027", already in words. */
  context: string;
  /** Whether the viewer may decide; someone higher up the chain may see it without the buttons. */
  canDecide: boolean;
}

/**
 * Goals waiting for a decision. The status line lives here, not in the item: after a decision the
 * refreshed page no longer lists the goal, and the message must outlive it.
 */
export function ApprovalsList({
  items,
  showOwner = true,
  emptyText,
}: {
  items: ApprovalItem[];
  showOwner?: boolean;
  emptyText: string;
}) {
  const [message, setMessage] = useState("");
  return (
    <>
      <p className={message ? styles.status : "visually-hidden"} role="status">
        {message}
      </p>
      {items.length === 0 ? (
        <p className={styles.empty}>{emptyText}</p>
      ) : (
        <ul className={styles.list}>
          {items.map((item) => (
            <li key={item.id} className={styles.item} data-testid="approval">
              <div className={styles.text}>
                <Link prefetch={false} href={`/goals/${item.id}`} className={styles.title}>
                  {item.title}
                </Link>
                <span className={styles.meta}>
                  {showOwner && item.ownerName ? (
                    <>
                      {item.ownerId ? (
                        <Link prefetch={false} href={`/team/${item.ownerId}`}>
                          {item.ownerName}
                        </Link>
                      ) : (
                        item.ownerName
                      )}
                      {" · "}
                    </>
                  ) : null}
                  {item.context}
                </span>
              </div>
              {item.canDecide ? (
                <GoalApproval goal={item} onDecided={setMessage} />
              ) : (
                <span className={styles.meta}>Waiting for their manager</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
