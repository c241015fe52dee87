import { Field, Float, Int, ObjectType } from "type-graphql";
import { Skill } from "../skill/skill.entity";
import { SkillRating } from "./skill-rating.entity";

@ObjectType({ description: "Everything known about one skill of one person." })
export class SkillProfileEntry {
  @Field(() => Skill)
  skill: Skill;

  @Field(() => Int, { nullable: true, description: "The newest self rating." })
  selfLevel: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "The newest rating by anyone in the management chain (skip-level managers too).",
  })
  managerLevel: number | null;

  @Field(() => Float, { nullable: true, description: "From closed 360 feedback rounds." })
  threeSixtyLevel: number | null;

  @Field(() => Float, { nullable: true, description: "The mean of the manager and 360 levels that exist." })
  othersLevel: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "The mean of the self, manager and 360 levels that exist.",
  })
  combinedLevel: number | null;

  @Field({ description: "Chosen as a growth area by the person or their manager." })
  markedAsGrowthArea: boolean;

  @Field(() => [SkillRating], { description: "The current self and manager ratings that carry a note." })
  notes: SkillRating[];

  @Field(() => Date, { nullable: true, description: "When this skill was last rated (self or manager)." })
  lastRatedAt: Date | null;

  /** Every rating of this skill, newest first; `history(first)` pages it. */
  ratings: SkillRating[];
}

@ObjectType({ description: "A skill in one of the profile's lists, and why it is there." })
export class SkillInsight {
  @Field(() => Skill)
  skill: Skill;

  @Field({ description: "Written for the person reading the profile." })
  explanation: string;
}

@ObjectType({
  description:
    "Strengths and weaknesses: self, manager and 360 levels per skill, and the lists derived from them " +
    "(thresholds in docs/decisions/009-skill-profile.md).",
})
export class SkillProfile {
  /** Whose profile this is (for `viewerCanRate`). */
  employeeId: string;

  @Field(() => [SkillProfileEntry], {
    description: "One per skill with any rating or growth-area mark, by name.",
  })
  entries: SkillProfileEntry[];

  @Field(() => [SkillInsight], { description: "Combined level 4 or more; highest first." })
  strengths: SkillInsight[];

  @Field(() => [SkillInsight], {
    description: "Marked as a growth area, or combined level 2.5 or less; lowest first.",
  })
  growthAreas: SkillInsight[];

  @Field(() => [SkillInsight], { description: "Self rates at least 1 above others; largest gap first." })
  blindSpots: SkillInsight[];

  @Field(() => [SkillInsight], { description: "Others rate at least 1 above self; largest gap first." })
  hiddenStrengths: SkillInsight[];
}
