import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { GoalStatus } from "../goal/goal.entity";
import { goalFigures } from "./growth-summary";
import { type MemberGoals, needsAttention } from "./needs-attention";
import { AttentionItem, SkillMatrix, TeamOverview, TeamScope, TeamTotals, TrackedGoal } from "./team.types";

async function memberGoals(overview: TeamOverview, { loaders }: Context): Promise<MemberGoals[]> {
  const goals = await loaders.trackedGoalsByOwner.loadMany(overview.members.map((m) => m.employee.id));
  return overview.members.map(({ employee }, index) => {
    const mine = goals[index];
    if (mine instanceof Error) throw mine;
    return { employee, goals: mine };
  });
}

@Resolver(() => TeamOverview)
@Authorized()
export class TeamResolver {
  @Query(() => TeamOverview, {
    description:
      "A manager's team as the dashboard shows it. For the manager, the managers above them and HR; FORBIDDEN otherwise.",
  })
  async teamOverview(
    @Arg("managerId", () => ID) managerId: string,
    @Arg("scope", () => TeamScope, { defaultValue: TeamScope.DIRECT }) scope: TeamScope,
    @Ctx() { viewer, services, loaders }: Context,
  ): Promise<TeamOverview> {
    const overview = await services.team.overview(viewer!, managerId, scope);
    // Owners of the members' goals are the members: no statement to read them again.
    for (const person of [overview.manager, ...overview.members.map((m) => m.employee)]) {
      loaders.employeeById.prime(person.id, person);
    }
    return overview;
  }

  @FieldResolver(() => [AttentionItem], {
    description:
      "Goals and people to look at: off track, overdue, stale, waiting for approval, at risk, idle.",
  })
  async needsAttention(@Root() overview: TeamOverview, @Ctx() context: Context): Promise<AttentionItem[]> {
    return needsAttention(await memberGoals(overview, context), new Date());
  }

  @FieldResolver(() => [TrackedGoal], {
    description: "Members' goals waiting for approval, longest waiting first. The manager may approve each.",
  })
  async approvalsWaiting(@Root() overview: TeamOverview, @Ctx() context: Context): Promise<TrackedGoal[]> {
    const goals = (await memberGoals(overview, context)).flatMap((member) => member.goals);
    return goals
      .filter((goal) => goal.status === GoalStatus.PENDING_APPROVAL)
      .sort((a, b) => (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0));
  }

  @FieldResolver(() => SkillMatrix)
  skillMatrix(@Root() overview: TeamOverview, @Ctx() { viewer, services }: Context): Promise<SkillMatrix> {
    return services.team.skillMatrix(
      viewer!,
      overview.members.map((member) => member.employee),
    );
  }

  @FieldResolver(() => TeamTotals)
  async totals(@Root() overview: TeamOverview, @Ctx() context: Context): Promise<TeamTotals> {
    const goals = (await memberGoals(overview, context)).flatMap((member) => member.goals);
    return Object.assign(new TeamTotals(), { members: overview.members.length, ...goalFigures(goals) });
  }
}
