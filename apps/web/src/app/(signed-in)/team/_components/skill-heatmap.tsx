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

/** The colour step of a level: 1–5, or "none" when nobody rated it. */
function bucket(value: number | null | undefined): string {
  if (value === null || value === undefined) return "none";
  return String(Math.min(5, Math.max(1, Math.round(value))));
}

/**
 * The team skill matrix as a heatmap that is still a table: the colour only repeats the number in
 * each cell (a dash when nobody rated it, as the legend says); self and manager levels are in the
 * cell's tooltip and on the person's own page.
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
            <span className={styles.swatch} data-level={bucket(value)} aria-hidden="true">
              {value}
            </span>
            {LEVEL_NAMES[value - 1]}
          </li>
        ))}
        <li>
          <span className={styles.swatch} data-level="none" aria-hidden="true">
            —
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
                  <Link prefetch={false} href={`/team/${row.employee.id}`}>
                    {row.employee.name}
                  </Link>
                </th>
                {row.cells.map((cell, index) => (
                  // Lean markup on purpose: 50 people × their skills is the largest part of the page.
                  <td
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells follow the skills' order
                    key={index}
                    data-level={bucket(cell.combinedLevel)}
                    title={
                      cell.combinedLevel === null
                        ? "Not rated"
                        : `Self ${level(cell.selfLevel)} · manager ${level(cell.managerLevel)}`
                    }
                  >
                    {level(cell.combinedLevel)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
