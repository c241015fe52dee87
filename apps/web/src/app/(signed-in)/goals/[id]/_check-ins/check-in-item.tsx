import type { ResultOf } from "@graphql-typed-document-node/core";
import { CheckInKindBadge, confidenceLabel } from "@/components/goal/check-in-kind";
import { formatMoment, formatNumber, percent } from "@/components/goal/goal-format";
import { Icon } from "@/components/goal/icons";
import { graphql } from "@/gql";
import { CheckInComments } from "./check-in-comments";
import styles from "./check-ins.module.css";

export const GoalCheckInFields = graphql(`
  fragment GoalCheckIn on CheckIn {
    id
    kind
    confidence
    note
    lesson
    progress
    createdAt
    viewerCanComment
    author {
      id
      name
    }
    values {
      keyResultId
      previousValue
      value
      keyResult {
        id
        title
        unit
      }
    }
    comments {
      ...GoalCheckInComment
    }
  }
`);

export type CheckInData = ResultOf<typeof GoalCheckInFields>;

const unit = (text: string) => (text ? ` ${text}` : "");

const KIND_CLASS = { UPDATE: "", WIN: styles.win, SETBACK: styles.setback } as const;

/**
 * One check-in in the goal's history: who and when, the kind (a win is celebrated, a setback keeps
 * its lesson in view), the values it changed (from → to), confidence, and the conversation under it.
 */
export function CheckInItem({ checkIn }: { checkIn: CheckInData }) {
  const titleId = `check-in-${checkIn.id}-title`;
  return (
    <article
      id={`check-in-${checkIn.id}`}
      className={`${styles.item} ${KIND_CLASS[checkIn.kind]}`}
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <header className={styles.itemHead}>
        <h3 id={titleId} className={styles.itemTitle}>
          <CheckInKindBadge kind={checkIn.kind} />
          <span className={styles.author}>{checkIn.author?.name ?? "Former colleague"}</span>
          <time className={styles.when} dateTime={checkIn.createdAt}>
            {formatMoment(checkIn.createdAt)}
          </time>
        </h3>
        <p className={styles.itemMeta}>
          Confidence {checkIn.confidence}/10{" "}
          <span className={styles.dim}>({confidenceLabel(checkIn.confidence)})</span> · progress{" "}
          {percent(checkIn.progress)}
        </p>
      </header>

      {checkIn.note ? <p className={styles.note}>{checkIn.note}</p> : null}

      {checkIn.lesson ? (
        <div className={styles.lesson}>
          <p className={styles.lessonTitle}>
            <Icon name="lesson" size={16} />
            Lesson learned
          </p>
          <p className={styles.lessonText}>{checkIn.lesson}</p>
        </div>
      ) : null}

      {checkIn.values.length ? (
        <ul className={styles.changes} aria-label="Key results changed">
          {checkIn.values.map((value) => (
            <li key={value.keyResultId}>
              <span className={styles.changeTitle}>{value.keyResult.title}</span>
              {/* The arrow for the eye, words for screen readers ("from 800 to 650 ms"). */}
              <span className={styles.changeNumbers} aria-hidden="true">
                {`${formatNumber(value.previousValue)} → ${formatNumber(value.value)}${unit(value.keyResult.unit)}`}
              </span>
              <span className="visually-hidden">
                {`from ${formatNumber(value.previousValue)} to ${formatNumber(value.value)}${unit(value.keyResult.unit)}`}
              </span>
            </li>
          ))}
        </ul>
      ) : null}

      <CheckInComments
        checkInId={checkIn.id}
        comments={checkIn.comments}
        canComment={checkIn.viewerCanComment}
      />
    </article>
  );
}
