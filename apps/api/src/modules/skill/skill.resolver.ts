import { Authorized, Ctx, Query, Resolver } from "type-graphql";
import { scope } from "../../auth/rules";
import { ApiScope } from "../../auth/scopes";
import type { Context } from "../../context";
import { Skill } from "./skill.entity";

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
}
