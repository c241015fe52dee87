import { formatDate } from "@/components/growth/ui/dates";
import ui from "@/components/growth/ui/ui.module.css";
import { Avatar } from "@/components/person/person-card";
import type { MentorshipStatus } from "@/gql/graphql";
import styles from "../mentoring.module.css";
import { EndActions } from "./end-actions";
import type { Mentorship } from "./mentoring.fragments";
import { RespondForm } from "./respond-form";

const STATUS: Record<MentorshipStatus, { label: string; className: string }> = {
  PROPOSED: { label: "Waiting for an answer", className: ui.badgeWarning },
  ACTIVE: { label: "Active", className: ui.badgeSuccess },
  COMPLETED: { label: "Completed", className: ui.badgeBrand },
  DECLINED: { label: "Declined", className: "" },
  CANCELLED: { label: "Cancelled", className: "" },
};

function when(mentorship: Mentorship): string {
  if (mentorship.endedAt) return `Ended ${formatDate(mentorship.endedAt)}`;
  if (mentorship.startedAt) return `Since ${formatDate(mentorship.startedAt)}`;
  return `Asked ${formatDate(mentorship.createdAt)}`;
}

/**
 * A mentorship seen from one side: `as="mentee"` shows the mentor, `as="mentor"` the mentee.
 * The actions the API allows (viewerCanRespond, viewerCanEnd) come with it.
 */
export function MentorshipCard({ mentorship, as }: { mentorship: Mentorship; as: "mentor" | "mentee" }) {
  const other = as === "mentee" ? mentorship.mentor : mentorship.mentee;
  const otherName = other?.name ?? "A former colleague";
  const status = STATUS[mentorship.status];
  const isRequestToMe = as === "mentor" && mentorship.status === "PROPOSED";
  return (
    <article
      className={styles.mentorship}
      aria-label={`${as === "mentee" ? "Mentor" : "Mentee"}: ${otherName}`}
    >
      <div className={styles.person}>
        <Avatar name={otherName} />
        <div className={styles.personText}>
          <span className={styles.personName}>{otherName}</span>
          {other?.title ? <span className={styles.personTitle}>{other.title}</span> : null}
        </div>
        <span className={`${ui.badge} ${status.className} ${styles.status}`}>
          {isRequestToMe ? "Asks you" : status.label}
        </span>
      </div>
      <p className={`${ui.muted} ${ui.small}`}>{when(mentorship)}</p>
      {mentorship.focusSkills.length > 0 ? (
        <ul className={styles.chips} aria-label="Focus skills">
          {mentorship.focusSkills.map((skill) => (
            <li key={skill.id} className={`${ui.badge} ${ui.badgeBrand}`}>
              {skill.name}
            </li>
          ))}
        </ul>
      ) : null}
      {mentorship.message ? (
        <blockquote className={styles.quote}>
          <span className={styles.quoteBy}>{as === "mentor" ? otherName : "You"} wrote</span>
          {mentorship.message}
        </blockquote>
      ) : null}
      {mentorship.response ? (
        <blockquote className={styles.quote}>
          <span className={styles.quoteBy}>{as === "mentee" ? otherName : "You"} answered</span>
          {mentorship.response}
        </blockquote>
      ) : null}
      {mentorship.viewerCanRespond ? <RespondForm mentorship={mentorship} menteeName={otherName} /> : null}
      {mentorship.viewerCanEnd && !mentorship.viewerCanRespond ? (
        <EndActions mentorship={mentorship} otherName={otherName} />
      ) : null}
    </article>
  );
}
