import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { feedbackAccess } from "../../access";
import { HR_ADMIN } from "../../auth/rules";
import type { Context } from "../../context";
import { forbidden, notFound } from "../../errors";
import { Employee } from "../employee/employee.entity";
import { Skill } from "../skill/skill.entity";
import {
  CreateFeedbackRoundInput,
  FeedbackRequestIdInput,
  FeedbackRoundIdInput,
  FeedbackRoundTransitionInput,
  LaunchFeedbackCycleInput,
  NominateFeedbackReviewersInput,
  UpdateFeedbackRoundInput,
} from "./feedback.inputs";
import type { LoadedRound } from "./feedback.rows";
import {
  FeedbackCycleResult,
  FeedbackReport,
  FeedbackRequestView,
  MyFeedbackRequestView,
} from "./feedback.types";
import { FeedbackRound, FeedbackRoundStatus } from "./feedback-round.entity";

/** 360 rounds. Not open to API tokens: no scope names them (auth/rules.ts). */
@Resolver(() => FeedbackRound)
@Authorized()
export class FeedbackRoundResolver {
  @Query(() => FeedbackRound, {
    description: "A round you may see; NOT_FOUND otherwise, whether or not it exists.",
  })
  async feedbackRound(@Arg("id", () => ID) id: string, @Ctx() { loaders }: Context): Promise<LoadedRound> {
    const round = await loaders.feedbackRoundById.load(id);
    if (!round) throw notFound("This feedback round");
    return round;
  }

  @FieldResolver(() => Employee, { nullable: true, description: "Whom the round is about." })
  subject(@Root() round: LoadedRound, @Ctx() { loaders }: Context) {
    return loaders.employeeById.load(round.subjectId);
  }

  @FieldResolver(() => [Skill], { description: "The skills reviewers rate, by name." })
  skills(@Root() round: LoadedRound, @Ctx() { loaders }: Context) {
    return loaders.feedbackRoundSkills.load(round.id);
  }

  @FieldResolver(() => [FeedbackRequestView], {
    nullable: true,
    description:
      "Who was asked, who answered and who declined — never what they answered. For the subject, their managers and HR.",
  })
  requests(@Root() round: LoadedRound, @Ctx() { viewer, loaders }: Context) {
    if (!feedbackAccess.canManage(viewer!, round)) {
      throw forbidden("Only the person the round is about, their managers and HR see who answered.");
    }
    return loaders.feedbackRequestsByRound.load(round.id);
  }

  @FieldResolver(() => MyFeedbackRequestView, {
    nullable: true,
    description: "Your own request in this round, if you were asked.",
  })
  myRequest(@Root() round: LoadedRound, @Ctx() { loaders }: Context) {
    return loaders.myFeedbackRequestByRound.load(round.id);
  }

