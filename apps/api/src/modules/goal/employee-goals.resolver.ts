import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { Employee } from "../employee/employee.entity";
import { GoalConnection } from "./goal.connection";
import { EmployeeGoalsArgs } from "./goal.inputs";

/** `Employee.goals`: only the goals the viewer may see are listed or counted (access/goal.access.ts). */
@Resolver(() => Employee)
@Authorized()
export class EmployeeGoalsResolver {
  @FieldResolver(() => GoalConnection, { description: "This person's goals you may see, newest first." })
  goals(@Root() employee: Employee, @Args() args: EmployeeGoalsArgs, @Ctx() { loaders }: Context) {
    return loaders.goalsByOwner.load({
      ownerId: employee.id,
      status: args.status ?? null,
      first: args.first,
      after: args.after ?? null,
    });
  }
}
