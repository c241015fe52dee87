import type { ResultOf } from "@graphql-typed-document-node/core";
import Link from "next/link";
import { graphql } from "@/gql";
import { formatDate } from "./ui/dates";
import styles from "./wins-timeline.module.css";

/**
 * How to use (home page): spread the fragment on the person and pass the person in.
 *
 *   me { ...WinsTimeline }
 *   <WinsTimeline employee={me} />
 *
 * The connections are aliased (`recentWins`, `recentSetbacks`) so the fragment can sit in a query
 * that also reads `wins` or `setbacks` with other arguments.
 */
export const WinsTimelineFields = graphql(`
  fragment WinsTimeline on Employee {
    recentWins: wins(first: 6) {
      edges {
        node {
          ...TimelineCheckIn
        }
      }
    }
    recentSetbacks: setbacks(first: 6) {
      edges {
        node {
          ...TimelineCheckIn
        }
      }
    }
  }
`);

export const TimelineCheckInFields = graphql(`
  fragment TimelineCheckIn on CheckIn {
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

type TimelineEvent = ResultOf<typeof TimelineCheckInFields>;

const MAX_EVENTS = 6;

/** Recent wins and setbacks, newest first; a setback keeps the lesson learned from it. */
export function WinsTimeline({
  employee,
  title = "Wins and setbacks",
}: {
  employee: ResultOf<typeof WinsTimelineFields>;
  title?: string;
}) {
  const events: TimelineEvent[] = [...employee.recentWins.edges, ...employee.recentSetbacks.edges]
    .map((edge) => edge.node)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, MAX_EVENTS);
  return (
    <section className={styles.card} aria-labelledby="wins-timeline-title">
      <h2 id="wins-timeline-title" className={styles.title}>
        {title}
      </h2>
      {events.length === 0 ? (
        <p className={styles.empty}>
          No wins or setbacks yet. Record one with a check-in on one of your <Link href="/goals">goals</Link>.
        </p>
      ) : (
        <ol className={styles.timeline}>
          {events.map((event) => {
            const win = event.kind === "WIN";
            return (
              <li key={event.id} className={`${styles.event} ${win ? styles.win : styles.setback}`}>
                <span className={styles.marker} aria-hidden="true">
                  {win ? "★" : "!"}
                </span>
                <span className={styles.meta}>
                  <span className={styles.kind}>{win ? "Win" : "Setback"}</span>
                  <time dateTime={event.createdAt}>{formatDate(event.createdAt)}</time>
                  {event.goal ? (
                    <>
                      <span aria-hidden="true">·</span>
                      <Link href={`/goals/${event.goal.id}`}>{event.goal.title}</Link>
                    </>
                  ) : null}
                </span>
                {event.note ? <p className={styles.note}>{event.note}</p> : null}
                {event.lesson ? (
                  <p className={styles.lesson}>
                    <strong>Lesson:</strong> {event.lesson}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
