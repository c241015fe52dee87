import { GoalStatus } from "./goal.entity";
import { type SmartAssessment, SmartCriterion, type SmartHint } from "./goal.types";

/** The thresholds of docs/decisions/007-smart-rules.md. */
export const MIN_TITLE_WORDS = 3;
export const MIN_DESCRIPTION_CHARS = 40;
export const MAX_MONTHS = 18;

export interface SmartInput {
  title: string;
  description: string;
  status: GoalStatus;
  approvedAt: Date | null;
  startDate: string;
  dueDate: string | null;
  parentGoalId: string | null;
  skillCount: number;
  keyResults: { startValue: number; targetValue: number }[];
}

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/** `YYYY-MM-DD` plus whole months, as a `YYYY-MM-DD` (day clamped to the month's end: Aug 31 + 6 → Feb 28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

function specificHint(goal: SmartInput): string | null {
  const shortTitle = words(goal.title) < MIN_TITLE_WORDS;
  const description = goal.description.trim();
  const shortDescription =
    description.length < MIN_DESCRIPTION_CHARS ||
    description.toLowerCase() === goal.title.trim().toLowerCase();
  if (shortTitle && shortDescription) {
    return "Name the outcome in a title of a few words and describe in a sentence or two what will be different when you're done, e.g. 'Speed up checkout' — 'Customers on mobile wait less than a second before they can pay'.";
  }
  if (shortTitle) return "Make the title name the outcome in at least three words, e.g. 'Speed up checkout'.";
  if (shortDescription) {
    return "Describe in a sentence or two what will be different when you're done and why it matters (40 characters or more).";
  }
  return null;
}

function measurableHint(goal: SmartInput): string | null {
  if (goal.keyResults.some((kr) => kr.targetValue !== kr.startValue)) return null;
  if (goal.keyResults.length === 0) {
    return "Add a key result with a number to reach, e.g. 'Reduce p95 latency from 800 ms to 300 ms'.";
  }
  return "Give a key result a target different from its starting value, so progress can be measured.";
}

function achievableHint(goal: SmartInput): string | null {
  if (goal.approvedAt) return null;
  if (goal.status === GoalStatus.PENDING_APPROVAL) return "Waiting for your manager to approve the goal.";
  return "Submit the goal for approval: agreeing it with your manager is what makes it achievable.";
}

function relevantHint(goal: SmartInput): string | null {
  if (goal.skillCount > 0 || goal.parentGoalId) return null;
  return "Link the skills this goal develops, or align it to a parent goal (your manager's or your team's).";
}

function timeBoundHint(goal: SmartInput): string | null {
  if (!goal.dueDate) return "Set a due date, e.g. the end of the next quarter.";
  if (goal.dueDate <= goal.startDate) return "Set the due date after the start date.";
  if (goal.dueDate > addMonths(goal.startDate, MAX_MONTHS)) {
    return "Bring the due date within 18 months of the start; split a longer ambition into goals you can finish.";
  }
  return null;
}

const RULES: [SmartCriterion, keyof Omit<SmartAssessment, "hints">, (goal: SmartInput) => string | null][] = [
  [SmartCriterion.SPECIFIC, "specific", specificHint],
  [SmartCriterion.MEASURABLE, "measurable", measurableHint],
  [SmartCriterion.ACHIEVABLE, "achievable", achievableHint],
  [SmartCriterion.RELEVANT, "relevant", relevantHint],
  [SmartCriterion.TIME_BOUND, "timeBound", timeBoundHint],
];

/** One boolean per SMART criterion and, for each one not met, what to do about it (DESIGN.md §2). */
export function assessSmart(goal: SmartInput): SmartAssessment {
  const hints: SmartHint[] = [];
  const result = { hints } as SmartAssessment;
  for (const [criterion, key, hintOf] of RULES) {
    const message = hintOf(goal);
    result[key] = message === null;
    if (message !== null) hints.push({ criterion, message });
  }
  return result;
}

/** Submitting needs S, M, R and T; the approval itself is the A. */
export const SUBMIT_CRITERIA = [
  SmartCriterion.SPECIFIC,
  SmartCriterion.MEASURABLE,
  SmartCriterion.RELEVANT,
  SmartCriterion.TIME_BOUND,
];
