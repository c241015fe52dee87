import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { goalAccess } from "../../access";
import type { Context } from "../../context";
import { notFound } from "../../errors";
import { Employee } from "../employee/employee.entity";
import { Skill } from "../skill/skill.entity";
import { Goal, GoalStatus } from "./goal.entity";
import {
  AddKeyResultInput,
  ApproveGoalInput,
  CreateGoalInput,
  GoalTransitionInput,
  RemoveKeyResultInput,
  SendBackGoalInput,
  UpdateGoalInput,
  UpdateKeyResultInput,
} from "./goal.inputs";
import { expectedProgress, goalHealth, goalProgress, isOverdue, isStale } from "./goal.progress";
import { assessSmart } from "./goal.smart";
import { GoalHealth, SmartAssessment } from "./goal.types";
import { KeyResult } from "./key-result.entity";

/** Goals are not open to API tokens yet: no scope names them (auth/rules.ts). */
@Resolver(() => Goal)
@Authorized()
export class GoalResolver {
  @Query(() => Goal, { description: "A goal you may see; NOT_FOUND otherwise, whether or not it exists." })
  async goal(@Arg("id", () => ID) id: string, @Ctx() { loaders }: Context): Promise<Goal> {
    const goal = await loaders.goalById.load(id);
    if (!goal) throw notFound("This goal");
    return goal;
  }

  @FieldResolver(() => Employee, { nullable: true, description: "Null when the owner left (except for HR)." })
  owner(@Root() goal: Goal, @Ctx() { loaders }: Context) {
    return loaders.employeeById.load(goal.ownerId);
  }

  @FieldResolver(() => Goal, {
    nullable: true,
    description: "The goal this one contributes to, if you may see it.",
  })
  parent(@Root() goal: Goal, @Ctx() { loaders }: Context) {
    return goal.parentGoalId ? loaders.goalById.load(goal.parentGoalId) : null;
  }

  @FieldResolver(() => Employee, { nullable: true })
  approvedBy(@Root() goal: Goal, @Ctx() { loaders }: Context) {
    return goal.approvedById ? loaders.employeeById.load(goal.approvedById) : null;
  }

  @FieldResolver(() => [KeyResult])
  keyResults(@Root() goal: Goal, @Ctx() { loaders }: Context) {
    return loaders.keyResultsByGoal.load(goal.id);
  }

  @FieldResolver(() => [Skill], { description: "The skills this goal develops." })
  skills(@Root() goal: Goal, @Ctx() { loaders }: Context) {
    return loaders.skillsByGoal.load(goal.id);
  }

  @FieldResolver(() => SmartAssessment)
  async smart(@Root() goal: Goal, @Ctx() { loaders }: Context): Promise<SmartAssessment> {
    const [keyResults, skills] = await Promise.all([
      loaders.keyResultsByGoal.load(goal.id),
      loaders.skillsByGoal.load(goal.id),
    ]);
    return assessSmart({ ...goal, keyResults, skillCount: skills.length });
  }

