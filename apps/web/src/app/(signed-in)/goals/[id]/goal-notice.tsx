import type { GoalStatus } from "@/gql/graphql";

const NOTICES: Record<string, { text: string; tone: "info" | "warning" }> = {
  saved: { text: "Your goal is saved as a draft. Submit it when it's ready.", tone: "info" },
  submitted: { text: "Submitted. Your manager has been notified and will agree it with you.", tone: "info" },
  "not-submitted": {
    text: "Your goal is saved as a draft but wasn't submitted: the SMART check says what is still missing.",
    tone: "warning",
  },
  approved: { text: "Approved. The goal is active now, and its owner has been notified.", tone: "info" },
  "sent-back": { text: "Sent back with your comment. Its owner has been notified.", tone: "info" },
};

/** A one-time message after an action that moved here (from `?notice=`), as a polite status. */
export function GoalNotice({ notice, status }: { notice: string | undefined; status: GoalStatus }) {
  const found = notice ? NOTICES[notice] : undefined;
  // A stale link (e.g. "submitted" on a goal already approved) says nothing rather than something wrong.
  if (!found || (notice === "submitted" && status !== "PENDING_APPROVAL")) return null;
  return (
    <p role="status" className={`notice notice-${found.tone}`}>
      {found.text}
    </p>
  );
}
