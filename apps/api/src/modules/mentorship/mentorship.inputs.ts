import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Length, Min } from "class-validator";
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { PageArgs } from "../../common/connection";
import { MentorshipStatus } from "./mentorship.entity";

export const MAX_FOCUS_SKILLS = 10;

export enum MentorshipRole {
  MENTOR = "MENTOR",
  MENTEE = "MENTEE",
}
registerEnumType(MentorshipRole, {
  name: "MentorshipRole",
  description: "Which side of a mentorship the person is on.",
});

@ArgsType()
export class EmployeeMentorshipsArgs extends PageArgs {
  @Field(() => MentorshipRole, { nullable: true, description: "Both sides when empty." })
  @IsOptional()
  role?: MentorshipRole | null;

  @Field(() => MentorshipStatus, { nullable: true })
  @IsOptional()
  status?: MentorshipStatus | null;
}

@InputType({ description: "Asks a colleague to mentor you." })
export class RequestMentorInput {
  @Field(() => ID)
  @IsUUID("all", { message: "mentorId must be an employee id." })
  mentorId: string;

  @Field(() => [ID], { defaultValue: [], description: "The skills you want to grow with their help." })
  @ArrayMaxSize(MAX_FOCUS_SKILLS, { message: `Choose at most ${MAX_FOCUS_SKILLS} focus skills.` })
  @IsUUID("all", { each: true, message: "focusSkillIds must be skill ids." })
  focusSkillIds: string[];

  @Field({ defaultValue: "", description: "Why them, and what you hope for." })
  @Length(0, 2000, { message: "Keep the message under 2000 characters." })
  message: string;
}

@InputType({ description: "A step of a mentorship at `version`." })
export class MentorshipTransitionInput {
  @Field(() => ID)
  @IsUUID("all", { message: "id must be a mentorship id." })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@InputType({ description: "The mentor's answer to a request, with an optional note." })
export class RespondMentorshipInput extends MentorshipTransitionInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000, { message: "Keep the answer under 2000 characters." })
  response?: string | null;
}
