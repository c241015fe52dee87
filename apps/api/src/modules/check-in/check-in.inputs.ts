import {
  ArrayMaxSize,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from "class-validator";
import { Field, Float, ID, InputType, Int } from "type-graphql";
import { MAX_KEY_RESULTS } from "../goal/goal.inputs";
import { CheckInKind } from "./check-in.entity";

@InputType({ description: "The new current value of one of the goal's key results." })
export class CheckInValueInput {
  @Field(() => ID)
  @IsUUID("all", { message: "keyResultId must be a key result id." })
  keyResultId: string;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: "Enter a number." })
  value: number;
}

@InputType({ description: "A check-in on an active goal of yours." })
export class RecordCheckInInput {
  @Field(() => ID)
  @IsUUID("all", { message: "goalId must be a goal id." })
  goalId: string;

  @Field(() => Int, {
    nullable: true,
    description: "The goal's version you read; when given, a newer version answers CONFLICT.",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  goalVersion?: number | null;

  @Field(() => [CheckInValueInput], {
    defaultValue: [],
    description: "Values for any of the goal's key results; the others keep theirs.",
  })
  @ArrayMaxSize(MAX_KEY_RESULTS)
  @ValidateNested({ each: true })
  values: CheckInValueInput[];

  @Field(() => Int, { description: "How sure you are to reach the goal, 0–10." })
  @IsInt({ message: "Confidence is a whole number from 0 to 10." })
  @Min(0, { message: "Confidence is a whole number from 0 to 10." })
  @Max(10, { message: "Confidence is a whole number from 0 to 10." })
  confidence: number;

  @Field(() => CheckInKind, { defaultValue: CheckInKind.UPDATE })
  kind: CheckInKind;

  @Field({ defaultValue: "" })
  @Length(0, 4000)
  note: string;

  @Field(() => String, { nullable: true, description: "What you learned; required for a setback." })
  @IsOptional()
  @Length(0, 2000)
  lesson?: string | null;
}

@InputType()
export class AddCheckInCommentInput {
  @Field(() => ID)
  @IsUUID("all", { message: "checkInId must be a check-in id." })
  checkInId: string;

  @Field()
  @Matches(/\S/, { message: "Write a comment first." })
  @Length(1, 2000)
  body: string;
}
