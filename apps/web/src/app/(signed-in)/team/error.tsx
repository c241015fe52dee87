"use client";

import styles from "./_components/team.module.css";

/** An unexpected failure reading the team (the API is down…): say so and offer a retry, never a crash. */
export default function TeamError({ reset }: { error: Error; reset: () => void }) {
  return (
    <section aria-labelledby="team-error-title" className={styles.page}>
      <h1 id="team-error-title" className={styles.title}>
        Team
      </h1>
      <div className={styles.emptyState} role="alert">
        <h2 className={styles.emptyTitle}>The team could not be loaded</h2>
        <p className={styles.emptyText}>Something went wrong on our side. Please try again in a moment.</p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
      </div>
    </section>
  );
}
