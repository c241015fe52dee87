import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { planAccess } from "../../access";
import type { Context } from "../../context";
import { Employee } from "../employee/employee.entity";
import { Goal } from "../goal/goal.entity";
import { Skill } from "../skill/skill.entity";
import {
  CreatePlanItemInput,
  DeletePlanItemInput,
  SetPlanItemStatusInput,
  UpdatePlanItemInput,
} from "./plan.inputs";
import { isPlanItemOverdue } from "./plan.rows";
import { PlanItem } from "./plan-item.entity";

/** Plan items are only reached through a plan the viewer may see (access/plan.access.ts). */
@Resolver(() => PlanItem)
@Authorized()
export class PlanItemResolver {
  @FieldResolver(() => Employee, { nullable: true, description: "Whose plan it belongs to." })
  employee(@Root() item: PlanItem, @Ctx() { loaders }: Context) {
    return loaders.employeeById.load(item.employeeId);
  }

  @FieldResolver(() => Skill, { nullable: true, description: "The skill it develops." })
  skill(@Root() item: PlanItem, @Ctx() { loaders }: Context) {
    return item.skillId ? loaders.skillById.load(item.skillId) : null;
  }

  @FieldResolver(() => Goal, { nullable: true, description: "The goal it serves, if you may see that goal." })
  goal(@Root() item: PlanItem, @Ctx() { loaders }: Context) {
    return item.goalId ? loaders.goalById.load(item.goalId) : null;
  }

  @FieldResolver(() => Boolean, { description: "Past its due date and neither done nor dropped." })
  overdue(@Root() item: PlanItem): boolean {
    return isPlanItemOverdue(item);
  }

  @FieldResolver(() => Boolean, { description: "Whether you may change this item (it is in your plan)." })
  viewerCanEdit(@Root() item: PlanItem, @Ctx() { viewer }: Context): boolean {
    return planAccess.canWrite(viewer!, item.employeeId);
  }

  @Mutation(() => PlanItem, { description: "Adds an item to your own development plan." })
  createPlanItem(@Arg("input") input: CreatePlanItemInput, @Ctx() { viewer, services, requestId }: Context) {
    return services.plans.create(viewer!, input, requestId);
  }

  @Mutation(() => PlanItem, { description: "Fails with CONFLICT when `version` is not the current one." })
  updatePlanItem(@Arg("input") input: UpdatePlanItemInput, @Ctx() { viewer, services, requestId }: Context) {
    return services.plans.update(viewer!, input, requestId);
  }

  @Mutation(() => PlanItem, {
    description: "Moves an item to a status; DONE needs a reflection (`input.reflection`).",
  })
  setPlanItemStatus(
    @Arg("input") input: SetPlanItemStatusInput,
    @Ctx() { viewer, services, requestId }: Context,
  ) {
    return services.plans.setStatus(viewer!, input, requestId);
  }

  @Mutation(() => ID, { description: "Removes an item from your plan; returns its id." })
  deletePlanItem(@Arg("input") input: DeletePlanItemInput, @Ctx() { viewer, services, requestId }: Context) {
    return services.plans.delete(viewer!, input, requestId);
  }
}
