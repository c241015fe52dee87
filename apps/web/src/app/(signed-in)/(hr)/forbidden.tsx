import type { Metadata } from "next";
import Link from "next/link";
import styles from "./hr/_components/hr.module.css";

export const metadata: Metadata = { title: "HR admins only" };

/**
 * What a signed-in person who is not an HR admin sees at any /hr address (HTTP 403). It sits
 * outside the HR layout on purpose, so the HR sub-navigation is never shown to them.
 */
export default function HrAdminsOnly() {
  return (
    <section aria-labelledby="page-title" className={styles.notice}>
      <p className={styles.eyebrow}>HR</p>
      <h1 id="page-title" className={styles.title}>
        HR admins only
      </h1>
      <p className={styles.lead}>
        Organization insights, the employee directory and the skills catalog are for HR admins. If you need
        something from them, ask your HR business partner.
      </p>
      <p>
        <Link href="/" className="button">
          Back to My growth
        </Link>
      </p>
    </section>
  );
}
