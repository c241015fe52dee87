import styles from "./progress.module.css";

/**
 * A labelled progress bar (role=progressbar, so screen readers announce the value). `expected`
 * draws a marker where progress should be by now, so the gap is visible at a glance.
 */
export function ProgressBar({
  value,
  label,
  expected,
  size = "md",
}: {
  value: number;
  label: string;
  expected?: number | null;
  size?: "sm" | "md";
}) {
  const clamped = Math.min(1, Math.max(0, value));
  const pct = Math.round(clamped * 100);
  return (
    <div className={size === "sm" ? `${styles.wrap} ${styles.small}` : styles.wrap}>
      <div
        className={styles.track}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={
          expected != null ? `${pct}%, ${Math.round(expected * 100)}% expected by now` : `${pct}%`
        }
      >
        <div className={styles.fill} style={{ width: `${pct}%` }} />
        {expected != null ? (
          <div
            className={styles.expected}
            style={{ left: `${Math.round(Math.min(1, Math.max(0, expected)) * 100)}%` }}
            title="Expected by now"
          />
        ) : null}
      </div>
      <span className={styles.value} aria-hidden="true">
        {pct}%
      </span>
    </div>
  );
}
