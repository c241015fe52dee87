import { Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { Employee } from "../employee/employee.entity";
import { loadGrowthSummary } from "./load-growth-summary";
import { GrowthSummary } from "./team.types";

@Resolver(() => Employee)
@Authorized()
export class EmployeeGrowthResolver {
  @FieldResolver(() => GrowthSummary, {
    nullable: true,
    description: "Null unless you are this person, one of their managers (any level) or HR.",
  })
  growthSummary(@Root() employee: Employee, @Ctx() { loaders }: Context): Promise<GrowthSummary | null> {
    return loadGrowthSummary(loaders, employee.id);
  }
}
