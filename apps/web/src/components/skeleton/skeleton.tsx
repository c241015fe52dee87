import styles from "./skeleton.module.css";

/**
 * What a page shows while its data loads (Next.js loading.tsx): grey blocks in the shape of the
 * page, announced once as "Loading…" rather than as a series of empty boxes.
 */
export function PageSkeleton({ label, cards = 3 }: { label: string; cards?: number }) {
  return (
    <div className={styles.page} role="status" aria-live="polite">
      <span className="visually-hidden">Loading {label}…</span>
      <div className={`${styles.block} ${styles.heading}`} aria-hidden="true" />
      <div className={`${styles.block} ${styles.line}`} aria-hidden="true" />
      <div className={styles.cards} aria-hidden="true">
        {Array.from({ length: cards }, (_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders without identity.
          <div key={index} className={`${styles.block} ${styles.card}`} />
        ))}
      </div>
    </div>
  );
}
