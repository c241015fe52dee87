import Link from "next/link";
import ui from "@/components/growth/ui/ui.module.css";
import styles from "../plan.module.css";
import type { PlanItemChoices, PlanItemPage } from "./plan-item.fragments";
import { PlanItemCard } from "./plan-item-card";

/**
 * The items of one status, one page at a time (keyset pagination: "next page" carries the cursor
 * in the address, `first page` drops it; the other groups keep their place).
 */
export function PlanGroup({
  id,
  title,
  empty,
  page,
  choices,
  cursorParam,
  searchParams,
}: {
  id: string;
  title: string;
  empty: string;
  page: PlanItemPage;
  choices: PlanItemChoices;
  cursorParam: string;
  searchParams: Record<string, string>;
}) {
  const items = page.edges.map((edge) => edge.node);
  const onLaterPage = Boolean(searchParams[cursorParam]);
  const hrefWith = (cursor: string | null) => {
    const params = new URLSearchParams(searchParams);
    if (cursor) params.set(cursorParam, cursor);
    else params.delete(cursorParam);
    const query = params.toString();
    return `/plan${query ? `?${query}` : ""}#${id}`;
  };
  return (
    <section className={ui.section} aria-labelledby={id}>
      <h2 id={id} className={ui.sectionTitle}>
        {title}
        <span className={ui.count}>{page.totalCount}</span>
      </h2>
      {items.length === 0 ? (
        <p className={`${ui.muted} ${styles.groupEmpty}`}>{empty}</p>
      ) : (
        <ul className={styles.items}>
          {items.map((item) => (
            <li key={item.id}>
              <PlanItemCard item={item} choices={choices} />
            </li>
          ))}
        </ul>
      )}
      {onLaterPage || page.pageInfo.hasNextPage ? (
        <nav className={styles.pager} aria-label={`${title} pages`}>
          {onLaterPage ? (
            <Link href={hrefWith(null)} className={`button ${ui.buttonSmall}`}>
              First page
            </Link>
          ) : null}
          {page.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
            <Link href={hrefWith(page.pageInfo.endCursor)} className={`button ${ui.buttonSmall}`}>
              Next page
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
