import { Icon } from "@/components/goal/icons";
import type { CheckInKind } from "@/gql/graphql";
import styles from "./check-ins.module.css";

const MESSAGES: Record<CheckInKind, string> = {
  UPDATE: "Check-in recorded.",
  WIN: "A win — nicely done! It's on your timeline for your team to see.",
  SETBACK: "Setback recorded with its lesson. Naming it is how a goal gets back on track.",
};

const CONFETTI = 12;

/** The answer to a recorded check-in; a win gets a small burst of confetti (none with reduced motion). */
export function Celebration({ kind }: { kind: CheckInKind }) {
  if (kind !== "WIN") return <p className="notice notice-info">{MESSAGES[kind]}</p>;
  return (
    <p className={styles.celebration}>
      <span className={styles.confetti} aria-hidden="true">
        {Array.from({ length: CONFETTI }, (_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: decoration, never reordered
          <span key={index} style={{ "--i": index } as React.CSSProperties} />
        ))}
      </span>
      <Icon name="win" size={24} className={styles.celebrationIcon} />
      {MESSAGES.WIN}
    </p>
  );
}
