import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Chip, HealthChip, StatusChip } from "@/components/goal/chips";
import { formatDay, formatMoment, VISIBILITY_HELP, VISIBILITY_LABEL } from "@/components/goal/goal-format";
import { SmartPanel } from "@/components/goal/smart-panel";
import { graphql } from "@/gql";
import { apiErrorCode } from "@/lib/apollo/errors";
import { readAsViewer } from "@/lib/apollo/read";
import layout from "../goals.module.css";
import { ProgressChart } from "./_chart/progress-chart";
import { CheckInForm } from "./_check-ins/check-in-form";
import { CheckInHistory } from "./_check-ins/check-in-history";
import { CHECK_IN_PAGE_SIZE } from "./_check-ins/page-size";
import { ApprovalPanel } from "./approval-panel";
import { GoalEditor } from "./goal-editor";
import { GoalNotice } from "./goal-notice";
import styles from "./goal-page.module.css";
import { GoalProgress } from "./goal-progress";
import { KeyResultsManager } from "./key-results-manager";
import { OwnerActions } from "./owner-actions";
import { PlanItems } from "./plan-items";

export const metadata: Metadata = { title: "Goal" };

const GoalPageQuery = graphql(`
  query GoalPage($id: ID!, $checkIns: Int!) {
    goal(id: $id) {
      id
      version
      title
      description
      status
      visibility
      startDate
      dueDate
      health
      overdue
      stale
      approvalComment
      approvedAt
      viewerCanEdit
      viewerCanApprove
      owner {
        id
        name
        title
      }
      approvedBy {
        id
        name
      }
      parent {
        id
        title
      }
      skills {
        id
        name
      }
      smart {
        ...SmartPanel
      }
      ...GoalProgress
      ...GoalEditor
      ...GoalProgressChart
      ...GoalCheckInForm
      ...GoalPlanItems
      ...GoalKeyResultsEditor
      checkIns(first: $checkIns) {
        ...GoalCheckInPage
      }
    }
    skills {
      ...SkillOption
    }
    me {
      id
      ...ParentGoalOptions
    }
  }
`);

async function readGoalPage(id: string) {
  try {
    return await readAsViewer(GoalPageQuery, { id, checkIns: CHECK_IN_PAGE_SIZE });
  } catch (error) {
    // Missing and hidden look the same on purpose (the API doesn't say which).
    if (apiErrorCode(error) === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function GoalPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ notice?: string }>;
}) {
  const [{ id }, { notice }] = await Promise.all([params, searchParams]);
  const { goal, skills, me } = await readGoalPage(id);
  const mine = goal.owner?.id === me.id;
  // Check-ins exist once a goal has been approved; before that there is nothing to chart or list.
  const underway = goal.status !== "DRAFT" && goal.status !== "PENDING_APPROVAL";
  const newestCheckIn = goal.checkIns.edges[0]?.node.id ?? "none";
  return (
    <div className={layout.page}>
      <header className={styles.header}>
        <p className={layout.eyebrow}>
          {mine ? (
            <Link href="/goals">Your goals</Link>
          ) : (
            <span>{goal.owner?.name ?? "Former colleague"}'s goal</span>
          )}
        </p>
        <h1 className={layout.title}>{goal.title}</h1>
        <div className={styles.chips}>
          <StatusChip status={goal.status} />
          <HealthChip health={goal.health} />
          {goal.overdue ? <Chip tone="danger">Overdue</Chip> : null}
          {goal.stale ? <Chip>No update for 30 days</Chip> : null}
        </div>
      </header>

      <GoalNotice notice={notice} status={goal.status} />

      {goal.status === "DRAFT" && goal.approvalComment ? (
        <div className="notice notice-warning" role="note">
          <strong>Sent back for changes:</strong> {goal.approvalComment}
        </div>
      ) : null}

      {goal.viewerCanApprove ? (
        <ApprovalPanel goalId={goal.id} version={goal.version} ownerName={goal.owner?.name ?? "The owner"} />
      ) : null}

      <div className={layout.withAside}>
        <div className={styles.main}>
          <GoalProgress goal={goal} />

          {goal.description ? (
            <section className={styles.card} aria-labelledby="about-title">
              <h2 id="about-title" className={styles.cardTitle}>
                About this goal
              </h2>
              <p className={styles.description}>{goal.description}</p>
            </section>
          ) : null}

          {underway ? <ProgressChart goal={goal} /> : null}

          {goal.viewerCanEdit && goal.status === "ACTIVE" ? <CheckInForm goal={goal} /> : null}

          {underway ? (
            <CheckInHistory
              // A new check-in starts the list again from the newest page (no gap between pages).
              key={`${newestCheckIn}:${goal.checkIns.totalCount}`}
              goalId={goal.id}
              firstPage={goal.checkIns}
              emptyText={
                mine
                  ? "Record where you are with the form above; your check-ins build the chart."
                  : `${goal.owner?.name ?? "The owner"} hasn't checked in on this goal yet.`
              }
            />
          ) : null}

          <PlanItems goal={goal} mine={mine} />

          {goal.viewerCanEdit ? (
            <>
              <OwnerActions goalId={goal.id} version={goal.version} status={goal.status} />
              <KeyResultsManager goal={goal} />
              <GoalEditor goal={goal} skills={skills} parentOptions={me} />
            </>
          ) : null}
        </div>

        <aside className={layout.aside} aria-label="Goal details">
          <div className={layout.sticky}>
            <SmartPanel smart={goal.smart} />
            <section className={styles.card} aria-labelledby="details-title">
              <h2 id="details-title" className={styles.cardTitle}>
                Details
              </h2>
              <dl className={styles.facts}>
                <div>
                  <dt>Owner</dt>
                  <dd>{goal.owner ? `${goal.owner.name}, ${goal.owner.title}` : "Former colleague"}</dd>
                </div>
                <div>
                  <dt>Dates</dt>
                  <dd>
                    {formatDay(goal.startDate)} → {goal.dueDate ? formatDay(goal.dueDate) : "no due date"}
                  </dd>
                </div>
                <div>
                  <dt>Visible to</dt>
                  <dd>
                    {VISIBILITY_LABEL[goal.visibility]} ·{" "}
                    <span className={styles.muted}>{VISIBILITY_HELP[goal.visibility]}</span>
                  </dd>
                </div>
                <div>
                  <dt>Aligned to</dt>
                  <dd>
                    {goal.parent ? <Link href={`/goals/${goal.parent.id}`}>{goal.parent.title}</Link> : "—"}
                  </dd>
                </div>
                <div>
                  <dt>Skills</dt>
                  <dd>{goal.skills.length ? goal.skills.map((skill) => skill.name).join(", ") : "—"}</dd>
                </div>
                {goal.approvedAt ? (
                  <div>
                    <dt>Approved</dt>
                    <dd>
                      {goal.approvedBy ? `by ${goal.approvedBy.name}, ` : ""}
                      {formatMoment(goal.approvedAt)}
                      {goal.status !== "DRAFT" && goal.approvalComment ? ` — “${goal.approvalComment}”` : ""}
                    </dd>
                  </div>
                ) : null}
              </dl>
            </section>
          </div>
        </aside>
      </div>
    </div>
  );
}
