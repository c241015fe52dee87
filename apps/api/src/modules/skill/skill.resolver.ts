import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { HR_ADMIN, scope } from "../../auth/rules";
import { ApiScope } from "../../auth/scopes";
import type { Context } from "../../context";
import { Skill } from "./skill.entity";
import { CreateSkillInput, UpdateSkillInput } from "./skill.inputs";

/** The catalog is small (tens to a few hundred skills) and read whole by forms and matrices. */
const CATALOG_LIMIT = 1000;

@Resolver(() => Skill)
@Authorized()
export class SkillResolver {
  @Query(() => [Skill], { description: "The skills catalog, by category and name." })
  @Authorized(scope(ApiScope.SKILLS_READ))
  skills(@Ctx() { dataSource }: Context): Promise<Skill[]> {
    return dataSource
      .getRepository(Skill)
      .find({ order: { category: "ASC", name: "ASC" }, take: CATALOG_LIMIT });
  }

  @Mutation(() => Skill, {
    description: "Adds a skill to the catalog (HR admins). A duplicate name is a CONFLICT.",
  })
  @Authorized(HR_ADMIN)
  createSkill(@Arg("input") input: CreateSkillInput, @Ctx() { viewer, services, requestId }: Context) {
    return services.skills.create(viewer!, input, requestId);
  }

  @Mutation(() => Skill, {
    description: "Renames or re-describes a skill (HR admins); CONFLICT on a stale version.",
  })
  @Authorized(HR_ADMIN)
  updateSkill(@Arg("input") input: UpdateSkillInput, @Ctx() { viewer, services, requestId }: Context) {
    return services.skills.update(viewer!, input, requestId);
  }
}