  @FieldResolver(() => FeedbackReport, {
    nullable: true,
    description:
      "The report, once the round is closed, for the subject, their managers and HR (FORBIDDEN otherwise). Every read is audited.",
  })
  async report(@Root() round: LoadedRound, @Ctx() { viewer, services, loaders, requestId }: Context) {
    const skills = await loaders.feedbackRoundSkills.load(round.id);
    return services.feedbackReports.read(viewer!, round, skills, requestId);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether you may edit, nominate for, open and close this round.",
  })
  viewerCanManage(@Root() round: LoadedRound, @Ctx() { viewer }: Context): boolean {
    return feedbackAccess.canManage(viewer!, round);
  }

  @FieldResolver(() => Boolean, { description: "Whether you approve this round's nominations." })
  viewerCanApproveNominations(@Root() round: LoadedRound, @Ctx() { viewer }: Context): boolean {
    return round.status === FeedbackRoundStatus.DRAFT && feedbackAccess.canApproveNominations(viewer!, round);
  }

  @FieldResolver(() => Boolean, { description: "Whether you may read the report now." })
  viewerCanReadReport(@Root() round: LoadedRound, @Ctx() { viewer }: Context): boolean {
    return feedbackAccess.isReportReader(viewer!, round) && feedbackAccess.reportIsAvailable(round);
  }

  @Mutation(() => FeedbackRound, {
    description: "A new draft round, about yourself or someone in your team.",
  })
  createFeedbackRound(
    @Arg("input") input: CreateFeedbackRoundInput,
    @Ctx() { viewer, services, requestId }: Context,
  ) {
    return services.feedbackRounds.create(viewer!, input, requestId);
  }

  @Mutation(() => FeedbackCycleResult, {
    description: "For HR: a draft round for every active person of a department or of the organization.",
  })
  @Authorized(HR_ADMIN)
  launchFeedbackCycle(
    @Arg("input") input: LaunchFeedbackCycleInput,
    @Ctx() { viewer, services, requestId }: Context,
  ) {
    return services.feedbackCycles.launch(viewer!, input, requestId);
  }

  @Mutation(() => FeedbackRound, {
    description: "Fails with CONFLICT when `version` is not the current one.",
  })
  updateFeedbackRound(
    @Arg("input") input: UpdateFeedbackRoundInput,
    @Ctx() { viewer, services, requestId }: Context,
  ) {
    return services.feedbackRounds.update(viewer!, input, requestId);
  }

  @Mutation(() => FeedbackRound, {
    description:
      "Asks more people, in a draft. The subject's own nominations wait for their manager's approval.",
  })
  nominateFeedbackReviewers(
    @Arg("input") input: NominateFeedbackReviewersInput,
    @Ctx() { viewer, services, requestId }: Context,
  ) {
    return services.feedbackNominations.nominate(viewer!, input, requestId);
  }

  @Mutation(() => FeedbackRound, { description: "Withdraws a nomination from a draft (a manager's “no”)." })
  removeFeedbackNomination(
    @Arg("input") input: FeedbackRequestIdInput,
    @Ctx() { viewer, services, requestId }: Context,
  ) {
    return services.feedbackNominations.remove(viewer!, input, requestId);
  }

  @Mutation(() => FeedbackRound, {
    description: "For the subject's managers: approves the waiting nominations.",
  })
  approveFeedbackNominations(
    @Arg("input") input: FeedbackRoundIdInput,
    @Ctx() { viewer, services, requestId }: Context,
  ) {
    return services.feedbackNominations.approve(viewer!, input, requestId);
  }

  @Mutation(() => FeedbackRound, { description: "Opens a draft: every reviewer is asked (notified)." })
  openFeedbackRound(
    @Arg("input") input: FeedbackRoundTransitionInput,
    @Ctx() { viewer, services, requestId }: Context,
  ) {
    return services.feedbackRounds.open(viewer!, input, requestId);
  }

  @Mutation(() => FeedbackRound, { description: "Closes an open round now; the report becomes readable." })
  closeFeedbackRound(
    @Arg("input") input: FeedbackRoundTransitionInput,
    @Ctx() { viewer, services, requestId }: Context,
  ) {
    return services.feedbackRounds.close(viewer!, input, requestId);
  }

  @Mutation(() => Int, {
    description:
      "For the subject's managers and HR: reminds reviewers who haven't answered (once a day at most).",
  })
  remindFeedbackReviewers(
    @Arg("input") input: FeedbackRoundIdInput,
    @Ctx() { viewer, services, requestId }: Context,
  ) {
    return services.feedbackReminders.remindReviewers(viewer!, input, requestId);
  }
}

/** `FeedbackRequest.reviewer`: the status type's only link to a person (it has no content). */
@Resolver(() => FeedbackRequestView)
@Authorized()
export class FeedbackRequestResolver {
  @FieldResolver(() => Employee, { nullable: true, description: "Null when they left (except for HR)." })
  reviewer(@Root() request: FeedbackRequestView, @Ctx() { loaders }: Context) {
    return loaders.employeeById.load(request.reviewerId);
  }
}
