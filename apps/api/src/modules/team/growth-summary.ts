import { GoalStatus } from "../goal/goal.entity";
import { GoalHealth } from "../goal/goal.types";
import { GrowthSummary, type TrackedGoal } from "./team.types";

/** Per-person figures the growth-stats statement reads (everything but the goals themselves). */
export interface GrowthStats {
  lastCheckInAt: Date | null;
  planItems: number;
  planItemsDropped: number;
  planItemsDone: number;
  overduePlanItems: number;
  approvalsToGive: number;
}

/** Counts and the mean progress over a set of tracked goals (one person's, or a whole team's). */
export function goalFigures(goals: TrackedGoal[]) {
  const active = goals.filter((goal) => goal.status === GoalStatus.ACTIVE);
  const count = (test: (goal: TrackedGoal) => boolean) => active.filter(test).length;
  return {
    activeGoals: active.length,
    averageProgress: active.length
      ? active.reduce((sum, goal) => sum + goal.progress, 0) / active.length
      : null,
    onTrack: count((goal) => goal.health === GoalHealth.ON_TRACK),
    atRisk: count((goal) => goal.health === GoalHealth.AT_RISK),
    offTrack: count((goal) => goal.health === GoalHealth.OFF_TRACK),
    overdueGoals: count((goal) => goal.overdue),
    staleGoals: count((goal) => goal.stale),
    pendingApprovals: goals.filter((goal) => goal.status === GoalStatus.PENDING_APPROVAL).length,
  };
}

/** `goals`: the person's active and submitted goals (TrackedGoal). */
export function summarizeGrowth(goals: TrackedGoal[], stats: GrowthStats): GrowthSummary {
  const { pendingApprovals, ...figures } = goalFigures(goals);
  // Dropped items leave the plan: they count neither as done nor as still to do.
  const planned = stats.planItems - stats.planItemsDropped;
  return Object.assign(new GrowthSummary(), {
    ...figures,
    lastCheckInAt: stats.lastCheckInAt,
    planCompletion: planned > 0 ? stats.planItemsDone / planned : null,
    overduePlanItems: stats.overduePlanItems,
    goalsAwaitingApproval: pendingApprovals,
    approvalsToGive: stats.approvalsToGive,
  });
}
