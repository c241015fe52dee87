import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "@/gql";
import styles from "./member.module.css";
import { type SkillOption, SkillRatings, type SkillRow } from "./skill-ratings";

export const MemberSkillsFields = graphql(`
  fragment MemberSkills on SkillProfile {
    viewerCanRate
    entries {
      skill {
        id
        name
        category
      }
      selfLevel
      managerLevel
      threeSixtyLevel
      combinedLevel
      markedAsGrowthArea
      lastRatedAt
    }
    strengths {
      skill {
        id
        name
      }
      explanation
    }
    growthAreas {
      skill {
        id
        name
      }
      explanation
    }
  }
`);

/** Strengths and growth areas with the API's explanations, then every rated skill with "Rate". */
export function MemberSkills({
  profile,
  catalog,
  employeeId,
  firstName,
}: {
  profile: ResultOf<typeof MemberSkillsFields>;
  catalog: SkillOption[];
  employeeId: string;
  firstName: string;
}) {
  const rows: SkillRow[] = profile.entries.map((entry) => ({
    skillId: entry.skill.id,
    name: entry.skill.name,
    selfLevel: entry.selfLevel ?? null,
    managerLevel: entry.managerLevel ?? null,
    threeSixtyLevel: entry.threeSixtyLevel ?? null,
    combinedLevel: entry.combinedLevel ?? null,
    growthArea: entry.markedAsGrowthArea,
  }));
  return (
    <div className={styles.stack}>
      <div className={styles.insights}>
        <div>
          <h3 className={styles.subTitle}>Strengths</h3>
          {profile.strengths.length > 0 ? (
            <ul className={styles.insightList}>
              {profile.strengths.map((insight) => (
                <li key={insight.skill.id}>
                  <strong>{insight.skill.name}</strong> — {insight.explanation}
                </li>
              ))}
            </ul>
          ) : (
            <p className={styles.empty}>No clear strengths yet.</p>
          )}
        </div>
        <div>
          <h3 className={styles.subTitle}>Growth areas</h3>
          {profile.growthAreas.length > 0 ? (
            <ul className={styles.insightList}>
              {profile.growthAreas.map((insight) => (
                <li key={insight.skill.id}>
                  <strong>{insight.skill.name}</strong> — {insight.explanation}
                </li>
              ))}
            </ul>
          ) : (
            <p className={styles.empty}>No growth areas chosen yet.</p>
          )}
        </div>
      </div>
      <SkillRatings
        rows={rows}
        catalog={catalog}
        employeeId={employeeId}
        firstName={firstName}
        canRate={profile.viewerCanRate}
      />
    </div>
  );
}
