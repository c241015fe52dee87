import { Authorized, Ctx, Query, Resolver } from "type-graphql";
import { HR_ADMIN } from "../../auth/rules";
import type { Context } from "../../context";
import { OrganizationInsights } from "./insights.types";

@Resolver()
@Authorized()
export class InsightsResolver {
  @Query(() => OrganizationInsights, {
    description: "Goal adoption and health by department, skill coverage and mentoring reach (HR admins).",
  })
  @Authorized(HR_ADMIN)
  organizationInsights(@Ctx() { services }: Context): Promise<OrganizationInsights> {
    return services.insights.organization();
  }
}
