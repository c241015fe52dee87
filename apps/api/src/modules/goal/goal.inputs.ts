import {
  ArrayMaxSize,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Min,
  ValidateNested,
} from "class-validator";
import { ArgsType, Field, Float, ID, InputType, Int } from "type-graphql";
import { PageArgs } from "../../common/connection";
import { GoalStatus, GoalVisibility } from "./goal.entity";

export const MAX_KEY_RESULTS = 10;
export const MAX_SKILLS = 10;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateMessage = { message: "Enter a date as YYYY-MM-DD." };

@ArgsType()
export class EmployeeGoalsArgs extends PageArgs {
  @Field(() => GoalStatus, { nullable: true })
  @IsOptional()
  status?: GoalStatus | null;
}

@InputType()
export class KeyResultInput {
  @Field()
  @Length(1, 200)
  title: string;

  @Field({ defaultValue: "" })
  @Length(0, 40)
  unit: string;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  startValue: number;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  targetValue: number;

  @Field(() => Float, { nullable: true, description: "Defaults to the start value." })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  currentValue?: number | null;

  @Field(() => Float, { nullable: true, description: "Relative weight; leave empty for equal weights." })
  @IsOptional()
  @Min(0)
  weight?: number | null;
}

@InputType({ description: "A new goal of the signed-in person, as a draft." })
export class CreateGoalInput {
  @Field()
  @Length(1, 200)
  title: string;

  @Field({ defaultValue: "" })
  @Length(0, 4000)
  description: string;

  @Field(() => GoalVisibility, { defaultValue: GoalVisibility.TEAM })
  visibility: GoalVisibility;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD; today when empty." })
  @IsOptional()
  @Matches(DATE, dateMessage)
  @IsISO8601({ strict: true }, dateMessage)
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD." })
  @IsOptional()
  @Matches(DATE, dateMessage)
  @IsISO8601({ strict: true }, dateMessage)
  dueDate?: string | null;

  @Field(() => ID, { nullable: true, description: "A goal this one contributes to." })
  @IsOptional()
  @IsUUID("all", { message: "parentGoalId must be a goal id." })
  parentGoalId?: string | null;

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(MAX_SKILLS)
  @IsUUID("all", { each: true, message: "skillIds must be skill ids." })
  skillIds: string[];

  @Field(() => [KeyResultInput], { defaultValue: [] })
  @ArrayMaxSize(MAX_KEY_RESULTS)
  @ValidateNested({ each: true })
  keyResults: KeyResultInput[];
}

@InputType({ description: "Only the given fields change. `version` must be the one you read." })
export class UpdateGoalInput {
  @Field(() => ID)
  @IsUUID("all", { message: "id must be a goal id." })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 4000)
  description?: string | null;

  @Field(() => GoalVisibility, { nullable: true })
  @IsOptional()
  visibility?: GoalVisibility | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, dateMessage)
  @IsISO8601({ strict: true }, dateMessage)
  startDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, dateMessage)
  @IsISO8601({ strict: true }, dateMessage)
  dueDate?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  clearDueDate?: boolean | null;

  @Field(() => ID, { nullable: true, description: "The new parent goal; use `clearParent` to remove it." })
  @IsOptional()
  @IsUUID("all", { message: "parentGoalId must be a goal id." })
  parentGoalId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  clearParent?: boolean | null;

  @Field(() => [ID], { nullable: true, description: "Replaces the linked skills." })
  @IsOptional()
  @ArrayMaxSize(MAX_SKILLS)
  @IsUUID("all", { each: true, message: "skillIds must be skill ids." })
  skillIds?: string[] | null;
}

@InputType({ description: "A status change of a goal at `version`." })
export class GoalTransitionInput {
  @Field(() => ID)
  @IsUUID("all", { message: "id must be a goal id." })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class ApproveGoalInput extends GoalTransitionInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  comment?: string | null;
}

@InputType()
export class SendBackGoalInput extends GoalTransitionInput {
  @Field({ description: "What to change before submitting again." })
  @Matches(/\S/, { message: "Say what should change before the goal is submitted again." })
  @Length(1, 2000)
  comment: string;
}

@InputType()
export class AddKeyResultInput extends KeyResultInput {
  @Field(() => ID)
  @IsUUID("all", { message: "goalId must be a goal id." })
  goalId: string;

  @Field(() => Int, { description: "The goal's version." })
  @IsInt()
  @Min(1)
  goalVersion: number;
}

@InputType({ description: "Only the given fields change. `version` is the key result's." })
export class UpdateKeyResultInput {
  @Field(() => ID)
  @IsUUID("all", { message: "id must be a key result id." })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 40)
  unit?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  startValue?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  targetValue?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  currentValue?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  weight?: number | null;
}

@InputType()
export class RemoveKeyResultInput {
  @Field(() => ID)
  @IsUUID("all", { message: "id must be a key result id." })
  id: string;

  @Field(() => Int, { description: "The goal's version." })
  @IsInt()
  @Min(1)
  goalVersion: number;
}
