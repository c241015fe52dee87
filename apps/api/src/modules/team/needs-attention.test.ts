import { Employee } from "../employee/employee.entity";
import { GoalStatus } from "../goal/goal.entity";
import { GoalHealth } from "../goal/goal.types";
import { needsAttention } from "./needs-attention";
import { TrackedGoal } from "./team.types";

const NOW = new Date("2025-06-15T12:00:00Z");
const person = (name: string) => Object.assign(new Employee(), { id: name, name });
const goal = (fields: Partial<TrackedGoal>) =>
  Object.assign(new TrackedGoal(), {
    status: GoalStatus.ACTIVE,
    dueDate: "2025-12-31",
    progress: 0.5,
    expectedProgress: 0.5,
    health: GoalHealth.ON_TRACK,
    overdue: false,
    stale: false,
    lastConfidence: null,
    lastActivityAt: NOW,
    submittedAt: null,
    ...fields,
  });

describe("needsAttention", () => {
  it("lists the worst gap first within a reason, and says when an off-track goal was due", () => {
    const items = needsAttention(
      [
        {
          employee: person("Kim"),
          goals: [
            goal({ title: "Behind", progress: 0.2, expectedProgress: 0.6, health: GoalHealth.OFF_TRACK }),
            goal({
              title: "Late",
              progress: 0.3,
              expectedProgress: 1,
              dueDate: "2025-06-14",
              overdue: true,
              health: GoalHealth.OFF_TRACK,
            }),
            goal({ title: "Fine" }),
          ],
        },
      ],
      NOW,
    );
    expect(items.map((item) => [item.goal?.title, item.reasons])).toEqual([
      ["Late", ["OFF_TRACK", "OVERDUE"]],
      ["Behind", ["OFF_TRACK"]],
    ]);
    expect(items.map((item) => item.detail)).toEqual([
      "“Late” is 30 % done with 100 % of the time gone; it was due yesterday.",
      "“Behind” is 20 % done with 60 % of the time gone.",
    ]);
  });

  it("orders approvals by waiting time and puts people without goals last", () => {
    const waiting = (title: string, submittedAt: string) =>
      goal({ title, status: GoalStatus.PENDING_APPROVAL, health: null, submittedAt: new Date(submittedAt) });
    const items = needsAttention(
      [
        { employee: person("Idle"), goals: [] },
        {
          employee: person("Lee"),
          goals: [waiting("New", "2025-06-15T08:00:00Z"), waiting("Old", "2025-06-01T08:00:00Z")],
        },
      ],
      NOW,
    );
    expect(items.map((item) => [item.employee.name, item.reason, item.detail])).toEqual([
      [
        "Lee",
        "PENDING_APPROVAL",
        "“Old” was submitted for approval 14 days ago and is waiting for a decision.",
      ],
      ["Lee", "PENDING_APPROVAL", "“New” was submitted for approval today and is waiting for a decision."],
      ["Idle", "NO_ACTIVE_GOALS", "Idle has no active goal and none waiting for approval."],
    ]);
  });
});
