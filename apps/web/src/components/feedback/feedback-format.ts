import { daysUntil, formatDay } from "@/components/goal/goal-format";
import type { FeedbackRelationship, FeedbackRequestStatus, FeedbackRoundStatus } from "@/gql/graphql";

/** Words people read for the feedback enums; one place, so every page says the same thing. */
export const ROUND_STATUS_LABEL: Record<FeedbackRoundStatus, string> = {
  DRAFT: "Draft",
  OPEN: "Open",
  CLOSED: "Closed",
};

export const REQUEST_STATUS_LABEL: Record<FeedbackRequestStatus, string> = {
  PENDING: "Not answered yet",
  SUBMITTED: "Answered",
  DECLINED: "Declined",
};

/** One reviewer: "Peer", "Direct report"… */
export const RELATIONSHIP_LABEL: Record<FeedbackRelationship, string> = {
  SELF: "Self-assessment",
  MANAGER: "Manager",
  PEER: "Peer",
  DIRECT_REPORT: "Direct report",
  MENTOR: "Mentor",
  OTHER: "Other colleague",
};

/** A group in the report: "Peers", "Direct reports"… */
export const GROUP_LABEL: Record<FeedbackRelationship, string> = {
  SELF: "Self",
  MANAGER: "Manager",
  PEER: "Peers",
  DIRECT_REPORT: "Direct reports",
  MENTOR: "Mentors",
  OTHER: "Other colleagues",
};

/** Whom a person may nominate; self and manager are asked automatically. */
export const NOMINATED_RELATIONSHIPS = ["PEER", "DIRECT_REPORT", "MENTOR", "OTHER"] as const;

/** The order of groups everywhere: attributed first, then the anonymous groups. */
export const RELATIONSHIP_ORDER: FeedbackRelationship[] = [
  "SELF",
  "MANAGER",
  "PEER",
  "DIRECT_REPORT",
  "MENTOR",
  "OTHER",
];

/** The report names these two; every other group is anonymous. */
export const isAttributed = (relationship: FeedbackRelationship) =>
  relationship === "SELF" || relationship === "MANAGER";

/** The five rating levels, with the words shown next to each number. */
export const LEVELS = [
  { value: 1, label: "Not yet" },
  { value: 2, label: "Developing" },
  { value: 3, label: "Solid" },
  { value: 4, label: "Strong" },
  { value: 5, label: "Exceptional" },
] as const;

/** The day a round closes, from its `closesAt` moment (shown in UTC, as every day in the app). */
export const closingDay = (closesAt: string) => formatDay(closesAt.slice(0, 10));

/** "closes in 9 days", "closes today", "closed". */
export function closingLabel(closesAt: string, status: FeedbackRoundStatus): string {
  if (status === "CLOSED") return `closed ${closingDay(closesAt)}`;
  const days = daysUntil(closesAt.slice(0, 10));
  if (days < 0) return "closing now";
  if (days === 0) return "closes today";
  if (days === 1) return "closes tomorrow";
  return `closes in ${days} days`;
}

/** A date input's day as the API's moment: the end of that day, UTC. */
export const endOfDayIso = (day: string) => `${day}T23:59:59.000Z`;

/** "1 person", "3 people". */
export const countOf = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Levels as people write them: one decimal at most. */
export const formatLevel = (level: number) =>
  new Intl.NumberFormat("en", { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(level);
