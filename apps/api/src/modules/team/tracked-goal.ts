import type { Goal } from "../goal/goal.entity";
import {
  expectedProgress,
  goalHealth,
  goalProgress,
  isOverdue,
  isStale,
  type KeyResultValues,
} from "../goal/goal.progress";
import { TrackedGoal } from "./team.types";

/** What the tracked-goals statement reads besides the goal's own columns. */
export interface TrackedGoalFacts {
  keyResults: KeyResultValues[];
  keyResultsUpdatedAt: Date | null;
  lastCheckInAt: Date | null;
  lastConfidence: number | null;
  submittedAt: Date | null;
}

/**
 * A goal's standing at `now`, with the one set of rules of goal.progress.ts (decision 007):
 * health takes the last check-in's confidence, staleness counts from the latest of the approval,
 * a key-result update and a check-in.
 */
export function trackGoal(goal: Goal, facts: TrackedGoalFacts, now: Date): TrackedGoal {
  const progress = goalProgress(facts.keyResults);
  const expected = expectedProgress(goal.startDate, goal.dueDate, now);
  const activity = [goal.approvedAt, facts.keyResultsUpdatedAt, facts.lastCheckInAt];
  const times = activity.filter((d): d is Date => d instanceof Date).map((d) => d.getTime());
  return Object.assign(new TrackedGoal(), {
    id: goal.id,
    title: goal.title,
    status: goal.status,
    dueDate: goal.dueDate,
    progress,
    expectedProgress: expected,
    health: goalHealth(goal.status, progress, expected, facts.lastConfidence),
    overdue: isOverdue(goal.status, goal.dueDate, now),
    stale: isStale(goal.status, activity, now),
    lastCheckInAt: facts.lastCheckInAt,
    lastConfidence: facts.lastConfidence,
    lastActivityAt: times.length ? new Date(Math.max(...times)) : null,
    submittedAt: facts.submittedAt,
    ownerId: goal.ownerId,
    entity: goal,
  });
}
