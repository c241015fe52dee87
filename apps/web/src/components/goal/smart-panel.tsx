import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "@/gql";
import type { SmartCriterion } from "@/gql/graphql";
import styles from "./smart-panel.module.css";

// The fields this component renders: the API's assessment, shown as it is (no rule re-derived here).
export const SmartPanelFields = graphql(`
  fragment SmartPanel on SmartAssessment {
    specific
    measurable
    achievable
    relevant
    timeBound
    hints {
      criterion
      message
    }
  }
`);

export type SmartView = ResultOf<typeof SmartPanelFields>;

const CRITERIA: {
  criterion: SmartCriterion;
  key: Exclude<keyof SmartView, "hints">;
  name: string;
  about: string;
}[] = [
  { criterion: "SPECIFIC", key: "specific", name: "Specific", about: "A clear outcome, described." },
  { criterion: "MEASURABLE", key: "measurable", name: "Measurable", about: "A number to reach." },
  { criterion: "ACHIEVABLE", key: "achievable", name: "Achievable", about: "Agreed with your manager." },
  { criterion: "RELEVANT", key: "relevant", name: "Relevant", about: "Builds a skill or supports a goal." },
  { criterion: "TIME_BOUND", key: "timeBound", name: "Time-bound", about: "A due date within 18 months." },
];

/**
 * The five SMART criteria, met or not yet, each with what to do next. `busy` says a newer
 * assessment is on its way (the live form); the summary line is a polite live region, so a screen
 * reader hears the count change without the whole list being read again.
 */
export function SmartPanel({
  smart,
  busy = false,
  titleId = "smart-title",
}: {
  smart: SmartView;
  busy?: boolean;
  titleId?: string;
}) {
  const met = CRITERIA.filter(({ key }) => smart[key]).length;
  return (
    <section className={styles.panel} aria-labelledby={titleId} aria-busy={busy}>
      <div className={styles.head}>
        <h2 id={titleId} className={styles.title}>
          SMART check
        </h2>
        <p className={styles.score} aria-live="polite">
          {met} of 5 met
        </p>
      </div>
      <div className={styles.meter} aria-hidden="true">
        {CRITERIA.map(({ key }) => (
          <span key={key} className={smart[key] ? styles.segmentMet : styles.segment} />
        ))}
      </div>
      <ul className={styles.list}>
        {CRITERIA.map(({ criterion, key, name, about }) => {
          const ok = smart[key];
          const hint = smart.hints.find((h) => h.criterion === criterion)?.message;
          return (
            <li
              key={key}
              className={ok ? styles.itemMet : styles.item}
              data-criterion={criterion}
              data-met={ok}
            >
              <span className={ok ? styles.iconMet : styles.icon} aria-hidden="true">
                {ok ? "✓" : name[0]}
              </span>
              <div className={styles.text}>
                <p className={styles.name}>
                  {name} <span className={styles.state}>{ok ? "met" : "not yet"}</span>
                </p>
                <p className={styles.about}>{ok ? about : hint}</p>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
