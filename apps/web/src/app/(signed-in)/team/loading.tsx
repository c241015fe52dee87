import { Skeleton } from "./_components/skeleton";
import styles from "./_components/team.module.css";

/** Shown while the team overview loads; the same layout, so nothing jumps when it arrives. */
export default function TeamLoading() {
  return (
    <div className={styles.page} aria-busy="true">
      <p role="status" className="visually-hidden">
        Loading your team…
      </p>
      <header className={styles.header}>
        <div style={{ flex: 1 }}>
          <h1 className={styles.title}>Team</h1>
          <Skeleton width="28rem" />
        </div>
      </header>
      <div className={styles.totals}>
        {[1, 2, 3, 4, 5].map((key) => (
          <div key={key} className={`${styles.total} ${key === 2 ? styles.totalWide : ""}`}>
            <Skeleton width="50%" />
            <Skeleton height="2rem" />
          </div>
        ))}
      </div>
      <div className={styles.columns}>
        <div className={styles.card}>
          <Skeleton lines={5} height="3rem" />
        </div>
        <div className={styles.card}>
          <Skeleton lines={3} height="3rem" />
        </div>
      </div>
      <div className={styles.card}>
        <Skeleton lines={6} height="2.5rem" />
      </div>
    </div>
  );
}
