import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { MentorSuggestion } from "./mentor-suggestion.types";
import { MAX_SUGGESTIONS } from "./mentorship.service";

@Resolver(() => MentorSuggestion)
@Authorized()
export class MentorSuggestionResolver {
  @Query(() => [MentorSuggestion], {
    description:
      "Colleagues strong in the person's growth areas who could mentor them, best match first. For yourself, or for someone you manage (HR: anyone). Empty when they have no growth areas.",
  })
  mentorSuggestions(
    @Arg("for", () => ID, { description: "The would-be mentee." }) menteeId: string,
    @Arg("first", () => Int, { defaultValue: 5, description: `1 to ${MAX_SUGGESTIONS}.` }) first: number,
    @Ctx() { viewer, services }: Context,
  ): Promise<MentorSuggestion[]> {
    return services.mentorships.suggestions(viewer!, menteeId, first);
  }
}
