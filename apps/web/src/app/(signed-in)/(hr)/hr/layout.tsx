import type { ReactNode } from "react";
import styles from "./_components/hr.module.css";
import { HrNav } from "./_components/hr-nav";
import { requireHrAdmin } from "./_components/require-hr-admin";

/** The HR area: one sub-navigation over insights, the directory and the skills catalog. */
export default async function HrLayout({ children }: { children: ReactNode }) {
  await requireHrAdmin();
  return (
    <div className={styles.area}>
      <HrNav />
      {children}
    </div>
  );
}
