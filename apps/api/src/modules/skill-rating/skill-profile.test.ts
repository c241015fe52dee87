import { Skill } from "../skill/skill.entity";
import { buildSkillProfile } from "./skill-profile";
import { RatingSource, SkillRating } from "./skill-rating.entity";

/** The merge itself, without a database: here 360 levels can be supplied before the feedback module exists. */
const skill = (id: string, name: string) => Object.assign(new Skill(), { id, name });
const rating = (skillId: string, source: RatingSource, level: number, daysAgo: number) =>
  Object.assign(new SkillRating(), {
    id: `${skillId}-${source}-${daysAgo}`,
    employeeId: "me",
    skillId,
    source,
    level,
    note: "",
    ratedById: "someone",
    createdAt: new Date(Date.now() - daysAgo * 86_400_000),
  });

describe("buildSkillProfile", () => {
  const skills = new Map([
    ["sql", skill("sql", "SQL")],
    ["talk", skill("talk", "Public speaking")],
  ]);

  it("averages the manager and 360 levels into `others`, and all three into `combined`", () => {
    const profile = buildSkillProfile({
      data: {
        employeeId: "me",
        ratings: [rating("sql", RatingSource.SELF, 5, 1), rating("sql", RatingSource.MANAGER, 3, 2)],
        growthAreas: [],
      },
      threeSixty: new Map([
        ["sql", 2],
        ["talk", 4.5],
      ]),
      skills,
      subjectName: "Me",
      perspective: "self",
    });
    expect(
      profile.entries.map((e) => [
        e.skill.name,
        e.selfLevel,
        e.managerLevel,
        e.threeSixtyLevel,
        e.othersLevel,
      ]),
    ).toEqual([
      ["Public speaking", null, null, 4.5, 4.5],
      ["SQL", 5, 3, 2, 2.5],
    ]);
    expect(profile.entries[1].combinedLevel).toBeCloseTo(10 / 3);
    expect(profile.entries[0].lastRatedAt).toBeNull();
    expect(profile.blindSpots).toEqual([
      {
        skill: skills.get("sql"),
        explanation: "You rate yourself 5, others 2.5: a blind spot to talk about with your manager.",
      },
    ]);
    expect(profile.strengths.map((s) => s.explanation)).toEqual([
      "Combined level 4.5 (360 feedback 4.5): a strength to build on and to share with others.",
    ]);
  });
});