  @FieldResolver(() => Float, { description: "0–1: the weighted mean of the key results' progress." })
  async progress(@Root() goal: Goal, @Ctx() { loaders }: Context): Promise<number> {
    return goalProgress(await loaders.keyResultsByGoal.load(goal.id));
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "0–1: the share of the time from start to due date that has passed; null without a due date.",
  })
  expectedProgress(@Root() goal: Goal): number | null {
    return expectedProgress(goal.startDate, goal.dueDate, new Date());
  }

  @FieldResolver(() => GoalHealth, {
    nullable: true,
    description: "Null unless the goal is active with a due date.",
  })
  async health(@Root() goal: Goal, @Ctx() { loaders }: Context): Promise<GoalHealth | null> {
    const progress = goalProgress(await loaders.keyResultsByGoal.load(goal.id));
    // goals.last_confidence is written by each check-in in its transaction.
    return goalHealth(
      goal.status,
      progress,
      expectedProgress(goal.startDate, goal.dueDate, new Date()),
      goal.lastConfidence,
    );
  }

  @FieldResolver(() => Boolean, { description: "Active and past its due date." })
  overdue(@Root() goal: Goal): boolean {
    return isOverdue(goal.status, goal.dueDate, new Date());
  }

  @FieldResolver(() => Boolean, {
    description: "Active and without a check-in (or any key result update) for 30 days.",
  })
  async stale(@Root() goal: Goal, @Ctx() { loaders }: Context): Promise<boolean> {
    const keyResults = await loaders.keyResultsByGoal.load(goal.id);
    return isStale(
      goal.status,
      [goal.approvedAt, goal.lastCheckInAt, ...keyResults.map((kr) => kr.updatedAt)],
      new Date(),
    );
  }

  @FieldResolver(() => Boolean, { description: "Whether you may edit this goal and its key results." })
  viewerCanEdit(@Root() goal: Goal, @Ctx() { viewer }: Context): boolean {
    return goalAccess.canEdit(viewer!, goal);
  }

  @FieldResolver(() => Boolean, { description: "Whether you may approve or send back this goal now." })
  async viewerCanApprove(@Root() goal: Goal, @Ctx() { viewer, loaders }: Context): Promise<boolean> {
    if (goal.status !== GoalStatus.PENDING_APPROVAL) return false;
    const chain = await loaders.managementChain.load(goal.ownerId);
    return goalAccess.canApprove(
      viewer!,
      goal,
      chain.map((e) => e.id),
    );
  }

  @Mutation(() => Goal, { description: "A new draft goal of yours." })
  createGoal(@Arg("input") input: CreateGoalInput, @Ctx() { viewer, services, requestId }: Context) {
    return services.goals.create(viewer!, input, requestId);
  }

  @Mutation(() => Goal, { description: "Fails with CONFLICT when `version` is not the current one." })
  updateGoal(@Arg("input") input: UpdateGoalInput, @Ctx() { viewer, services, requestId }: Context) {
    return services.goals.update(viewer!, input, requestId);
  }

  @Mutation(() => Goal, { description: "Asks your manager to approve; needs the goal to be S, M, R and T." })
  submitGoal(@Arg("input") input: GoalTransitionInput, @Ctx() { viewer, services, requestId }: Context) {
    return services.goals.submit(viewer!, input, requestId);
  }

  @Mutation(() => Goal, { description: "For the owner's management chain: activates a submitted goal." })
  approveGoal(@Arg("input") input: ApproveGoalInput, @Ctx() { viewer, services, requestId }: Context) {
    return services.goals.approve(viewer!, input, requestId);
  }

  @Mutation(() => Goal, { description: "For the owner's management chain: back to draft, with a comment." })
  sendBackGoal(@Arg("input") input: SendBackGoalInput, @Ctx() { viewer, services, requestId }: Context) {
    return services.goals.sendBack(viewer!, input, requestId);
  }

  @Mutation(() => Goal)
  completeGoal(@Arg("input") input: GoalTransitionInput, @Ctx() { viewer, services, requestId }: Context) {
    return services.goals.complete(viewer!, input, requestId);
  }

  @Mutation(() => Goal)
  abandonGoal(@Arg("input") input: GoalTransitionInput, @Ctx() { viewer, services, requestId }: Context) {
    return services.goals.abandon(viewer!, input, requestId);
  }

  @Mutation(() => Goal, { description: "Returns the goal, with its new version." })
  addKeyResult(@Arg("input") input: AddKeyResultInput, @Ctx() { viewer, services, requestId }: Context) {
    return services.keyResults.add(viewer!, input, requestId);
  }

  @Mutation(() => Goal, { description: "Returns the goal, with its new version." })
  updateKeyResult(
    @Arg("input") input: UpdateKeyResultInput,
    @Ctx() { viewer, services, requestId }: Context,
  ) {
    return services.keyResults.update(viewer!, input, requestId);
  }

  @Mutation(() => Goal, { description: "Returns the goal, with its new version." })
  removeKeyResult(
    @Arg("input") input: RemoveKeyResultInput,
    @Ctx() { viewer, services, requestId }: Context,
  ) {
    return services.keyResults.remove(viewer!, input, requestId);
  }
}
