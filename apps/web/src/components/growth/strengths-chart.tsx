import type { ResultOf } from "@graphql-typed-document-node/core";
import Link from "next/link";
import { graphql } from "@/gql";
import { SkillLevelsChart, type SkillLevelsChartEntry } from "./skill-levels-chart";
import styles from "./strengths-chart.module.css";

/**
 * How to use (home page): spread the fragment on the person's skill profile and pass it in.
 *
 *   me { skillProfile { ...StrengthsChart } }
 *   {me.skillProfile ? <StrengthsChart profile={me.skillProfile} /> : null}
 *
 * `selfLabel="Self"` when the reader is not the person (a manager's view of a report).
 */
export const StrengthsChartFields = graphql(`
  fragment StrengthsChart on SkillProfile {
    strengths {
      skill {
        id
      }
    }
    growthAreas {
      skill {
        id
      }
    }
    entries {
      ...SkillLevelsChartEntry
    }
  }
`);

const MAX_PER_GROUP = 4;

function pick(entries: SkillLevelsChartEntry[], insights: { skill: { id: string } }[]) {
  const byId = new Map(entries.map((entry) => [entry.skill.id, entry]));
  return insights
    .map((insight) => byId.get(insight.skill.id))
    .filter((entry): entry is SkillLevelsChartEntry => entry !== undefined)
    .slice(0, MAX_PER_GROUP);
}

/** Strengths and growth areas, each skill's self vs manager vs 360 levels side by side. */
export function StrengthsChart({
  profile,
  selfLabel = "You",
}: {
  profile: ResultOf<typeof StrengthsChartFields>;
  selfLabel?: string;
}) {
  const strengths = pick(profile.entries, profile.strengths);
  const growthAreas = pick(profile.entries, profile.growthAreas);
  return (
    <section className={styles.card} aria-labelledby="strengths-chart-title">
      <div className={styles.header}>
        <h2 id="strengths-chart-title" className={styles.title}>
          Strengths and growth areas
        </h2>
        <Link href="/skills" className={styles.link}>
          All skills
        </Link>
      </div>
      {strengths.length === 0 && growthAreas.length === 0 ? (
        <p className={styles.empty}>
          No strengths or growth areas yet. <Link href="/skills">Rate your skills</Link> to see where you
          stand.
        </p>
      ) : null}
      {strengths.length > 0 ? (
        <SkillLevelsChart entries={strengths} caption="Strengths" selfLabel={selfLabel} />
      ) : null}
      {growthAreas.length > 0 ? (
        <SkillLevelsChart entries={growthAreas} caption="Growth areas" selfLabel={selfLabel} />
      ) : null}
    </section>
  );
}
