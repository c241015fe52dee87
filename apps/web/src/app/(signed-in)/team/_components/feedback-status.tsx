import Link from "next/link";
import type { FeedbackRequestStatus, FeedbackRoundStatus } from "@/gql/graphql";
import styles from "./members-table.module.css";

export interface FeedbackStatus {
  roundId: string;
  label: string;
  /** Longer words for the tooltip and screen readers. */
  detail: string;
}

interface RoundForStatus {
  id: string;
  status: FeedbackRoundStatus;
  closedAt?: string | null;
  /** Null when the viewer may not see who was asked. */
  requests?: { status: FeedbackRequestStatus }[] | null;
}

/**
 * A member's feedback status from their latest round (the API lists newest first): open rounds
 * say how many of those asked have answered — counts only, never who said what.
 */
export function feedbackStatusOf(rounds: RoundForStatus[]): FeedbackStatus | null {
  const latest = rounds[0];
  if (!latest) return null;
  if (latest.status === "DRAFT") {
    return { roundId: latest.id, label: "Draft", detail: "A 360 round is being prepared" };
  }
  if (latest.status === "CLOSED") {
    const when = latest.closedAt
      ? ` on ${new Date(latest.closedAt).toLocaleDateString("en-GB", { day: "numeric", month: "short" })}`
      : "";
    return { roundId: latest.id, label: "Report ready", detail: `The latest 360 round closed${when}` };
  }
  const requests = latest.requests ?? [];
  const answered = requests.filter((r) => r.status === "SUBMITTED").length;
  const asked = requests.filter((r) => r.status !== "DECLINED").length;
  return {
    roundId: latest.id,
    label: `Open · ${answered}/${asked}`,
    detail: `A 360 round is open: ${answered} of ${asked} answered`,
  };
}

export function FeedbackStatusCell({ status }: { status: FeedbackStatus | null }) {
  if (!status) return <span className={styles.muted}>No round</span>;
  return (
    <Link
      prefetch={false}
      href={`/feedback/rounds/${status.roundId}`}
      title={status.detail}
      className={styles.nowrap}
    >
      {status.label}
      <span className="visually-hidden">: {status.detail}</span>
    </Link>
  );
}
