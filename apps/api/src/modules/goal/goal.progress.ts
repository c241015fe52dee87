import { GoalStatus } from "./goal.entity";
import { GoalHealth } from "./goal.types";

/** DESIGN.md §2: a gap up to 16.5 points is on track, up to 33 at risk, more is off track. */
export const ON_TRACK_GAP = 0.165;
export const AT_RISK_GAP = 0.33;
/** A check-in confidence (0–10) at or below this makes an on-track goal at risk. */
export const LOW_CONFIDENCE = 3;
export const STALE_DAYS = 30;
const DAY_MS = 86_400_000;

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

export interface KeyResultValues {
  startValue: number;
  targetValue: number;
  currentValue: number;
  weight?: number | null;
}

/** clamp((current − start) / (target − start)); works for targets below the start too (reduce latency). */
export function keyResultProgress(kr: KeyResultValues): number {
  if (kr.targetValue === kr.startValue) return kr.currentValue === kr.targetValue ? 1 : 0;
  return clamp01((kr.currentValue - kr.startValue) / (kr.targetValue - kr.startValue));
}

/** Weighted mean of the key results' progress; an unset weight counts as 1, so all unset = equal weights. */
export function goalProgress(keyResults: KeyResultValues[]): number {
  let total = 0;
  let weights = 0;
  for (const kr of keyResults) {
    const weight = kr.weight ?? 1;
    total += weight * keyResultProgress(kr);
    weights += weight;
  }
  return weights > 0 ? total / weights : 0;
}

const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** Share of the time from start to due date that has passed at `now`, or null without a valid due date. */
export function expectedProgress(startDate: string, dueDate: string | null, now: Date): number | null {
  if (!dueDate || dueDate <= startDate) return null;
  // The due date counts as a whole day: the goal is due at its end.
  const start = dayOf(startDate);
  const end = dayOf(dueDate) + DAY_MS;
  return clamp01((now.getTime() - start) / (end - start));
}

/**
 * Health of an active goal (null otherwise or without a due date). `lastConfidence` is the latest
 * check-in's 0–10 confidence (goals.last_confidence), null before the first check-in.
 */
export function goalHealth(
  status: GoalStatus,
  progress: number,
  expected: number | null,
  lastConfidence: number | null = null,
): GoalHealth | null {
  if (status !== GoalStatus.ACTIVE || expected === null) return null;
  // Rounded so the thresholds hold exactly despite binary fractions (0.665 − 0.5 > 0.165).
  const gap = Math.round((expected - progress) * 1e9) / 1e9;
  const health =
    gap <= ON_TRACK_GAP
      ? GoalHealth.ON_TRACK
      : gap <= AT_RISK_GAP
        ? GoalHealth.AT_RISK
        : GoalHealth.OFF_TRACK;
  if (health === GoalHealth.ON_TRACK && lastConfidence != null && lastConfidence <= LOW_CONFIDENCE) {
    return GoalHealth.AT_RISK;
  }
  return health;
}

/** Active and its due date (a whole day) has passed. */
export function isOverdue(status: GoalStatus, dueDate: string | null, now: Date): boolean {
  return status === GoalStatus.ACTIVE && dueDate !== null && now.getTime() >= dayOf(dueDate) + DAY_MS;
}

/**
 * Active and nothing happened for STALE_DAYS. `activity` holds the moments that count: the last
 * check-in (goals.last_check_in_at), key result updates and the approval.
 */
export function isStale(status: GoalStatus, activity: (Date | null | undefined)[], now: Date): boolean {
  if (status !== GoalStatus.ACTIVE) return false;
  const times = activity.filter((d): d is Date => d instanceof Date).map((d) => d.getTime());
  if (times.length === 0) return false;
  return now.getTime() - Math.max(...times) > STALE_DAYS * DAY_MS;
}
