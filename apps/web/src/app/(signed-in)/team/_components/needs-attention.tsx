import type { ResultOf } from "@graphql-typed-document-node/core";
import Link from "next/link";
import { graphql } from "@/gql";
import { ReasonBadge } from "./indicators";
import styles from "./team.module.css";

export const NeedsAttentionFields = graphql(`
  fragment NeedsAttentionItem on AttentionItem {
    reason
    detail
    employee {
      id
      name
    }
    goal {
      id
      title
    }
  }
`);

type Item = ResultOf<typeof NeedsAttentionFields>;

/** How many items show before "Show more": the most urgent, in the API's order. */
const FIRST = 6;

function AttentionEntry({ item }: { item: Item }) {
  return (
    <li className={styles.attention}>
      <ReasonBadge reason={item.reason} />
      <div className={styles.attentionText}>
        <Link prefetch={false} href={`/team/${item.employee.id}`} className={styles.attentionWho}>
          {item.employee.name}
        </Link>
        <p className={styles.attentionDetail}>{item.detail}</p>
      </div>
      {item.goal ? (
        <Link
          prefetch={false}
          href={`/goals/${item.goal.id}`}
          className={styles.attentionLink}
          aria-label={`Open goal “${item.goal.title}”`}
        >
          Open goal
        </Link>
      ) : (
        <Link
          prefetch={false}
          href={`/team/${item.employee.id}`}
          className={styles.attentionLink}
          aria-label={`Open ${item.employee.name}'s page`}
        >
          Open
        </Link>
      )}
    </li>
  );
}

/** The list a manager reads first, most urgent on top as the API orders it. */
export function NeedsAttention({ items }: { items: Item[] }) {
  if (items.length === 0) {
    return <p className={styles.allGood}>Nothing needs your attention right now: every goal is on track.</p>;
  }
  const key = (item: Item) => `${item.employee.id}-${item.goal?.id ?? "person"}`;
  return (
    <>
      <ol className={styles.attentionList}>
        {items.slice(0, FIRST).map((item) => (
          <AttentionEntry key={key(item)} item={item} />
        ))}
      </ol>
      {items.length > FIRST ? (
        <details className={styles.more}>
          <summary>Show {items.length - FIRST} more</summary>
          <ol className={styles.attentionList} start={FIRST + 1}>
            {items.slice(FIRST).map((item) => (
              <AttentionEntry key={key(item)} item={item} />
            ))}
          </ol>
        </details>
      ) : null}
    </>
  );
}
