import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { Employee } from "../employee/employee.entity";
import { MentorshipConnection } from "./mentorship.connection";
import { EmployeeMentorshipsArgs } from "./mentorship.inputs";

/** `Employee.mentorships`: only the mentorships the viewer may see are listed or counted. */
@Resolver(() => Employee)
@Authorized()
export class EmployeeMentorshipsResolver {
  @FieldResolver(() => MentorshipConnection, {
    description: "This person's mentorships you may see, as mentor, mentee or both; newest first.",
  })
  mentorships(
    @Root() employee: Employee,
    @Args() args: EmployeeMentorshipsArgs,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.mentorshipsPage.load({
      employeeId: employee.id,
      role: args.role ?? null,
      status: args.status ?? null,
      first: args.first,
      after: args.after ?? null,
    });
  }
}
