import styles from "@/components/feedback/feedback.module.css";
import { GROUP_LABEL } from "@/components/feedback/feedback-format";
import type { FeedbackRelationship } from "@/gql/graphql";
import type { ReportData } from "./report";
import report from "./report.module.css";

/**
 * What was answered to each question: self and manager by name, then the comments of each shown
 * group under the group's name only — no reviewer, no time, in the (shuffled) order the API gives.
 */
export function ReportComments({ data, subjectName }: { data: ReportData; subjectName: string }) {
  const shownGroups = data.groups.filter((group) => group.shown).map((group) => group.relationship);
  return (
    <section className={styles.card} aria-labelledby="comments-title">
      <div>
        <h3 id="comments-title" className={styles.cardTitle}>
          Comments
        </h3>
        <p className={`${styles.muted} ${styles.small}`}>
          Comments from anonymous groups carry no names and no dates, and their order changes on every visit.
        </p>
      </div>
      {data.questions.map((question) => {
        const byGroup = new Map<FeedbackRelationship, string[]>();
        for (const comment of question.comments) {
          byGroup.set(comment.relationship, [...(byGroup.get(comment.relationship) ?? []), comment.text]);
        }
        const id = `question-${question.questionIndex}`;
        const nothing = !question.self && !question.manager && question.comments.length === 0;
        return (
          <section key={question.questionIndex} className={report.question} aria-labelledby={id}>
            <h4 id={id} className={report.questionTitle}>
              {question.question}
            </h4>
            {nothing ? <p className={`${styles.muted} ${styles.small}`}>No answers to show.</p> : null}
            {question.self ? <Quote who={`Self (${subjectName})`} text={question.self} /> : null}
            {question.manager ? <Quote who="Manager" text={question.manager} /> : null}
            {shownGroups.map((relationship) => {
              const comments = byGroup.get(relationship) ?? [];
              if (comments.length === 0) return null;
              return (
                <div key={relationship} className={report.commentGroup}>
                  <p className={styles.subTitle}>{GROUP_LABEL[relationship]}</p>
                  <ul className={report.comments} data-testid="anonymous-comments">
                    {comments.map((text, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: anonymous comments have no identity by design.
                      <li key={index} className={report.comment}>
                        {text}
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </section>
        );
      })}
    </section>
  );
}

function Quote({ who, text }: { who: string; text: string }) {
  return (
    <figure className={report.attributed}>
      <blockquote className={report.comment}>{text}</blockquote>
      <figcaption className={report.quoteBy}>{who}</figcaption>
    </figure>
  );
}
