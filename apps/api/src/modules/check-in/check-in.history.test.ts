import { GoalStatus } from "../goal/goal.entity";
import { progressHistory } from "./check-in.history";

const goal = { status: GoalStatus.ACTIVE, startDate: "2025-01-01", dueDate: "2025-01-10" };
const keyResults = [
  { startValue: 0, targetValue: 10, currentValue: 6 },
  { startValue: 100, targetValue: 0, currentValue: 40 },
];
const checkIns = [
  { createdAt: new Date("2025-01-03T00:00:00Z"), progress: 0.2 },
  { createdAt: new Date("2025-01-06T00:00:00Z"), progress: 0.45 },
];

describe("progressHistory", () => {
  it("starts at the start values, has a point per check-in and ends now for an active goal", () => {
    const now = new Date("2025-01-08T00:00:00Z");
    expect(progressHistory(goal, keyResults, checkIns, now)).toEqual([
      { date: new Date("2025-01-01T00:00:00Z"), progress: 0, expectedProgress: 0 },
      { date: checkIns[0].createdAt, progress: 0.2, expectedProgress: 0.2 },
      { date: checkIns[1].createdAt, progress: 0.45, expectedProgress: 0.5 },
      { date: now, progress: 0.6, expectedProgress: 0.7 },
    ]);
  });

  it("ends with the last check-in for a goal that is no longer active, and has no expectation without a due date", () => {
    const points = progressHistory(
      { ...goal, status: GoalStatus.COMPLETED, dueDate: null },
      keyResults,
      checkIns,
      new Date("2025-02-01T00:00:00Z"),
    );
    expect(points.map((p) => [p.progress, p.expectedProgress])).toEqual([
      [0, null],
      [0.2, null],
      [0.45, null],
    ]);
  });
});
