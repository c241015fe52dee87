import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { Employee } from "../employee/employee.entity";
import { FeedbackRound, FeedbackRoundStatus } from "./feedback-round.entity";

/** `Employee.feedbackRounds`: only rounds the viewer may see are listed (access/feedback.access.ts). */
@Resolver(() => Employee)
@Authorized()
export class EmployeeFeedbackResolver {
  @FieldResolver(() => [FeedbackRound], {
    description: "360 rounds about this person that you may see, newest first (at most 50).",
  })
  feedbackRounds(
    @Root() employee: Employee,
    @Arg("status", () => FeedbackRoundStatus, { nullable: true }) status: FeedbackRoundStatus | null,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.feedbackRoundsBySubject.load({ subjectId: employee.id, status: status ?? null });
  }
}
