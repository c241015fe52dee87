import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { FeedbackRelationship } from "./feedback-request.entity";
import { MIN_ANONYMITY_THRESHOLD } from "./feedback-round.entity";

export const MAX_ROUND_SKILLS = 12;
export const MAX_QUESTIONS = 10;
export const MAX_NOMINATIONS = 30;
export const MAX_ANONYMITY_THRESHOLD = 20;
export const DEFAULT_QUESTIONS = ["What should they keep doing?", "What could they do differently?"];

const thresholdMessage = {
  message: `The anonymity threshold is at least ${MIN_ANONYMITY_THRESHOLD}: fewer answers could identify people.`,
};

@InputType({ description: "A new 360 round, as a draft. Empty fields take the defaults." })
export class CreateFeedbackRoundInput {
  @Field(() => ID, { nullable: true, description: "Whom the round is about; yourself when empty." })
  @IsOptional()
  @IsUUID("all", { message: "subjectId must be an employee id." })
  subjectId?: string | null;

  @Field(() => String, { nullable: true, description: "“360 feedback for <name>” when empty." })
  @IsOptional()
  @Length(1, 200)
  title?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Skills to rate; when empty, the subject's growth areas and strengths, else their goals' skills.",
  })
  @IsOptional()
  @ArrayMaxSize(MAX_ROUND_SKILLS)
  @IsUUID("all", { each: true, message: "skillIds must be skill ids." })
  skillIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      "Open questions; when empty, what they should keep doing and what they could do differently.",
  })
  @IsOptional()
  @ArrayMaxSize(MAX_QUESTIONS)
  @Length(1, 500, { each: true })
  questions?: string[] | null;

  @Field({ description: "When the round closes by itself (in the future, within a year)." })
  closesAt: Date;

  @Field(() => Int, { defaultValue: MIN_ANONYMITY_THRESHOLD })
  @IsInt()
  @Min(MIN_ANONYMITY_THRESHOLD, thresholdMessage)
  @Max(MAX_ANONYMITY_THRESHOLD)
  anonymityThreshold: number;
}

@InputType({
  description: "One round for every active person of a department, or of the whole organization.",
})
export class LaunchFeedbackCycleInput {
  @Field(() => String, { nullable: true, description: "The department; the whole organization when empty." })
  @IsOptional()
  @Length(1, 200)
  department?: string | null;

  @Field()
  @Length(1, 200)
  title: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_QUESTIONS)
  @Length(1, 500, { each: true })
  questions?: string[] | null;

  @Field(() => [ID], {
    defaultValue: [],
    description: "Skills to rate for people with no growth areas, strengths or goal skills yet.",
  })
  @ArrayMaxSize(MAX_ROUND_SKILLS)
  @IsUUID("all", { each: true, message: "fallbackSkillIds must be skill ids." })
  fallbackSkillIds: string[];

  @Field()
  closesAt: Date;

  @Field(() => Int, { defaultValue: MIN_ANONYMITY_THRESHOLD })
  @IsInt()
  @Min(MIN_ANONYMITY_THRESHOLD, thresholdMessage)
  @Max(MAX_ANONYMITY_THRESHOLD)
  anonymityThreshold: number;
}

@InputType({ description: "Changes to a round. Skills, questions and threshold change only in DRAFT." })
export class UpdateFeedbackRoundInput {
  @Field(() => ID)
  @IsUUID("all", { message: "id must be a feedback round id." })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: "Rate at least one skill." })
  @ArrayMaxSize(MAX_ROUND_SKILLS)
  @IsUUID("all", { each: true, message: "skillIds must be skill ids." })
  skillIds?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_QUESTIONS)
  @Length(1, 500, { each: true })
  questions?: string[] | null;

  @Field(() => Date, { nullable: true, description: "May also move while the round is open." })
  @IsOptional()
  closesAt?: Date | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(MIN_ANONYMITY_THRESHOLD, thresholdMessage)
  @Max(MAX_ANONYMITY_THRESHOLD)
  anonymityThreshold?: number | null;
}

const NOMINATED = [
  FeedbackRelationship.PEER,
  FeedbackRelationship.DIRECT_REPORT,
  FeedbackRelationship.MENTOR,
  FeedbackRelationship.OTHER,
];

@InputType()
export class NominationInput {
  @Field(() => ID)
  @IsUUID("all", { message: "employeeId must be an employee id." })
  employeeId: string;

  @Field(() => FeedbackRelationship, {
    description: "PEER, DIRECT_REPORT, MENTOR or OTHER: self and manager are asked automatically.",
  })
  @IsIn(NOMINATED, {
    message:
      "Nominate reviewers as PEER, DIRECT_REPORT, MENTOR or OTHER; self and manager are asked automatically.",
  })
  relationship: FeedbackRelationship;
}

@InputType()
export class NominateFeedbackReviewersInput {
  @Field(() => ID)
  @IsUUID("all", { message: "roundId must be a feedback round id." })
  roundId: string;

  @Field(() => [NominationInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_NOMINATIONS)
  @ValidateNested({ each: true })
  reviewers: NominationInput[];
}

@InputType()
export class FeedbackRequestIdInput {
  @Field(() => ID)
  @IsUUID("all", { message: "requestId must be a feedback request id." })
  requestId: string;
}

@InputType()
export class FeedbackRoundIdInput {
  @Field(() => ID)
  @IsUUID("all", { message: "roundId must be a feedback round id." })
  roundId: string;
}

@InputType()
export class FeedbackRoundTransitionInput {
  @Field(() => ID)
  @IsUUID("all", { message: "id must be a feedback round id." })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class FeedbackRatingInput {
  @Field(() => ID)
  @IsUUID("all", { message: "skillId must be a skill id." })
  skillId: string;

  @Field(() => Int, { nullable: true, description: "1–5, or empty for “can't say”." })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  level?: number | null;
}

@InputType()
export class FeedbackAnswerInput {
  @Field(() => Int, { description: "The question's position in the round's `questions`." })
  @IsInt()
  @Min(0)
  questionIndex: number;

  @Field()
  @Length(0, 4000)
  text: string;
}

@InputType({ description: "Your answers; submitting again replaces them, until the round closes." })
export class SubmitFeedbackInput {
  @Field(() => ID)
  @IsUUID("all", { message: "requestId must be a feedback request id." })
  requestId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => [FeedbackRatingInput], { defaultValue: [] })
  @ArrayMaxSize(MAX_ROUND_SKILLS)
  @ValidateNested({ each: true })
  ratings: FeedbackRatingInput[];

  @Field(() => [FeedbackAnswerInput], { defaultValue: [] })
  @ArrayMaxSize(MAX_QUESTIONS)
  @ValidateNested({ each: true })
  answers: FeedbackAnswerInput[];
}

@InputType()
export class DeclineFeedbackRequestInput {
  @Field(() => ID)
  @IsUUID("all", { message: "requestId must be a feedback request id." })
  requestId: string;

  @Field({
    description: "Shown with your name to whoever chases answers, e.g. “We haven't worked together”.",
  })
  @Length(1, 500)
  reason: string;
}
