import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PageArgs } from "../../common/connection";
import type { Context } from "../../context";
import { Employee } from "../employee/employee.entity";
import { CheckInKind } from "./check-in.entity";
import { CheckInConnection } from "./check-in.types";

/** The dashboards' wins and setbacks: check-ins on this person's goals you may see, newest first. */
@Resolver(() => Employee)
@Authorized()
export class EmployeeCheckInsResolver {
  @FieldResolver(() => CheckInConnection, {
    description: "WIN check-ins on this person's goals you may see.",
  })
  wins(@Root() employee: Employee, @Args() page: PageArgs, @Ctx() { loaders }: Context) {
    return loaders.checkInsByOwnerAndKind.load({
      ownerId: employee.id,
      kind: CheckInKind.WIN,
      first: page.first,
      after: page.after ?? null,
    });
  }

  @FieldResolver(() => CheckInConnection, {
    description: "SETBACK check-ins (with their lessons) on this person's goals you may see.",
  })
  setbacks(@Root() employee: Employee, @Args() page: PageArgs, @Ctx() { loaders }: Context) {
    return loaders.checkInsByOwnerAndKind.load({
      ownerId: employee.id,
      kind: CheckInKind.SETBACK,
      first: page.first,
      after: page.after ?? null,
    });
  }
}
