import type { GoalHealth, GoalStatus, GoalVisibility } from "@/gql/graphql";

/** Words people read for the API's enums; one place, so every page says the same thing. */
export const STATUS_LABEL: Record<GoalStatus, string> = {
  DRAFT: "Draft",
  PENDING_APPROVAL: "Waiting for approval",
  ACTIVE: "Active",
  COMPLETED: "Completed",
  ABANDONED: "Abandoned",
};

export const HEALTH_LABEL: Record<GoalHealth, string> = {
  ON_TRACK: "On track",
  AT_RISK: "At risk",
  OFF_TRACK: "Off track",
};

export const VISIBILITY_LABEL: Record<GoalVisibility, string> = {
  PRIVATE: "Private",
  TEAM: "Team",
  ORGANIZATION: "Organization",
};

export const VISIBILITY_HELP: Record<GoalVisibility, string> = {
  PRIVATE: "You, your managers and HR.",
  TEAM: "Also the colleagues who share your manager.",
  ORGANIZATION: "Everyone at the company.",
};

/** The order groups appear in: what needs doing first. */
export const STATUS_ORDER: GoalStatus[] = ["ACTIVE", "PENDING_APPROVAL", "DRAFT", "COMPLETED", "ABANDONED"];

// Dates are calendar days (YYYY-MM-DD): format them in UTC so server and browser agree.
const dayFormat = new Intl.DateTimeFormat("en", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const timeFormat = new Intl.DateTimeFormat("en", {
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

export function formatDay(date: string): string {
  return dayFormat.format(new Date(`${date}T00:00:00Z`));
}

export function formatMoment(iso: string): string {
  return `${timeFormat.format(new Date(iso))} UTC`;
}

export const todayIso = () => new Date().toISOString().slice(0, 10);

/** Whole days from today to `date` (negative when past). */
export function daysUntil(date: string, today = todayIso()): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** "due in 5 days", "due today", "3 days overdue". */
export function dueLabel(date: string, today = todayIso()): string {
  const days = daysUntil(date, today);
  if (days === 0) return "due today";
  if (days === 1) return "due tomorrow";
  if (days > 1) return `due in ${days} days`;
  return days === -1 ? "1 day overdue" : `${-days} days overdue`;
}

export const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/** Numbers as people write them: no trailing zeros, thousands separated. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(value);
}

/** The calendar day (UTC) of an instant such as a check-in's `createdAt`. */
export function formatInstantDay(iso: string): string {
  return formatDay(iso.slice(0, 10));
}

/** Whole days since an instant, counted in UTC calendar days ("today" is 0). */
export function daysSince(iso: string, today = todayIso()): number {
  return -daysUntil(iso.slice(0, 10), today);
}

/**
 * An active goal without a check-in for this many days (or never) asks for one on the home page.
 * Two weeks: a regular rhythm, well before the API calls a goal stale (30 days).
 */
export const CHECK_IN_DUE_DAYS = 14;
