/**
 * The thresholds that turn skill levels (1–5) into a profile. One definition for the skill profile,
 * mentor suggestions, the team skill matrix and the 360 report (docs/decisions/009-skill-profile.md).
 *
 * - "others" level: the mean of the levels others gave (manager, 360) that exist;
 * - combined level: the mean of every level that exists (self, manager, 360);
 * - strength: combined ≥ STRENGTH_LEVEL;
 * - growth area: marked by the employee or their manager, or combined ≤ GROWTH_AREA_LEVEL;
 * - blind spot: self ≥ others + GAP; hidden strength: others ≥ self + GAP.
 */
export const STRENGTH_LEVEL = 4;
export const GROWTH_AREA_LEVEL = 2.5;
export const GAP = 1;
export const MIN_LEVEL = 1;
export const MAX_LEVEL = 5;

export function mean(levels: (number | null | undefined)[]): number | null {
  const known = levels.filter((level): level is number => typeof level === "number");
  return known.length ? known.reduce((sum, level) => sum + level, 0) / known.length : null;
}
