/** Names for the 1–5 skill scale, the same wherever a level is picked or shown. */
export const LEVELS = [1, 2, 3, 4, 5] as const;

export const LEVEL_NAMES: Record<number, string> = {
  1: "Beginner",
  2: "Developing",
  3: "Proficient",
  4: "Advanced",
  5: "Expert",
};

/** 4 → "4", 4.5 → "4.5", 3.333… → "3.3" (as the API writes levels in its explanations). */
export function formatLevel(level: number): string {
  return String(Math.round(level * 10) / 10);
}
