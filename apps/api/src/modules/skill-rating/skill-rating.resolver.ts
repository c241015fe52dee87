import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { notFound } from "../../errors";
import { Employee } from "../employee/employee.entity";
import { SkillRating } from "./skill-rating.entity";
import { RateSkillInput, SetGrowthAreaInput } from "./skill-rating.inputs";

/** Skill ratings and growth areas are not open to API tokens: no scope names them (auth/rules.ts). */
@Resolver(() => SkillRating)
@Authorized()
export class SkillRatingResolver {
  @FieldResolver(() => Employee, { nullable: true, description: "Who rated; null when they left." })
  ratedBy(@Root() rating: SkillRating, @Ctx() { loaders }: Context) {
    return rating.ratedById ? loaders.employeeById.load(rating.ratedById) : null;
  }

  @FieldResolver(() => Employee, { nullable: true, description: "Whose skill was rated." })
  employee(@Root() rating: SkillRating, @Ctx() { loaders }: Context) {
    return loaders.employeeById.load(rating.employeeId);
  }

  @Mutation(() => SkillRating, {
    description:
      "Rates a skill of yours (SELF) or of someone below you in the reporting line (MANAGER). " +
      "Ratings are never overwritten: the newest per source is the current level.",
  })
  rateSkill(@Arg("input") input: RateSkillInput, @Ctx() { viewer, services, requestId }: Context) {
    return services.skillRatings.rate(viewer!, input, requestId);
  }

  @Mutation(() => Employee, {
    description: "Marks or unmarks a growth area of yours or of someone you manage; returns that person.",
  })
  async setGrowthArea(
    @Arg("input") input: SetGrowthAreaInput,
    @Ctx() { viewer, services, loaders, requestId }: Context,
  ): Promise<Employee> {
    await services.skillRatings.setGrowthArea(viewer!, input, requestId);
    const employee = await loaders.employeeById.load(input.employeeId);
    if (!employee) throw notFound("This employee");
    return employee;
  }
}
