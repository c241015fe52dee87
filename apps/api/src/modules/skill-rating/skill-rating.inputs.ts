import { IsBoolean, IsInt, IsUUID, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { MAX_LEVEL, MIN_LEVEL } from "./skill-levels";

export const MAX_NOTE_LENGTH = 2000;
export const MAX_HISTORY = 100;
const levelMessage = { message: `Choose a level from ${MIN_LEVEL} (beginner) to ${MAX_LEVEL} (expert).` };

@InputType({
  description: "Rates yourself (SELF) or someone you manage at any level (MANAGER); the history is kept.",
})
export class RateSkillInput {
  @Field(() => ID)
  @IsUUID("all", { message: "employeeId must be an employee id." })
  employeeId: string;

  @Field(() => ID)
  @IsUUID("all", { message: "skillId must be a skill id." })
  skillId: string;

  @Field(() => Int, { description: `${MIN_LEVEL} (beginner) to ${MAX_LEVEL} (expert).` })
  @IsInt(levelMessage)
  @Min(MIN_LEVEL, levelMessage)
  @Max(MAX_LEVEL, levelMessage)
  level: number;

  @Field({ defaultValue: "", description: "Why this level: an example, what would raise it." })
  @MaxLength(MAX_NOTE_LENGTH, { message: `Keep the note under ${MAX_NOTE_LENGTH} characters.` })
  note: string;
}

@InputType({
  description: "Marks (true) or unmarks (false) a skill as a growth area, for yourself or a report.",
})
export class SetGrowthAreaInput {
  @Field(() => ID)
  @IsUUID("all", { message: "employeeId must be an employee id." })
  employeeId: string;

  @Field(() => ID)
  @IsUUID("all", { message: "skillId must be a skill id." })
  skillId: string;

  @Field()
  @IsBoolean()
  growthArea: boolean;
}

@ArgsType()
export class SkillHistoryArgs {
  @Field(() => Int, { defaultValue: 10, description: `How many ratings, newest first, 1 to ${MAX_HISTORY}.` })
  @Min(1)
  @Max(MAX_HISTORY)
  first: number;
}
