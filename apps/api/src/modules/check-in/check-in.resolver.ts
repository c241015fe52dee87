import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { Employee } from "../employee/employee.entity";
import { Goal } from "../goal/goal.entity";
import { KeyResult } from "../goal/key-result.entity";
import { CheckIn } from "./check-in.entity";
import { AddCheckInCommentInput, RecordCheckInInput } from "./check-in.inputs";
import { CheckInComment } from "./check-in-comment.entity";
import { CheckInValue } from "./check-in-value.entity";

/** Check-ins are reached through goals the viewer may see; their writes are in CheckInService. */
@Resolver(() => CheckIn)
@Authorized()
export class CheckInResolver {
  @Mutation(() => CheckIn, {
    description:
      "For the goal's owner, on an active goal: sets the given key results' values and records the check-in.",
  })
  recordCheckIn(@Arg("input") input: RecordCheckInInput, @Ctx() { viewer, services, requestId }: Context) {
    return services.checkIns.record(viewer!, input, requestId);
  }

  @Mutation(() => CheckInComment, {
    description:
      "For the goal's owner, their management chain, and an active mentor on a TEAM or ORGANIZATION goal.",
  })
  addCheckInComment(
    @Arg("input") input: AddCheckInCommentInput,
    @Ctx() { viewer, services, requestId }: Context,
  ) {
    return services.checkIns.addComment(viewer!, input, requestId);
  }

  @FieldResolver(() => Goal, { nullable: true })
  goal(@Root() checkIn: CheckIn, @Ctx() { loaders }: Context) {
    return loaders.goalById.load(checkIn.goalId);
  }

  @FieldResolver(() => Employee, {
    nullable: true,
    description: "Null when the author left (except for HR).",
  })
  author(@Root() checkIn: CheckIn, @Ctx() { loaders }: Context) {
    return checkIn.authorId ? loaders.employeeById.load(checkIn.authorId) : null;
  }

  @FieldResolver(() => [CheckInValue], { description: "The key results this check-in set." })
  values(@Root() checkIn: CheckIn, @Ctx() { loaders }: Context) {
    return loaders.checkInValues.load(checkIn.id);
  }

  @FieldResolver(() => [CheckInComment], { description: "Oldest first." })
  comments(@Root() checkIn: CheckIn, @Ctx() { loaders }: Context) {
    return loaders.checkInComments.load(checkIn.id);
  }

  @FieldResolver(() => Boolean, { description: "Whether you may comment on this check-in." })
  viewerCanComment(@Root() checkIn: CheckIn, @Ctx() { loaders }: Context) {
    return loaders.canCommentOnGoal.load(checkIn.goalId);
  }
}

@Resolver(() => CheckInValue)
@Authorized()
export class CheckInValueResolver {
  @FieldResolver(() => KeyResult)
  keyResult(@Root() value: CheckInValue): KeyResult {
    // Loaded with the value (check-in.loaders.ts), so it costs no statement of its own.
    return value.keyResult!;
  }
}

@Resolver(() => CheckInComment)
@Authorized()
export class CheckInCommentResolver {
  @FieldResolver(() => Employee, {
    nullable: true,
    description: "Null when the author left (except for HR).",
  })
  author(@Root() comment: CheckInComment, @Ctx() { loaders }: Context) {
    return comment.authorId ? loaders.employeeById.load(comment.authorId) : null;
  }
}
