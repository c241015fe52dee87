import type { CheckInKind } from "@/gql/graphql";
import styles from "./check-in-kind.module.css";
import { Icon } from "./icons";

export const CHECK_IN_KIND_LABEL: Record<CheckInKind, string> = {
  UPDATE: "Update",
  WIN: "Win",
  SETBACK: "Setback",
};

const TONE: Record<CheckInKind, string> = {
  UPDATE: styles.update,
  WIN: styles.win,
  SETBACK: styles.setback,
};

/**
 * "Win", "Setback", "Update" with an icon: the same badge on the goal page and on the home
 * timeline. The word says the kind, so colour and symbol are never alone.
 */
export function CheckInKindBadge({ kind }: { kind: CheckInKind }) {
  return (
    <span className={`${styles.badge} ${TONE[kind]}`}>
      <Icon name={kind === "WIN" ? "win" : kind === "SETBACK" ? "setback" : "update"} size={14} />
      {CHECK_IN_KIND_LABEL[kind]}
    </span>
  );
}

/** How sure someone is, in words, for a confidence of 0–10. */
export function confidenceLabel(confidence: number): string {
  if (confidence <= 2) return "Very unsure";
  if (confidence <= 4) return "Unsure";
  if (confidence <= 6) return "Could go either way";
  if (confidence <= 8) return "Confident";
  return "Very confident";
}
