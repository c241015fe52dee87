import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { Employee } from "../employee/employee.entity";
import { Goal } from "../goal/goal.entity";
import { PlanItemsArgs } from "./plan.inputs";
import { DevelopmentPlan, PlanItemConnection } from "./plan.types";
import { PlanItem } from "./plan-item.entity";

/** `Employee.developmentPlan`: null for a viewer who may not see it (access/plan.access.ts). */
@Resolver(() => Employee)
@Authorized()
export class EmployeePlanResolver {
  @FieldResolver(() => DevelopmentPlan, {
    nullable: true,
    description:
      "This person's development plan; null unless you are them, above them, their active mentor or HR.",
  })
  developmentPlan(@Root() employee: Employee, @Ctx() { loaders }: Context) {
    return loaders.developmentPlan.load(employee.id);
  }
}

@Resolver(() => DevelopmentPlan)
@Authorized()
export class DevelopmentPlanResolver {
  @FieldResolver(() => PlanItemConnection, {
    description: "The items by due date (undated last), then creation.",
  })
  items(@Root() plan: DevelopmentPlan, @Args() args: PlanItemsArgs, @Ctx() { loaders }: Context) {
    return loaders.planItemsPage.load({
      employeeId: plan.employeeId,
      status: args.status ?? null,
      first: args.first,
      after: args.after ?? null,
    });
  }
}

/** `Goal.planItems`: the plan items serving a goal, if you may see its owner's plan. */
@Resolver(() => Goal)
@Authorized()
export class GoalPlanItemsResolver {
  @FieldResolver(() => [PlanItem], {
    description: "Plan items that serve this goal; empty unless you may see the owner's development plan.",
  })
  planItems(@Root() goal: Goal, @Ctx() { loaders }: Context) {
    return loaders.planItemsByGoal.load(goal.id);
  }
}
