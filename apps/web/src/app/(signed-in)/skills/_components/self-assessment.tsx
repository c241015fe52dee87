import type { ResultOf } from "@graphql-typed-document-node/core";
import ui from "@/components/growth/ui/ui.module.css";
import { graphql } from "@/gql";
import styles from "../skills.module.css";
import { AssessmentRow } from "./assessment-row";

export const AssessmentSkillFields = graphql(`
  fragment AssessmentSkill on Skill {
    id
    name
    category
    description
  }
`);

export const AssessmentEntryFields = graphql(`
  fragment AssessmentEntry on SkillProfileEntry {
    skill {
      id
    }
    selfLevel
    managerLevel
    threeSixtyLevel
    markedAsGrowthArea
    notes {
      id
      source
      note
    }
    history(first: 20) {
      id
      level
      note
      source
      createdAt
      ratedBy {
        id
        name
      }
    }
  }
`);

export type AssessmentEntry = ResultOf<typeof AssessmentEntryFields>;
export type AssessmentSkill = ResultOf<typeof AssessmentSkillFields>;

/** The whole catalog by category (the API orders it by category and name), each skill rateable. */
export function SelfAssessment({
  employeeId,
  skills,
  entries,
  canRate,
}: {
  employeeId: string;
  skills: AssessmentSkill[];
  entries: AssessmentEntry[];
  canRate: boolean;
}) {
  const entryBySkill = new Map(entries.map((entry) => [entry.skill.id, entry]));
  const categories = new Map<string, AssessmentSkill[]>();
  for (const skill of skills) {
    const category = skill.category || "Other";
    categories.set(category, [...(categories.get(category) ?? []), skill]);
  }
  return (
    <section className={ui.section} aria-labelledby="rate-title">
      <div className={ui.sectionHeader}>
        <h2 id="rate-title" className={ui.sectionTitle}>
          Rate yourself
        </h2>
        <p className={ui.sectionHint}>1 Beginner · 2 Developing · 3 Proficient · 4 Advanced · 5 Expert</p>
      </div>
      {skills.length === 0 ? (
        <p className={ui.muted}>
          The skills catalog is empty. Ask HR to add the skills your organization tracks.
        </p>
      ) : null}
      {[...categories].map(([category, categorySkills]) => (
        <section key={category} className={`${ui.card} ${styles.category}`} aria-label={category}>
          <h3 className={ui.cardTitle}>{category}</h3>
          <ul className={styles.assessmentList}>
            {categorySkills.map((skill) => (
              <li key={skill.id}>
                <AssessmentRow
                  employeeId={employeeId}
                  skill={skill}
                  entry={entryBySkill.get(skill.id) ?? null}
                  canRate={canRate}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
