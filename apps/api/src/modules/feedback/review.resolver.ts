import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { DeclineFeedbackRequestInput, SubmitFeedbackInput } from "./feedback.inputs";
import { FeedbackResponseContent, MyFeedbackRequestView } from "./feedback.types";
import { FeedbackRequestStatus } from "./feedback-request.entity";
import { FeedbackRound, FeedbackRoundStatus } from "./feedback-round.entity";
import { listMyRequests } from "./review.service";

/**
 * The reviewer's side. `MyFeedbackRequest` is the only type with a response's content, and every
 * way to reach one filters `reviewer_id = viewer` in SQL (review.service.ts, feedback.loaders.ts).
 */
@Resolver(() => MyFeedbackRequestView)
@Authorized()
export class MyFeedbackRequestResolver {
  @Query(() => [MyFeedbackRequestView], {
    description:
      "Feedback you were asked for, in open and closed rounds: open ones first, soonest closing first.",
  })
  myFeedbackRequests(
    @Arg("status", () => FeedbackRequestStatus, { nullable: true }) status: FeedbackRequestStatus | null,
    @Ctx() { viewer, dataSource }: Context,
  ) {
    return listMyRequests(dataSource, viewer!, status ?? null);
  }

  @FieldResolver(() => FeedbackRound)
  async round(@Root() request: MyFeedbackRequestView, @Ctx() { loaders }: Context) {
    return loaders.feedbackRoundById.load(request.roundId);
  }

  @FieldResolver(() => FeedbackResponseContent, {
    nullable: true,
    description: "What you answered; null until you submit.",
  })
  response(@Root() request: MyFeedbackRequestView, @Ctx() { loaders }: Context) {
    return loaders.myFeedbackResponse.load(request.id);
  }

  @FieldResolver(() => Boolean, { description: "Whether you can still submit or change your answers." })
  async viewerCanAnswer(
    @Root() request: MyFeedbackRequestView,
    @Ctx() { loaders }: Context,
  ): Promise<boolean> {
    const round = await loaders.feedbackRoundById.load(request.roundId);
    return round?.status === FeedbackRoundStatus.OPEN && round.closesAt.getTime() > Date.now();
  }

  @Mutation(() => MyFeedbackRequestView, {
    description: "Submits your ratings and answers, or replaces them until the round closes.",
  })
  submitFeedback(@Arg("input") input: SubmitFeedbackInput, @Ctx() { viewer, services, requestId }: Context) {
    return services.feedbackReviews.submit(viewer!, input, requestId);
  }

  @Mutation(() => MyFeedbackRequestView, { description: "Declines a request, with a reason." })
  declineFeedbackRequest(
    @Arg("input") input: DeclineFeedbackRequestInput,
    @Ctx() { viewer, services, requestId }: Context,
  ) {
    return services.feedbackReviews.decline(viewer!, input, requestId);
  }
}
