import type { Employee } from "../employee/employee.entity";
import { GoalStatus } from "../goal/goal.entity";
import { goalHealth } from "../goal/goal.progress";
import { GoalHealth } from "../goal/goal.types";
import { AttentionItem, AttentionReason, type TrackedGoal } from "./team.types";

const DAY_MS = 86_400_000;

/** Most urgent first: the order the dashboard lists them in (issue 3). */
export const URGENCY: AttentionReason[] = [
  AttentionReason.OFF_TRACK,
  AttentionReason.OVERDUE,
  AttentionReason.STALE,
  AttentionReason.PENDING_APPROVAL,
  AttentionReason.AT_RISK,
  AttentionReason.NO_ACTIVE_GOALS,
];

export interface MemberGoals {
  employee: Employee;
  goals: TrackedGoal[];
}

/** Every reason that applies to a goal, most urgent first. */
export function reasonsFor(goal: TrackedGoal): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  if (goal.health === GoalHealth.OFF_TRACK) reasons.push(AttentionReason.OFF_TRACK);
  if (goal.overdue) reasons.push(AttentionReason.OVERDUE);
  if (goal.stale) reasons.push(AttentionReason.STALE);
  if (goal.status === GoalStatus.PENDING_APPROVAL) reasons.push(AttentionReason.PENDING_APPROVAL);
  if (goal.health === GoalHealth.AT_RISK) reasons.push(AttentionReason.AT_RISK);
  return reasons;
}

/**
 * One item per goal that needs attention (under its most urgent reason) and one per person with
 * nothing active or submitted; ordered by reason, then by how bad it is, then by name and title.
 */
export function needsAttention(members: MemberGoals[], now: Date): AttentionItem[] {
  const items: { item: AttentionItem; severity: number }[] = [];
  for (const { employee, goals } of members) {
    for (const goal of goals) {
      const reasons = reasonsFor(goal);
      if (!reasons.length) continue;
      const item = Object.assign(new AttentionItem(), {
        employee,
        goal,
        reason: reasons[0],
        reasons,
        detail: describe(reasons[0], goal, now),
      });
      items.push({ item, severity: severityOf(reasons[0], goal, now) });
    }
    if (goals.length === 0) {
      const reason = AttentionReason.NO_ACTIVE_GOALS;
      const detail = `${employee.name} has no active goal and none waiting for approval.`;
      items.push({
        item: Object.assign(new AttentionItem(), { employee, goal: null, reason, reasons: [reason], detail }),
        severity: 0,
      });
    }
  }
  return items
    .sort(
      (a, b) =>
        URGENCY.indexOf(a.item.reason) - URGENCY.indexOf(b.item.reason) ||
        b.severity - a.severity ||
        a.item.employee.name.localeCompare(b.item.employee.name) ||
        (a.item.goal?.title ?? "").localeCompare(b.item.goal?.title ?? ""),
    )
    .map(({ item }) => item);
}

/** Within one reason, larger is more urgent. */
function severityOf(reason: AttentionReason, goal: TrackedGoal, now: Date): number {
  switch (reason) {
    case AttentionReason.OFF_TRACK:
    case AttentionReason.AT_RISK:
      return gapOf(goal);
    case AttentionReason.OVERDUE:
      return now.getTime() - Date.parse(`${goal.dueDate}T00:00:00Z`);
    case AttentionReason.STALE:
      return now.getTime() - (goal.lastActivityAt?.getTime() ?? 0);
    case AttentionReason.PENDING_APPROVAL:
      return now.getTime() - (goal.submittedAt?.getTime() ?? now.getTime());
    default:
      return 0;
  }
}

const gapOf = (goal: TrackedGoal) => (goal.expectedProgress ?? 0) - goal.progress;
const percent = (share: number) => `${Math.round(share * 100)} %`;
const daysSince = (then: number, now: Date) => Math.max(0, Math.floor((now.getTime() - then) / DAY_MS));
const ago = (days: number) => (days === 0 ? "today" : days === 1 ? "yesterday" : `${days} days ago`);

function describe(reason: AttentionReason, goal: TrackedGoal, now: Date): string {
  const title = `“${goal.title}”`;
  const pace = `${title} is ${percent(goal.progress)} done with ${percent(goal.expectedProgress ?? 0)} of the time gone`;
  const dueDays = goal.dueDate ? daysSince(Date.parse(`${goal.dueDate}T00:00:00Z`), now) : 0;
  switch (reason) {
    case AttentionReason.OFF_TRACK:
      return goal.overdue ? `${pace}; it was due ${ago(dueDays)}.` : `${pace}.`;
    case AttentionReason.OVERDUE:
      return `${title} was due ${ago(dueDays)} and is ${percent(goal.progress)} done.`;
    case AttentionReason.STALE: {
      const days = daysSince(goal.lastActivityAt?.getTime() ?? now.getTime(), now);
      return `${title} has had no check-in or update for ${days} days.`;
    }
    case AttentionReason.PENDING_APPROVAL: {
      const days = daysSince(goal.submittedAt?.getTime() ?? now.getTime(), now);
      return `${title} was submitted for approval ${ago(days)} and is waiting for a decision.`;
    }
    default: {
      // At risk either by pace or, on pace, by a low confidence at the last check-in.
      const byPace = goalHealth(goal.status, goal.progress, goal.expectedProgress, null);
      return byPace === GoalHealth.ON_TRACK
        ? `${title} is on pace, but the last check-in's confidence was ${goal.lastConfidence}/10.`
        : `${pace}.`;
    }
  }
}
