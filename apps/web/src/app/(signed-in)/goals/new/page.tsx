import type { Metadata } from "next";
import { todayIso } from "@/components/goal/goal-format";
import { graphql } from "@/gql";
import { readAsViewer } from "@/lib/apollo/read";
import styles from "../goals.module.css";
import { NewGoalForm } from "./new-goal-form";

export const metadata: Metadata = { title: "New goal" };

const NewGoalPageQuery = graphql(`
  query NewGoalPage($draft: SmartDraftInput!) {
    skills {
      ...SkillOption
    }
    me {
      id
      ...ParentGoalOptions
    }
    smartAssessment(input: $draft) {
      ...SmartPanel
    }
  }
`);

export default async function NewGoalPage() {
  const startDate = todayIso();
  // The first assessment comes with the page, so the coaching panel is there before any typing.
  const data = await readAsViewer(NewGoalPageQuery, { draft: { startDate } });
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div>
          <p className={styles.eyebrow}>Goals</p>
          <h1 className={styles.title}>Set a new goal</h1>
          <p className={styles.lead}>
            Write it in your own words. The SMART check on the side coaches you as you type; submit it when
            it's ready and your manager will agree it with you.
          </p>
        </div>
      </header>
      <NewGoalForm
        skills={data.skills}
        parentOptions={data.me}
        initialSmart={data.smartAssessment}
        startDate={startDate}
      />
    </div>
  );
}
