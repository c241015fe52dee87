import { GROWTH_AREA_LEVEL } from "./skill-levels";

/**
 * The sentences that explain why a skill is in a list. Written for the person reading: the
 * employee reads "you", everyone else (manager, mentor, HR) reads a neutral third person.
 */
export type Perspective = "self" | "other";

export interface Levels {
  self: number | null;
  manager: number | null;
  threeSixty: number | null;
  others: number | null;
  combined: number | null;
}

/** 4 → "4", 2.5 → "2.5", 3.333… → "3.3". */
export function formatLevel(level: number): string {
  return String(Math.round(level * 10) / 10);
}

function sources(levels: Levels, perspective: Perspective): string {
  const you = perspective === "self";
  const parts = [
    levels.self !== null ? `${you ? "you" : "self"} ${formatLevel(levels.self)}` : null,
    levels.manager !== null ? `${you ? "your manager" : "manager"} ${formatLevel(levels.manager)}` : null,
    levels.threeSixty !== null ? `360 feedback ${formatLevel(levels.threeSixty)}` : null,
  ];
  return parts.filter(Boolean).join(", ");
}

const combined = (levels: Levels, perspective: Perspective) =>
  `combined level ${formatLevel(levels.combined!)} (${sources(levels, perspective)})`;

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function strengthExplanation(levels: Levels, perspective: Perspective): string {
  return perspective === "self"
    ? `${capitalize(combined(levels, perspective))}: a strength to build on and to share with others.`
    : `${capitalize(combined(levels, perspective))}: a strength.`;
}

/** `markedBy`: "you", "your manager", a name…, or null when the skill is only low, not marked. */
export function growthAreaExplanation(
  levels: Levels,
  perspective: Perspective,
  markedBy: string | null,
): string {
  const low = levels.combined !== null && levels.combined <= GROWTH_AREA_LEVEL;
  const level = levels.combined !== null ? combined(levels, perspective) : null;
  if (markedBy && level) return `Marked as a growth area by ${markedBy}; ${level}.`;
  if (markedBy) return `Marked as a growth area by ${markedBy}; not rated yet.`;
  if (low && perspective === "self") return `${capitalize(level!)}: a skill worth growing next.`;
  return `${capitalize(level!)}: at or below ${formatLevel(GROWTH_AREA_LEVEL)}.`;
}

export function blindSpotExplanation(levels: Levels, perspective: Perspective): string {
  const self = formatLevel(levels.self!);
  const others = formatLevel(levels.others!);
  return perspective === "self"
    ? `You rate yourself ${self}, others ${others}: a blind spot to talk about with your manager.`
    : `Self ${self} vs others ${others}: rates themself higher than others do.`;
}

export function hiddenStrengthExplanation(levels: Levels, perspective: Perspective): string {
  const self = formatLevel(levels.self!);
  const others = formatLevel(levels.others!);
  return perspective === "self"
    ? `Others rate you ${others}, you rate yourself ${self}: a hidden strength, you may be better at this than you think.`
    : `Others ${others} vs self ${self}: a hidden strength to encourage.`;
}
