import { IsInt, IsISO8601, IsOptional, IsUrl, IsUUID, Length, Matches, Min } from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { PageArgs } from "../../common/connection";
import { PlanItemKind, PlanItemStatus } from "./plan-item.entity";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateMessage = { message: "Enter a date as YYYY-MM-DD." };
const linkMessage = { message: "Enter a web address starting with http:// or https://." };
const titleMessage = { message: "Give the item a title of 1 to 200 characters." };
const URL_OPTIONS = { protocols: ["http", "https"], require_protocol: true, require_tld: false };

@ArgsType()
export class PlanItemsArgs extends PageArgs {
  @Field(() => PlanItemStatus, { nullable: true })
  @IsOptional()
  status?: PlanItemStatus | null;
}

@InputType({ description: "A new item of your own development plan, PLANNED." })
export class CreatePlanItemInput {
  @Field(() => PlanItemKind)
  kind: PlanItemKind;

  @Field()
  @Matches(/\S/, titleMessage)
  @Length(1, 200, titleMessage)
  title: string;

  @Field(() => String, { nullable: true, description: "An http(s) address: the course, the book, the doc." })
  @IsOptional()
  @Length(1, 2000, linkMessage)
  @IsUrl(URL_OPTIONS, linkMessage)
  link?: string | null;

  @Field(() => ID, { nullable: true, description: "The skill it develops, from the catalog." })
  @IsOptional()
  @IsUUID("all", { message: "skillId must be a skill id." })
  skillId?: string | null;

  @Field(() => ID, { nullable: true, description: "One of your own goals it contributes to." })
  @IsOptional()
  @IsUUID("all", { message: "goalId must be a goal id." })
  goalId?: string | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD." })
  @IsOptional()
  @Matches(DATE, dateMessage)
  @IsISO8601({ strict: true }, dateMessage)
  dueDate?: string | null;
}

@InputType({
  description: "Only the given fields change; `clear…` removes a value. `version` must be the one you read.",
})
export class UpdatePlanItemInput {
  @Field(() => ID)
  @IsUUID("all", { message: "id must be a plan item id." })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => PlanItemKind, { nullable: true })
  @IsOptional()
  kind?: PlanItemKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/\S/, titleMessage)
  @Length(1, 200, titleMessage)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000, linkMessage)
  @IsUrl(URL_OPTIONS, linkMessage)
  link?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  clearLink?: boolean | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "skillId must be a skill id." })
  skillId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  clearSkill?: boolean | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "goalId must be a goal id." })
  goalId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  clearGoal?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, dateMessage)
  @IsISO8601({ strict: true }, dateMessage)
  dueDate?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  clearDueDate?: boolean | null;
}

@InputType({ description: "Moves an item to `status`; DONE needs a reflection." })
export class SetPlanItemStatusInput {
  @Field(() => ID)
  @IsUUID("all", { message: "id must be a plan item id." })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => PlanItemStatus)
  status: PlanItemStatus;

  @Field(() => String, { nullable: true, description: "What you took from it; required for DONE." })
  @IsOptional()
  @Length(0, 4000)
  reflection?: string | null;
}

@InputType()
export class DeletePlanItemInput {
  @Field(() => ID)
  @IsUUID("all", { message: "id must be a plan item id." })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}
