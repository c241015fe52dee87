import Link from "next/link";
import styles from "./team.module.css";

/** For someone without reports who opens /team anyway (a shared link, an old bookmark). */
export function NoReports() {
  return (
    <section aria-labelledby="page-title" className={styles.page}>
      <h1 id="page-title" className={styles.title}>
        Team
      </h1>
      <div className={styles.emptyState}>
        <span className={styles.emptyIcon} aria-hidden="true">
          👥
        </span>
        <h2 className={styles.emptyTitle}>No one reports to you yet</h2>
        <p className={styles.emptyText}>
          When people report to you in Upward, this page shows how their goals are going, who needs your
          attention, the approvals waiting for you and your team&apos;s skills.
        </p>
        <Link href="/" className="button">
          Back to My growth
        </Link>
      </div>
    </section>
  );
}
