import { randomInt } from "node:crypto";
import type { Skill } from "../skill/skill.entity";
import { GAP, GROWTH_AREA_LEVEL, mean, STRENGTH_LEVEL } from "../skill-rating/skill-levels";
import type {
  FeedbackComment,
  FeedbackGroupScore,
  FeedbackQuestionResult,
  FeedbackReport,
  FeedbackSkillResult,
} from "./feedback.types";
import {
  ANONYMOUS_GROUPS,
  type AnonymousGroup,
  FeedbackRelationship,
  FeedbackRequestStatus,
  isAnonymousGroup,
} from "./feedback-request.entity";

/**
 * The 360 report as a pure function of the round's rows, so every anonymity rule is unit-tested
 * (report.test.ts) without a database. The rows carry a relationship, never a reviewer: the loader
 * (report.loader.ts) doesn't even read who answered what.
 *
 * The rules (docs/decisions/014-feedback-anonymity.md):
 * 1. SELF and MANAGER are attributed and shown as they are.
 * 2. An anonymous group (PEER, DIRECT_REPORT, MENTOR, OTHER) is shown only with ≥ threshold
 *    SUBMITTED responses; otherwise it is suppressed entirely: no score, no comment, no count.
 * 3. Within a shown group, a skill's figure needs ≥ threshold actual ratings ("can't say" is not
 *    one); otherwise that figure is null — one peer rating a skill among three “can't say” would be
 *    that peer's rating.
 * 4. "All others" pools exactly the ratings behind the figures that are shown, so subtracting any
 *    shown figure from it reveals nothing that isn't shown already.
 * 5. Comments of shown groups carry their group only, and come in a new random order every time.
 */
export interface ReportRows {
  threshold: number;
  /** The round's skills, in display order. */
  skills: Skill[];
  questions: string[];
  /** Every approved request of the round: relationship and status only. */
  requests: { relationship: FeedbackRelationship; status: FeedbackRequestStatus }[];
  /** Ratings of SUBMITTED requests; level null = "can't say". */
  ratings: { relationship: FeedbackRelationship; skillId: string; level: number | null }[];
  /** Answers of SUBMITTED requests. */
  answers: { relationship: FeedbackRelationship; questionIndex: number; text: string }[];
}

/** A uniform random integer in [0, bound): crypto by default, injectable for tests. */
export type RandomInt = (bound: number) => number;

const round2 = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
/** The mean to 2 decimals, from the exact integer sum (as SQL's numeric does in three-sixty-levels.ts). */
const meanOf = (levels: number[]) =>
  levels.length
    ? Math.round((levels.reduce((sum, level) => sum + level, 0) * 100) / levels.length) / 100
    : null;

export function buildReport(rows: ReportRows, random: RandomInt = randomInt): FeedbackReport {
  const { threshold } = rows;
  const submitted = rows.requests.filter((r) => r.status === FeedbackRequestStatus.SUBMITTED);
  const askedGroups = ANONYMOUS_GROUPS.filter((group) => rows.requests.some((r) => r.relationship === group));
  const responseCount = (group: AnonymousGroup) => submitted.filter((r) => r.relationship === group).length;
  const shownGroups = new Set(askedGroups.filter((group) => responseCount(group) >= threshold));
  const isShown = (relationship: FeedbackRelationship) =>
    isAnonymousGroup(relationship) && shownGroups.has(relationship);

  const skills = rows.skills.map((skill) => skillResult(skill, rows, shownGroups, threshold));
  const by = (key: (s: FeedbackSkillResult) => number) => (a: FeedbackSkillResult, b: FeedbackSkillResult) =>
    key(b) - key(a) || a.skill.name.localeCompare(b.skill.name);
  const gap = (s: FeedbackSkillResult) => Math.abs((s.self ?? 0) - (othersLevel(s) ?? 0));

  return {
    threshold,
    groups: askedGroups.map((relationship) => ({
      relationship,
      shown: shownGroups.has(relationship),
      responseCount: shownGroups.has(relationship) ? responseCount(relationship) : null,
    })),
    suppressedGroups: askedGroups.filter((group) => !shownGroups.has(group)),
    selfSubmitted: submitted.some((r) => r.relationship === FeedbackRelationship.SELF),
    managerSubmitted: submitted.some((r) => r.relationship === FeedbackRelationship.MANAGER),
    skills,
    questions: rows.questions.map((question, questionIndex) =>
      questionResult(question, questionIndex, rows, isShown, random),
    ),
    strengths: skills
      .filter((s) => s.strength)
      .sort(by((s) => s.combined ?? 0))
      .map((s) => s.skill),
    growthAreas: skills
      .filter((s) => s.growthArea)
      .sort(by((s) => -(s.combined ?? 0)))
      .map((s) => s.skill),
    blindSpots: skills
      .filter((s) => s.blindSpot)
      .sort(by(gap))
      .map((s) => s.skill),
    hiddenStrengths: skills
      .filter((s) => s.hiddenStrength)
      .sort(by(gap))
      .map((s) => s.skill),
  };
}

