import { VISIBILITY_HELP, VISIBILITY_LABEL } from "@/components/goal/goal-format";
import type { GoalVisibility } from "@/gql/graphql";
import styles from "./goal-form.module.css";

const OPTIONS: GoalVisibility[] = ["PRIVATE", "TEAM", "ORGANIZATION"];

/** Who may see the goal, as three radio cards (arrow keys move between them). */
export function VisibilityField({
  value,
  onChange,
  name = "visibility",
  error,
}: {
  value: GoalVisibility;
  onChange: (value: GoalVisibility) => void;
  name?: string;
  error?: string;
}) {
  return (
    <fieldset className={styles.fieldset} aria-invalid={error ? true : undefined}>
      <legend className={styles.legend}>Who can see it</legend>
      <div className={styles.radioCards}>
        {OPTIONS.map((option) => (
          <label
            key={option}
            className={value === option ? `${styles.radioCard} ${styles.radioCardOn}` : styles.radioCard}
          >
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            <span>
              <span className={styles.radioTitle}>{VISIBILITY_LABEL[option]}</span>
              <span className={styles.radioHelp}>{VISIBILITY_HELP[option]}</span>
            </span>
          </label>
        ))}
      </div>
      {error ? <p className="field-error">{error}</p> : null}
    </fieldset>
  );
}
