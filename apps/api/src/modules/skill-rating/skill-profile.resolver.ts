import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { skillProfileAccess } from "../../access";
import type { Context } from "../../context";
import { Employee } from "../employee/employee.entity";
import type { Skill } from "../skill/skill.entity";
import { buildSkillProfile, profileSkillIds } from "./skill-profile";
import { SkillProfile, SkillProfileEntry } from "./skill-profile.types";
import { SkillRating } from "./skill-rating.entity";
import { SkillHistoryArgs } from "./skill-rating.inputs";

/** `Employee.skillProfile`: null unless the viewer may read it (access/skill-profile.access.ts). */
@Resolver(() => Employee)
@Authorized()
export class EmployeeSkillProfileResolver {
  @FieldResolver(() => SkillProfile, {
    nullable: true,
    description:
      "Strengths and weaknesses. Null unless you are this person, their manager, active mentor or HR.",
  })
  async skillProfile(
    @Root() employee: Employee,
    @Ctx() { viewer, loaders }: Context,
  ): Promise<SkillProfile | null> {
    const data = await loaders.skillProfileData.load(employee.id);
    if (!data) return null;
    const threeSixty = await loaders.threeSixtyLevels.load(employee.id);
    const found = await loaders.skillById.loadMany(profileSkillIds(data, threeSixty));
    const skills = new Map(
      found
        .filter((skill): skill is Skill => Boolean(skill) && !(skill instanceof Error))
        .map((s) => [s.id, s]),
    );
    return buildSkillProfile({
      data,
      threeSixty,
      skills,
      subjectName: employee.name,
      perspective: viewer!.employee.id === employee.id ? "self" : "other",
    });
  }
}

@Resolver(() => SkillProfile)
@Authorized()
export class SkillProfileResolver {
  @FieldResolver(() => Boolean, { description: "Whether you may rate these skills and mark growth areas." })
  async viewerCanRate(@Root() profile: SkillProfile, @Ctx() { viewer, loaders }: Context): Promise<boolean> {
    const chain = await loaders.managementChain.load(profile.employeeId);
    const inChain = chain.some((manager) => manager.id === viewer!.employee.id);
    return skillProfileAccess.canRate(viewer!, profile.employeeId, inChain) !== null;
  }
}

@Resolver(() => SkillProfileEntry)
@Authorized()
export class SkillProfileEntryResolver {
  @FieldResolver(() => [SkillRating], {
    description: "Every self and manager rating of this skill, newest first.",
  })
  history(@Root() entry: SkillProfileEntry, @Args() { first }: SkillHistoryArgs): SkillRating[] {
    return entry.ratings.slice(0, first);
  }
}
