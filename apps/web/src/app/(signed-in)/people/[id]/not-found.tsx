import Link from "next/link";
import styles from "./person.module.css";

export default function PersonNotFound() {
  return (
    <section className={styles.card} aria-labelledby="not-found-title">
      <h1 id="not-found-title" className={styles.name}>
        Person not found
      </h1>
      <p className={styles.muted}>This person is not in Upward, or the link is not complete.</p>
      <p>
        <Link href="/">Back to My growth</Link>
      </p>
    </section>
  );
}
