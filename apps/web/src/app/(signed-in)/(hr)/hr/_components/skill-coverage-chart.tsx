import type { ResultOf } from "@graphql-typed-document-node/core";
import Link from "next/link";
import { graphql } from "@/gql";
import { ChartFigure, Legend } from "./charts/chart-figure";
import styles from "./charts/charts.module.css";
import { barWidth } from "./charts/format";
import hr from "./hr.module.css";

export const SkillCoverageFields = graphql(`
  fragment SkillCoverageChart on SkillCoverage {
    skill {
      id
      name
      category
    }
    strong
    growthAreas
    rated
  }
`);

type Coverage = ResultOf<typeof SkillCoverageFields>;

/**
 * Per catalog skill: how many people are strong in it (to the right) against how many want or need
 * to grow in it (to the left). A long left bar with a short right one is where mentors are scarce.
 */
export function SkillCoverageChart({ skills }: { skills: Coverage[] }) {
  if (skills.length === 0) {
    return (
      <p className={hr.empty}>
        The skills catalog is empty. <Link href="/hr/skills">Add the first skill</Link> to see coverage.
      </p>
    );
  }
  const largest = Math.max(0, ...skills.flatMap((s) => [s.strong, s.growthAreas]));
  if (largest === 0) {
    return (
      <p className={hr.empty}>
        Nobody has rated a skill or marked a growth area yet. Coverage appears as people assess their skills.
      </p>
    );
  }
  const summary = `Skill coverage, strong and growth areas per skill: ${skills
    .map((s) => `${s.skill.name} ${s.strong} strong, ${s.growthAreas} growth areas`)
    .join("; ")}.`;
  return (
    <ChartFigure
      summary={summary}
      tableLabel="Skill coverage, as a table"
      legend={
        <Legend
          items={[
            { label: "Growth areas", className: styles.grow },
            { label: "Strong", className: styles.good },
          ]}
        />
      }
      table={
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Category</th>
              <th scope="col">Strong</th>
              <th scope="col">Growth areas</th>
              <th scope="col">Rated</th>
            </tr>
          </thead>
          <tbody>
            {skills.map((s) => (
              <tr key={s.skill.id}>
                <th scope="row">{s.skill.name}</th>
                <td>{s.skill.category || "—"}</td>
                <td>{s.strong}</td>
                <td>{s.growthAreas}</td>
                <td>{s.rated}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <div className={styles.divergingHead}>
        <span>Skill</span>
        <span>Growth areas</span>
        <span>Strong</span>
      </div>
      {skills.map((s) => (
        <div key={s.skill.id} className={styles.divergingRow}>
          <span className={styles.label}>
            {s.skill.name}
            {s.skill.category ? <span className={styles.sublabel}>{s.skill.category}</span> : null}
          </span>
          <span className={`${styles.half} ${styles.halfLeft}`}>
            <span className={styles.halfTrack}>
              <span className={styles.grow} style={{ width: barWidth(s.growthAreas, largest) }} />
            </span>
            <span className={styles.halfCount}>{s.growthAreas}</span>
          </span>
          <span className={`${styles.half} ${styles.halfRight}`}>
            <span className={styles.halfTrack}>
              <span className={styles.good} style={{ width: barWidth(s.strong, largest) }} />
            </span>
            <span className={styles.halfCount}>{s.strong}</span>
          </span>
        </div>
      ))}
    </ChartFigure>
  );
}
