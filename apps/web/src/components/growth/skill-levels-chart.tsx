import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "@/gql";
import { formatLevel } from "./skill-levels";
import styles from "./skill-levels-chart.module.css";

/**
 * The levels of one skill the chart draws. Spread it on `SkillProfile.entries`:
 * `entries { ...SkillLevelsChartEntry }`.
 */
export const SkillLevelsChartEntryFields = graphql(`
  fragment SkillLevelsChartEntry on SkillProfileEntry {
    skill {
      id
      name
    }
    selfLevel
    managerLevel
    threeSixtyLevel
    markedAsGrowthArea
  }
`);

export type SkillLevelsChartEntry = ResultOf<typeof SkillLevelsChartEntryFields>;

/** `label: null` is the person themself: "You" or "Self", depending on who reads. */
const SERIES = [
  { key: "selfLevel", className: styles.self, label: null },
  { key: "managerLevel", className: styles.manager, label: "Manager" },
  { key: "threeSixtyLevel", className: styles.threeSixty, label: "360 feedback" },
] as const;

function spokenLevels(entry: SkillLevelsChartEntry, selfLabel: string): string {
  const part = (label: string, level: number | null) =>
    `${label} ${level === null ? "not rated" : formatLevel(level)}`;
  return `${entry.skill.name}: ${part(selfLabel.toLowerCase(), entry.selfLevel)}, ${part(
    "manager",
    entry.managerLevel,
  )}, ${part("360 feedback", entry.threeSixtyLevel)}`;
}

/**
 * Self vs manager vs 360 levels per skill, as horizontal bars on the 1–5 scale. Server component,
 * no JavaScript. Each skill's bars carry one sentence for screen readers (role="img"), and the same
 * figures are one click away as a table.
 *
 * `selfLabel` is "You" on the person's own pages, "Self" when someone else reads them.
 */
export function SkillLevelsChart({
  entries,
  caption,
  selfLabel = "You",
}: {
  entries: SkillLevelsChartEntry[];
  caption: string;
  selfLabel?: string;
}) {
  const labelOf = (series: (typeof SERIES)[number]) => series.label ?? selfLabel;
  return (
    <figure className={styles.chart}>
      <figcaption className={styles.caption}>
        <span className={styles.captionText}>{caption}</span>
        <ul className={styles.legend} aria-label="Legend">
          {SERIES.map((series) => (
            <li key={series.key}>
              <span className={`${styles.swatch} ${series.className}`} aria-hidden="true" />
              {labelOf(series)}
            </li>
          ))}
        </ul>
      </figcaption>
      <div className={styles.scale} aria-hidden="true">
        <span>Level</span>
        <span className={styles.scaleTicks}>
          <span>1</span>
          <span>2</span>
          <span>3</span>
          <span>4</span>
          <span>5</span>
        </span>
      </div>
      <ul className={styles.rows}>
        {entries.map((entry) => (
          <li key={entry.skill.id} className={styles.row}>
            <span className={styles.skill}>
              <span className={styles.skillName}>{entry.skill.name}</span>
              {entry.markedAsGrowthArea ? <span className={styles.tag}>Growth area</span> : null}
            </span>
            <div className={styles.bars} role="img" aria-label={spokenLevels(entry, selfLabel)}>
              {SERIES.map((series) => {
                const level = entry[series.key];
                return (
                  <div key={series.key} className={`${styles.bar} ${series.className}`}>
                    <span className={styles.track}>
                      {level !== null ? (
                        <span className={styles.fill} style={{ width: `${(level / 5) * 100}%` }} />
                      ) : null}
                    </span>
                    <span className={styles.value}>{level === null ? "–" : formatLevel(level)}</span>
                  </div>
                );
              })}
            </div>
          </li>
        ))}
      </ul>
      <details className={styles.tableToggle}>
        <summary>Show as a table</summary>
        <table className={styles.table}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              {SERIES.map((series) => (
                <th key={series.key} scope="col">
                  {labelOf(series)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.skill.id}>
                <th scope="row">{entry.skill.name}</th>
                {SERIES.map((series) => {
                  const level = entry[series.key];
                  return <td key={series.key}>{level === null ? "not rated" : formatLevel(level)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
