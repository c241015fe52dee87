import { IsInt, IsUUID, Length } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";

@InputType()
export class CreateSkillInput {
  @Field()
  @Length(2, 80, { message: "A skill name has 2 to 80 characters." })
  name: string;

  @Field({ defaultValue: "" })
  @Length(0, 60)
  category: string;

  @Field({ defaultValue: "" })
  @Length(0, 500)
  description: string;
}

@InputType({ description: "Only the given fields change." })
export class UpdateSkillInput {
  @Field(() => ID)
  @IsUUID("all", { message: "id must be a skill id." })
  id: string;

  @Field(() => Int)
  @IsInt()
  version: number;

  @Field(() => String, { nullable: true })
  @Length(2, 80, { message: "A skill name has 2 to 80 characters." })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, 60)
  category?: string | null;

  @Field(() => String, { nullable: true })
  @Length(0, 500)
  description?: string | null;
}
