import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { HR_ADMIN, scope } from "../../auth/rules";
import { ApiScope } from "../../auth/scopes";
import { PageArgs } from "../../common/connection";
import type { Context } from "../../context";
import { notFound } from "../../errors";
import { EmployeeConnection } from "./employee.connection";
import { Employee } from "./employee.entity";
import { CreateEmployeeInput, EmployeeFilter, UpdateEmployeeInput } from "./employee.inputs";

const READ = scope(ApiScope.EMPLOYEES_READ);
const WRITE = [HR_ADMIN, scope(ApiScope.EMPLOYEES_WRITE)];

@Resolver(() => Employee)
@Authorized()
export class EmployeeResolver {
  @Query(() => Employee, { description: "The signed-in person." })
  me(@Ctx() { viewer }: Context): Employee {
    return viewer!.employee;
  }

  @Query(() => Employee)
  @Authorized(READ)
  async employee(@Arg("id", () => ID) id: string, @Ctx() { loaders }: Context): Promise<Employee> {
    const employee = await loaders.employeeById.load(id);
    if (!employee) throw notFound("This employee");
    return employee;
  }

  @Query(() => EmployeeConnection, { description: "The directory, ordered by name." })
  @Authorized(READ)
  employees(
    @Args() page: PageArgs,
    @Arg("filter", () => EmployeeFilter, { nullable: true }) filter: EmployeeFilter | undefined,
    @Ctx() { viewer, services }: Context,
  ) {
    return services.employees.list(viewer!, filter, page);
  }

  @FieldResolver(() => Employee, { nullable: true })
  @Authorized(READ)
  manager(@Root() employee: Employee, @Ctx() { loaders }: Context) {
    return employee.managerId ? loaders.employeeById.load(employee.managerId) : null;
  }

  @FieldResolver(() => [Employee])
  @Authorized(READ)
  directReports(@Root() employee: Employee, @Ctx() { loaders }: Context) {
    return loaders.directReports.load(employee.id);
  }

  @FieldResolver(() => [Employee], { description: "Everyone above this person, nearest manager first." })
  @Authorized(READ)
  managementChain(@Root() employee: Employee, @Ctx() { loaders }: Context) {
    return loaders.managementChain.load(employee.id);
  }

  @FieldResolver(() => [Employee], { description: "Everyone below this person at any depth, by name." })
  @Authorized(READ)
  team(@Root() employee: Employee, @Ctx() { loaders }: Context) {
    return loaders.team.load(employee.id);
  }

  @Mutation(() => Employee)
  @Authorized(WRITE)
  createEmployee(@Arg("input") input: CreateEmployeeInput, @Ctx() { viewer, services, requestId }: Context) {
    return services.employees.create(viewer!, input, requestId);
  }

  @Mutation(() => Employee, { description: "Fails with CONFLICT when `version` is not the current one." })
  @Authorized(WRITE)
  updateEmployee(@Arg("input") input: UpdateEmployeeInput, @Ctx() { viewer, services, requestId }: Context) {
    return services.employees.update(viewer!, input, requestId);
  }
}
