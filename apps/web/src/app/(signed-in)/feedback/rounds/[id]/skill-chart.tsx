import styles from "@/components/feedback/feedback.module.css";
import { formatLevel, GROUP_LABEL } from "@/components/feedback/feedback-format";
import type { ReportData } from "./report";
import report from "./report.module.css";

interface Bar {
  key: string;
  label: string;
  value: number | null | undefined;
  /** Why there is no value, or how many ratings stand behind it. */
  detail?: string;
  className: string;
}

type SkillResult = ReportData["skills"][number];

/** The bars of one skill: self, manager, each shown group, then all others (shown groups only). */
function barsOf(skill: SkillResult, threshold: number): Bar[] {
  return [
    { key: "self", label: "Self", value: skill.self, detail: "not rated", className: report.seriesSelf },
    {
      key: "manager",
      label: "Manager",
      value: skill.manager,
      detail: "not rated",
      className: report.seriesManager,
    },
    ...skill.groups.map((group) => ({
      key: group.relationship,
      label: GROUP_LABEL[group.relationship],
      value: group.average,
      detail:
        group.average == null
          ? `fewer than ${threshold} rated it`
          : `${group.ratingCount} rating${group.ratingCount === 1 ? "" : "s"}`,
      className: report.seriesGroup,
    })),
    {
      key: "others",
      label: "All others",
      value: skill.others,
      detail: skill.others == null ? "no figure" : `${skill.othersCount} ratings`,
      className: report.seriesOthers,
    },
  ];
}

const spoken = (bar: Bar) =>
  bar.value == null ? `${bar.label} ${bar.detail}` : `${bar.label} ${formatLevel(bar.value)}`;

/**
 * Per skill, horizontal bars on the 1–5 scale. Each skill's drawing has a one-sentence text
 * alternative, and every figure is in the table behind "Show the numbers".
 */
export function SkillChart({ data }: { data: ReportData }) {
  const groups = data.groups.filter((group) => group.shown);
  return (
    <section className={styles.card} aria-labelledby="skills-title">
      <div>
        <h3 id="skills-title" className={styles.cardTitle}>
          Skills
        </h3>
        <p className={`${styles.muted} ${styles.small}`}>
          Levels from 1 (not yet) to 5 (exceptional). “All others” pools the groups shown here.
        </p>
      </div>
      <ul className={report.legend} aria-hidden="true">
        <li>
          <span className={`${report.swatch} ${report.seriesSelf}`} /> Self
        </li>
        <li>
          <span className={`${report.swatch} ${report.seriesManager}`} /> Manager
        </li>
        {groups.length ? (
          <li>
            <span className={`${report.swatch} ${report.seriesGroup}`} /> Anonymous groups
          </li>
        ) : null}
        <li>
          <span className={`${report.swatch} ${report.seriesOthers}`} /> All others
        </li>
      </ul>
      <div className={report.skillGrid}>
        {data.skills.map((skill) => {
          const bars = barsOf(skill, data.threshold);
          return (
            <figure key={skill.skill.id} className={report.skill}>
              <figcaption className={report.skillName}>{skill.skill.name}</figcaption>
              <div
                role="img"
                aria-label={`${skill.skill.name}: ${bars.map(spoken).join(", ")}.`}
                className={report.bars}
              >
                {bars.map((bar) => (
                  <div key={bar.key} className={report.bar}>
                    <span className={report.barLabel}>{bar.label}</span>
                    <span className={report.track}>
                      {bar.value != null ? (
                        <span
                          className={`${report.fill} ${bar.className}`}
                          style={{ width: `${(bar.value / 5) * 100}%` }}
                        />
                      ) : null}
                    </span>
                    <span className={report.barValue}>
                      {bar.value != null ? (
                        formatLevel(bar.value)
                      ) : (
                        <span className={report.noValue}>{bar.detail}</span>
                      )}
                    </span>
                  </div>
                ))}
              </div>
            </figure>
          );
        })}
      </div>
      <details className={report.details}>
        <summary>Show the numbers</summary>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions must be reachable by keyboard */}
        <section className={report.tableWrap} aria-label="Skill levels by group, as a table" tabIndex={0}>
          <table className={report.table}>
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col">Self</th>
                <th scope="col">Manager</th>
                {groups.map((group) => (
                  <th key={group.relationship} scope="col">
                    {GROUP_LABEL[group.relationship]}
                  </th>
                ))}
                <th scope="col">All others</th>
              </tr>
            </thead>
            <tbody>
              {data.skills.map((skill) => (
                <tr key={skill.skill.id}>
                  <th scope="row">{skill.skill.name}</th>
                  <td>{skill.self ?? "—"}</td>
                  <td>{skill.manager ?? "—"}</td>
                  {groups.map((group) => {
                    const score = skill.groups.find((g) => g.relationship === group.relationship);
                    return (
                      <td key={group.relationship}>
                        {score?.average != null ? formatLevel(score.average) : "—"}
                      </td>
                    );
                  })}
                  <td>{skill.others != null ? formatLevel(skill.others) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </details>
    </section>
  );
}
