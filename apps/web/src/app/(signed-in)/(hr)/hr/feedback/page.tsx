import type { Metadata } from "next";
import { graphql } from "@/gql";
import { readAsViewer } from "@/lib/apollo/read";
import hr from "../_components/hr.module.css";
import { requireHrAdmin } from "../_components/require-hr-admin";
import { LaunchCycle } from "./launch-cycle";

export const metadata: Metadata = { title: "Feedback cycles" };

const FeedbackCyclePageQuery = graphql(`
  query FeedbackCyclePage {
    organizationInsights {
      headcount
      departments {
        department
        headcount
      }
    }
    skills {
      id
      name
      category
    }
  }
`);

export default async function FeedbackCyclePage() {
  await requireHrAdmin();
  const { organizationInsights, skills } = await readAsViewer(FeedbackCyclePageQuery);
  // People without a department can't be picked alone; they are part of "the whole organization".
  const departments = organizationInsights.departments.filter((d) => d.department !== "");
  return (
    <div className={hr.page}>
      <header>
        <h1 className={hr.title}>Feedback cycles</h1>
        <p className={hr.lead}>
          Launch a 360 round for everyone in a department, or in the whole organization, at once. Each round
          starts as a draft: people nominate their reviewers, managers approve, then each round is opened.
        </p>
      </header>
      <LaunchCycle
        departments={departments}
        organizationHeadcount={organizationInsights.headcount}
        skills={skills}
      />
    </div>
  );
}
