import { type Goal, GoalStatus } from "../goal/goal.entity";
import { expectedProgress, goalProgress, type KeyResultValues } from "../goal/goal.progress";
import type { CheckInPoint } from "./check-in.loaders";
import type { ProgressPoint } from "./check-in.types";

/**
 * The points of a goal's progress chart: where it started (the key results at their start values),
 * one per check-in (the progress it recorded), and, for an active goal, where it stands now — each
 * with the progress expected by then, so the chart can draw both lines.
 */
export function progressHistory(
  goal: Pick<Goal, "status" | "startDate" | "dueDate">,
  keyResults: KeyResultValues[],
  checkIns: CheckInPoint[],
  now: Date,
): ProgressPoint[] {
  const point = (date: Date, progress: number): ProgressPoint => ({
    date,
    progress,
    expectedProgress: expectedProgress(goal.startDate, goal.dueDate, date),
  });
  const start = point(
    new Date(`${goal.startDate}T00:00:00Z`),
    goalProgress(keyResults.map((kr) => ({ ...kr, currentValue: kr.startValue }))),
  );
  const points = [start, ...checkIns.map((c) => point(c.createdAt, c.progress))];
  if (goal.status === GoalStatus.ACTIVE) points.push(point(now, goalProgress(keyResults)));
  return points;
}
