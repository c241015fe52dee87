/** Formatting shared by the team pages. Pure functions: safe in server and client components. */

const DAY_MS = 86_400_000;

/** 0–1 as a whole percentage, e.g. 0.416 → "42 %"; "—" when unknown. */
export function percent(share: number | null | undefined): string {
  if (share === null || share === undefined) return "—";
  return `${Math.round(share * 100)} %`;
}

/**
 * "today", "yesterday", "5 days ago", "3 weeks ago"… Computed on the server with its clock and
 * handed to client components as text, so server and browser never render different words.
 */
export function relativeDate(iso: string | null | undefined, now: number): string {
  if (!iso) return "Never";
  const days = Math.floor((now - Date.parse(iso)) / DAY_MS);
  if (days <= 0) return "Today";
  if (days === 1) return "Yesterday";
  if (days < 14) return `${days} days ago`;
  if (days < 60) return `${Math.floor(days / 7)} weeks ago`;
  return `${Math.floor(days / 30)} months ago`;
}

/** A calendar date (YYYY-MM-DD or ISO) as "12 Mar 2026", in UTC so the server's zone doesn't matter. */
export function calendarDate(value: string | null | undefined): string {
  if (!value) return "—";
  return new Date(value.length === 10 ? `${value}T00:00:00Z` : value).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** A skill level (1–5, possibly a mean) to one decimal place, without a trailing ".0". */
export function level(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
