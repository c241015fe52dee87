import { Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { forbidden } from "../../errors";
import { Employee } from "../employee/employee.entity";
import { Goal } from "../goal/goal.entity";
import { loadGrowthSummary } from "./load-growth-summary";
import { GrowthSummary, TeamMember, TrackedGoal } from "./team.types";

@Resolver(() => TeamMember)
@Authorized()
export class TeamMemberResolver {
  @FieldResolver(() => GrowthSummary)
  async summary(@Root() member: TeamMember, @Ctx() { loaders }: Context): Promise<GrowthSummary> {
    const summary = await loadGrowthSummary(loaders, member.employee.id);
    // Whoever may open a team may see every member's summary (access/team.access.ts): same rule.
    if (!summary) throw forbidden("You may not see this person's growth summary.");
    return summary;
  }

  @FieldResolver(() => [TrackedGoal], { description: "Their active and submitted goals, by due date." })
  goals(@Root() member: TeamMember, @Ctx() { loaders }: Context): Promise<TrackedGoal[]> {
    return loaders.trackedGoalsByOwner.load(member.employee.id);
  }
}

@Resolver(() => TrackedGoal)
@Authorized()
export class TrackedGoalResolver {
  @FieldResolver(() => Employee, { nullable: true, description: "Null when the owner left (except for HR)." })
  owner(@Root() goal: TrackedGoal, @Ctx() { loaders }: Context) {
    return loaders.employeeById.load(goal.ownerId);
  }

  @FieldResolver(() => Goal, { description: "The goal itself: key results, skills, approval…" })
  goal(@Root() goal: TrackedGoal, @Ctx() { loaders }: Context): Goal {
    // Read under the same access rule as goalById, so a later `goal(id:)` in the request reuses it.
    loaders.goalById.prime(goal.id, goal.entity);
    return goal.entity;
  }
}
