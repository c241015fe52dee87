import styles from "./coming-soon.module.css";

/** Placeholder for an area a later issue builds; says what will be there. */
export function ComingSoon({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title" className={styles.title}>
        {title}
      </h1>
      <div className={styles.panel}>
        <p className={styles.badge}>Coming soon</p>
        <p className={styles.text}>{children}</p>
      </div>
    </section>
  );
}
