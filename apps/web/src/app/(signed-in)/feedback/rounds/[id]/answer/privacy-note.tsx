import styles from "@/components/feedback/feedback.module.css";
import { GROUP_LABEL } from "@/components/feedback/feedback-format";
import { LockIcon, NameTagIcon } from "@/components/feedback/privacy-icons";
import type { FeedbackRelationship } from "@/gql/graphql";

/**
 * Who will read these answers, and with which name — before anyone types a word. Self and manager
 * answers are attributed in the report; everyone else's are anonymous within their group.
 */
export function PrivacyNote({
  relationship,
  subjectName,
  threshold,
}: {
  relationship: FeedbackRelationship;
  subjectName: string;
  threshold: number;
}) {
  if (relationship === "SELF" || relationship === "MANAGER") {
    return (
      <div
        className={`${styles.privacy} ${styles.privacyNamed}`}
        role="note"
        aria-label="Who reads your answers"
      >
        <span className={styles.privacyIcon}>
          <NameTagIcon />
        </span>
        <div>
          <p>
            <strong>Your answers are shown with your name.</strong>{" "}
            {relationship === "SELF"
              ? "Your self-assessment appears in your report next to how others see you."
              : `They appear in the report as the manager's view, read by ${subjectName}, their managers and HR.`}
          </p>
        </div>
      </div>
    );
  }
  const group = GROUP_LABEL[relationship].toLowerCase();
  return (
    <div className={styles.privacy} role="note" aria-label="Who reads your answers">
      <span className={styles.privacyIcon}>
        <LockIcon />
      </span>
      <div>
        <p>
          <strong>Your ratings and comments are anonymous.</strong> They are combined with the answers of
          everyone asked as {group} and appear in the report only if at least {threshold} of them answer —
          never with your name, a date or the order you answered in.
        </p>
        <p>
          {subjectName}, their managers and HR can see <em>that</em> you answered or declined, not what you
          said. Avoid details only you would know if you want to stay unrecognisable.
        </p>
      </div>
    </div>
  );
}
