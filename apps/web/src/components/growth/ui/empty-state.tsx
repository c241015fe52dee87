import type { ReactNode } from "react";
import styles from "./ui.module.css";

/** What an empty list means and the one thing to do next. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className={styles.empty}>
      <p className={styles.emptyTitle}>{title}</p>
      {children ? <p className={styles.muted}>{children}</p> : null}
      {action}
    </div>
  );
}
