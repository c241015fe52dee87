import type { PlanItemKind } from "@/gql/graphql";

/** The kinds of plan item, in the order a form offers them. */
export const PLAN_ITEM_KINDS: PlanItemKind[] = [
  "COURSE",
  "READING",
  "PROJECT",
  "MENTORING",
  "COACHING",
  "OTHER",
];

export const KIND_LABELS: Record<PlanItemKind, string> = {
  COURSE: "Course",
  READING: "Reading",
  PROJECT: "Project",
  MENTORING: "Mentoring",
  COACHING: "Coaching",
  OTHER: "Other",
};

/** Simple line icons (24×24, stroked), drawn here so no icon font or CDN is needed. */
const ICON_PATHS: Record<PlanItemKind, string[]> = {
  COURSE: ["M22 10 12 5 2 10l10 5 10-5z", "M6 12v5c3 2 9 2 12 0v-5"],
  READING: ["M2 4h6a4 4 0 0 1 4 4v13a3 3 0 0 0-3-3H2z", "M22 4h-6a4 4 0 0 0-4 4v13a3 3 0 0 1 3-3h7z"],
  PROJECT: ["M3 7h18v13H3z", "M16 20V5a2 2 0 0 0-2-2h-4a2 2 0 0 0-2 2v15"],
  MENTORING: [
    "M16 20v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2",
    "M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8z",
    "M22 20v-2a4 4 0 0 0-3-3.9",
    "M16 3.1a4 4 0 0 1 0 7.8",
  ],
  COACHING: ["M21 12a8 8 0 0 1-11.6 7.2L3 21l1.8-6.4A8 8 0 1 1 21 12z"],
  OTHER: ["M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z"],
};

export function KindIcon({ kind, size = 18 }: { kind: PlanItemKind; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {ICON_PATHS[kind].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
