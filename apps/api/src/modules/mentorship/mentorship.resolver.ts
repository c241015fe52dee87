import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { mentorshipAccess } from "../../access";
import type { Context } from "../../context";
import { notFound } from "../../errors";
import { Employee } from "../employee/employee.entity";
import { Skill } from "../skill/skill.entity";
import { Mentorship, MentorshipStatus } from "./mentorship.entity";
import { MentorshipTransitionInput, RequestMentorInput, RespondMentorshipInput } from "./mentorship.inputs";

/** Mentorships are seen by the two people, the mentee's management chain and HR (access/mentorship.access.ts). */
@Resolver(() => Mentorship)
@Authorized()
export class MentorshipResolver {
  @Query(() => Mentorship, { description: "A mentorship you may see; NOT_FOUND otherwise." })
  async mentorship(@Arg("id", () => ID) id: string, @Ctx() { loaders }: Context): Promise<Mentorship> {
    const mentorship = await loaders.mentorshipById.load(id);
    if (!mentorship) throw notFound("This mentorship");
    return mentorship;
  }

  @FieldResolver(() => Employee, { nullable: true, description: "Null when they left (except for HR)." })
  mentor(@Root() mentorship: Mentorship, @Ctx() { loaders }: Context) {
    return loaders.employeeById.load(mentorship.mentorId);
  }

  @FieldResolver(() => Employee, { nullable: true, description: "Null when they left (except for HR)." })
  mentee(@Root() mentorship: Mentorship, @Ctx() { loaders }: Context) {
    return loaders.employeeById.load(mentorship.menteeId);
  }

  @FieldResolver(() => [Skill], { description: "The skills the mentee wants to grow, by name." })
  focusSkills(@Root() mentorship: Mentorship, @Ctx() { loaders }: Context) {
    return loaders.focusSkillsByMentorship.load(mentorship.id);
  }

  @FieldResolver(() => Boolean, { description: "Whether you may accept or decline it now." })
  viewerCanRespond(@Root() mentorship: Mentorship, @Ctx() { viewer }: Context): boolean {
    return (
      mentorship.status === MentorshipStatus.PROPOSED && mentorshipAccess.canRespond(viewer!, mentorship)
    );
  }

  @FieldResolver(() => Boolean, { description: "Whether you may complete or cancel it now." })
  viewerCanEnd(@Root() mentorship: Mentorship, @Ctx() { viewer }: Context): boolean {
    const open =
      mentorship.status === MentorshipStatus.PROPOSED || mentorship.status === MentorshipStatus.ACTIVE;
    return open && mentorshipAccess.canEnd(viewer!, mentorship);
  }

  @Mutation(() => Mentorship, {
    description: "Asks a colleague to mentor you; refused when they are at capacity or already asked.",
  })
  requestMentor(@Arg("input") input: RequestMentorInput, @Ctx() { viewer, services, requestId }: Context) {
    return services.mentorships.request(viewer!, input, requestId);
  }

  @Mutation(() => Mentorship, { description: "For the mentor: starts the mentorship, within your capacity." })
  acceptMentorship(
    @Arg("input") input: RespondMentorshipInput,
    @Ctx() { viewer, services, requestId }: Context,
  ) {
    return services.mentorships.accept(viewer!, input, requestId);
  }

  @Mutation(() => Mentorship, { description: "For the mentor: says no, with an optional note." })
  declineMentorship(
    @Arg("input") input: RespondMentorshipInput,
    @Ctx() { viewer, services, requestId }: Context,
  ) {
    return services.mentorships.decline(viewer!, input, requestId);
  }

  @Mutation(() => Mentorship, {
    description: "For the mentor or the mentee: ends an active mentorship well.",
  })
  completeMentorship(
    @Arg("input") input: MentorshipTransitionInput,
    @Ctx() { viewer, services, requestId }: Context,
  ) {
    return services.mentorships.complete(viewer!, input, requestId);
  }

  @Mutation(() => Mentorship, {
    description: "For the mentor or the mentee: withdraws a request or stops a mentorship.",
  })
  cancelMentorship(
    @Arg("input") input: MentorshipTransitionInput,
    @Ctx() { viewer, services, requestId }: Context,
  ) {
    return services.mentorships.cancel(viewer!, input, requestId);
  }
}
