"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import styles from "./hr.module.css";

const HR_PAGES = [
  { href: "/hr", label: "Insights" },
  { href: "/hr/employees", label: "Employees" },
  { href: "/hr/skills", label: "Skills" },
  { href: "/hr/feedback", label: "Feedback" },
] as const;

/** Tabs between the HR pages; client-side only to mark the current one. */
export function HrNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="HR" className={styles.subnav}>
      <ul className={styles.subnavList}>
        {HR_PAGES.map((page) => {
          const current = page.href === "/hr" ? pathname === "/hr" : pathname.startsWith(page.href);
          return (
            <li key={page.href}>
              <Link
                href={page.href}
                className={styles.subnavLink}
                aria-current={current ? "page" : undefined}
              >
                {page.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
