import type { Metadata } from "next";
import { PlanSummaryCard } from "@/components/growth/plan-summary-card";
import { StrengthsChart } from "@/components/growth/strengths-chart";
import { graphql } from "@/gql";
import { readAsViewer } from "@/lib/apollo/read";
import { ActiveGoals, DueSoon } from "../_components/active-goals";
import { FeedbackToGive } from "../_components/feedback-to-give";
import { MyTeam } from "../_components/my-team";
import { NextActions } from "../_components/next-actions";
import { ProfileCard } from "../_components/profile-card";
import { WinsAndSetbacks } from "../_components/wins-and-setbacks";
import styles from "../home.module.css";

export const metadata: Metadata = { title: "My growth" };

const MyGrowthQuery = graphql(`
  query MyGrowth {
    me {
      id
      name
      ...ProfileCard
      ...MyTeam
      ...NextActions
      ...ActiveGoals
      ...HomeWinsAndSetbacks
      skillProfile {
        ...StrengthsChart
      }
      developmentPlan {
        ...PlanSummaryCard
      }
    }
  }
`);

export default async function MyGrowthPage() {
  const { me } = await readAsViewer(MyGrowthQuery);
  const firstName = me.name.split(/\s+/)[0] || me.name;
  return (
    <div className={styles.page}>
      <header>
        <h1 className={styles.title}>Welcome back, {firstName}</h1>
        <p className={styles.lead}>
          Your growth at a glance: what you're working on, what's due and what's waiting for you.
        </p>
      </header>
      <div className={styles.grid}>
        <NextActions employee={me} />
        <FeedbackToGive />
        <DueSoon employee={me} />
        <ProfileCard employee={me} />
      </div>
      <ActiveGoals employee={me} />
      <div className={styles.grid}>
        {me.developmentPlan ? <PlanSummaryCard plan={me.developmentPlan} /> : null}
        {me.skillProfile ? <StrengthsChart profile={me.skillProfile} /> : null}
      </div>
      <WinsAndSetbacks employee={me} />
      <div className={styles.grid}>
        <MyTeam employee={me} />
      </div>
    </div>
  );
}
