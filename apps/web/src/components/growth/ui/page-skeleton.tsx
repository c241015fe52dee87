import styles from "./ui.module.css";

/**
 * The loading state of a growth page (loading.tsx): the page's title at once, grey blocks where
 * its sections will be, and an announcement for screen readers.
 */
export function PageSkeleton({ title, blocks = [12, 20, 20] }: { title: string; blocks?: number[] }) {
  return (
    <div className={styles.page} aria-busy="true">
      <header>
        <h1 className={styles.title}>{title}</h1>
        <p role="status" className={styles.muted}>
          Loading {title.toLowerCase()}…
        </p>
      </header>
      {blocks.map((rem, index) => (
        // The blocks are decorative and never reorder.
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
        <div key={index} className={styles.skeleton} style={{ height: `${rem}rem` }} aria-hidden="true" />
      ))}
    </div>
  );
}
