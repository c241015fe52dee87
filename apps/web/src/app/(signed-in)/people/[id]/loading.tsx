import styles from "./person.module.css";

export default function Loading() {
  return (
    <div className={styles.page} aria-busy="true">
      <p role="status" className={styles.muted}>
        Loading…
      </p>
      <span className={styles.skeleton} style={{ height: "5rem" }} aria-hidden="true" />
      <span className={styles.skeleton} style={{ height: "12rem" }} aria-hidden="true" />
    </div>
  );
}
