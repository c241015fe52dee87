import styles from "./hr.module.css";

/**
 * The placeholder the HR pages show while their data loads: the page's title (so the person knows
 * where they are) and grey shapes where the content will be. Announced once, as busy.
 */
export function PageLoading({ title, blocks = [8, 16, 16] }: { title: string; blocks?: number[] }) {
  return (
    <div className={styles.page} aria-busy="true">
      <header>
        <h1 className={styles.title}>{title}</h1>
        <p className={styles.lead} role="status">
          Loading…
        </p>
      </header>
      {blocks.map((height, index) => (
        <span
          // Static placeholders: their order never changes.
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
          key={index}
          className={styles.skeleton}
          style={{ height: `${height}rem` }}
          aria-hidden="true"
        />
      ))}
    </div>
  );
}
