import type { Metadata } from "next";
import { graphql } from "@/gql";
import { readAsViewer } from "@/lib/apollo/read";
import { AdoptionChart } from "./_components/adoption-chart";
import { count, percent } from "./_components/charts/format";
import { DepartmentActivity } from "./_components/department-activity";
import { HealthChart } from "./_components/health-chart";
import styles from "./_components/hr.module.css";
import { MentorshipCoverageCard } from "./_components/mentorship-coverage";
import { requireHrAdmin } from "./_components/require-hr-admin";
import { SkillCoverageChart } from "./_components/skill-coverage-chart";

export const metadata: Metadata = { title: "Organization insights" };

const OrganizationInsightsQuery = graphql(`
  query OrganizationInsights {
    organizationInsights {
      headcount
      goalAdoption
      departments {
        department
        activeGoals
        ...DepartmentAdoption
        ...DepartmentHealth
        ...DepartmentActivity
      }
      skills {
        ...SkillCoverageChart
      }
      mentorship {
        coverage
        ...MentorshipCoverageCard
      }
    }
  }
`);

export default async function OrganizationInsightsPage() {
  await requireHrAdmin();
  const { organizationInsights: insights } = await readAsViewer(OrganizationInsightsQuery);
  const { departments, mentorship } = insights;
  const activeGoals = departments.reduce((sum, d) => sum + d.activeGoals, 0);
  return (
    <div className={styles.page}>
      <header>
        <h1 className={styles.title}>Organization insights</h1>
        <p className={styles.lead}>
          How goals, skills and mentoring are taking hold across{" "}
          {count(insights.headcount, "person", "people")} in {count(departments.length, "department")}.
        </p>
      </header>

      <dl className={styles.stats}>
        <div className={styles.stat}>
          <dt>People</dt>
          <dd>{insights.headcount}</dd>
        </div>
        <div className={styles.stat}>
          <dt>Goal adoption</dt>
          <dd>
            {percent(insights.goalAdoption)}
            <span className={styles.statDetail}>have an active goal</span>
          </dd>
        </div>
        <div className={styles.stat}>
          <dt>Active goals</dt>
          <dd>{activeGoals}</dd>
        </div>
        <div className={styles.stat}>
          <dt>Mentoring coverage</dt>
          <dd>
            {mentorship.coverage === null ? "—" : percent(mentorship.coverage)}
            <span className={styles.statDetail}>of people with growth areas</span>
          </dd>
        </div>
      </dl>

      {departments.length === 0 ? (
        <p className={styles.empty}>No active people yet. Add employees to see how goals are taking hold.</p>
      ) : (
        <>
          <div className={styles.grid}>
            <section className={styles.card} aria-labelledby="adoption-title">
              <h2 id="adoption-title" className={styles.cardTitle}>
                Goal adoption by department
              </h2>
              <p className={styles.cardLead}>The share of people working on at least one active goal.</p>
              <AdoptionChart departments={departments} />
            </section>
            <section className={styles.card} aria-labelledby="health-title">
              <h2 id="health-title" className={styles.cardTitle}>
                Goal health by department
              </h2>
              <p className={styles.cardLead}>
                Active goals by how their progress keeps up with the time passed.
              </p>
              <HealthChart departments={departments} />
            </section>
          </div>
          <section className={styles.card} aria-labelledby="activity-title">
            <h2 id="activity-title" className={styles.cardTitle}>
              Development activity
            </h2>
            <p className={styles.cardLead}>Progress, check-ins and development plans per department.</p>
            <DepartmentActivity departments={departments} labelledBy="activity-title" />
          </section>
        </>
      )}

      <section className={styles.card} aria-labelledby="skills-title">
        <h2 id="skills-title" className={styles.cardTitle}>
          Skill coverage
        </h2>
        <p className={styles.cardLead}>
          People strong in each skill (right) against those who want or need to grow in it (left): a long left
          bar beside a short right one shows where mentors are scarce.
        </p>
        <SkillCoverageChart skills={insights.skills} />
      </section>

      <section className={styles.card} aria-labelledby="mentoring-title">
        <h2 id="mentoring-title" className={styles.cardTitle}>
          Mentorship coverage
        </h2>
        <p className={styles.cardLead}>How many of the people with growth areas have an active mentor.</p>
        <MentorshipCoverageCard mentorship={mentorship} />
      </section>
    </div>
  );
}
