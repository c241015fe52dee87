import type { ResultOf } from "@graphql-typed-document-node/core";
import Link from "next/link";
import { graphql } from "@/gql";
import { calendarDate } from "../../_components/format";
import { Badge } from "../../_components/indicators";
import styles from "./member.module.css";

export const MomentFields = graphql(`
  fragment Moment on CheckIn {
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

type Moment = ResultOf<typeof MomentFields>;

/** Wins and setbacks in one timeline, newest first; a setback always carries its lesson. */
export function WinsAndSetbacks({ moments, firstName }: { moments: Moment[]; firstName: string }) {
  if (moments.length === 0) {
    return <p className={styles.empty}>{firstName} hasn&apos;t recorded a win or a setback yet.</p>;
  }
  const sorted = [...moments].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  return (
    <ol className={styles.timeline}>
      {sorted.map((moment) => (
        <li key={moment.id} className={styles.moment}>
          <div className={styles.momentHead}>
            {moment.kind === "WIN" ? <Badge tone="good">Win</Badge> : <Badge tone="warn">Setback</Badge>}
            <time dateTime={moment.createdAt} className={styles.momentDate}>
              {calendarDate(moment.createdAt)}
            </time>
          </div>
          {moment.goal ? (
            <Link prefetch={false} href={`/goals/${moment.goal.id}`} className={styles.momentGoal}>
              {moment.goal.title}
            </Link>
          ) : null}
          {moment.note ? <p className={styles.momentNote}>{moment.note}</p> : null}
          {moment.lesson ? (
            <p className={styles.lesson}>
              <strong>Lesson: </strong>
              {moment.lesson}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
