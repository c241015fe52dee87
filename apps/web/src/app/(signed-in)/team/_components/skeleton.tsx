import styles from "./skeleton.module.css";

/** Grey placeholder bars for loading states; hidden from screen readers (a status says "Loading"). */
export function Skeleton({
  width = "100%",
  height = "1rem",
  lines = 1,
}: {
  width?: string;
  height?: string;
  lines?: number;
}) {
  return (
    <span className={styles.group} aria-hidden="true">
      {Array.from({ length: lines }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders
        <span key={index} className={styles.bar} style={{ maxWidth: width, height }} />
      ))}
    </span>
  );
}
