import type { Skill } from "../skill/skill.entity";
import {
  blindSpotExplanation,
  growthAreaExplanation,
  hiddenStrengthExplanation,
  type Levels,
  type Perspective,
  strengthExplanation,
} from "./skill-insights";
import { GAP, GROWTH_AREA_LEVEL, mean, STRENGTH_LEVEL } from "./skill-levels";
import { type SkillInsight, SkillProfile, SkillProfileEntry } from "./skill-profile.types";
import { RatingSource, type SkillRating } from "./skill-rating.entity";

/** Floating-point slack, so 2.5000000001 still counts as "≤ 2.5". */
const EPSILON = 1e-9;

export interface GrowthAreaMark {
  skillId: string;
  markedById: string | null;
}

/** What the profile loader reads for one employee. */
export interface SkillProfileData {
  employeeId: string;
  /** Every rating, newest first. */
  ratings: SkillRating[];
  growthAreas: GrowthAreaMark[];
}

export interface SkillProfileInput {
  data: SkillProfileData;
  subjectName: string;
  /** "self" when the employee reads their own profile. */
  perspective: Perspective;
  threeSixty: ReadonlyMap<string, number>;
  skills: ReadonlyMap<string, Skill>;
}

/** Every skill id the profile mentions: rated, marked or from 360. */
export function profileSkillIds(data: SkillProfileData, threeSixty: ReadonlyMap<string, number>): string[] {
  return [
    ...new Set([
      ...data.ratings.map((r) => r.skillId),
      ...data.growthAreas.map((g) => g.skillId),
      ...threeSixty.keys(),
    ]),
  ];
}

/**
 * Merges ratings, growth-area marks and 360 levels into the profile (thresholds: skill-levels.ts,
 * docs/decisions/009-skill-profile.md). Pure: the loaders fetch, this decides.
 */
export function buildSkillProfile(input: SkillProfileInput): SkillProfile {
  const { data, perspective, threeSixty, skills } = input;
  const marks = new Map(data.growthAreas.map((mark) => [mark.skillId, mark]));
  const profile = new SkillProfile();
  profile.employeeId = data.employeeId;
  profile.entries = [];
  const strengths: Ranked[] = [];
  const growthAreas: Ranked[] = [];
  const blindSpots: Ranked[] = [];
  const hiddenStrengths: Ranked[] = [];

  for (const skillId of profileSkillIds(data, threeSixty)) {
    const skill = skills.get(skillId);
    if (!skill) continue;
    const ratings = data.ratings.filter((r) => r.skillId === skillId);
    const currentSelf = ratings.find((r) => r.source === RatingSource.SELF) ?? null;
    const currentManager = ratings.find((r) => r.source === RatingSource.MANAGER) ?? null;
    const levels = levelsOf(
      currentSelf?.level ?? null,
      currentManager?.level ?? null,
      threeSixty.get(skillId),
    );
    const mark = marks.get(skillId);

    const entry = Object.assign(new SkillProfileEntry(), {
      skill,
      selfLevel: levels.self,
      managerLevel: levels.manager,
      threeSixtyLevel: levels.threeSixty,
      othersLevel: levels.others,
      combinedLevel: levels.combined,
      markedAsGrowthArea: Boolean(mark),
      notes: [currentSelf, currentManager].filter((r): r is SkillRating => Boolean(r?.note)),
      lastRatedAt: ratings[0]?.createdAt ?? null,
      ratings,
    });
    profile.entries.push(entry);

    const { combined, self, others } = levels;
    if (combined !== null && combined >= STRENGTH_LEVEL - EPSILON) {
      strengths.push({ skill, rank: -combined, explanation: strengthExplanation(levels, perspective) });
    }
    if (mark || (combined !== null && combined <= GROWTH_AREA_LEVEL + EPSILON)) {
      const markedBy = mark ? markerName(mark, data.employeeId, perspective, input.subjectName) : null;
      growthAreas.push({
        skill,
        rank: combined ?? Number.POSITIVE_INFINITY,
        explanation: growthAreaExplanation(levels, perspective, markedBy),
      });
    }
    if (self !== null && others !== null && self >= others + GAP - EPSILON) {
      blindSpots.push({ skill, rank: others - self, explanation: blindSpotExplanation(levels, perspective) });
    }
    if (self !== null && others !== null && others >= self + GAP - EPSILON) {
      hiddenStrengths.push({
        skill,
        rank: self - others,
        explanation: hiddenStrengthExplanation(levels, perspective),
      });
    }
  }

  profile.entries.sort((a, b) => byName(a.skill, b.skill));
  profile.strengths = ranked(strengths);
  profile.growthAreas = ranked(growthAreas);
  profile.blindSpots = ranked(blindSpots);
  profile.hiddenStrengths = ranked(hiddenStrengths);
  return profile;
}

function levelsOf(self: number | null, manager: number | null, threeSixty: number | undefined): Levels {
  const fromFeedback = threeSixty ?? null;
  return {
    self,
    manager,
    threeSixty: fromFeedback,
    others: mean([manager, fromFeedback]),
    combined: mean([self, manager, fromFeedback]),
  };
}

function markerName(mark: GrowthAreaMark, subjectId: string, perspective: Perspective, subjectName: string) {
  const bySubject = mark.markedById === subjectId;
  if (perspective === "self") return bySubject ? "you" : "your manager";
  return bySubject ? subjectName : "a manager";
}

/** A list item with its sort key: smaller ranks first, ties by skill name. */
interface Ranked extends SkillInsight {
  rank: number;
}

const byName = (a: Skill, b: Skill) => a.name.localeCompare(b.name);

function ranked(items: Ranked[]): SkillInsight[] {
  return items
    .sort((a, b) => a.rank - b.rank || byName(a.skill, b.skill))
    .map(({ skill, explanation }) => ({ skill, explanation }));
}
