import type { DataSource, EntityManager } from "typeorm";
import { employeeAccess, skillProfileAccess } from "../../access";
import type { Viewer } from "../../auth/viewer";
import { badInput, forbidden, notFound } from "../../errors";
import { AuditService } from "../audit/audit.service";
import type { RatingSource, SkillRating } from "./skill-rating.entity";
import type { RateSkillInput, SetGrowthAreaInput } from "./skill-rating.inputs";
import { toSkillRating } from "./skill-rating.rows";

interface Subject {
  id: string;
  active: boolean;
  inChain: boolean;
  skillExists: boolean;
}

/** Self and manager ratings (append-only) and growth-area marks. */
export class SkillRatingService {
  constructor(private readonly dataSource: DataSource) {}

  async rate(viewer: Viewer, input: RateSkillInput, requestId: string): Promise<SkillRating> {
    return this.dataSource.transaction(async (manager) => {
      const subject = await this.subject(manager, viewer, input);
      const source = skillProfileAccess.canRate(viewer, subject.id, subject.inChain);
      if (!source) throw forbidden("Only the person and their managers can rate their skills.");
      assertSkillExists(subject);
      const rating = await insertRating(manager, viewer, input, source);
      await AuditService.record(manager, {
        ...AuditService.actor(viewer, requestId),
        action: "skill_rating.created",
        entityType: "skill_rating",
        entityId: rating.id,
        data: { employeeId: input.employeeId, skillId: input.skillId, source, level: input.level },
      });
      return rating;
    });
  }

  /** Idempotent: marking a marked skill keeps who marked it first; unmarking an unmarked one is a no-op. */
  async setGrowthArea(viewer: Viewer, input: SetGrowthAreaInput, requestId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const subject = await this.subject(manager, viewer, input);
      if (!skillProfileAccess.canMarkGrowthArea(viewer, subject.id, subject.inChain)) {
        throw forbidden("Only the person and their managers can choose their growth areas.");
      }
      assertSkillExists(subject);
      if (input.growthArea) {
        await manager.query(
          `INSERT INTO growth_areas (employee_id, skill_id, marked_by_id) VALUES ($1, $2, $3)
           ON CONFLICT (employee_id, skill_id) DO NOTHING`,
          [input.employeeId, input.skillId, viewer.employee.id],
        );
      } else {
        await manager.query("DELETE FROM growth_areas WHERE employee_id = $1 AND skill_id = $2", [
          input.employeeId,
          input.skillId,
        ]);
      }
      await AuditService.record(manager, {
        ...AuditService.actor(viewer, requestId),
        action: input.growthArea ? "growth_area.marked" : "growth_area.unmarked",
        entityType: "employee",
        entityId: input.employeeId,
        data: { skillId: input.skillId },
      });
    });
  }

  /**
   * The rated employee, with whether the viewer is in their chain, in one statement. An employee the
   * viewer can't see answers NOT_FOUND (like the directory).
   */
  private async subject(
    manager: EntityManager,
    viewer: Viewer,
    input: { employeeId: string; skillId: string },
  ): Promise<Subject> {
    const [subject]: Subject[] = await manager.query(
      `SELECT e.id, e.active, ${skillProfileAccess.inChainSql("e.id", "$2")} AS "inChain",
         EXISTS (SELECT 1 FROM skills s WHERE s.id = $3) AS "skillExists"
       FROM employees e WHERE e.id = $1`,
      [input.employeeId, viewer.employee.id, input.skillId],
    );
    if (!subject || !employeeAccess.canSee(viewer, subject)) throw notFound("This employee");
    return subject;
  }
}

/** Checked after access, so only people who may rate learn anything from the answer. */
function assertSkillExists(subject: Subject): void {
  if (!subject.skillExists) throw badInput("input.skillId", "This skill is not in the catalog.");
}

async function insertRating(
  manager: EntityManager,
  viewer: Viewer,
  input: RateSkillInput,
  source: RatingSource,
): Promise<SkillRating> {
  const [row] = await manager.query(
    `INSERT INTO skill_ratings (employee_id, skill_id, source, level, note, rated_by_id)
     VALUES ($1, $2, $3, $4, $5, $6)
     RETURNING id, employee_id AS "employeeId", skill_id AS "skillId", source, level, note,
       rated_by_id AS "ratedById", created_at AS "createdAt", updated_at AS "updatedAt"`,
    [input.employeeId, input.skillId, source, input.level, input.note.trim(), viewer.employee.id],
  );
  return toSkillRating(row);
}
