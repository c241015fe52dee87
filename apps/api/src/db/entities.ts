import { ApiToken } from "../auth/api-token.entity";
import { Session } from "../auth/session.entity";
import { AuditEvent } from "../modules/audit/audit-event.entity";
import { CheckIn } from "../modules/check-in/check-in.entity";
import { CheckInComment } from "../modules/check-in/check-in-comment.entity";
import { CheckInValue } from "../modules/check-in/check-in-value.entity";
import { Employee } from "../modules/employee/employee.entity";
import { FeedbackRequest } from "../modules/feedback/feedback-request.entity";
import { FeedbackAnswer, FeedbackRating } from "../modules/feedback/feedback-response.entity";
import { FeedbackRound } from "../modules/feedback/feedback-round.entity";
import { FeedbackRoundSkill } from "../modules/feedback/feedback-round-skill.entity";
import { Goal } from "../modules/goal/goal.entity";
import { GoalSkill } from "../modules/goal/goal-skill.entity";
import { KeyResult } from "../modules/goal/key-result.entity";
import { Mentorship } from "../modules/mentorship/mentorship.entity";
import { MentorshipFocusSkill } from "../modules/mentorship/mentorship-focus-skill.entity";
import { Notification } from "../modules/notification/notification.entity";
import { PlanItem } from "../modules/plan/plan-item.entity";
import { Skill } from "../modules/skill/skill.entity";
import { GrowthArea } from "../modules/skill-rating/growth-area.entity";
import { SkillRating } from "../modules/skill-rating/skill-rating.entity";

/** Every TypeORM entity. A new module adds its entity here and a migration in ./migrations. */
export const entities = [
  Employee,
  Skill,
  Session,
  ApiToken,
  AuditEvent,
  Goal,
  KeyResult,
  GoalSkill,
  SkillRating,
  GrowthArea,
  CheckIn,
  CheckInValue,
  PlanItem,
  Mentorship,
  MentorshipFocusSkill,
  Notification,
  CheckInComment,
  FeedbackRound,
  FeedbackRoundSkill,
  FeedbackRequest,
  FeedbackRating,
  FeedbackAnswer,
];
