import { Field, Float, ObjectType } from "type-graphql";
import { ConnectionType } from "../../common/connection";
import { CheckIn } from "./check-in.entity";

export const CheckInConnection = ConnectionType("CheckIn", CheckIn);

@ObjectType({ description: "One point of a goal's progress chart." })
export class ProgressPoint {
  @Field({ description: "When: the goal's start, a check-in, or now." })
  date: Date;

  @Field(() => Float, { description: "0–1: the goal's progress at that moment." })
  progress: number;

  @Field(() => Float, {
    nullable: true,
    description: "0–1: where the goal should be by then; null without a due date.",
  })
  expectedProgress: number | null;
}
