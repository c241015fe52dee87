import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { AuthResolver } from "./auth/auth.resolver";
import { authChecker } from "./auth/auth-checker";
import { EmployeeResolver } from "./modules/employee/employee.resolver";
import { EmployeeGoalsResolver } from "./modules/goal/employee-goals.resolver";
import { GoalResolver } from "./modules/goal/goal.resolver";
import { KeyResultResolver } from "./modules/goal/key-result.resolver";
import { SmartAssessmentResolver } from "./modules/goal/smart-assessment.resolver";
import { NotificationResolver } from "./modules/notification/notification.resolver";
import { SkillResolver } from "./modules/skill/skill.resolver";

export const resolvers = [
  AuthResolver,
  EmployeeResolver,
  SkillResolver,
  GoalResolver,
  KeyResultResolver,
  EmployeeGoalsResolver,
  NotificationResolver,
  SmartAssessmentResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema (built once per process; type-graphql's metadata is global anyway). */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    authChecker,
    authMode: "error",
    // class-validator runs on every input; failures become BAD_USER_INPUT with field details.
    validate: { forbidUnknownValues: false },
  });
  return built;
}

/** The SDL committed in packages/schema: sorted, so diffs show real changes only. */
export async function printSortedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}
