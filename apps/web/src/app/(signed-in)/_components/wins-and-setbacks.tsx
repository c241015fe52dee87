import type { ResultOf } from "@graphql-typed-document-node/core";
import Link from "next/link";
import { CheckInKindBadge } from "@/components/goal/check-in-kind";
import { formatInstantDay } from "@/components/goal/goal-format";
import { Icon } from "@/components/goal/icons";
import { graphql } from "@/gql";
import styles from "./wins-and-setbacks.module.css";

/** How many events the home page shows; each list brings that many, so the newest mix is complete. */
const EVENTS = 6;

export const HomeWinsAndSetbacksFields = graphql(`
  fragment HomeWinsAndSetbacks on Employee {
    homeWins: wins(first: 6) {
      totalCount
      edges {
        node {
          ...HomeTimelineEvent
        }
      }
    }
    homeSetbacks: setbacks(first: 6) {
      totalCount
      edges {
        node {
          ...HomeTimelineEvent
        }
      }
    }
  }
`);

export const HomeTimelineEventFields = graphql(`
  fragment HomeTimelineEvent on CheckIn {
    id
    kind
    note
    lesson
    createdAt
    goal {
      id
      title
    }
  }
`);

type Data = ResultOf<typeof HomeWinsAndSetbacksFields>;

/**
 * The person's recent wins and setbacks, newest first, merged from the two lists the API keeps:
 * a win is celebrated, a setback shows the lesson learned from it, each links to its goal.
 */
export function WinsAndSetbacks({ employee }: { employee: Data }) {
  const events = [...employee.homeWins.edges, ...employee.homeSetbacks.edges]
    .map(({ node }) => node)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, EVENTS);
  const wins = employee.homeWins.totalCount;
  const setbacks = employee.homeSetbacks.totalCount;
  return (
    <section className={styles.section} aria-labelledby="wins-setbacks-title">
      <div className={styles.head}>
        <h2 id="wins-setbacks-title" className={styles.title}>
          Wins &amp; setbacks
        </h2>
        {events.length ? (
          <p className={styles.tally}>
            {wins} win{wins === 1 ? "" : "s"} · {setbacks} setback{setbacks === 1 ? "" : "s"} with lessons
          </p>
        ) : null}
      </div>
      {events.length ? (
        <ol className={styles.timeline}>
          {events.map((event) => (
            <li
              key={event.id}
              className={`${styles.event} ${event.kind === "WIN" ? styles.win : styles.setback}`}
            >
              <span className={styles.marker}>
                <Icon name={event.kind === "WIN" ? "win" : "setback"} size={16} />
              </span>
              <div className={styles.body}>
                <p className={styles.meta}>
                  <CheckInKindBadge kind={event.kind} />
                  <time dateTime={event.createdAt}>{formatInstantDay(event.createdAt)}</time>
                </p>
                {event.goal ? (
                  <Link href={`/goals/${event.goal.id}`} className={styles.goal}>
                    {event.goal.title}
                  </Link>
                ) : null}
                {event.note ? <p className={styles.note}>{event.note}</p> : null}
                {event.lesson ? (
                  <p className={styles.lesson}>
                    <strong>Lesson:</strong> {event.lesson}
                  </p>
                ) : null}
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p className={styles.empty}>
          No wins or setbacks yet. When you check in on a goal, mark what went well — and what didn't, with
          the lesson — and they'll show up here.
        </p>
      )}
    </section>
  );
}
