import type { AttentionReason, GoalHealth, GoalStatus } from "@/gql/graphql";
import { percent } from "./format";
import styles from "./indicators.module.css";

type Tone = "good" | "warn" | "bad" | "info" | "neutral";

export function Badge({ tone, children }: { tone: Tone; children: React.ReactNode }) {
  return <span className={`${styles.badge} ${styles[tone]}`}>{children}</span>;
}

const HEALTH: Record<GoalHealth, { label: string; tone: Tone }> = {
  ON_TRACK: { label: "On track", tone: "good" },
  AT_RISK: { label: "At risk", tone: "warn" },
  OFF_TRACK: { label: "Off track", tone: "bad" },
};

export function HealthBadge({ health }: { health: GoalHealth | null | undefined }) {
  if (!health) return null;
  return <Badge tone={HEALTH[health].tone}>{HEALTH[health].label}</Badge>;
}

const STATUS: Record<GoalStatus, { label: string; tone: Tone }> = {
  DRAFT: { label: "Draft", tone: "neutral" },
  PENDING_APPROVAL: { label: "Waiting for approval", tone: "info" },
  ACTIVE: { label: "Active", tone: "info" },
  COMPLETED: { label: "Completed", tone: "good" },
  ABANDONED: { label: "Abandoned", tone: "neutral" },
};

export function StatusBadge({ status }: { status: GoalStatus }) {
  return <Badge tone={STATUS[status].tone}>{STATUS[status].label}</Badge>;
}

const REASON: Record<AttentionReason, { label: string; tone: Tone }> = {
  OFF_TRACK: { label: "Off track", tone: "bad" },
  OVERDUE: { label: "Overdue", tone: "bad" },
  STALE: { label: "No check-in", tone: "warn" },
  PENDING_APPROVAL: { label: "Needs approval", tone: "info" },
  AT_RISK: { label: "At risk", tone: "warn" },
  NO_ACTIVE_GOALS: { label: "No active goals", tone: "neutral" },
};

export function ReasonBadge({ reason }: { reason: AttentionReason }) {
  return <Badge tone={REASON[reason].tone}>{REASON[reason].label}</Badge>;
}

const FILL: Record<GoalHealth, string> = {
  ON_TRACK: styles.fillGood,
  AT_RISK: styles.fillWarn,
  OFF_TRACK: styles.fillBad,
};

/**
 * A progress bar with its figure as text (the bar itself is decoration), and a mark where progress
 * should be by now when that is known.
 */
export function ProgressBar({
  value,
  expected,
  health,
  label,
}: {
  value: number | null | undefined;
  expected?: number | null;
  health?: GoalHealth | null;
  /** Read by screen readers before the figure, e.g. "Average progress". */
  label?: string;
}) {
  const clamp = (share: number) => `${Math.min(Math.max(share, 0), 1) * 100}%`;
  return (
    <span className={styles.progress}>
      <span className={styles.track} aria-hidden="true">
        {value !== null && value !== undefined ? (
          <span className={`${styles.fill} ${health ? FILL[health] : ""}`} style={{ width: clamp(value) }} />
        ) : null}
        {expected !== null && expected !== undefined ? (
          <span className={styles.expected} style={{ left: clamp(expected) }} />
        ) : null}
      </span>
      <span className={styles.value}>
        {label ? <span className="visually-hidden">{label}: </span> : null}
        {percent(value)}
        {expected !== null && expected !== undefined ? (
          <span className="visually-hidden">, expected {percent(expected)} by now</span>
        ) : null}
      </span>
    </span>
  );
}
