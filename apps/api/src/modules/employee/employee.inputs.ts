import { IsEmail, IsInt, IsOptional, IsUUID, Length, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { Role } from "./employee.entity";

@InputType({ description: "Narrows the directory. All given filters apply together." })
export class EmployeeFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  department?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this manager's direct reports." })
  @IsOptional()
  @IsUUID()
  managerId?: string | null;

  @Field(() => String, { nullable: true, description: "Matches name, email or title, ignoring case." })
  @IsOptional()
  @Length(1, 100)
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Include people who left (HR only)." })
  @IsOptional()
  includeInactive?: boolean | null;
}

@InputType()
export class CreateEmployeeInput {
  @Field()
  @Length(1, 200)
  name: string;

  @Field()
  @IsEmail({}, { message: "Enter a valid email address." })
  @Length(3, 254)
  email: string;

  @Field({ defaultValue: "" })
  @Length(0, 200)
  title: string;

  @Field({ defaultValue: "" })
  @Length(0, 100)
  department: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "managerId must be an employee id." })
  managerId?: string | null;

  @Field(() => Role, { defaultValue: Role.EMPLOYEE })
  role: Role;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  externalId?: string | null;
}

@InputType({ description: "Only the given fields change. `version` must be the one you read." })
export class UpdateEmployeeInput {
  @Field(() => ID)
  @IsUUID("all", { message: "id must be an employee id." })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: "Enter a valid email address." })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 100)
  department?: string | null;

  @Field(() => ID, { nullable: true, description: "The new manager; use `clearManager` to remove one." })
  @IsOptional()
  @IsUUID("all", { message: "managerId must be an employee id." })
  managerId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  clearManager?: boolean | null;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  role?: Role | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  active?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  externalId?: string | null;
}
