import { GoalStatus } from "./goal.entity";
import {
  expectedProgress,
  goalHealth,
  goalProgress,
  isOverdue,
  isStale,
  keyResultProgress,
} from "./goal.progress";
import { GoalHealth } from "./goal.types";

const at = (iso: string) => new Date(iso);

describe("key result progress", () => {
  it("is the share of the way from start to target, clamped to 0–1, also for targets below the start", () => {
    expect(keyResultProgress({ startValue: 0, targetValue: 10, currentValue: 5 })).toBe(0.5);
    expect(keyResultProgress({ startValue: 800, targetValue: 300, currentValue: 550 })).toBe(0.5);
    expect(keyResultProgress({ startValue: 0, targetValue: 10, currentValue: 15 })).toBe(1);
    expect(keyResultProgress({ startValue: 800, targetValue: 300, currentValue: 900 })).toBe(0);
    expect(keyResultProgress({ startValue: 5, targetValue: 5, currentValue: 4 })).toBe(0);
  });
});

describe("goal progress", () => {
  it("weighs key results equally unless weights are set", () => {
    const done = { startValue: 0, targetValue: 10, currentValue: 10 };
    const none = { startValue: 0, targetValue: 10, currentValue: 0 };
    expect(goalProgress([])).toBe(0);
    expect(goalProgress([done, none])).toBe(0.5);
    expect(
      goalProgress([
        { ...done, weight: 3 },
        { ...none, weight: 1 },
      ]),
    ).toBe(0.75);
    // An unset weight counts as 1.
    expect(goalProgress([{ ...done, weight: 2 }, none])).toBeCloseTo(2 / 3);
  });
});

describe("expected progress, health and flags", () => {
  it("follows the time elapsed from start to the end of the due date", () => {
    // 2025-01-01 … 2025-01-10 is ten whole days.
    expect(expectedProgress("2025-01-01", "2025-01-10", at("2025-01-06T00:00:00Z"))).toBe(0.5);
    expect(expectedProgress("2025-01-01", "2025-01-10", at("2024-12-01T00:00:00Z"))).toBe(0);
    expect(expectedProgress("2025-01-01", "2025-01-10", at("2025-03-01T00:00:00Z"))).toBe(1);
    expect(expectedProgress("2025-01-01", null, at("2025-01-06T00:00:00Z"))).toBeNull();
    expect(expectedProgress("2025-01-10", "2025-01-01", at("2025-01-06T00:00:00Z"))).toBeNull();
  });

  it("is on track up to a 16.5-point gap, at risk up to 33, off track beyond", () => {
    const active = GoalStatus.ACTIVE;
    expect(goalHealth(active, 0.5, 0.6)).toBe(GoalHealth.ON_TRACK);
    expect(goalHealth(active, 0.5, 0.665)).toBe(GoalHealth.ON_TRACK);
    expect(goalHealth(active, 0.5, 0.7)).toBe(GoalHealth.AT_RISK);
    expect(goalHealth(active, 0.5, 0.83)).toBe(GoalHealth.AT_RISK);
    expect(goalHealth(active, 0.5, 0.9)).toBe(GoalHealth.OFF_TRACK);
    expect(goalHealth(active, 0.9, 0.2)).toBe(GoalHealth.ON_TRACK);
    expect(goalHealth(GoalStatus.DRAFT, 0, 0.9)).toBeNull();
    expect(goalHealth(active, 0, null)).toBeNull();
  });

  it("lowers an on-track goal to at risk when the last check-in's confidence is 3 or less", () => {
    expect(goalHealth(GoalStatus.ACTIVE, 0.5, 0.5, 3)).toBe(GoalHealth.AT_RISK);
    expect(goalHealth(GoalStatus.ACTIVE, 0.5, 0.5, 4)).toBe(GoalHealth.ON_TRACK);
    expect(goalHealth(GoalStatus.ACTIVE, 0.1, 0.9, 2)).toBe(GoalHealth.OFF_TRACK);
  });

  it("flags active goals past their due date, and those without updates for 30 days", () => {
    expect(isOverdue(GoalStatus.ACTIVE, "2025-01-10", at("2025-01-10T23:00:00Z"))).toBe(false);
    expect(isOverdue(GoalStatus.ACTIVE, "2025-01-10", at("2025-01-11T00:00:00Z"))).toBe(true);
    expect(isOverdue(GoalStatus.COMPLETED, "2025-01-10", at("2025-02-01T00:00:00Z"))).toBe(false);
    const now = at("2025-03-01T00:00:00Z");
    expect(isStale(GoalStatus.ACTIVE, [at("2025-01-15T00:00:00Z"), at("2025-01-20T00:00:00Z")], now)).toBe(
      true,
    );
    expect(isStale(GoalStatus.ACTIVE, [at("2025-01-15T00:00:00Z"), at("2025-02-20T00:00:00Z")], now)).toBe(
      false,
    );
    expect(isStale(GoalStatus.DRAFT, [at("2024-01-01T00:00:00Z")], now)).toBe(false);
  });
});
