import type { Metadata } from "next";
import Link from "next/link";
import { Avatar } from "@/components/person/person-card";
import { graphql } from "@/gql";
import type { TeamMemberPageQuery } from "@/gql/graphql";
import { apiErrorCode } from "@/lib/apollo/errors";
import { readAsViewer } from "@/lib/apollo/read";
import { readViewer, type Viewer } from "../../_components/viewer";
import { feedbackStatusOf } from "../_components/feedback-status";
import teamStyles from "../_components/team.module.css";
import { FeedbackRoundAction } from "./_components/feedback-round-action";
import styles from "./_components/member.module.css";
import { MemberGoals } from "./_components/member-goals";
import { MemberPlan } from "./_components/member-plan";
import { MemberSkills } from "./_components/member-skills";
import { MemberSummary } from "./_components/member-summary";
import { NotInTeam } from "./_components/not-in-team";
import { WinsAndSetbacks } from "./_components/wins-and-setbacks";

export const metadata: Metadata = { title: "Team member" };

const TeamMemberPageQueryDoc = graphql(`
  query TeamMemberPage($id: ID!) {
    employee(id: $id) {
      id
      name
      title
      department
      manager {
        id
        name
      }
      managementChain {
        id
      }
      feedbackRounds {
        id
        status
        closedAt
        requests {
          status
        }
      }
      growthSummary {
        ...MemberSummary
      }
      goals(first: 100) {
        edges {
          node {
            ...MemberGoal
          }
        }
      }
      wins(first: 10) {
        edges {
          node {
            ...Moment
          }
        }
      }
      setbacks(first: 10) {
        edges {
          node {
            ...Moment
          }
        }
      }
      skillProfile {
        ...MemberSkills
      }
      developmentPlan {
        ...MemberPlan
      }
    }
    skills {
      id
      name
      category
    }
  }
`);

type Member = TeamMemberPageQuery["employee"];

/** The member, or null when the viewer may not open this page (or the id leads nowhere). */
async function readMember(id: string, viewer: Viewer) {
  let data: TeamMemberPageQuery;
  try {
    data = await readAsViewer(TeamMemberPageQueryDoc, { id });
  } catch (error) {
    const code = apiErrorCode(error);
    if (code === "NOT_FOUND" || code === "FORBIDDEN" || code === "BAD_USER_INPUT") return null;
    throw error;
  }
  const { employee } = data;
  // The page is for the person's managers (any level); HR may look too. The API hides the growth
  // data from anyone else (null), so this only decides which page to show.
  const manages = employee.managementChain.some((manager) => manager.id === viewer.id);
  if (!(manages || viewer.isHrAdmin) || employee.id === viewer.id || !employee.growthSummary) return null;
  return {
    employee: employee as Member & { growthSummary: NonNullable<Member["growthSummary"]> },
    skills: data.skills,
  };
}

export default async function TeamMemberPage({ params }: PageProps<"/team/[employeeId]">) {
  const { employeeId } = await params;
  const viewer = await readViewer();
  const member = await readMember(employeeId, viewer);
  if (!member) return <NotInTeam />;

  const { employee, skills } = member;
  const firstName = employee.name.split(/\s+/)[0] || employee.name;
  const now = Date.now();
  const goals = employee.goals.edges.map((edge) => edge.node);
  const moments = [...employee.wins.edges, ...employee.setbacks.edges].map((edge) => edge.node);
  return (
    <div className={teamStyles.page}>
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <Link href="/team">Team</Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{employee.name}</span>
      </nav>

      <header className={styles.person}>
        <Avatar name={employee.name} size="lg" />
        <div>
          <h1 className={teamStyles.title}>{employee.name}</h1>
          <p className={teamStyles.lead}>
            {[employee.title, employee.department].filter(Boolean).join(" · ")}
            {employee.manager && employee.manager.id !== viewer.id
              ? ` · reports to ${employee.manager.name}`
              : ""}
          </p>
        </div>
      </header>

      <section aria-labelledby="summary-title">
        <h2 id="summary-title" className="visually-hidden">
          {firstName}&apos;s figures
        </h2>
        <MemberSummary summary={employee.growthSummary} now={now} />
      </section>

      <FeedbackRoundAction
        memberId={employee.id}
        firstName={firstName}
        latest={feedbackStatusOf(employee.feedbackRounds)}
        isDirectReport={employee.manager?.id === viewer.id}
      />

      <section className={teamStyles.card} aria-labelledby="goals-title">
        <h2 id="goals-title" className={teamStyles.cardTitle}>
          Goals
        </h2>
        <MemberGoals goals={goals} now={now} firstName={firstName} />
      </section>

      <div className={teamStyles.columns}>
        <section className={teamStyles.card} aria-labelledby="moments-title">
          <h2 id="moments-title" className={teamStyles.cardTitle}>
            Wins and setbacks
          </h2>
          <WinsAndSetbacks moments={moments} firstName={firstName} />
        </section>
        <section className={teamStyles.card} aria-labelledby="plan-title">
          <h2 id="plan-title" className={teamStyles.cardTitle}>
            Development plan
          </h2>
          {employee.developmentPlan ? (
            <MemberPlan plan={employee.developmentPlan} firstName={firstName} />
          ) : (
            <p className={styles.empty}>You can&apos;t see {firstName}&apos;s plan.</p>
          )}
        </section>
      </div>

      <section className={teamStyles.card} aria-labelledby="skills-title">
        <h2 id="skills-title" className={teamStyles.cardTitle}>
          Skills
        </h2>
        {employee.skillProfile ? (
          <MemberSkills
            profile={employee.skillProfile}
            catalog={skills}
            employeeId={employee.id}
            firstName={firstName}
          />
        ) : (
          <p className={styles.empty}>You can&apos;t see {firstName}&apos;s skills.</p>
        )}
      </section>
    </div>
  );
}
