import { Field, Float, Int, ObjectType } from "type-graphql";
import { Skill } from "../skill/skill.entity";

@ObjectType({ description: "Goal adoption, goal health and development activity of one department." })
export class DepartmentInsights {
  @Field({ description: "The department's name; empty for people without one." })
  department: string;

  @Field(() => Int, { description: "Active people." })
  headcount: number;

  @Field(() => Int, { description: "People with at least one active goal." })
  peopleWithActiveGoals: number;

  @Field(() => Float, { description: "peopleWithActiveGoals / headcount, 0–1." })
  goalAdoption: number;

  @Field(() => Int)
  activeGoals: number;

  @Field(() => Int)
  onTrack: number;

  @Field(() => Int)
  atRisk: number;

  @Field(() => Int)
  offTrack: number;

  @Field(() => Float, {
    nullable: true,
    description: "Mean progress of active goals, 0–1; null without any.",
  })
  averageProgress: number | null;

  @Field(() => Int, { description: "Check-ins recorded in the last 30 days." })
  checkInsLast30Days: number;

  @Field(() => Float, {
    nullable: true,
    description: "Plan items done / (all − dropped), 0–1; null without plan items.",
  })
  planCompletion: number | null;
}

@ObjectType({ description: "How many people are strong in a skill, and how many want to grow in it." })
export class SkillCoverage {
  @Field(() => Skill)
  skill: Skill;

  @Field(() => Int, { description: "People whose combined level is a strength (decision 009)." })
  strong: number;

  @Field(() => Int, { description: "People for whom it is a growth area (marked or rated low)." })
  growthAreas: number;

  @Field(() => Int, { description: "People rated on it at all." })
  rated: number;
}

@ObjectType({ description: "How well mentoring reaches the people who want to grow." })
export class MentorshipCoverage {
  @Field(() => Int)
  activeMentorships: number;

  @Field(() => Int, { description: "Requests waiting for a mentor's answer." })
  proposedMentorships: number;

  @Field(() => Int, { description: "Active people with at least one marked growth area." })
  peopleWithGrowthAreas: number;

  @Field(() => Int, { description: "…of whom have an active mentor." })
  peopleWithGrowthAreasMentored: number;

  @Field(() => Float, {
    nullable: true,
    description: "The share of the two above, 0–1; null when nobody has growth areas.",
  })
  coverage: number | null;
}

@ObjectType({ description: "Organization-wide insights for HR." })
export class OrganizationInsights {
  @Field(() => Int)
  headcount: number;

  @Field(() => Float, { description: "People with an active goal / headcount, 0–1." })
  goalAdoption: number;

  @Field(() => [DepartmentInsights], { description: "By department name." })
  departments: DepartmentInsights[];

  @Field(() => [SkillCoverage], { description: "Every catalog skill, by category and name." })
  skills: SkillCoverage[];

  @Field(() => MentorshipCoverage)
  mentorship: MentorshipCoverage;
}
