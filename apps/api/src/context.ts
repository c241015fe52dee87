import { randomUUID } from "node:crypto";
import type { Request } from "express";
import type { DataSource } from "typeorm";
import { ApiTokenService } from "./auth/api-token.service";
import { AuthService } from "./auth/auth.service";
import type { Viewer } from "./auth/viewer";
import { type Logger, logger } from "./logger";
import { createCheckInLoaders } from "./modules/check-in/check-in.loaders";
import { CheckInService } from "./modules/check-in/check-in.service";
import { createEmployeeLoaders } from "./modules/employee/employee.loaders";
import { EmployeeService } from "./modules/employee/employee.service";
import { FeedbackCycleService } from "./modules/feedback/cycle.service";
import { createFeedbackLoaders } from "./modules/feedback/feedback.loaders";
import { FeedbackNominationService } from "./modules/feedback/nomination.service";
import { FeedbackReminderService } from "./modules/feedback/reminders";
import { FeedbackReportService } from "./modules/feedback/report.loader";
import { FeedbackReviewService } from "./modules/feedback/review.service";
import { FeedbackRoundService } from "./modules/feedback/round.service";
import { createGoalLoaders } from "./modules/goal/goal.loaders";
import { GoalService } from "./modules/goal/goal.service";
import { KeyResultService } from "./modules/goal/key-result.service";
import { InsightsService } from "./modules/insights/insights.service";
import { createMentorshipLoaders } from "./modules/mentorship/mentorship.loaders";
import { MentorshipService } from "./modules/mentorship/mentorship.service";
import { NotificationService } from "./modules/notification/notification.service";
import { createPlanLoaders } from "./modules/plan/plan.loaders";
import { PlanService } from "./modules/plan/plan.service";
import { createSkillLoaders } from "./modules/skill/skill.loaders";
import { SkillService } from "./modules/skill/skill.service";
import { createSkillRatingLoaders } from "./modules/skill-rating/skill-rating.loaders";
import { SkillRatingService } from "./modules/skill-rating/skill-rating.service";
import { createTeamLoaders } from "./modules/team/team.loaders";
import { TeamService } from "./modules/team/team.service";

/** Services hold no per-request state: one set per process. */
export function createServices(dataSource: DataSource) {
  return {
    auth: new AuthService(dataSource),
    apiTokens: new ApiTokenService(dataSource),
    employees: new EmployeeService(dataSource),
    goals: new GoalService(dataSource),
    keyResults: new KeyResultService(dataSource),
    notifications: new NotificationService(dataSource),
    skills: new SkillService(dataSource),
    insights: new InsightsService(dataSource),
    skillRatings: new SkillRatingService(dataSource),
    checkIns: new CheckInService(dataSource),
    team: new TeamService(dataSource),
    plans: new PlanService(dataSource),
    mentorships: new MentorshipService(dataSource),
    feedbackRounds: new FeedbackRoundService(dataSource),
    feedbackCycles: new FeedbackCycleService(dataSource),
    feedbackNominations: new FeedbackNominationService(dataSource),
    feedbackReviews: new FeedbackReviewService(dataSource),
    feedbackReminders: new FeedbackReminderService(dataSource),
    feedbackReports: new FeedbackReportService(dataSource),
  };
}
export type Services = ReturnType<typeof createServices>;

/** DataLoaders cache per request only: a new set for every request, scoped to its viewer. */
export function createLoaders(dataSource: DataSource, viewer: Viewer | null) {
  return {
    ...createEmployeeLoaders(dataSource, viewer),
    ...createGoalLoaders(dataSource, viewer),
    ...createSkillRatingLoaders(dataSource, viewer),
    ...createCheckInLoaders(dataSource, viewer),
    ...createTeamLoaders(dataSource, viewer),
    ...createSkillLoaders(dataSource),
    ...createPlanLoaders(dataSource, viewer),
    ...createMentorshipLoaders(dataSource, viewer),
    ...createFeedbackLoaders(dataSource, viewer),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;

export interface Context {
  requestId: string;
  log: Logger;
  viewer: Viewer | null;
  /** A token was sent but is unknown, expired or revoked (so the answer can say "sign in again"). */
  tokenRejected: boolean;
  dataSource: DataSource;
  services: Services;
  loaders: Loaders;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

export function requestIdOf(req: Request): string {
  const given = req.header("x-request-id");
  return given && REQUEST_ID.test(given) ? given : randomUUID();
}

function bearerToken(req: Request): string | undefined {
  const header = req.header("authorization");
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}

export async function buildContext(
  req: Request,
  dataSource: DataSource,
  services: Services,
): Promise<Context> {
  const requestId = (req as Request & { id?: string }).id ?? requestIdOf(req);
  const token = bearerToken(req);
  const viewer = token ? await services.auth.authenticate(token) : null;
  return {
    requestId,
    log: logger.child({ requestId, viewerId: viewer?.employee.id }),
    viewer,
    tokenRejected: Boolean(token) && !viewer,
    dataSource,
    services,
    loaders: createLoaders(dataSource, viewer),
  };
}