/** Decision 009's "others" level: the mean of what others gave — the manager and the 360 figure. */
const othersLevel = (s: Pick<FeedbackSkillResult, "manager" | "others">) => mean([s.manager, s.others]);

function skillResult(
  skill: Skill,
  rows: ReportRows,
  shownGroups: Set<AnonymousGroup>,
  threshold: number,
): FeedbackSkillResult {
  const levelsOf = (relationship: FeedbackRelationship) =>
    rows.ratings
      .filter((r) => r.skillId === skill.id && r.relationship === relationship && r.level !== null)
      .map((r) => r.level as number);
  const groups: FeedbackGroupScore[] = [];
  const pooled: number[] = [];
  for (const relationship of ANONYMOUS_GROUPS) {
    if (!shownGroups.has(relationship)) continue;
    const levels = levelsOf(relationship);
    const enough = levels.length >= threshold;
    if (enough) pooled.push(...levels);
    groups.push({
      relationship,
      average: enough ? meanOf(levels) : null,
      ratingCount: enough ? levels.length : null,
    });
  }
  const self = levelsOf(FeedbackRelationship.SELF)[0] ?? null;
  const manager = levelsOf(FeedbackRelationship.MANAGER)[0] ?? null;
  const others = meanOf(pooled);
  const combined = round2(mean([self, manager, others]));
  const seenByOthers = othersLevel({ manager, others });
  return {
    skill,
    self,
    manager,
    groups,
    others,
    othersCount: pooled.length ? pooled.length : null,
    combined,
    strength: combined !== null && combined >= STRENGTH_LEVEL,
    growthArea: combined !== null && combined <= GROWTH_AREA_LEVEL,
    blindSpot: self !== null && seenByOthers !== null && self >= seenByOthers + GAP,
    hiddenStrength: self !== null && seenByOthers !== null && seenByOthers >= self + GAP,
  };
}

function questionResult(
  question: string,
  questionIndex: number,
  rows: ReportRows,
  isShown: (relationship: FeedbackRelationship) => boolean,
  random: RandomInt,
): FeedbackQuestionResult {
  const answersOf = (predicate: (relationship: FeedbackRelationship) => boolean) =>
    rows.answers.filter(
      (a) => a.questionIndex === questionIndex && predicate(a.relationship) && a.text.trim() !== "",
    );
  const attributed = (relationship: FeedbackRelationship) =>
    answersOf((r) => r === relationship)[0]?.text ?? null;
  const comments: FeedbackComment[] = answersOf(isShown).map(({ relationship, text }) => ({
    relationship,
    text,
  }));
  return {
    questionIndex,
    question,
    self: attributed(FeedbackRelationship.SELF),
    manager: attributed(FeedbackRelationship.MANAGER),
    comments: shuffle(comments, random),
  };
}

/** Fisher–Yates with an unbiased random source: no order survives from the rows to the reader. */
export function shuffle<T>(items: T[], random: RandomInt): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}
