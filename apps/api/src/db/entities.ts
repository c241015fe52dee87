import { ApiToken } from "../auth/api-token.entity";
import { Session } from "../auth/session.entity";
import { AuditEvent } from "../modules/audit/audit-event.entity";
import { Employee } from "../modules/employee/employee.entity";
import { Goal } from "../modules/goal/goal.entity";
import { GoalSkill } from "../modules/goal/goal-skill.entity";
import { KeyResult } from "../modules/goal/key-result.entity";
import { Skill } from "../modules/skill/skill.entity";

/** Every TypeORM entity. A new module adds its entity here and a migration in ./migrations. */
export const entities = [Employee, Skill, Session, ApiToken, AuditEvent, Goal, KeyResult, GoalSkill];
