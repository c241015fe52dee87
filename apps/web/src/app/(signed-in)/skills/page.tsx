import type { Metadata } from "next";
import { SkillLevelsChart } from "@/components/growth/skill-levels-chart";
import { EmptyState } from "@/components/growth/ui/empty-state";
import ui from "@/components/growth/ui/ui.module.css";
import { graphql } from "@/gql";
import { readAsViewer } from "@/lib/apollo/read";
import { SelfAssessment } from "./_components/self-assessment";
import { SkillInsights } from "./_components/skill-insights";
import styles from "./skills.module.css";

export const metadata: Metadata = { title: "Skills" };

const SkillsPageQuery = graphql(`
  query SkillsPage {
    me {
      id
      skillProfile {
        viewerCanRate
        entries {
          ...SkillLevelsChartEntry
          ...AssessmentEntry
        }
        ...SkillInsights
      }
    }
    skills {
      ...AssessmentSkill
    }
  }
`);

export default async function SkillsPage() {
  const { me, skills } = await readAsViewer(SkillsPageQuery);
  // Always present for oneself; the API answers null only for people who may not see it.
  const profile = me.skillProfile;
  return (
    <div className={ui.page}>
      <header>
        <h1 className={ui.title}>Skills</h1>
        <p className={ui.lead}>
          How you, your manager and 360 feedback see your skills. Rate yourself, and choose the growth areas
          you want to work on next: mentor suggestions follow them.
        </p>
      </header>

      {profile ? (
        <div className={styles.overview}>
          <section className={ui.card} aria-labelledby="levels-title">
            <h2 id="levels-title" className={ui.cardTitle}>
              Self, manager and 360
            </h2>
            {profile.entries.length > 0 ? (
              <SkillLevelsChart entries={profile.entries} caption="Your levels by skill (1–5)" />
            ) : (
              <EmptyState
                title="No ratings yet"
                action={
                  <a href="#rate-title" className="button button-primary">
                    Rate your first skill
                  </a>
                }
              >
                Rate yourself on the skills below; your manager&apos;s ratings and 360 feedback appear here
                too.
              </EmptyState>
            )}
          </section>
          <SkillInsights profile={profile} />
        </div>
      ) : null}

      <SelfAssessment
        employeeId={me.id}
        skills={skills}
        entries={profile?.entries ?? []}
        canRate={profile?.viewerCanRate ?? false}
      />
    </div>
  );
}
