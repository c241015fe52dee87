import { Field, ObjectType, registerEnumType } from "type-graphql";

export enum SmartCriterion {
  SPECIFIC = "SPECIFIC",
  MEASURABLE = "MEASURABLE",
  ACHIEVABLE = "ACHIEVABLE",
  RELEVANT = "RELEVANT",
  TIME_BOUND = "TIME_BOUND",
}
registerEnumType(SmartCriterion, { name: "SmartCriterion" });

export enum GoalHealth {
  ON_TRACK = "ON_TRACK",
  AT_RISK = "AT_RISK",
  OFF_TRACK = "OFF_TRACK",
}
registerEnumType(GoalHealth, {
  name: "GoalHealth",
  description: "How far progress lags behind the time elapsed (and the last check-in's confidence).",
});

@ObjectType({ description: "What to do next to meet one SMART criterion, written for the goal's owner." })
export class SmartHint {
  @Field(() => SmartCriterion)
  criterion: SmartCriterion;

  @Field()
  message: string;
}

@ObjectType({ description: "Which SMART criteria the goal meets, with a hint for each one it doesn't." })
export class SmartAssessment {
  @Field()
  specific: boolean;

  @Field()
  measurable: boolean;

  @Field({ description: "Agreed with the management chain: the goal was approved." })
  achievable: boolean;

  @Field()
  relevant: boolean;

  @Field()
  timeBound: boolean;

  @Field(() => [SmartHint])
  hints: SmartHint[];
}
