import { Field, Float, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../../common/connection";
import { PlanItem } from "./plan-item.entity";

export const PlanItemConnection = ConnectionType("PlanItem", PlanItem);

@ObjectType({ description: "An employee's development plan with its completion figures." })
export class DevelopmentPlan {
  /** Whose plan it is; `items` pages through it. */
  employeeId: string;

  @Field(() => Int, { description: "All items, whatever their status." })
  total: number;

  @Field(() => Int)
  planned: number;

  @Field(() => Int)
  inProgress: number;

  @Field(() => Int)
  done: number;

  @Field(() => Int)
  dropped: number;

  @Field(() => Float, {
    nullable: true,
    description: "0–1: done ÷ (total − dropped); null when no item counts (none, or all dropped).",
  })
  completion: number | null;

  @Field(() => Int, { description: "Items past their due date that are neither done nor dropped." })
  overdueCount: number;
}

export function completionOf(counts: { total: number; done: number; dropped: number }): number | null {
  const counted = counts.total - counts.dropped;
  return counted > 0 ? counts.done / counted : null;
}
