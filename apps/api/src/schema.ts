import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { AuthResolver } from "./auth/auth.resolver";
import { authChecker } from "./auth/auth-checker";
import {
  CheckInCommentResolver,
  CheckInResolver,
  CheckInValueResolver,
} from "./modules/check-in/check-in.resolver";
import { EmployeeCheckInsResolver } from "./modules/check-in/employee-check-ins.resolver";
import { GoalCheckInsResolver } from "./modules/check-in/goal-check-ins.resolver";
import { EmployeeResolver } from "./modules/employee/employee.resolver";
import { EmployeeFeedbackResolver } from "./modules/feedback/employee-feedback.resolver";
import { FeedbackRequestResolver, FeedbackRoundResolver } from "./modules/feedback/feedback-round.resolver";
import { MyFeedbackRequestResolver } from "./modules/feedback/review.resolver";
import { EmployeeGoalsResolver } from "./modules/goal/employee-goals.resolver";
import { GoalResolver } from "./modules/goal/goal.resolver";
import { KeyResultResolver } from "./modules/goal/key-result.resolver";
import { SmartAssessmentResolver } from "./modules/goal/smart-assessment.resolver";
import { InsightsResolver } from "./modules/insights/insights.resolver";
import { EmployeeMentorshipsResolver } from "./modules/mentorship/employee-mentorships.resolver";
import { MentorSuggestionResolver } from "./modules/mentorship/mentor-suggestion.resolver";
import { MentorshipResolver } from "./modules/mentorship/mentorship.resolver";
import { NotificationResolver } from "./modules/notification/notification.resolver";
import {
  DevelopmentPlanResolver,
  EmployeePlanResolver,
  GoalPlanItemsResolver,
} from "./modules/plan/employee-plan.resolver";
import { PlanItemResolver } from "./modules/plan/plan.resolver";
import { SkillResolver } from "./modules/skill/skill.resolver";
import {
  EmployeeSkillProfileResolver,
  SkillProfileEntryResolver,
  SkillProfileResolver,
} from "./modules/skill-rating/skill-profile.resolver";
import { SkillRatingResolver } from "./modules/skill-rating/skill-rating.resolver";
import { EmployeeGrowthResolver } from "./modules/team/employee-growth.resolver";
import { TeamResolver } from "./modules/team/team.resolver";
import { TeamMemberResolver, TrackedGoalResolver } from "./modules/team/team-member.resolver";

export const resolvers = [
  AuthResolver,
  EmployeeResolver,
  SkillResolver,
  GoalResolver,
  KeyResultResolver,
  EmployeeGoalsResolver,
  NotificationResolver,
  InsightsResolver,
  SkillRatingResolver,
  EmployeeSkillProfileResolver,
  SkillProfileResolver,
  SkillProfileEntryResolver,
  CheckInResolver,
  CheckInValueResolver,
  CheckInCommentResolver,
  GoalCheckInsResolver,
  EmployeeCheckInsResolver,
  TeamResolver,
  TeamMemberResolver,
  TrackedGoalResolver,
  EmployeeGrowthResolver,
  PlanItemResolver,
  EmployeePlanResolver,
  DevelopmentPlanResolver,
  GoalPlanItemsResolver,
  MentorshipResolver,
  EmployeeMentorshipsResolver,
  MentorSuggestionResolver,
  FeedbackRoundResolver,
  FeedbackRequestResolver,
  MyFeedbackRequestResolver,
  EmployeeFeedbackResolver,
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
