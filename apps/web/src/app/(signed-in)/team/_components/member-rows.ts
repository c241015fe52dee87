import type { GoalHealth } from "@/gql/graphql";
import type { FeedbackStatus } from "./feedback-status";

/**
 * One row of the members table as plain data: built on the server from the team overview (dates
 * already in words), then sorted and filtered in the browser without another round trip.
 */
export interface MemberRow {
  id: string;
  name: string;
  title: string;
  /** Shown for the whole team, where not everyone reports to the viewer directly. */
  managerName: string | null;
  activeGoals: number;
  onTrack: number;
  atRisk: number;
  offTrack: number;
  awaitingApproval: number;
  averageProgress: number | null;
  lastCheckInAt: string | null;
  lastCheckInLabel: string;
  planCompletion: number | null;
  /** Their latest 360 round, in words (null: none the viewer may see). */
  feedback: FeedbackStatus | null;
  /** Their at-risk and off-track goals, worst first. */
  flaggedGoals: { id: string; title: string; health: GoalHealth }[];
}

export type SortKey = "name" | "progress" | "risk" | "checkin";
export type SortDirection = "asc" | "desc";
export type MemberFilter = "all" | "attention" | "approvals" | "idle";

export const SORT_KEYS: SortKey[] = ["name", "progress", "risk", "checkin"];
export const FILTERS: { value: MemberFilter; label: string }[] = [
  { value: "all", label: "Everyone" },
  { value: "attention", label: "At risk or off track" },
  { value: "approvals", label: "Waiting for approval" },
  { value: "idle", label: "No active goals" },
];

/** The direction a column sorts in when first chosen: what a manager most likely wants on top. */
export const DEFAULT_DIRECTION: Record<SortKey, SortDirection> = {
  name: "asc",
  progress: "asc",
  risk: "desc",
  checkin: "asc",
};

export interface TableView {
  sort: SortKey;
  direction: SortDirection;
  filter: MemberFilter;
  query: string;
}

/** Reads the table's state from the URL; anything unknown falls back to the default. */
export function parseTableView(params: URLSearchParams): TableView {
  const sort = SORT_KEYS.find((key) => key === params.get("sort")) ?? "name";
  const dir = params.get("dir");
  const direction = dir === "asc" || dir === "desc" ? dir : DEFAULT_DIRECTION[sort];
  const filter = FILTERS.find((f) => f.value === params.get("show"))?.value ?? "all";
  return { sort, direction, filter, query: params.get("q")?.trim() ?? "" };
}

/** Writes the table's state into `params`, leaving defaults out so links stay short. */
export function writeTableView(params: URLSearchParams, view: TableView): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string, fallback: string) =>
    value === fallback ? next.delete(key) : next.set(key, value);
  set("sort", view.sort, "name");
  set("dir", view.direction, DEFAULT_DIRECTION[view.sort]);
  set("show", view.filter, "all");
  set("q", view.query, "");
  return next;
}

function matches(row: MemberRow, filter: MemberFilter, query: string): boolean {
  if (filter === "attention" && row.atRisk + row.offTrack === 0) return false;
  if (filter === "approvals" && row.awaitingApproval === 0) return false;
  if (filter === "idle" && row.activeGoals > 0) return false;
  if (!query) return true;
  const needle = query.toLocaleLowerCase();
  return [row.name, row.title, row.managerName ?? ""].some((text) =>
    text.toLocaleLowerCase().includes(needle),
  );
}

/** Unknown values (no progress, never checked in) sort as the lowest. */
const VALUE: Record<Exclude<SortKey, "name">, (row: MemberRow) => number> = {
  progress: (row) => row.averageProgress ?? -1,
  risk: (row) => row.offTrack * 1000 + row.atRisk,
  checkin: (row) => (row.lastCheckInAt ? Date.parse(row.lastCheckInAt) : 0),
};

export function visibleRows(rows: MemberRow[], view: TableView): MemberRow[] {
  const sign = view.direction === "asc" ? 1 : -1;
  const byName = (a: MemberRow, b: MemberRow) => a.name.localeCompare(b.name);
  return rows
    .filter((row) => matches(row, view.filter, view.query))
    .sort((a, b) =>
      view.sort === "name"
        ? sign * byName(a, b)
        : sign * (VALUE[view.sort](a) - VALUE[view.sort](b)) || byName(a, b),
    );
}
