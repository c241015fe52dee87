import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PageArgs } from "../../common/connection";
import type { Context } from "../../context";
import { Goal } from "../goal/goal.entity";
import { progressHistory } from "./check-in.history";
import { CheckInConnection, ProgressPoint } from "./check-in.types";

/** `Goal.checkIns` and `Goal.progressHistory`: the goal itself is one the viewer may see. */
@Resolver(() => Goal)
@Authorized()
export class GoalCheckInsResolver {
  @FieldResolver(() => CheckInConnection, { description: "Newest first." })
  checkIns(@Root() goal: Goal, @Args() page: PageArgs, @Ctx() { loaders }: Context) {
    return loaders.checkInsByGoal.load({ goalId: goal.id, first: page.first, after: page.after ?? null });
  }

  @FieldResolver(() => [ProgressPoint], {
    description: "For a chart, oldest first: the start, each check-in, and now for an active goal.",
  })
  async progressHistory(@Root() goal: Goal, @Ctx() { loaders }: Context): Promise<ProgressPoint[]> {
    const [keyResults, checkIns] = await Promise.all([
      loaders.keyResultsByGoal.load(goal.id),
      loaders.checkInPointsByGoal.load(goal.id),
    ]);
    return progressHistory(goal, keyResults, checkIns, new Date());
  }
}
