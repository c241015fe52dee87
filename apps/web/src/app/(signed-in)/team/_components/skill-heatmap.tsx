import type { ResultOf } from "@graphql-typed-document-node/core";
import Link from "next/link";
import { graphql } from "@/gql";
import { level } from "./format";
import styles from "./skill-heatmap.module.css";

export const SkillHeatmapFields = graphql(`
  fragment SkillHeatmap on SkillMatrix {
    skills {
      id
      name
      category
    }
    rows {
      employee {
        id
        name
      }
      cells {
        selfLevel
        managerLevel
        combinedLevel
      }
    }
  }
`);

const LEVELS = [1, 2, 3, 4, 5] as const;
const LEVEL_NAMES = ["Beginner", "Developing", "Proficient", "Advanced", "Expert"];

/** Consecutive skills of one category, for the header row above the skill names. */
function categories(skills: { category: string }[]) {
  const groups: { name: string; span: number }[] = [];
  for (const skill of skills) {
    const last = groups.at(-1);
    if (last && last.name === skill.category) last.span += 1;
    else groups.push({ name: skill.category || "Other", span: 1 });
  }
  return groups;
}

function shade(value: number | null | undefined): string {
  if (value === null || value === undefined) return styles.unrated;
  return styles[`level${Math.min(5, Math.max(1, Math.round(value)))}`];
}

/**
 * The team skill matrix as a heatmap that is still a table: the colour only repeats the number in
 * each cell, and each cell names its self and manager levels for screen readers.
 */
export function SkillHeatmap({ matrix }: { matrix: ResultOf<typeof SkillHeatmapFields> }) {
  if (matrix.skills.length === 0) {
    return <p className={styles.empty}>Nobody in this team has rated a skill yet.</p>;
  }
  return (
    <>
      <ul className={styles.legend} aria-label="Legend">
        {LEVELS.map((value) => (
          <li key={value}>
            <span className={`${styles.swatch} ${shade(value)}`} aria-hidden="true">
              {value}
            </span>
            {LEVEL_NAMES[value - 1]}
          </li>
        ))}
        <li>
          <span className={`${styles.swatch} ${styles.unrated}`} aria-hidden="true">
            –
          </span>
          Not rated
        </li>
      </ul>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (WCAG 2.1.1) */}
      <section className={styles.scroller} aria-labelledby="skill-matrix-caption" tabIndex={0}>
        <table className={styles.table}>
          <caption id="skill-matrix-caption" className="visually-hidden">
            Team skill matrix: combined level per person and skill, from 1 (beginner) to 5 (expert)
          </caption>
          <thead>
            <tr>
              <td className={styles.corner} />
              {categories(matrix.skills).map((group, index) => (
                <th
                  // biome-ignore lint/suspicious/noArrayIndexKey: a category can appear once per run of skills
                  key={`${group.name}-${index}`}
                  scope="colgroup"
                  colSpan={group.span}
                  className={styles.category}
                >
                  {group.name}
                </th>
              ))}
            </tr>
            <tr>
              <th scope="col" className={styles.personHead}>
                Person
              </th>
              {matrix.skills.map((skill) => (
                <th key={skill.id} scope="col" className={styles.skill}>
                  {skill.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.employee.id}>
                <th scope="row" className={styles.person}>
                  <Link href={`/team/${row.employee.id}`}>{row.employee.name}</Link>
                </th>
                {row.cells.map((cell, index) => {
                  const skill = matrix.skills[index];
                  const detail = `self ${level(cell.selfLevel)}, manager ${level(cell.managerLevel)}`;
                  return (
                    <td
                      key={skill?.id ?? index}
                      className={`${styles.cell} ${shade(cell.combinedLevel)}`}
                      title={cell.combinedLevel === null ? "Not rated" : `${skill?.name}: ${detail}`}
                    >
                      {cell.combinedLevel === null ? (
                        <>
                          <span aria-hidden="true">–</span>
                          <span className="visually-hidden">Not rated</span>
                        </>
                      ) : (
                        <>
                          {level(cell.combinedLevel)}
                          <span className="visually-hidden"> ({detail})</span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
