"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import styles from "./ui.module.css";

/**
 * What a growth page shows when reading its data failed (the API is down or answered an error):
 * the page's title, a plain sentence and a way to try again, instead of a blank screen.
 */
export function PageError({ title, reset }: { title: string; reset: () => void }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{title}</h1>
      <div className={styles.empty} role="alert">
        <p className={styles.emptyTitle}>This page could not be loaded.</p>
        <p className={styles.muted}>Upward did not answer as expected. Try again in a moment.</p>
        <button
          type="button"
          className="button button-primary"
          disabled={pending}
          onClick={() =>
            startTransition(() => {
              router.refresh();
              reset();
            })
          }
        >
          {pending ? "Trying again…" : "Try again"}
        </button>
      </div>
    </div>
  );
}
