import type { GoalHealth, GoalStatus } from "@/gql/graphql";
import styles from "./chips.module.css";
import { HEALTH_LABEL, STATUS_LABEL } from "./goal-format";

const HEALTH_CLASS: Record<GoalHealth, string> = {
  ON_TRACK: styles.success,
  AT_RISK: styles.warning,
  OFF_TRACK: styles.danger,
};

const STATUS_CLASS: Record<GoalStatus, string> = {
  DRAFT: styles.neutral,
  PENDING_APPROVAL: styles.warning,
  ACTIVE: styles.brand,
  COMPLETED: styles.success,
  ABANDONED: styles.neutral,
};

/** On track / at risk / off track, in words and colour (never colour alone). */
export function HealthChip({ health }: { health: GoalHealth | null | undefined }) {
  if (!health) return null;
  return (
    <span className={`${styles.chip} ${HEALTH_CLASS[health]}`}>
      <span className={styles.dot} aria-hidden="true" />
      {HEALTH_LABEL[health]}
    </span>
  );
}

export function StatusChip({ status }: { status: GoalStatus }) {
  return <span className={`${styles.chip} ${STATUS_CLASS[status]}`}>{STATUS_LABEL[status]}</span>;
}

export function Chip({
  children,
  tone = "neutral",
}: {
  children: React.ReactNode;
  tone?: "neutral" | "danger";
}) {
  return (
    <span className={`${styles.chip} ${tone === "danger" ? styles.danger : styles.neutral}`}>{children}</span>
  );
}
