import { ArrayMinSize, ArrayUnique, IsDate, IsOptional, Length, MaxLength } from "class-validator";
import { Field, InputType, ObjectType } from "type-graphql";
import { Employee } from "../modules/employee/employee.entity";
import { ApiToken } from "./api-token.entity";
import { ApiScope } from "./scopes";

@InputType()
export class LoginInput {
  @Field()
  @MaxLength(254)
  email: string;

  @Field()
  @MaxLength(200)
  password: string;
}

@ObjectType()
export class LoginPayload {
  @Field({ description: "Send it as `Authorization: Bearer <token>`. Shown only now." })
  token: string;

  @Field()
  expiresAt: Date;

  @Field(() => Employee)
  employee: Employee;
}

@InputType()
export class CreateApiTokenInput {
  @Field({ description: "What the token is for, e.g. 'Workday sync'." })
  @Length(1, 100)
  name: string;

  @Field(() => [ApiScope])
  @ArrayMinSize(1, { message: "Choose at least one scope." })
  @ArrayUnique()
  scopes: ApiScope[];

  @Field(() => Date, { nullable: true, description: "Leave empty for a token that does not expire." })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;
}

@ObjectType()
export class CreatedApiToken {
  @Field({ description: "The secret. It is shown only once and can't be recovered." })
  token: string;

  @Field(() => ApiToken)
  apiToken: ApiToken;
}
