import type { Metadata } from "next";
import { graphql } from "@/gql";
import type { GoalHealth, TeamDashboardQuery } from "@/gql/graphql";
import { readAsViewer } from "@/lib/apollo/read";
import { readViewer } from "../_components/viewer";
import { type ApprovalItem, ApprovalsList } from "./_components/approvals-list";
import { feedbackStatusOf } from "./_components/feedback-status";
import { calendarDate, relativeDate } from "./_components/format";
import type { MemberRow } from "./_components/member-rows";
import { MembersTable } from "./_components/members-table";
import { NeedsAttention } from "./_components/needs-attention";
import { NoReports } from "./_components/no-reports";
import { ScopeToggle } from "./_components/scope-toggle";
import { SkillHeatmap } from "./_components/skill-heatmap";
import styles from "./_components/team.module.css";
import { TeamTotals } from "./_components/team-totals";

export const metadata: Metadata = { title: "Team" };

const TeamDashboardQueryDoc = graphql(`
  query TeamDashboard($managerId: ID!, $scope: TeamScope!) {
    teamOverview(managerId: $managerId, scope: $scope) {
      scope
      totals {
        ...TeamTotalsFigures
      }
      needsAttention {
        ...NeedsAttentionItem
      }
      members {
        employee {
          id
          name
          title
          manager {
            id
            name
          }
          feedbackRounds {
            id
            status
            closedAt
            requests {
              status
            }
          }
        }
        summary {
          activeGoals
          onTrack
          atRisk
          offTrack
          goalsAwaitingApproval
          averageProgress
          lastCheckInAt
          planCompletion
        }
        goals {
          id
          title
          health
          progress
        }
      }
      approvalsWaiting {
        id
        title
        dueDate
        submittedAt
        owner {
          id
          name
        }
        goal {
          id
          version
          viewerCanApprove
        }
      }
      skillMatrix {
        ...SkillHeatmap
      }
    }
  }
`);

type Overview = TeamDashboardQuery["teamOverview"];

const WORST_FIRST: Record<GoalHealth, number> = { OFF_TRACK: 0, AT_RISK: 1, ON_TRACK: 2 };

function memberRows(overview: Overview, viewerId: string, now: number): MemberRow[] {
  return overview.members.map(({ employee, summary, goals }) => ({
    id: employee.id,
    name: employee.name,
    title: employee.title,
    managerName: employee.manager && employee.manager.id !== viewerId ? employee.manager.name : null,
    activeGoals: summary.activeGoals,
    onTrack: summary.onTrack,
    atRisk: summary.atRisk,
    offTrack: summary.offTrack,
    awaitingApproval: summary.goalsAwaitingApproval,
    averageProgress: summary.averageProgress ?? null,
    lastCheckInAt: summary.lastCheckInAt ?? null,
    lastCheckInLabel: relativeDate(summary.lastCheckInAt, now),
    planCompletion: summary.planCompletion ?? null,
    feedback: feedbackStatusOf(employee.feedbackRounds),
    flaggedGoals: goals
      .flatMap((goal) =>
        goal.health === "AT_RISK" || goal.health === "OFF_TRACK"
          ? [{ id: goal.id, title: goal.title, health: goal.health }]
          : [],
      )
      .sort((a, b) => WORST_FIRST[a.health] - WORST_FIRST[b.health]),
  }));
}

function approvalItems(overview: Overview, now: number): ApprovalItem[] {
  return overview.approvalsWaiting.map((goal) => ({
    id: goal.id,
    version: goal.goal.version,
    title: goal.title,
    ownerId: goal.owner?.id ?? null,
    ownerName: goal.owner?.name ?? null,
    canDecide: goal.goal.viewerCanApprove,
    context: [
      goal.submittedAt ? `submitted ${relativeDate(goal.submittedAt, now).toLowerCase()}` : null,
      goal.dueDate ? `due ${calendarDate(goal.dueDate)}` : null,
    ]
      .filter(Boolean)
      .join(" · "),
  }));
}

export default async function TeamPage({ searchParams }: PageProps<"/team">) {
  const viewer = await readViewer();
  if (!viewer.isManager) return <NoReports />;

  const scope = (await searchParams).scope === "all" ? "ALL" : "DIRECT";
  const { teamOverview: overview } = await readAsViewer(TeamDashboardQueryDoc, {
    managerId: viewer.id,
    scope,
  });
  const now = Date.now();
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div>
          <h1 className={styles.title}>Team</h1>
          <p className={styles.lead}>
            {scope === "ALL"
              ? "Everyone below you, at every level: who needs you, how goals are going, and the skills you have."
              : "Your direct reports: who needs you, how goals are going, and the skills you have."}
          </p>
        </div>
        <ScopeToggle scope={scope} />
      </header>

      <section aria-labelledby="totals-title">
        <h2 id="totals-title" className="visually-hidden">
          Team figures
        </h2>
        <TeamTotals totals={overview.totals} />
      </section>

      <div className={styles.columns}>
        <section className={styles.card} aria-labelledby="attention-title">
          <h2 id="attention-title" className={styles.cardTitle}>
            Needs attention
            {overview.needsAttention.length > 0 ? (
              <span className={styles.count}>{overview.needsAttention.length}</span>
            ) : null}
          </h2>
          <NeedsAttention items={overview.needsAttention} />
        </section>

        <section className={styles.card} aria-labelledby="approvals-title">
          <h2 id="approvals-title" className={styles.cardTitle}>
            Approvals waiting
            {overview.approvalsWaiting.length > 0 ? (
              <span className={styles.count}>{overview.approvalsWaiting.length}</span>
            ) : null}
          </h2>
          <ApprovalsList
            items={approvalItems(overview, now)}
            emptyText="No goals are waiting for approval."
          />
        </section>
      </div>

      <section className={styles.card} aria-labelledby="members-title">
        <h2 id="members-title" className={styles.cardTitle}>
          Members
        </h2>
        <MembersTable rows={memberRows(overview, viewer.id, now)} showManager={scope === "ALL"} />
      </section>

      <section className={styles.card} aria-labelledby="skills-title">
        <h2 id="skills-title" className={styles.cardTitle}>
          Skill matrix
        </h2>
        <SkillHeatmap matrix={overview.skillMatrix} />
      </section>
    </div>
  );
}
