import type { Metadata } from "next";
import { graphql } from "@/gql";
import { readAsViewer } from "@/lib/apollo/read";
import { ActiveGoals, DueSoon } from "../_components/active-goals";
import { FeedbackToGive } from "../_components/feedback-to-give";
import { MyTeam } from "../_components/my-team";
import { NextActions } from "../_components/next-actions";
import { ProfileCard } from "../_components/profile-card";
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
      {/* SLOT (issue 5, plan and skills): development plan with completion; strengths and growth areas chart. */}
      {/* SLOT (issue 5, check-ins): timeline of recent wins and setbacks with their lessons. */}
      <div className={styles.grid}>
        <MyTeam employee={me} />
      </div>
    </div>
  );
}
