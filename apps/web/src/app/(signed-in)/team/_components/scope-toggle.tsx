"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import styles from "./team.module.css";

/**
 * Direct reports or the whole team. A link, not a switch: the scope is a different server query,
 * and `?scope=all` makes the view linkable. Client-side only to keep the table's sort and filter,
 * which change the URL without a server round trip.
 */
export function ScopeToggle({ scope }: { scope: "DIRECT" | "ALL" }) {
  const searchParams = useSearchParams();
  const hrefFor = (next: "DIRECT" | "ALL") => {
    const params = new URLSearchParams(searchParams);
    if (next === "ALL") params.set("scope", "all");
    else params.delete("scope");
    const query = params.toString();
    return query ? `/team?${query}` : "/team";
  };
  return (
    <nav aria-label="Team scope" className={styles.toggle}>
      <Link href={hrefFor("DIRECT")} aria-current={scope === "DIRECT" ? "page" : undefined}>
        Direct reports
      </Link>
      <Link href={hrefFor("ALL")} aria-current={scope === "ALL" ? "page" : undefined}>
        Whole team
      </Link>
    </nav>
  );
}
