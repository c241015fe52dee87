import { Field, Float, Int, ObjectType } from "type-graphql";
import { Employee } from "../employee/employee.entity";
import { Skill } from "../skill/skill.entity";

@ObjectType({ description: "A growth-area skill of the mentee in which the suggested mentor is strong." })
export class MentorSkillMatch {
  @Field(() => Skill)
  skill: Skill;

  @Field(() => Float, { description: "The mentor's combined level (1–5), to one decimal." })
  level: number;
}

@ObjectType({ description: "A colleague who could mentor someone, and why." })
export class MentorSuggestion {
  @Field(() => Employee)
  mentor: Employee;

  @Field({ description: "Why, for a person: “Strong in Public speaking (4.5) and SQL (4.0)”." })
  reason: string;

  @Field(() => [MentorSkillMatch], { description: "The mentee's growth areas they cover, strongest first." })
  skills: MentorSkillMatch[];

  @Field(() => Int, { description: "How many more mentees they can take on." })
  freeCapacity: number;
}
