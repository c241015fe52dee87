import type { ResultOf } from "@graphql-typed-document-node/core";
import ui from "@/components/growth/ui/ui.module.css";
import { graphql } from "@/gql";
import styles from "../skills.module.css";

export const SkillInsightsFields = graphql(`
  fragment SkillInsights on SkillProfile {
    strengths {
      ...SkillInsightItem
    }
    growthAreas {
      ...SkillInsightItem
    }
    blindSpots {
      ...SkillInsightItem
    }
    hiddenStrengths {
      ...SkillInsightItem
    }
  }
`);

export const SkillInsightItemFields = graphql(`
  fragment SkillInsightItem on SkillInsight {
    explanation
    skill {
      id
      name
    }
  }
`);

type Insight = ResultOf<typeof SkillInsightItemFields>;

const LISTS = [
  {
    key: "strengths",
    title: "Strengths",
    empty: "None yet: a skill rated 4 or more on average becomes one.",
  },
  {
    key: "growthAreas",
    title: "Growth areas",
    empty: "None yet: mark a skill below, or it appears here when rated 2.5 or less.",
  },
  { key: "blindSpots", title: "Blind spots", empty: "None: you and others see your skills alike." },
  { key: "hiddenStrengths", title: "Hidden strengths", empty: "None: others don't rate you above yourself." },
] as const;

/** The four lists derived from the levels, each skill with the sentence that explains why. */
export function SkillInsights({ profile }: { profile: ResultOf<typeof SkillInsightsFields> }) {
  return (
    <section className={ui.card} aria-labelledby="insights-title">
      <h2 id="insights-title" className={ui.cardTitle}>
        What the ratings say
      </h2>
      <div className={styles.insights}>
        {LISTS.map((list) => {
          const items: Insight[] = profile[list.key];
          const titleId = `insight-${list.key}`;
          return (
            <section key={list.key} aria-labelledby={titleId} className={styles.insight}>
              <h3 id={titleId} className={`${styles.insightTitle} ${styles[list.key]}`}>
                {list.title}
                {items.length > 0 ? <span className={ui.count}>{items.length}</span> : null}
              </h3>
              {items.length === 0 ? (
                <p className={`${ui.muted} ${ui.small}`}>{list.empty}</p>
              ) : (
                <ul className={styles.insightList}>
                  {items.map((item) => (
                    <li key={item.skill.id}>
                      <span className={styles.insightSkill}>{item.skill.name}</span>
                      <span className={styles.insightWhy}>{item.explanation}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}
